"""Encuentros in a council's calendar feed: one event per registration, with a stable UID.

The UID is the encuentro's own (the same in every council's feed and across edits);
SEQUENCE is the encuentro's changes plus the registration's (withdrawn, registered
again), so it only ever grows; a cancelled encuentro, or a withdrawn registration,
stays in the feed with STATUS:CANCELLED so calendar apps drop their copy.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from icalendar import Event

from councils.models import Council

from .models import Registration
from .selectors.gatherings import registrations_for_feed


def gathering_event(registration: Registration) -> Event:
    gathering = registration.gathering
    cancelled = gathering.is_cancelled or not registration.is_active
    event = Event()
    event.add("uid", f"encuentro-{gathering.uid}@trayecto")
    changed = max(gathering.updated_at, registration.updated_at)
    event.add("dtstamp", changed)
    event.add("last-modified", changed)
    event.add("sequence", gathering.sequence + registration.sequence)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("dtstart", gathering.starts_at)
    event.add("dtend", gathering.ends_at)
    summary = _("Encuentro: %(title)s") % {"title": gathering.title}
    if cancelled:
        summary = _("Cancelled: %(session)s") % {"session": summary}
    event.add("summary", summary)
    event.add("location", gathering.place)
    lines = [_("Your council registered %(people)s people.") % {"people": registration.people}]
    if registration.children:
        lines.append(
            _("Childcare asked for %(children)s children.") % {"children": registration.children}
        )
    if gathering.description:
        lines.append(gathering.description)
    event.add("description", "\n".join(lines))
    return event


def council_events(council: Council) -> list[Event]:
    return [gathering_event(r) for r in registrations_for_feed(council=council)]
