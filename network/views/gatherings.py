"""Encuentros: the list, a gathering's page, convening and changing it, agenda, outcomes.

Anonymous visitors go to log in; someone who belongs to no council and lacks the
network permission gets 404, like a non-member on a council's page. Managing an
encuentro (the network's coordinators, the host council's coordinators) is checked
on the object itself; a council's registration and commitments go through the
councils' gate (``council_view``) in ``registration``/``commitments``.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from councils import rules as council_rules
from councils.views.common import attempt, submit
from councils.views.gate import council_view

from ..forms_gatherings import (
    AgendaForm,
    CommitmentsForm,
    GatheringForm,
    OutcomesForm,
    RegistrationForm,
)
from ..selectors import gatherings as selectors
from ..services import gatherings as services


def _guarded(service):
    """A service's PermissionDenied on an object the visitor may not manage: 404, never 500."""

    def call(**kwargs):
        try:
            return service(**kwargs)
        except PermissionDenied as denied:
            raise Http404 from denied

    return call


@login_required
def gathering_list(request):
    if not selectors.can_see_gatherings(request.user):
        raise Http404
    return render(
        request,
        "network/gathering_list.html",
        {
            **selectors.gatherings_overview(user=request.user),
            "can_convene": selectors.can_convene(request.user),
        },
    )


@login_required
def gathering_detail(request, pk):
    gathering = selectors.gathering_for(pk=pk, user=request.user)
    manager = selectors.can_manage(gathering=gathering, user=request.user)
    now = timezone.now()
    return render(
        request,
        "network/gathering_detail.html",
        {
            "gathering": gathering,
            "page": selectors.gathering_page(
                gathering=gathering, user=request.user, manager=manager
            ),
            "manager": manager,
            "upcoming": gathering.starts_at > now and not gathering.is_cancelled,
            "happened": gathering.starts_at <= now and not gathering.is_cancelled,
        },
    )


def _hosts(user):
    return selectors.host_choices(user=user)


