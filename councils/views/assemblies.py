"""Assemblies: open one on a plan, read the minutes, record and correct outcomes."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .. import rules, selectors, services
from ..forms import AgendaSectionForm, AssemblyForm, CorrectionForm, OutcomeForm
from .common import submit
from .gate import council_view


@council_view(role=rules.COORDINATOR, methods=["GET", "POST"])
def assembly_open(request, pk, *, council, membership):
    plan = selectors.plan_for_council(council=council, pk=pk)
    pending = selectors.agenda_candidates(plan=plan)
    form = AssemblyForm(
        request.POST or None, plan=plan, sections=pending, initial={"sections": list(pending)}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        assembly = submit(
            form,
            services.assembly_open,
            plan=plan,
            by=request.user,
            actor=membership,
            held_on=data["held_on"],
            place=data["place"],
            attendance=data["attendance"],
            minutes=data["minutes"],
            sections=data["sections"],
            counts=form.counts(),
        )
        if assembly:
            messages.success(request, _("Assembly opened. Record its outcome for each section."))
            return redirect("councils:assembly_detail", slug=council.slug, pk=assembly.pk)
    return render(
        request, "councils/assembly_form.html", {"council": council, "plan": plan, "form": form}
    )


@council_view()
def assembly_list(request, *, council, membership):
    return render(
        request,
        "councils/assembly_list.html",
        {
            "council": council,
            "membership": membership,
            "assemblies": selectors.assemblies_of(council=council),
        },
    )


@council_view(write_role=rules.COORDINATOR, methods=["GET", "POST"])
def assembly_detail(request, pk, *, council, membership):
    """The minutes for every member; coordinators record an outcome per section here (POST)."""
    assembly = selectors.assembly_detail(council=council, pk=pk)
    outcomes = list(assembly.outcomes.all())
    agenda_sections = list(assembly.agenda.all())
    decided = {o.section_id for o in outcomes if o.corrects_id is None}
    chosen = None
    if request.method == "POST":
        choice = AgendaSectionForm(request.POST, agenda=assembly.agenda.all())
        if not choice.is_valid():
            raise Http404
        chosen = choice.cleaned_data["section"]
    forms_by_section = {
        section.pk: OutcomeForm(
            request.POST if chosen and chosen.pk == section.pk else None,
            prefix=f"s{section.pk}",
            items=section.items.all(),
        )
        for section in agenda_sections
        if section.pk not in decided
    }
    if chosen:
        form = forms_by_section.get(chosen.pk)
        if form is None:
            messages.error(request, _("This assembly already decided on this section."))
            return redirect("councils:assembly_detail", slug=council.slug, pk=pk)
        if form.is_valid():
            recorded = submit(
                form,
                services.assembly_record_outcome,
                assembly=assembly,
                section=chosen,
                by=request.user,
                actor=membership,
                outcome=form.cleaned_data["outcome"],
                note=form.cleaned_data["note"],
                parts=form.part_titles,
                item_parts=form.item_parts,
            )
            if recorded:
                messages.success(request, _("Outcome recorded."))
                return redirect("councils:assembly_detail", slug=council.slug, pk=pk)
    agenda = [
        {
            "section": s,
            "form": forms_by_section.get(s.pk),
            "outcomes": [o for o in outcomes if o.section_id == s.pk],
        }
        for s in agenda_sections
    ]
    return render(
        request,
        "councils/assembly_detail.html",
        {
            "council": council,
            "membership": membership,
            "assembly": assembly,
            "agenda": agenda,
            "outcomes": outcomes,
        },
    )


@council_view(role=rules.COORDINATOR, methods=["GET", "POST"])
def outcome_correct(request, pk, outcome_pk, *, council, membership):
    original = selectors.outcome_of_council(council=council, assembly_pk=pk, pk=outcome_pk)
    form = CorrectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        corrected = submit(
            form,
            services.assembly_correct_outcome,
            original=original,
            by=request.user,
            actor=membership,
            **form.cleaned_data,
        )
        if corrected:
            messages.success(request, _("Correction recorded; the original stays in the minutes."))
            return redirect("councils:assembly_detail", slug=council.slug, pk=pk)
    return render(
        request,
        "councils/outcome_correct.html",
        {"council": council, "assembly": original.assembly, "original": original, "form": form},
    )
