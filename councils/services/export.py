"""A council takes its data away: everything it recorded, nothing of others."""

from __future__ import annotations

from django.utils import timezone
from wagtail import hooks

from .. import events
from ..models import Council, Membership
from .common import require_coordinator
from .versions import plan_snapshot

# Newer apps add their part of a council's data (councils imports none of them): each function
# registered under this name takes the council and returns a dict of top-level export keys.
COUNCIL_EXPORT_HOOK = "trayecto_council_export"


def _counts(record, groups) -> dict:
    """Aggregate attendance by gender as recorded (null: not recorded); never per person."""
    return {
        f"{group}_{who}": getattr(record, f"{group}_{who}")
        for group in groups
        for who in ("women", "men", "other")
    }


def _date(value):
    return value.isoformat() if value else None


def council_export(*, council: Council, by, actor: Membership | None = None) -> dict:
    """Everything the council keeps, as plain data: plans with all versions, assemblies, sessions.

    Format version 2: each plan version carries ``event`` (what happened, a code of
    ``VersionEvent``) and ``event_data`` (titles, outcome codes, ISO dates); its
    ``summary`` is that event as a sentence in the exporter's language, kept for
    readers of version 1. A copied plan carries ``copied_from_data`` likewise.
    Sessions carry ``status`` (scheduled or cancelled) and ``sequence``.
    """
    require_coordinator(council=council, user=by, actor=actor)
    d = _date
    plans = list(council.plans.prefetch_related("versions").order_by("pk"))
    assemblies = list(
        council.assemblies.prefetch_related("outcomes__section", "agenda").order_by("held_on", "pk")
    )
    data = {
        "format": "trayecto-council-export",
        "version": 2,
        "exported_at": timezone.now().isoformat(),
        "council": {
            "name": council.name,
            "state": council.state,
            "municipality": council.municipality,
            "territory_kind": council.territory_kind,
            "main_production": council.main_production,
            "description": council.description,
            "listed_in_directory": council.listed_in_directory,
            "directory_anonymised": council.directory_anonymised,
            "created_at": d(council.created_at),
        },
        "members": [
            {
                "display_name": m.user.public_name,
                "participant": m.is_participant,
                "facilitator": m.is_facilitator,
                "coordinator": m.is_coordinator,
                "joined_at": d(m.joined_at),
            }
            for m in council.memberships.select_related("user")
        ],
        "plans": [
            {
                "title": plan.title,
                "status": plan.status,
                "adopted_at": d(plan.adopted_at),
                "shared": plan.shared,
                "copied_from": events.describe_origin(plan.copied_from_data),
                "copied_from_data": plan.copied_from_data,
                "current": plan_snapshot(plan),
                "versions": [
                    {
                        "number": v.number,
                        "created_at": d(v.created_at),
                        "event": v.event,
                        "event_data": v.event_data,
                        "summary": events.describe_version(v),
                        "adopted": v.is_adopted,
                        "snapshot": v.snapshot,
                    }
                    for v in sorted(plan.versions.all(), key=lambda v: v.number)
                ],
            }
            for plan in plans
        ],
        "assemblies": [
            {
                "plan": a.plan.title,
                "held_on": d(a.held_on),
                "place": a.place,
                "attendance": a.attendance,
                "counts": _counts(a, ("attended", "spoke")),
                "minutes": a.minutes,
                "agenda": [s.title for s in a.agenda.all()],
                "outcomes": [
                    {
                        "section": o.section.title,
                        "outcome": o.outcome,
                        "note": o.note,
                        "recorded_at": d(o.recorded_at),
                        "corrects_record_at": d(o.corrects.recorded_at) if o.corrects else None,
                    }
                    for o in a.outcomes.all()
                ],
            }
            for a in assemblies
        ],
        "sessions": [
            {
                "item": s.item.title,
                "starts_at": d(s.starts_at),
                "ends_at": d(s.ends_at),
                "place": s.place,
                "childcare": s.childcare,
                "capacity": s.capacity,
                "notes": s.notes,
                "status": s.status,
                "sequence": s.sequence,
                "counts": _counts(s, ("attended", "facilitated")),
            }
            for s in council.sessions.select_related("item").order_by("starts_at")
        ],
    }
    for more in hooks.get_hooks(COUNCIL_EXPORT_HOOK):  # newer apps add what they keep of it
        data.update(more(council))
    return data
