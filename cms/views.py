"""The site's own account pages: sign up, profile, export and erase one's own data."""

import json
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail import hooks

from progress.export import person_record

from . import selectors, services
from .forms import DeleteAccountForm, LoginForm, ProfileForm, SignUpForm
from .middleware import mark_shared_device

# Fresh recovery codes wait here between sign-up and the page that shows them, once.
FRESH_CODES_KEY = "fresh_recovery_codes"


def _in_language(request, url: str, language: str) -> str:
    return translate_url(url, language) if language else url


def safe_next(request) -> str:
    """The ``next`` the visitor brought, if it is a path on this site; otherwise ''.

    Never a view name or another host: the value is only ever used as a URL.
    """
    value = request.POST.get("next") or request.GET.get("next") or ""
    if not value.startswith("/") or value.startswith("//"):
        return ""
    allowed = url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return value if allowed else ""


def password_confirmed(request, password: str) -> bool:
    """Check the signed-in person's password again, counted by axes like a login attempt."""
    user = authenticate(request, username=request.user.get_username(), password=password)
    return user is not None and user.pk == request.user.pk


def pop_fresh_codes(request) -> list[str]:
    return request.session.pop(FRESH_CODES_KEY, [])


@require_http_methods(["GET", "POST"])
def signup(request):
    next_url = safe_next(request)
    if request.user.is_authenticated:
        return HttpResponseRedirect(next_url or reverse("accounts:profile"))
    form = SignUpForm(request.POST or None, initial={"preferred_language": request.LANGUAGE_CODE})
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        request.session[FRESH_CODES_KEY] = services.recovery_codes_issue(user=user)
        messages.success(request, _("Welcome to Trayecto, %(name)s.") % {"name": user.public_name})
        if next_url:
            # The codes first, then on to where the person was going (an invitation, say).
            codes_page = reverse("accounts:recovery_codes_new")
            return HttpResponseRedirect(
                _in_language(request, codes_page, user.preferred_language)
                + "?"
                + urlencode({"next": _in_language(request, next_url, user.preferred_language)})
            )
        return redirect(_in_language(request, reverse("accounts:profile"), user.preferred_language))
    return render(request, "accounts/signup.html", {"form": form, "next": next_url})


class LoginView(auth_views.LoginView):
    """Django's login, with the "shared device" choice and a sign-up link that keeps ``next``."""

    authentication_form = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        if form.cleaned_data.get("shared_device"):
            mark_shared_device(self.request)
        return response


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        messages.success(request, _("Your profile was saved."))
        return redirect(_in_language(request, request.path, user.preferred_language))
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "fresh_codes": pop_fresh_codes(request),
            "codes_left": selectors.recovery_codes_left(user=request.user),
        },
    )


@login_required
def export_data(request):
    """Everything Trayecto keeps about the person, as JSON they can read and take away."""
    user = request.user
    data = {
        "format": "trayecto-person-export",
        "version": 1,
        "exported_at": timezone.now().isoformat(),
        "account": {
            "username": user.username,
            "display_name": user.display_name,
            "email": user.email,
            "preferred_language": user.preferred_language,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "formation": person_record(user=user),
    }
    for more in hooks.get_hooks("trayecto_person_export"):  # newer apps add their part
        data.update(more(user))
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="trayecto-{user.pk}.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    """Erase the account for good: the login name typed and the password given again.

    An unlocked phone is not enough, and the last coordinator of a council with
    other members must first name another coordinator.
    """
    user = request.user
    form = DeleteAccountForm(request.POST or None, username=user.get_username())
    blocking = selectors.councils_needing_another_coordinator(user=user)
    if request.method == "POST" and form.is_valid() and not blocking:
        if not password_confirmed(request, form.cleaned_data["password"]):
            form.add_error("password", _("That is not your current password."))
        else:
            try:
                services.account_erase(user=user)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                logout(request)
                messages.success(request, _("Your account and its data were erased."))
                return redirect(settings.LOGOUT_REDIRECT_URL)
    return render(
        request,
        "accounts/delete.html",
        {
            "form": form,
            "blocking": blocking,
            "alone_in": selectors.councils_where_alone(user=user),
        },
    )
