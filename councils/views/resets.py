"""Coordinators give a member without email a one-time way back in (issue #9)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import rules
from ..selectors import member_of_council
from ..selectors.resets import reset_grant_of_council
from ..services import resets as services
from .common import submit
from .gate import council_view


class PasswordAgainForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password, again"),
        strip=False,
        required=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


def _log(council) -> str:
    return reverse("councils:members", args=[council.slug]) + "#reset-codes"


def _show_code(request, *, council, person, code, grant):
    return render(
        request,
        "councils/reset_code.html",
        {"council": council, "person": person, "code": code, "grant": grant},
    )


@council_view(role=rules.COORDINATOR, methods=["GET", "POST"])
def reset_issue(request, pk, *, council, membership):
    target = member_of_council(council=council, pk=pk)
    form = PasswordAgainForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        result = submit(
            form,
            services.reset_grant_issue,
            council=council,
            by=request.user,
            actor=membership,
            person_id=target.user_id,
            password=form.cleaned_data["password"],
        )
        if result:
            grant, code = result
            if code:
                return _show_code(
                    request, council=council, person=target.user, code=code, grant=grant
                )
            messages.success(
                request,
                _(
                    "Asked. The code will exist once another coordinator agrees; they have "
                    "been told."
                ),
            )
            return redirect(_log(council))
    return render(
        request,
        "councils/reset_issue.html",
        {
            "council": council,
            "membership": membership,
            "target": target,
            "form": form,
            "needs_agreement": services.coordinator_count(council) >= 2,
        },
    )


@council_view(role=rules.COORDINATOR, methods=["GET", "POST"])
def reset_agree(request, pk, *, council, membership):
    grant = reset_grant_of_council(council=council, pk=pk)
    form = PasswordAgainForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = submit(
            form,
            services.reset_grant_agree,
            grant=grant,
            by=request.user,
            actor=membership,
            password=form.cleaned_data["password"],
        )
        if code:
            return _show_code(request, council=council, person=grant.person, code=code, grant=grant)
    return render(
        request,
        "councils/reset_agree.html",
        {"council": council, "membership": membership, "grant": grant, "form": form},
    )


@council_view(role=rules.COORDINATOR, methods=["POST"])
def reset_cancel(request, pk, *, council, membership):
    grant = reset_grant_of_council(council=council, pk=pk)
    services.reset_grant_cancel(grant=grant, by=request.user, actor=membership)
    messages.success(request, _("The reset code is cancelled."))
    return redirect(_log(council))
