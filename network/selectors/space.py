"""Reads of the network coordinators' space: templates, the directory, the materials report.

Each page reads in a constant number of queries, however many councils, templates
and experiences there are. Nothing here names a person.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.http import Http404

from councils.models import Council, FormationPlan, PlanItem, PlanSection, PlanStatus
from curriculum.models import MaterialPage

from ..models import Experience, LessonKind
from .gatherings import SHARED_MODES, council_label


def templates() -> QuerySet[FormationPlan]:
    """Every network template, withdrawn ones last, with how many sections and copies."""
    return (
        FormationPlan.objects.filter(is_network_template=True, council__isnull=True)
        .annotate(
            section_count=Count("sections", filter=Q(sections__parent=None), distinct=True),
            copy_count=Count("copies", distinct=True),
        )
        .order_by(F("withdrawn_at").asc(nulls_first=True), "title", "pk")
    )


def template_for(*, pk: int) -> FormationPlan:
    plan = FormationPlan.objects.filter(
        pk=pk, is_network_template=True, council__isnull=True
    ).first()
    if plan is None:
        raise Http404
    return plan


def template_section(*, plan: FormationPlan, pk: int) -> PlanSection:
    section = PlanSection.objects.select_related("plan").filter(plan=plan, pk=pk).first()
    if section is None:
        raise Http404
    return section


def template_item(*, plan: FormationPlan, pk: int) -> PlanItem:
    item = (
        PlanItem.objects.select_related("section__plan").filter(section__plan=plan, pk=pk).first()
    )
    if item is None:
        raise Http404
    return item


@dataclass
class DirectoryLine:
    label: str
    territory: str
    state: str
    anonymised: bool
    plan_adopted: bool
    shared_experiences: int


def directory() -> list[DirectoryLine]:
    """Councils that chose to be listed: by name, or by kind of territory and state."""
    adopted = FormationPlan.objects.filter(council=OuterRef("pk"), status=PlanStatus.ADOPTED)
    councils = (
        Council.objects.filter(listed_in_directory=True)
        .annotate(
            plan_adopted=Exists(adopted),
            shared_count=Count(
                "experiences",
                filter=Q(experiences__share_mode__in=SHARED_MODES),
                distinct=True,
            ),
        )
        .only("name", "state", "territory_kind", "directory_anonymised")
    )
    lines = [
        DirectoryLine(
            label=council_label(council, anonymised=council.directory_anonymised),
            territory=council.get_territory_kind_display(),
            state=council.state,
            anonymised=council.directory_anonymised,
            plan_adopted=council.plan_adopted,
            shared_experiences=council.shared_count,
        )
        for council in councils
    ]
    return sorted(lines, key=lambda line: (line.anonymised, line.label.casefold()))


@dataclass
class MaterialLine:
    material: MaterialPage
    worked: int
    did_not_work: int
    experiences: int


def materials_report() -> list[MaterialLine]:
    """Per library material: shared experiences citing it with what worked, and what did not."""
    through = Experience.materials.through
    rows = (
        through.objects.filter(experience__share_mode__in=SHARED_MODES)
        .values("materialpage_id")
        .annotate(
            experiences=Count("experience", distinct=True),
            worked=Count(
                "experience",
                filter=Q(experience__lessons__kind=LessonKind.WORKED),
                distinct=True,
            ),
            did_not_work=Count(
                "experience",
                filter=Q(experience__lessons__kind=LessonKind.DID_NOT_WORK),
                distinct=True,
            ),
        )
    )
    rows = list(rows)
    pages = MaterialPage.objects.filter(pk__in=[r["materialpage_id"] for r in rows]).select_related(
        "locale"
    )
    by_pk = {page.pk: page for page in pages}
    lines = [
        MaterialLine(
            material=by_pk[row["materialpage_id"]],
            worked=row["worked"],
            did_not_work=row["did_not_work"],
            experiences=row["experiences"],
        )
        for row in rows
        if row["materialpage_id"] in by_pk
    ]
    return sorted(
        lines, key=lambda line: (-line.did_not_work, -line.experiences, line.material.title)
    )
