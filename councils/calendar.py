"""iCalendar feeds: stable event ids, no attendee names, nothing but what a calendar needs.

Every change to a session raises its SEQUENCE; a cancelled session stays in the
feed (for as long as past sessions do) with STATUS:CANCELLED, so subscribed
calendar apps remove or update their copy instead of keeping the old event.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event
from wagtail import hooks

from .models import Council, Membership, Session

# Newer apps add events to a council's feed (councils imports none of them): each function
# registered under this name takes the council and returns icalendar ``Event`` objects.
COUNCIL_CALENDAR_EVENTS_HOOK = "trayecto_council_calendar_events"


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Trayecto//formacion//ES")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    return cal


def _sessions(queryset: QuerySet[Session]) -> QuerySet[Session]:
    since = timezone.now() - timezone.timedelta(days=90)
    return (
        queryset.filter(ends_at__gte=since).select_related("council", "item").order_by("starts_at")
    )


def _event(session: Session) -> Event:
    event = Event()
    event.add("uid", f"{session.uid}@trayecto")
    event.add("dtstamp", session.updated_at)
    event.add("last-modified", session.updated_at)
    event.add("sequence", session.sequence)
    event.add("status", "CANCELLED" if session.is_cancelled else "CONFIRMED")
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    summary = f"{session.item.title} · {session.council.name}"
    if session.is_cancelled:
        summary = _("Cancelled: %(session)s") % {"session": summary}
    event.add("summary", summary)
    event.add("location", session.place)
    lines = []
    if session.childcare:
        lines.append(_("Childcare offered."))
    if session.capacity:
        lines.append(_("Capacity: %(n)s people.") % {"n": session.capacity})
    if session.notes:
        lines.append(session.notes)
    if lines:
        event.add("description", "\n".join(lines))
    return event


def _extra_events(councils, seen: set[str]) -> list[Event]:
    """Events other apps give for these councils, each UID once (a person may be in two)."""
    found = []
    for council in councils:
        for hook in hooks.get_hooks(COUNCIL_CALENDAR_EVENTS_HOOK):
            for event in hook(council) or ():
                uid = str(event.get("uid"))
                if uid not in seen:
                    seen.add(uid)
                    found.append(event)
    return found


def council_calendar(*, council: Council) -> bytes:
    cal = _calendar(council.name)
    for session in _sessions(Session.objects.filter(council=council)):
        cal.add_component(_event(session))
    for event in _extra_events([council], set()):
        cal.add_component(event)
    return cal.to_ical()


def personal_calendar(*, user) -> bytes:
    council_ids = Membership.objects.filter(user=user).values("council_id")
    cal = _calendar("Trayecto")
    for session in _sessions(Session.objects.filter(council_id__in=council_ids)):
        cal.add_component(_event(session))
    for event in _extra_events(Council.objects.filter(pk__in=council_ids), set()):
        cal.add_component(event)
    return cal.to_ical()
