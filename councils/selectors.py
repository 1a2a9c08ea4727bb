"""Reads for council pages, each in a constant number of queries however large the plan."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from curriculum.models import MaterialPage, StudyPathPage

from .models import (
    Assembly,
    AssemblyOutcome,
    Council,
    FormationPlan,
    Membership,
    PlanItem,
    PlanSection,
    PlanVersion,
    Reminder,
    SectionStatus,
    Session,
)


def memberships_of(*, user) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user).select_related("council").order_by("council__name")


def council_for_member(*, slug: str, user) -> tuple[Council, Membership]:
    """The council and the visitor's membership, or 404: non-members learn nothing, not even that it exists."""
    from django.http import Http404

    if not user.is_authenticated:
        raise Http404
    membership = (
        Membership.objects.select_related("council").filter(council__slug=slug, user=user).first()
    )
    if membership is None:
        raise Http404
    return membership.council, membership


def council_members(*, council: Council) -> QuerySet[Membership]:
    return council.memberships.select_related("user").order_by(
        "user__display_name", "user__username"
    )


def plan_for_council(*, council: Council, pk: int) -> FormationPlan:
    return get_object_or_404(
        FormationPlan.objects.select_related("council", "copied_from"), pk=pk, council=council
    )


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
    def hours(self) -> Decimal:
        own = sum((i.estimated_hours or Decimal(0)) for i in self.items)
        return own + sum((p.hours for p in self.parts), Decimal(0))


@dataclass
class PlanTree:
    nodes: list[SectionNode]
    agreed_count: int
    pending_count: int
    total_hours: Decimal
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
        total_hours=sum((r.hours for r in roots), Decimal(0)),
        flat=flat,
    )


def plans_of_council(*, council: Council) -> QuerySet[FormationPlan]:
    return council.plans.annotate(
        section_count=Count("sections", filter=Q(sections__parent=None), distinct=True)
    ).order_by("-period_start", "title")


def copyable_plans(*, exclude_council: Council | None = None) -> dict:
    templates = FormationPlan.objects.filter(is_network_template=True).order_by("title")
    shared = FormationPlan.objects.filter(shared=True, council__isnull=False).select_related(
        "council"
    )
    if exclude_council is not None:
        shared = shared.exclude(council=exclude_council)
    return {"templates": templates, "shared": shared.order_by("council__name", "title")}


def upcoming_sessions(*, council: Council, limit: int | None = None) -> QuerySet[Session]:
    sessions = (
        Session.objects.filter(council=council, ends_at__gte=timezone.now())
        .select_related("item__section", "item__material", "item__study_path")
        .prefetch_related("facilitators")
        .order_by("starts_at")
    )
    return sessions[:limit] if limit else sessions


def assemblies_of(*, council: Council) -> QuerySet[Assembly]:
    return (
        council.assemblies.select_related("plan")
        .annotate(outcome_count=Count("outcomes"))
        .order_by("-held_on", "-pk")
    )


def assembly_detail(*, council: Council, pk: int) -> Assembly:
    return get_object_or_404(
        Assembly.objects.select_related("plan", "opened_by").prefetch_related(
            Prefetch("agenda", queryset=PlanSection.objects.prefetch_related("items")),
            Prefetch(
                "outcomes",
                queryset=AssemblyOutcome.objects.select_related(
                    "section", "recorded_by", "corrects"
                ),
            ),
        ),
        pk=pk,
        council=council,
    )


def library_choices(*, language_code: str) -> dict:
    """Published materials and paths of one language, for choosing plan items."""
    materials = (
        MaterialPage.objects.live()
        .filter(locale__language_code=language_code)
        .order_by("kind", "title")
        .only("id", "title", "kind", "duration_minutes")
    )
    paths = (
        StudyPathPage.objects.live().filter(locale__language_code=language_code).order_by("title")
    )
    return {"materials": list(materials), "paths": list(paths.only("id", "title"))}


def unread_notices(*, user) -> QuerySet[Reminder]:
    return (
        Reminder.objects.filter(user=user, channel=Reminder.Channel.SITE, read_at__isnull=True)
        .select_related("session__council", "session__item")
        .order_by("session__starts_at")
    )


# --- Version comparison ------------------------------------------------------------


@dataclass
class VersionDiff:
    sections_added: list[str]
    sections_removed: list[str]
    sections_reordered: list[str]
    sections_renamed: list[tuple[str, str]]
    items_added: list[tuple[str, str]]
    items_removed: list[tuple[str, str]]
    items_moved: list[tuple[str, str, str]]
    items_reordered: list[tuple[str, str]]
    details_changed: list[str]

    @property
    def empty(self) -> bool:
        return not any(
            (
                self.sections_added,
                self.sections_removed,
                self.sections_reordered,
                self.sections_renamed,
                self.items_added,
                self.items_removed,
                self.items_moved,
                self.items_reordered,
                self.details_changed,
            )
        )


def _order_changed(before: list[str], after: list[str]) -> set[str]:
    """Keys (present in both lists) whose relative order changed: outside a longest common subsequence."""
    common = set(before) & set(after)
    a = [k for k in before if k in common]
    b = [k for k in after if k in common]
    n, m = len(a), len(b)
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            lcs[i][j] = lcs[i + 1][j + 1] + 1 if a[i] == b[j] else max(lcs[i + 1][j], lcs[i][j + 1])
    keep, i, j = set(), 0, 0
    while i < n and j < m:
        if a[i] == b[j]:
            keep.add(a[i])
            i, j = i + 1, j + 1
        elif lcs[i + 1][j] >= lcs[i][j + 1]:
            i += 1
        else:
            j += 1
    return common - keep


def compare_versions(*, older: PlanVersion, newer: PlanVersion) -> VersionDiff:
    """What changed between two snapshots: added, removed, reordered, moved, renamed."""
    a, b = older.snapshot, newer.snapshot
    a_sections = {s["key"]: s for s in a["sections"]}
    b_sections = {s["key"]: s for s in b["sections"]}
    a_items = {i["key"]: (i, s) for s in a["sections"] for i in s["items"]}
    b_items = {i["key"]: (i, s) for s in b["sections"] for i in s["items"]}

    diff = VersionDiff([], [], [], [], [], [], [], [], [])
    for field_name in ("title", "period", "local_problems", "goals"):
        if a.get(field_name) != b.get(field_name):
            diff.details_changed.append(field_name)
    diff.sections_added = [s["title"] for k, s in b_sections.items() if k not in a_sections]
    diff.sections_removed = [s["title"] for k, s in a_sections.items() if k not in b_sections]
    diff.sections_renamed = [
        (a_sections[k]["title"], s["title"])
        for k, s in b_sections.items()
        if k in a_sections and a_sections[k]["title"] != s["title"]
    ]
    reordered = _order_changed([s["key"] for s in a["sections"]], [s["key"] for s in b["sections"]])
    diff.sections_reordered = [b_sections[k]["title"] for k in reordered]
    for key, (item, section) in b_items.items():
        if key not in a_items:
            diff.items_added.append((item["title"], section["title"]))
        elif a_items[key][1]["key"] != section["key"]:
            diff.items_moved.append((item["title"], a_items[key][1]["title"], section["title"]))
    for key, (item, section) in a_items.items():
        if key not in b_items:
            diff.items_removed.append((item["title"], section["title"]))
    for key, section in b_sections.items():
        if key in a_sections:
            moved = _order_changed(
                [i["key"] for i in a_sections[key]["items"]], [i["key"] for i in section["items"]]
            )
            diff.items_reordered += [(b_items[k][0]["title"], section["title"]) for k in moved]
    return diff