@login_required
@require_http_methods(["GET", "POST"])
def gathering_create(request):
    if not selectors.can_convene(request.user):
        raise Http404
    network = selectors.is_network_coordinator(request.user)
    form = GatheringForm(
        request.POST or None, hosts=_hosts(request.user), host_required=not network
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        gathering = submit(
            form,
            _guarded(services.gathering_convene),
            by=request.user,
            title=data["title"],
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            place=data["place"],
            host_council=data["host_council"],
            description=data["description"],
        )
        if gathering:
            messages.success(request, _("Encuentro convened. Now add the experiences to present."))
            return redirect(gathering.get_absolute_url())
    return render(request, "network/gathering_form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def gathering_edit(request, pk):
    gathering = selectors.gathering_to_manage(pk=pk, user=request.user)
    network = selectors.is_network_coordinator(request.user)
    hosts = _hosts(request.user)
    if gathering.host_council_id:
        hosts = hosts | type(gathering.host_council).objects.filter(pk=gathering.host_council_id)
    form = GatheringForm(
        request.POST or None,
        hosts=hosts.distinct(),
        host_required=not network,
        initial=GatheringForm.initial_for(gathering),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        saved = submit(
            form,
            _guarded(services.gathering_update),
            gathering=gathering,
            by=request.user,
            title=data["title"],
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            place=data["place"],
            host_council=data["host_council"],
            description=data["description"],
            expected_sequence=data.get("sequence"),
        )
        if saved:
            messages.success(request, _("Encuentro saved. Registered councils' calendars update."))
            return redirect(gathering.get_absolute_url())
    return render(request, "network/gathering_form.html", {"form": form, "gathering": gathering})


@login_required
@require_POST
def gathering_cancel(request, pk):
    gathering = selectors.gathering_to_manage(pk=pk, user=request.user)
    if attempt(request, _guarded(services.gathering_cancel), gathering=gathering, by=request.user):
        messages.success(request, _("Encuentro cancelled. Registered councils were told."))
    return redirect(gathering.get_absolute_url())


def _label_of(experience) -> str:
    title, label = selectors.experience_label(experience)
    return f"{title} · {label}"


@login_required
@require_http_methods(["GET", "POST"])
def gathering_agenda(request, pk):
    """The agenda: add a shared experience (shown as the network sees it), or remove one."""
    gathering = selectors.gathering_to_manage(pk=pk, user=request.user)
    form = AgendaForm(
        request.POST or None,
        candidates=selectors.agenda_candidates(gathering=gathering),
        label_of=_label_of,
    )
    if request.method == "POST" and form.is_valid():
        entry = submit(
            form,
            _guarded(services.agenda_add),
            gathering=gathering,
            by=request.user,
            experience=form.cleaned_data["experience"],
        )
        if entry:
            messages.success(request, _("Experience added to the agenda."))
            return redirect("network_space:gathering_agenda", pk=gathering.pk)
    return render(
        request,
        "network/gathering_agenda.html",
        {
            "gathering": gathering,
            "form": form,
            "agenda": selectors.agenda_lines(gathering=gathering),
        },
    )


@login_required
@require_POST
def agenda_remove(request, pk, entry_pk):
    gathering = selectors.gathering_to_manage(pk=pk, user=request.user)
    entry = selectors.agenda_entry_of(gathering=gathering, pk=entry_pk)
    if attempt(request, _guarded(services.agenda_remove), entry=entry, by=request.user):
        messages.success(request, _("Experience removed from the agenda."))
    return redirect("network_space:gathering_agenda", pk=gathering.pk)


@login_required
@require_http_methods(["GET", "POST"])
def gathering_outcomes(request, pk):
    gathering = selectors.gathering_to_manage(pk=pk, user=request.user)
    form = OutcomesForm(request.POST or None, initial={"outcomes": gathering.outcomes})
    if request.method == "POST" and form.is_valid():
        saved = submit(
            form,
            _guarded(services.outcomes_record),
            gathering=gathering,
            by=request.user,
            outcomes=form.cleaned_data["outcomes"],
        )
        if saved:
            messages.success(request, _("Outcomes recorded."))
            return redirect(gathering.get_absolute_url())
    return render(
        request, "network/gathering_outcomes.html", {"gathering": gathering, "form": form}
    )


@council_view(role=council_rules.COORDINATOR, methods=["GET", "POST"])
def registration(request, pk, *, council, membership):
    """Register the council (or change its numbers, or come back after withdrawing)."""
    gathering = selectors.gathering_of_council_page(pk=pk)
    current = selectors.registration_of(gathering=gathering, council=council)
    initial = {"people": current.people, "children": current.children} if current else {}
    form = RegistrationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = submit(
            form,
            services.registration_save,
            gathering=gathering,
            council=council,
            by=request.user,
            actor=membership,
            people=form.cleaned_data["people"],
            children=form.cleaned_data["children"],
        )
        if saved:
            messages.success(
                request, _("Your council is registered. The encuentro is in its calendar feed.")
            )
            return redirect(gathering.get_absolute_url())
    return render(
        request,
        "network/gathering_registration.html",
        {"gathering": gathering, "council": council, "form": form, "current": current},
    )


@council_view(role=council_rules.COORDINATOR, methods=["POST"])
def registration_withdraw(request, pk, *, council, membership):
    gathering = selectors.gathering_of_council_page(pk=pk)
    if attempt(
        request,
        services.registration_withdraw,
        gathering=gathering,
        council=council,
        by=request.user,
        actor=membership,
    ):
        messages.success(request, _("Registration withdrawn. The hosts no longer count on you."))
    return redirect(gathering.get_absolute_url())


@council_view(role=council_rules.COORDINATOR, methods=["GET", "POST"])
def commitments(request, pk, *, council, membership):
    """After the encuentro: the council's new commitments."""
    gathering = selectors.gathering_of_council_page(pk=pk)
    current = selectors.registration_of(gathering=gathering, council=council)
    if current is None or not current.is_active:
        raise Http404
    form = CommitmentsForm(request.POST or None, initial={"commitments": current.commitments})
    if request.method == "POST" and form.is_valid():
        saved = submit(
            form,
            services.commitments_record,
            gathering=gathering,
            council=council,
            by=request.user,
            actor=membership,
            commitments=form.cleaned_data["commitments"],
        )
        if saved:
            messages.success(request, _("Your council's commitments are recorded."))
            return redirect(gathering.get_absolute_url())
    return render(
        request,
        "network/gathering_commitments.html",
        {"gathering": gathering, "council": council, "form": form},
    )
