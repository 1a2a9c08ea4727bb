"""Getting back in after forgetting a password: by email, or by a one-time code.

The code is one of the person's own recovery codes or a reset code that their
council's coordinators made (``councils.services.resets``); the form is the same.

Failed code attempts count with django-axes exactly like failed logins (per
name and client, and per client), and the answer is the same whether or not
the login name exists.
"""

from __future__ import annotations

from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from councils.services.resets import reset_code_redeem

from . import selectors, services
from .forms import PasswordAgainForm, RecoveryCodeForm, UnlockForm
from .views import password_confirmed, pop_fresh_codes, safe_next


def forgot_password(request):
    """The two ways back in, explained side by side."""
    return render(request, "accounts/forgot_password.html")


def _locked_out(request, credentials: dict) -> bool:
    if not settings.AXES_ENABLED:
        return False
    return not AxesProxyHandler.is_allowed(request, credentials)


@require_http_methods(["GET", "POST"])
def recover_with_code(request):
    """Login name + recovery code + new password: success logs the person in."""
    form = RecoveryCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        credentials = {"username": form.cleaned_data["username"]}
        if _locked_out(request, credentials):
            request.axes_locked_out = True  # AxesMiddleware answers with the lock-out page
            return HttpResponse(status=429)
        try:
            user = services.recovery_code_redeem(
                username=form.cleaned_data["username"],
                code=form.cleaned_data["code"],
                new_password=form.cleaned_data["new_password1"],
            ) or reset_code_redeem(
                username=form.cleaned_data["username"],
                code=form.cleaned_data["code"],
                new_password=form.cleaned_data["new_password1"],
            )
        except ValidationError as error:
            form.add_error("new_password2", error)
        else:
            if user is None:
                user_login_failed.send(sender=__name__, credentials=credentials, request=request)
                form.add_error(
                    None,
                    _(
                        "That login name and recovery code do not match, or the code was "
                        "already used."
                    ),
                )
            else:
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
                messages.success(
                    request,
                    _("Your new password is saved. Your formation record is as you left it."),
                )
                if user.private_locked_at:
                    return redirect("accounts:unlock_private")
                return redirect("accounts:recovery_codes")
    return render(request, "accounts/recover_with_code.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def recovery_codes(request):
    """How many codes are left, and new ones on request (the password again; old ones die)."""
    form = PasswordAgainForm(request.POST or None)
    codes = []
    if request.method == "POST" and form.is_valid():
        if password_confirmed(request, form.cleaned_data["password"]):
            try:
                codes = services.recovery_codes_issue(user=request.user)
            except ValidationError as refused:
                form.add_error(None, refused)
            else:
                form = PasswordAgainForm()
        else:
            form.add_error("password", _("That is not your current password."))
    return render(
        request,
        "accounts/recovery_codes.html",
        {
            "form": form,
            "codes": codes,
            "codes_left": selectors.recovery_codes_left(user=request.user),
        },
    )


@login_required
def recovery_codes_new(request):
    """Right after sign-up: the codes, once, then on to where the person was going."""
    codes = pop_fresh_codes(request)
    if not codes:
        return redirect("accounts:recovery_codes")
    return render(
        request,
        "accounts/recovery_codes_new.html",
        {"codes": codes, "next": safe_next(request)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def unlock_private(request):
    """After a coordinator's reset code: one's own recovery code opens the private texts again."""
    form = UnlockForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and request.user.private_locked_at:
        credentials = {"username": request.user.get_username()}
        if _locked_out(request, credentials):
            request.axes_locked_out = True
            return HttpResponse(status=429)
        if services.private_texts_unlock(user=request.user, code=form.cleaned_data["code"]):
            messages.success(request, _("Thank you. Your private texts are open again."))
            return redirect("accounts:recovery_codes")
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        form.add_error("code", _("That code does not match an unused recovery code of yours."))
    return render(request, "accounts/unlock_private.html", {"form": form})
