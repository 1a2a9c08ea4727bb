"""The site's own account pages: sign up, profile, export and erase one's own data."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import translate_url
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from progress.export import person_record

from .forms import ProfileForm, SignUpForm


def _in_language(request, url: str, language: str) -> str:
    return translate_url(url, language) if language else url


@require_http_methods(["GET", "POST"])
def signup(request):
    if request.user.is_authenticated:
        return redirect("accounts:profile")
    form = SignUpForm(request.POST or None, initial={"preferred_language": request.LANGUAGE_CODE})
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to Trayecto, %(name)s.") % {"name": user.public_name})
        from django.urls import reverse

        return redirect(_in_language(request, reverse("accounts:profile"), user.preferred_language))
    return render(request, "accounts/signup.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        messages.success(request, _("Your profile was saved."))
        return redirect(_in_language(request, request.path, user.preferred_language))
    return render(request, "accounts/profile.html", {"form": form})


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
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="trayecto-{user.pk}.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    """Erase the account for good; the person must confirm with their login name."""
    error = None
    if request.method == "POST":
        if request.POST.get("confirm", "").strip() == request.user.username:
            user = get_user_model().objects.get(pk=request.user.pk)
            logout(request)
            user.delete()
            messages.success(request, _("Your account and its data were erased."))
            return redirect(settings.LOGOUT_REDIRECT_URL)
        error = _("Type your login name exactly to confirm.")
    return render(request, "accounts/delete.html", {"error": error})
