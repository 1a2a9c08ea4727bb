"""Encuentros where councils leave a hook (councils never imports network): their calendar
feed and their data export."""

from __future__ import annotations

from .calendar import council_events
from .models import Registration


def gatherings_in_council_feed(council):
    """Registered encuentros of the council, as icalendar events (``COUNCIL_CALENDAR_EVENTS_HOOK``)."""
    return council_events(council)


def _date(value):
    return value.isoformat() if value else None


def gatherings_in_council_export(council) -> dict:
    """The council's registrations and commitments, and the encuentros it hosted
    (``COUNCIL_EXPORT_HOOK``): what the council keeps when it takes its data away."""
    registrations = Registration.objects.filter(council=council).select_related("gathering")
    hosted = council.hosted_gatherings.order_by("starts_at")
    return {
        "encuentros": [
            {
                "title": r.gathering.title,
                "starts_at": _date(r.gathering.starts_at),
                "ends_at": _date(r.gathering.ends_at),
                "place": r.gathering.place,
                "status": r.gathering.status,
                "people": r.people,
                "children_needing_childcare": r.children,
                "withdrawn_at": _date(r.withdrawn_at),
                "commitments": r.commitments,
                "outcomes": r.gathering.outcomes,
            }
            for r in registrations.order_by("gathering__starts_at")
        ],
        "encuentros_hosted": [
            {
                "title": g.title,
                "starts_at": _date(g.starts_at),
                "place": g.place,
                "status": g.status,
                "description": g.description,
                "outcomes": g.outcomes,
            }
            for g in hosted
        ],
    }
