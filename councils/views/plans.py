"""Formation plans as a whole: create or copy, read, edit details, versions, templates."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .. import rules, selectors, services
from ..forms import CompareForm, CopyPlanForm, CopySourceForm, PlanForm, SectionForm
from .common import submit
from .gate import council_view


@council_view(role=rules.COORDINATOR, methods=["GET", "POST"])
def plan_create(request, *, council, membership):
    """Write a new plan, or copy a template or a shared plan (``copy_from``) to adapt it."""
    if (request.POST if request.method == "POST" else request.GET).get("copy_from"):
        return _plan_copy(request, council=council, membership=membership)
    form = PlanForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        plan = submit(
            form,
            services.plan_create,
            council=council,
            by=request.user,
            actor=membership,
            title=data["title"],
            period_start=data["period_start"],
            period_end=data["period_end"],
            local_problems=data["local_problems"],
            goals=data["goals"],
        )
        if plan:
            messages.success(request, _("Plan created. Now add its sections."))
            return redirect(plan.get_absolute_url())
    return render(
        request,
        "councils/plan_create.html",
        {
            "council": council,
            "membership": membership,
            "form": form,
            **selectors.copyable_plans(exclude_council=council),
        },
    )


def _plan_copy(request, *, council, membership):
    """GET ``?copy_from=``: ask the copy's own title; POST with a title: copy."""
    posted = request.method == "POST"
    chosen = CopySourceForm(
        request.POST if posted else request.GET, plans=selectors.plans_to_copy()
    )
    if not chosen.is_valid():
        raise Http404
    source = chosen.cleaned_data["copy_from"]
    if not selectors.can_copy_plan(plan=source, user=request.user):
        raise Http404
    form = CopyPlanForm(request.POST if posted else None, source=source)
    if posted and form.is_valid():
        try:
            plan = submit(
                form,
                services.plan_copy,
                source=source,
                council=council,
                by=request.user,
                actor=membership,
                title=form.cleaned_data["title"],
            )
        except PermissionDenied as denied:
            raise Http404 from denied
        if plan:
            messages.success(request, _("Plan copied. Adapt it to your territory."))
            return redirect(plan.get_absolute_url())
    return render(
        request,
        "councils/plan_copy.html",
        {"council": council, "source": source, "form": form},
    )


def plan_context(council, membership, plan, **extra) -> dict:
    """What the plan page shows; also used when a section form comes back with errors."""
    return {
        "council": council,
        "membership": membership,
        "plan": plan,
        "tree": selectors.plan_tree(plan=plan),
        "can_edit": rules.has_role(membership, rules.COORDINATOR),
        "can_schedule": rules.has_role(membership, rules.FACILITATOR),
        "section_form": SectionForm(initial={"revision": plan.revision}),
        **extra,
    }


@council_view()
def plan_detail(request, pk, *, council, membership):
    plan = selectors.plan_for_council(council=council, pk=pk)
    return render(request, "councils/plan_detail.html", plan_context(council, membership, plan))


@council_view(role=rules.COORDINATOR, methods=["GET", "POST"])
def plan_edit(request, pk, *, council, membership):
    plan = selectors.plan_for_council(council=council, pk=pk)
    form = PlanForm(request.POST or None, instance=plan, initial={"revision": plan.revision})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        saved = submit(
            form,
            services.plan_update,
            plan=plan,
            by=request.user,
            actor=membership,
            expected_revision=data.get("revision") or 0,
            title=data["title"],
            period_start=data["period_start"],
            period_end=data["period_end"],
            local_problems=data["local_problems"],
            goals=data["goals"],
            shared=data["shared"],
        )
        if saved:
            messages.success(request, _("Plan saved."))
            return redirect(plan.get_absolute_url())
    return render(
        request, "councils/plan_edit.html", {"council": council, "plan": plan, "form": form}
    )


@council_view()
def plan_versions(request, pk, *, council, membership):
    """The plan's versions; ``?a=&b=`` compares two of them."""
    plan = selectors.plan_for_council(council=council, pk=pk)
    diff = older = newer = None
    compare = CompareForm(request.GET)
    if compare.is_valid():
        pair = selectors.versions_to_compare(plan=plan, **compare.cleaned_data)
        if pair:
            older, newer = pair
            diff = selectors.compare_versions(older=older, newer=newer)
        else:
            messages.error(request, _("Choose two existing versions to compare."))
    return render(
        request,
        "councils/plan_versions.html",
        {
            "council": council,
            "membership": membership,
            "plan": plan,
            "versions": list(selectors.versions_of(plan=plan)),
            "diff": diff,
            "older": older,
            "newer": newer,
        },
    )


@council_view()
def plan_version_detail(request, pk, number, *, council, membership):
    plan = selectors.plan_for_council(council=council, pk=pk)
    version = selectors.version_of_plan(plan=plan, number=number)
    return render(
        request,
        "councils/plan_version_detail.html",
        {"council": council, "plan": plan, "version": version, "snapshot": version.snapshot},
    )


@login_required
def template_detail(request, pk):
    """Read a network template or a plan another council shared, to copy it."""
    plan = selectors.plan_to_read(pk=pk, user=request.user)
    return render(
        request,
        "councils/template_detail.html",
        {
            "plan": plan,
            "tree": selectors.plan_tree(plan=plan),
            "coordinated": selectors.coordinated_memberships(user=request.user),
        },
    )


@council_view(methods=["POST"], permission=rules.NETWORK_PERMISSION)
def plan_publish_template(request, pk, *, council, membership):
    """A network coordinator who coordinates this council publishes a copy of its shared plan."""
    plan = selectors.plan_for_council(council=council, pk=pk)
    try:
        template = services.plan_publish_as_template(plan=plan, by=request.user, actor=membership)
    except PermissionDenied as denied:
        raise Http404 from denied
    except ValidationError as invalid:
        messages.error(request, " ".join(invalid.messages))
        return redirect(plan.get_absolute_url())
    messages.success(request, _("Published as a network template: every council can copy it now."))
    return redirect(template.get_absolute_url())
