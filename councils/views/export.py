"""A council takes all its data away, or erases it after a grace period."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .. import rules, services
from ..forms import EraseForm
from .gate import council_view


@council_view(role=rules.COORDINATOR)
def council_export(request, *, council, membership):
    data = services.council_export(council=council, by=request.user, actor=membership)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="trayecto-{council.slug}.json"'
    return response


@council_view(role=rules.COORDINATOR, methods=["GET", "POST"])
def council_delete(request, *, council, membership):
    """The coordinator types the council's name and their password; the erasure waits 7 days."""
    form = EraseForm(request.POST or None)
    error = None
    if request.method == "POST" and form.is_valid():
        try:
            due = services.council_request_erase(
                council=council,
                by=request.user,
                actor=membership,
                confirmation=form.cleaned_data["confirm"],
                password=form.cleaned_data["password"],
            )
        except ValidationError as refused:
            error = " ".join(refused.messages)
        else:
            messages.warning(
                request,
                _(
                    "The council will be erased for good on %(date)s. Until then any "
                    "coordinator can cancel, and every coordinator has been told."
                )
                % {"date": formats.date_format(timezone.localtime(due), "DATE_FORMAT")},
            )
            return redirect(council.get_absolute_url())
    return render(
        request,
        "councils/council_delete.html",
        {"council": council, "error": error, "due": services.erase_due_at(council)},
    )


@council_view(role=rules.COORDINATOR, methods=["POST"])
def council_cancel_erase(request, *, council, membership):
    try:
        services.council_cancel_erase(council=council, by=request.user, actor=membership)
    except ValidationError as refused:
        messages.error(request, " ".join(refused.messages))
    else:
        messages.success(request, _("The erasure is cancelled. The council stays as it was."))
    return redirect(council.get_absolute_url())
