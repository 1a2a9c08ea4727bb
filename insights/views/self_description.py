"""The person's own, optional and private gender self-description."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .. import selectors, services
from ..forms import SelfDescriptionForm


@login_required
@require_http_methods(["GET", "POST"])
def self_description(request):
    current = selectors.self_description_of(user=request.user)
    form = SelfDescriptionForm(
        request.POST if request.method == "POST" else None,
        initial={"gender": current.gender if current else ""},
    )
    if request.method == "POST" and form.is_valid():
        saved = services.self_description_set(user=request.user, gender=form.cleaned_data["gender"])
        if saved is None:
            messages.success(request, _("Nothing is kept about your gender."))
        else:
            messages.success(request, _("Saved. Only you see it."))
        return redirect("insights:self_description")
    return render(request, "insights/self_description.html", {"form": form, "current": current})
