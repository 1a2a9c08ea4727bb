"""Reads about plans: the tree of sections, what can be copied, what fits a section or an agenda.

Each page's read costs a constant number of queries however large the plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from curriculum.models import MaterialPage, StudyPathPage

from .. import rules
from ..models import (
    Assembly,
    AssemblyOutcome,
    Council,
    FormationPlan,
    Membership,
    PlanItem,
    PlanSection,
    SectionStatus,
)


def plan_for_council(*, council: Council, pk: int) -> FormationPlan:
    return get_object_or_404(
        FormationPlan.objects.select_related("council", "copied_from"), pk=pk, council=council
    )


def section_of_plan(*, council: Council, plan_pk: int, pk: int) -> PlanSection:
    return get_object_or_404(
        PlanSection.objects.select_related("plan__council"),
        pk=pk,
        plan_id=plan_pk,
        plan__council=council,
    )


def item_of_plan(*, council: Council, plan_pk: int, pk: int) -> PlanItem:
    return get_object_or_404(
        PlanItem.objects.select_related("section__plan"),
        pk=pk,
        section__plan_id=plan_pk,
        section__plan__council=council,
    )


def plans_of_council(*, council: Council) -> QuerySet[FormationPlan]:
    return council.plans.annotate(
        section_count=Count("sections", filter=Q(sections__parent=None), distinct=True)
    ).order_by("-period_start", "title")


def can_copy_plan(*, plan: FormationPlan, user) -> bool:
    """Who may read and copy a plan: least data, so open sign-up alone never reaches a council's work.

    A council's own plans: its members. A shared plan: people who belong to some council. A network
    template: people who belong to a council, or hold the network permission; nobody, once withdrawn.
    """
    if not user.is_authenticated:
        return False
    memberships = Membership.objects.filter(user_id=user.pk)
    if plan.is_network_template and plan.withdrawn_at is not None:
        return False  # withdrawn by the network: copies made before stay as they are
    if plan.is_network_template:
        return user.has_perm(rules.NETWORK_PERMISSION) or memberships.exists()
    if plan.council_id is None:
        return False
    if plan.shared:
        return memberships.exists()
    return memberships.filter(council_id=plan.council_id).exists()


def plans_to_copy() -> QuerySet[FormationPlan]:
    """Every plan, for a copy form; whether the visitor may copy it is ``can_copy_plan``."""
    return FormationPlan.objects.select_related("council")


def plan_to_read(*, pk: int, user) -> FormationPlan:
    """A template or a plan another council shared, or 404."""
    plan = get_object_or_404(plans_to_copy(), pk=pk)
    if not can_copy_plan(plan=plan, user=user):
        raise Http404
    return plan


def copyable_plans(*, exclude_council: Council | None = None) -> dict:
    templates = FormationPlan.objects.filter(
        is_network_template=True, withdrawn_at__isnull=True
    ).order_by("title")
    shared = FormationPlan.objects.filter(shared=True, council__isnull=False).select_related(
        "council"
    )
    if exclude_council is not None:
        shared = shared.exclude(council=exclude_council)
    return {"templates": templates, "shared": shared.order_by("council__name", "title")}


def agenda_candidates(*, plan: FormationPlan) -> QuerySet[PlanSection]:
    """What an assembly agenda may hold (``rules.awaits_decision``), in the plan's order."""
    return PlanSection.objects.filter(plan=plan, status__in=rules.AWAITING_DECISION).order_by(
        "position", "pk"
    )


def pending_sections(plan: FormationPlan) -> list[PlanSection]:
    """Sections that can go before an assembly: undecided leaves of the tree."""
    return list(agenda_candidates(plan=plan))


def library_choices(*, language_code: str) -> dict:
    """Published materials and paths of one language: what fits a plan section from the library."""
    materials = (
        MaterialPage.objects.live()
        .filter(locale__language_code=language_code)
        .order_by("kind", "title")
        .only("id", "title", "kind", "duration_minutes", "live")
    )
    paths = (
        StudyPathPage.objects.live()
        .filter(locale__language_code=language_code)
        .order_by("title")
        .only("id", "title", "live")
    )
    return {"materials": materials, "paths": paths}


@dataclass
class SectionNode:
    section: PlanSection
    items: list[PlanItem] = field(default_factory=list)
    parts: list[SectionNode] = field(default_factory=list)
    outcomes: list[AssemblyOutcome] = field(default_factory=list)
    agreed: bool = False
    agreed_at: object = None
    agreed_in: Assembly | None = None
    depth: int = 0

    @property
    def minutes(self) -> int:
        """Summed in minutes; pages show hours through the ``hours`` filter (one rounding)."""
        own = sum(i.minutes or 0 for i in self.items)
        return own + sum(p.minutes for p in self.parts)


@dataclass
class PlanTree:
    nodes: list[SectionNode]
    agreed_count: int
    pending_count: int
    total_minutes: int
    flat: list[SectionNode]


def plan_tree(*, plan: FormationPlan) -> PlanTree:
    """The plan's sections as a tree of parts, with items, outcomes and agreement: three queries."""
    sections = list(plan.sections.select_related("agreed_in").order_by("position", "pk"))
    items = list(
        PlanItem.objects.filter(section__plan=plan)
        .select_related("material", "study_path")
        .order_by("position", "pk")
    )
    outcomes = list(
        AssemblyOutcome.objects.filter(section__plan=plan)
        .select_related("assembly", "corrects")
        .order_by("recorded_at", "pk")
    )
    nodes = {s.pk: SectionNode(section=s) for s in sections}
    for item in items:
        nodes[item.section_id].items.append(item)
    for outcome in outcomes:
        nodes[outcome.section_id].outcomes.append(outcome)
    roots = []
    for section in sections:
        node = nodes[section.pk]
        if section.parent_id and section.parent_id in nodes:
            nodes[section.parent_id].parts.append(node)
        else:
            roots.append(node)

    flat: list[SectionNode] = []

    def settle(node: SectionNode, depth: int) -> None:
        node.depth = depth
        flat.append(node)
        for part in node.parts:
            settle(part, depth + 1)
        status = node.section.status
        if status == SectionStatus.AGREED:
            node.agreed = True
            node.agreed_at = node.section.agreed_at
            node.agreed_in = node.section.agreed_in
        elif status == SectionStatus.SPLIT and node.parts and all(p.agreed for p in node.parts):
            node.agreed = True
            latest = max(node.parts, key=lambda p: p.agreed_at)
            node.agreed_at, node.agreed_in = latest.agreed_at, latest.agreed_in

    for root in roots:
        settle(root, 0)
    leaves = [n for n in flat if not n.parts]
    return PlanTree(
        nodes=roots,
        agreed_count=sum(1 for n in leaves if n.agreed),
        pending_count=sum(1 for n in leaves if not n.agreed),
        total_minutes=sum(r.minutes for r in roots),
        flat=flat,
    )
