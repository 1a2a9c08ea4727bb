"""What the summaries should hold, computed again from the events, the slow and obvious way.

Independent of ``insights.services``: one plain loop per year and per council, reading
the rows the services never see as such (every session, assembly, membership).
"""

from __future__ import annotations

from django.utils import timezone

from councils.models import Assembly, Council, Membership, Session, SessionStatus
from insights.models import (
    CouncilSummary,
    CouncilYearSummary,
    Gender,
    GenderSelfDescription,
    NetworkTerritoryYear,
)

GROUPS = ("women", "men", "other")


def _held_sessions(council):
    now = timezone.now()
    return [
        s
        for s in Session.objects.filter(council=council)
        if s.starts_at <= now and s.status != SessionStatus.CANCELLED
    ]


def expected_years(council) -> dict[int, dict]:
    today = timezone.localdate()
    sessions = _held_sessions(council)
    assemblies = [a for a in Assembly.objects.filter(council=council) if a.held_on <= today]
    members = list(Membership.objects.filter(council=council))
    described = {d.user_id: d.gender for d in GenderSelfDescription.objects.all()}
    years = (
        {timezone.localtime(s.starts_at).year for s in sessions}
        | {a.held_on.year for a in assemblies}
        | {timezone.localtime(m.joined_at).year for m in members}
    )
    if not years:
        return {}
    result = {}
    for year in range(min(years), max(years | {today.year}) + 1):
        in_year = [s for s in sessions if timezone.localtime(s.starts_at).year == year]
        held = [a for a in assemblies if a.held_on.year == year]
        joined = [m for m in members if timezone.localtime(m.joined_at).year <= year]
        holders = [m for m in joined if m.is_facilitator or m.is_coordinator]
        row = {
            "members": len(joined),
            "facilitators": sum(m.is_facilitator for m in joined),
            "coordinators": sum(m.is_coordinator for m in joined),
            "sessions_held": len(in_year),
            "sessions_counted": sum(
                any(getattr(s, f"attended_{g}") is not None for g in GROUPS)
                or any(getattr(s, f"facilitated_{g}") is not None for g in GROUPS)
                for s in in_year
            ),
            "session_minutes": sum(
                int((s.ends_at - s.starts_at).total_seconds() // 60) for s in in_year
            ),
            "assemblies_held": len(held),
            "responsible_described": sum(m.user_id in described for m in holders),
            "responsible_women": sum(described.get(m.user_id) == Gender.WOMAN for m in holders),
        }
        for g in GROUPS:
            row[f"session_{g}"] = sum(getattr(s, f"attended_{g}") or 0 for s in in_year)
            row[f"facilitated_{g}"] = sum(getattr(s, f"facilitated_{g}") or 0 for s in in_year)
            row[f"assembly_{g}"] = sum(getattr(a, f"attended_{g}") or 0 for a in held)
            row[f"spoke_{g}"] = sum(getattr(a, f"spoke_{g}") or 0 for a in held)
        result[year] = row
    return result


def stored_years(council) -> dict[int, dict]:
    fields = [
        f.name
        for f in CouncilYearSummary._meta.concrete_fields
        if f.name not in ("id", "council", "territory_kind", "year")
    ]
    return {
        row.year: {name: getattr(row, name) for name in fields}
        for row in CouncilYearSummary.objects.filter(council=council)
    }


def expected_state(council) -> dict:
    return {
        "members": Membership.objects.filter(council=council).count(),
        "done_minutes": sum(
            int((s.ends_at - s.starts_at).total_seconds() // 60) for s in _held_sessions(council)
        ),
        "territory_kind": council.territory_kind,
    }


def stored_state(council) -> dict | None:
    summary = CouncilSummary.objects.filter(council=council).first()
    if summary is None:
        return None
    return {
        "members": summary.members,
        "done_minutes": summary.done_minutes,
        "territory_kind": summary.territory_kind,
    }


def expected_territories() -> dict[tuple[str, int], tuple]:
    found: dict[tuple[str, int], list[int]] = {}
    for council in Council.objects.all():
        for year, row in expected_years(council).items():
            key = (council.territory_kind, year)
            totals = found.setdefault(key, [0] * 6)
            values = [
                row["session_women"] + row["assembly_women"],
                sum(row[f"{k}_{g}"] for k in ("session", "assembly") for g in GROUPS),
                row["facilitated_women"],
                sum(row[f"facilitated_{g}"] for g in GROUPS),
                row["responsible_described"],
                row["responsible_women"],
            ]
            found[key] = [a + b for a, b in zip(totals, values, strict=True)]
    return {key: tuple(values) for key, values in found.items()}


def stored_territories() -> dict[tuple[str, int], tuple]:
    return {
        (t.territory_kind, t.year): (
            t.participants_women,
            t.participants_total,
            t.facilitated_women,
            t.facilitated_total,
            t.responsible_described,
            t.responsible_women,
        )
        for t in NetworkTerritoryYear.objects.all()
    }
