"""Summaries rebuilt from councils' and progress's events: whole, idempotently.

``rebuild_council`` rebuilds one council's years and present state in a constant number
of queries; ``rebuild_network`` rebuilds the network's months, territories and totals from
the councils' summaries and the sessions. Running either twice gives the same rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict

from django.db import transaction
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from councils.models import (
    Assembly,
    Council,
    FormationPlan,
    Membership,
    PlanItem,
    PlanSection,
    PlanStatus,
    SectionStatus,
    Session,
    SessionStatus,
)
from progress.models import FormationStage, StageReached

from .. import rules, versions
from ..models import (
    CouncilSummary,
    CouncilYearSummary,
    Gender,
    GenderSelfDescription,
    NetworkMonthSummary,
    NetworkSummary,
    NetworkTerritoryYear,
)

GROUPS = ("women", "men", "other")
ADOPTED = (PlanStatus.ADOPTED, PlanStatus.AMENDING)
PENDING = (SectionStatus.DRAFT, SectionStatus.UNDER_DEBATE)
ACTIVE_DAYS = 365
TERRITORY_FIELDS = [f.name for f in NetworkTerritoryYear._meta.concrete_fields if f.name != "id"]
YEAR_FIELDS = [
    f.name
    for f in CouncilYearSummary._meta.concrete_fields
    if f.name not in ("id", "council", "territory_kind", "year")
]


def digest_of(value) -> str:
    text = json.dumps(value, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def stage_order() -> dict:
    """Each stage's translation key and its place in the path (the first locale's order)."""
    order: dict = {}
    for key, sort_order, pk in FormationStage.objects.order_by("sort_order", "pk").values_list(
        "translation_key", "sort_order", "pk"
    ):
        order.setdefault(key, (sort_order or 0, pk))
    return order


def _local_year(moment: dt.datetime) -> int:
    return timezone.localtime(moment).year


def council_years(*, council_id: int, today: dt.date, now: dt.datetime) -> dict[int, dict]:
    """The yearly rows of a council, computed from its events (no writes)."""
    years: dict[int, dict] = defaultdict(lambda: dict.fromkeys(YEAR_FIELDS, 0))
    members = list(
        Membership.objects.filter(council_id=council_id).values_list(
            "user_id", "joined_at", "is_facilitator", "is_coordinator"
        )
    )
    holders = [user_id for user_id, _j, fac, coord in members if fac or coord]
    described = dict(
        GenderSelfDescription.objects.filter(user_id__in=holders).values_list("user_id", "gender")
    )
    sessions = (
        Session.objects.filter(council_id=council_id, starts_at__lte=now)
        .exclude(status=SessionStatus.CANCELLED)
        .values_list(
            "starts_at",
            "ends_at",
            *(f"attended_{g}" for g in GROUPS),
            *(f"facilitated_{g}" for g in GROUPS),
        )
    )
    for starts_at, ends_at, *counts in sessions:
        row = years[_local_year(starts_at)]
        row["sessions_held"] += 1
        row["session_minutes"] += max(int((ends_at - starts_at).total_seconds() // 60), 0)
        if any(value is not None for value in counts):
            row["sessions_counted"] += 1
        for group, value in zip(GROUPS, counts[:3], strict=True):
            row[f"session_{group}"] += value or 0
        for group, value in zip(GROUPS, counts[3:], strict=True):
            row[f"facilitated_{group}"] += value or 0
    assemblies = Assembly.objects.filter(council_id=council_id, held_on__lte=today).values_list(
        "held_on", *(f"attended_{g}" for g in GROUPS), *(f"spoke_{g}" for g in GROUPS)
    )
    for held_on, *counts in assemblies:
        row = years[held_on.year]
        row["assemblies_held"] += 1
        for group, value in zip(GROUPS, counts[:3], strict=True):
            row[f"assembly_{group}"] += value or 0
        for group, value in zip(GROUPS, counts[3:], strict=True):
            row[f"spoke_{group}"] += value or 0
    joined = [(user_id, _local_year(at), fac, coord) for user_id, at, fac, coord in members]
    if not joined and not years:
        return {}
    first = min([year for _u, year, _f, _c in joined] + list(years))
    last = max([today.year, *years])
    for year in range(first, last + 1):
        row = years[year]
        for user_id, joined_year, fac, coord in joined:
            if joined_year > year:
                continue
            row["members"] += 1
            row["facilitators"] += int(fac)
            row["coordinators"] += int(coord)
            if (fac or coord) and user_id in described:
                row["responsible_described"] += 1
                row["responsible_women"] += int(described[user_id] == Gender.WOMAN)
    return {year: dict(row) for year, row in sorted(years.items())}


def council_state(*, council_id: int, years: dict[int, dict], today: dt.date) -> dict:
    """The council's present state (plans, stages), computed from its events (no writes)."""
    plans = list(
        FormationPlan.objects.filter(council_id=council_id).values_list("status", flat=True)
    )
    sections = dict(
        PlanSection.objects.filter(plan__council_id=council_id)
        .values("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    planned = 0
    for hours, material_minutes in PlanItem.objects.filter(
        section__plan__council_id=council_id
    ).values_list("estimated_hours", "material__duration_minutes"):
        if hours is not None:
            planned += int(hours * 60)
        elif material_minutes:
            planned += material_minutes
    member_ids = list(
        Membership.objects.filter(council_id=council_id).values_list("user_id", flat=True)
    )
    order = stage_order()
    reached = StageReached.objects.filter(user_id__in=member_ids).values_list(
        "user_id", "stage_key"
    )
    stages = rules.furthest_stages(
        [(user_id, str(key)) for user_id, key in reached], {str(k): v for k, v in order.items()}
    )
    active_years = [y for y, row in years.items() if row["sessions_held"] or row["assemblies_held"]]
    last_session = (
        Session.objects.filter(council_id=council_id, starts_at__lte=timezone.now())
        .exclude(status=SessionStatus.CANCELLED)
        .order_by("-starts_at")
        .values_list("starts_at", flat=True)
        .first()
    )
    last_assembly = (
        Assembly.objects.filter(council_id=council_id, held_on__lte=today)
        .order_by("-held_on")
        .values_list("held_on", flat=True)
        .first()
    )
    days = [d for d in (last_assembly, last_session and timezone.localdate(last_session)) if d]
    return {
        "plans": len(plans),
        "plans_adopted": sum(1 for status in plans if status in ADOPTED),
        "sections_agreed": sections.get(SectionStatus.AGREED, 0),
        "sections_pending": sum(sections.get(status, 0) for status in PENDING),
        "sections_split": sections.get(SectionStatus.SPLIT, 0),
        "planned_minutes": planned,
        "done_minutes": sum(row["session_minutes"] for row in years.values()),
        "members": len(member_ids),
        "stages": stages,
        "last_activity": max(days) if days and active_years else None,
    }


@transaction.atomic
def rebuild_council(*, council_id: int) -> CouncilSummary | None:
    """Rebuild a council's yearly rows and present state; a council gone leaves no summary."""
    territory = (
        Council.objects.filter(pk=council_id).values_list("territory_kind", flat=True).first()
    )
    if territory is None:
        CouncilYearSummary.objects.filter(council_id=council_id).delete()
        CouncilSummary.objects.filter(council_id=council_id).delete()
        versions.remember(council_id, None)
        return None
    today, now = timezone.localdate(), timezone.now()
    years = council_years(council_id=council_id, today=today, now=now)
    state = council_state(council_id=council_id, years=years, today=today)
    CouncilYearSummary.objects.filter(council_id=council_id).delete()
    CouncilYearSummary.objects.bulk_create(
        [
            CouncilYearSummary(council_id=council_id, territory_kind=territory, year=year, **row)
            for year, row in years.items()
        ]
    )
    digest = digest_of({"territory": territory, "years": years, "state": state})
    summary, _created = CouncilSummary.objects.update_or_create(
        council_id=council_id, defaults={"territory_kind": territory, "digest": digest, **state}
    )
    versions.remember(council_id, digest)
    return summary


def _sum(*names):
    return sum((Sum(name) for name in names[1:]), Sum(names[0]))


def network_state(*, today: dt.date, now: dt.datetime) -> dict:
    """The network's months, territories and totals, from the councils' summaries (no writes)."""
    territories = []
    for row in (
        CouncilYearSummary.objects.values("territory_kind", "year")
        .annotate(
            n_councils=Count("council_id", distinct=True),
            n_participants_women=_sum("session_women", "assembly_women"),
            n_participants_total=_sum(
                *(f"{kind}_{g}" for kind in ("session", "assembly") for g in GROUPS)
            ),
            n_facilitated_women=Sum("facilitated_women"),
            n_facilitated_total=_sum(*(f"facilitated_{g}" for g in GROUPS)),
            n_responsible_described=Sum("responsible_described"),
            n_responsible_women=Sum("responsible_women"),
        )
        .order_by("territory_kind", "year")
    ):
        territories.append(
            {
                key: row[key] if key in ("territory_kind", "year") else row[f"n_{key}"] or 0
                for key in TERRITORY_FIELDS
            }
        )
    months: dict[str, dict] = defaultdict(
        lambda: {"sessions_held": 0, "assemblies_held": 0, "councils_active": 0}
    )
    for month, held, councils in (
        Session.objects.filter(starts_at__lte=now)
        .exclude(status=SessionStatus.CANCELLED)
        .annotate(month=TruncMonth("starts_at"))
        .values("month")
        .annotate(n=Count("pk"), c=Count("council_id", distinct=True))
        .values_list("month", "n", "c")
    ):
        day = month.date() if isinstance(month, dt.datetime) else month
        months[day.isoformat()]["sessions_held"] = held
        months[day.isoformat()]["councils_active"] = councils
    for month, held in (
        Assembly.objects.filter(held_on__lte=today)
        .annotate(month=TruncMonth("held_on"))
        .values("month")
        .annotate(n=Count("pk"))
        .values_list("month", "n")
    ):
        day = month.date() if isinstance(month, dt.datetime) else month
        months[day.isoformat()]["assemblies_held"] = held
    since = today - dt.timedelta(days=ACTIVE_DAYS)
    totals = CouncilSummary.objects.aggregate(
        councils=Count("pk"),
        active=Count("pk", filter=Q(last_activity__gte=since)),
        adopted=Sum("plans_adopted"),
        memberships=Sum("members"),
    )
    stages: dict[str, int] = defaultdict(int)
    for counts in CouncilSummary.objects.values_list("stages", flat=True):
        for key, count in (counts or {}).items():
            stages[key] += count
    return {
        "territories": territories,
        "months": dict(sorted(months.items())),
        "summary": {
            "councils": totals["councils"] or 0,
            "councils_active": totals["active"] or 0,
            "plans_adopted": totals["adopted"] or 0,
            "memberships": totals["memberships"] or 0,
            "stages": dict(sorted(stages.items())),
        },
    }


@transaction.atomic
def rebuild_network() -> NetworkSummary:
    """Rebuild the network's summaries from the councils' ones and the sessions held."""
    state = network_state(today=timezone.localdate(), now=timezone.now())
    NetworkTerritoryYear.objects.all().delete()
    NetworkTerritoryYear.objects.bulk_create(
        [NetworkTerritoryYear(**row) for row in state["territories"]]
    )
    NetworkMonthSummary.objects.all().delete()
    NetworkMonthSummary.objects.bulk_create(
        [
            NetworkMonthSummary(month=dt.date.fromisoformat(month), **row)
            for month, row in state["months"].items()
        ]
    )
    summary, _created = NetworkSummary.objects.update_or_create(
        pk=1, defaults={**state["summary"], "digest": digest_of(state)}
    )
    versions.remember(versions.NETWORK, summary.digest)
    return summary
