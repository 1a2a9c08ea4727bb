"""Inside a plan: add, edit, move and remove sections and items; propose amendments."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .. import rules, selectors, services
from ..forms import AmendmentForm, ItemEditForm, ItemForm, RevisionForm, SectionForm
from .common import remove_or_move, submit
from .gate import council_view
from .plans import plan_context


@council_view(role=rules.COORDINATOR, methods=["POST"])
def section_add(request, pk, *, council, membership):
    plan = selectors.plan_for_council(council=council, pk=pk)
    form = SectionForm(request.POST)
    if form.is_valid():
        section = submit(
            form,
            services.section_add,
            plan=plan,
            by=request.user,
            actor=membership,
            expected_revision=form.cleaned_data["revision"],
            title=form.cleaned_data["title"],
            rationale=form.cleaned_data["rationale"],
        )
        if section:
            messages.success(request, _("Section added."))
            return redirect(plan.get_absolute_url())
    plan = selectors.plan_for_council(council=council, pk=pk)
    context = plan_context(council, membership, plan, section_form=form)
    return render(request, "councils/plan_detail.html", context, status=400)


@council_view(role=rules.COORDINATOR, methods=["GET", "POST"])
def section_edit(request, pk, section_pk, *, council, membership):
    section = selectors.section_of_plan(council=council, plan_pk=pk, pk=section_pk)
    plan = section.plan
    form = SectionForm(
        request.POST or None,
        initial={"revision": plan.revision, "title": section.title, "rationale": section.rationale},
    )
    if request.method == "POST" and form.is_valid():
        saved = submit(
            form,
            services.section_update,
            section=section,
            by=request.user,
            actor=membership,
            expected_revision=form.cleaned_data["revision"],
            title=form.cleaned_data["title"],
            rationale=form.cleaned_data["rationale"],
        )
        if saved:
            messages.success(request, _("Section saved."))
            return redirect(plan.get_absolute_url())
    return render(
        request,
        "councils/section_edit.html",
        {"council": council, "plan": plan, "section": section, "form": form},
    )


@council_view(role=rules.COORDINATOR, methods=["POST"])
def section_action(request, pk, section_pk, action, *, council, membership):
    """Remove or move a section (``action``: remove, up, down): small buttons on the plan page."""
    if action not in rules.BUTTON_ACTIONS:
        raise Http404
    section = selectors.section_of_plan(council=council, plan_pk=pk, pk=section_pk)
    done = remove_or_move(
        request,
        action=action,
        remove=services.section_remove,
        move=services.section_move,
        removed=_("Section removed."),
        section=section,
        by=request.user,
        actor=membership,
        expected_revision=RevisionForm(request.POST).expected_revision,
    )
    anchor = "#sections-heading" if action == "remove" and done else f"#section-{section.pk}"
    return redirect(section.plan.get_absolute_url() + anchor)


@council_view(role=rules.COORDINATOR, methods=["GET", "POST"])
def item_add(request, pk, section_pk, *, council, membership):
    section = selectors.section_of_plan(council=council, plan_pk=pk, pk=section_pk)
    plan = section.plan
    form = ItemForm(
        request.POST or None,
        initial={"revision": plan.revision, "source": request.GET.get("source", "material")},
        **selectors.library_choices(language_code=request.LANGUAGE_CODE),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        item = submit(
            form,
            services.item_add,
            section=section,
            by=request.user,
            actor=membership,
            expected_revision=data["revision"],
            material=data["material"],
            study_path=data["study_path"],
            title=data["title"],
            description=data["description"],
            estimated_hours=data["estimated_hours"],
            target_period=data["target_period"],
        )
        if item:
            messages.success(request, _("Item added."))
            return redirect(plan.get_absolute_url() + f"#section-{section.pk}")
    return render(
        request,
        "councils/item_form.html",
        {"council": council, "plan": plan, "section": section, "form": form},
    )


@council_view(role=rules.COORDINATOR, methods=["GET", "POST"])
def item_edit(request, pk, item_pk, *, council, membership):
    """Edit an item in place (a library item keeps its material); saving clears "to adapt"."""
    item = selectors.item_of_plan(council=council, plan_pk=pk, pk=item_pk)
    section, plan = item.section, item.section.plan
    form = ItemEditForm(
        request.POST or None,
        item=item,
        initial={
            "revision": plan.revision,
            "title": item.title,
            "description": item.description,
            "estimated_hours": item.estimated_hours,
            "target_period": item.target_period,
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        saved = submit(
            form,
            services.item_update,
            item=item,
            by=request.user,
            actor=membership,
            expected_revision=data["revision"],
            title=data["title"],
            description=data["description"],
            estimated_hours=data["estimated_hours"],
            target_period=data["target_period"],
        )
        if saved:
            messages.success(request, _("Item saved."))
            return redirect(plan.get_absolute_url() + f"#item-{item.pk}")
    return render(
        request,
        "councils/item_edit.html",
        {"council": council, "plan": plan, "section": section, "item": item, "form": form},
    )


@council_view(role=rules.COORDINATOR, methods=["POST"])
def item_action(request, pk, item_pk, action, *, council, membership):
    """Remove or move an item (``action``: remove, up, down)."""
    if action not in rules.BUTTON_ACTIONS:
        raise Http404
    item = selectors.item_of_plan(council=council, plan_pk=pk, pk=item_pk)
    remove_or_move(
        request,
        action=action,
        remove=services.item_remove,
        move=services.item_move,
        removed=_("Item removed."),
        item=item,
        by=request.user,
        actor=membership,
        expected_revision=RevisionForm(request.POST).expected_revision,
    )
    return redirect(item.section.plan.get_absolute_url() + f"#section-{item.section_id}")


@council_view(role=rules.COORDINATOR, methods=["GET", "POST"])
def section_amend(request, pk, section_pk, *, council, membership):
    section = selectors.section_of_plan(council=council, plan_pk=pk, pk=section_pk)
    plan = section.plan
    form = AmendmentForm(request.POST or None, initial={"revision": plan.revision})
    if request.method == "POST" and form.is_valid():
        amended = submit(
            form,
            services.section_propose_amendment,
            section=section,
            by=request.user,
            actor=membership,
            expected_revision=form.cleaned_data["revision"],
            reason=form.cleaned_data["reason"],
        )
        if amended:
            messages.success(
                request, _("Amendment proposed. The section goes back before the assembly.")
            )
            return redirect(plan.get_absolute_url() + f"#section-{section.pk}")
    return render(
        request,
        "councils/section_amend.html",
        {"council": council, "plan": plan, "section": section, "form": form},
    )
