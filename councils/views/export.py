"""A council takes all its data away, or erases it."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
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
    """The coordinator types the council's name to confirm; the error shows above the button."""
    form = EraseForm(request.POST or None)
    error = None
    if request.method == "POST" and form.is_valid():
        try:
            services.council_erase(
                council=council,
                by=request.user,
                actor=membership,
                confirmation=form.cleaned_data["confirm"],
            )
        except ValidationError as refused:
            error = " ".join(refused.messages)
        else:
            messages.success(request, _("The council and all its data were erased."))
            return redirect("councils:list")
    return render(request, "councils/council_delete.html", {"council": council, "error": error})
