"""Encuentros in the registered councils' calendar feeds, read back with ``icalendar``.

The UID stays the same across edits, SEQUENCE only grows, and a cancelled encuentro
or a withdrawn registration stays in the feed as STATUS:CANCELLED.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from icalendar import Calendar
from wagtail import hooks

from councils import services as council_services
from councils.calendar import COUNCIL_CALENDAR_EVENTS_HOOK, council_calendar
from network.hooks_gatherings import gatherings_in_council_feed
from network.services import gatherings as services

from ..councils.factories import add_member
from . import gatherings_support as support

pytestmark = pytest.mark.django_db
net = support.net


def feed_events(client, council) -> list:
    council.refresh_from_db()
    response = client.get(reverse("councils:council_feed", args=[council.calendar_token]))
    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    return [c for c in calendar.walk("VEVENT") if str(c["uid"]).startswith("encuentro-")]


def the_event(client, council):
    events = feed_events(client, council)
    assert len(events) == 1, events
    return events[0]


def test_the_network_registers_its_hook_with_councils():
    assert gatherings_in_council_feed in hooks.get_hooks(COUNCIL_CALENDAR_EVENTS_HOOK)


def test_a_registered_council_gets_the_encuentro_in_its_feed(client, net):
    assert feed_events(client, net.fishing) == []
    services.registration_save(
        gathering=net.gathering,
        council=net.fishing,
        by=net.fishing_coordinator,
        people=9,
        children=2,
    )
    event = the_event(client, net.fishing)
    assert str(event["uid"]) == f"encuentro-{net.gathering.uid}@trayecto"
    assert str(event["status"]) == "CONFIRMED"
    assert int(event["sequence"]) == 0
    assert event.decoded("dtstart") == net.gathering.starts_at
    assert str(event["location"]) == "Casa de la cultura de Cumaná"
    assert "Encuentro regional de oriente" in str(event["summary"])
    assert feed_events(client, net.farming) == []  # not registered


def test_the_uid_is_stable_and_the_sequence_grows_with_each_change(client, net):
    services.registration_save(
        gathering=net.gathering,
        council=net.fishing,
        by=net.fishing_coordinator,
        people=9,
        children=2,
    )
    first = the_event(client, net.fishing)
    later = net.gathering.starts_at + dt.timedelta(days=7)
    services.gathering_update(
        gathering=net.gathering,
        by=net.network,
        title="Encuentro regional de oriente",
        starts_at=later,
        ends_at=later + dt.timedelta(hours=8),
        place="Cumanacoa",
        host_council=None,
    )
    second = the_event(client, net.fishing)
    assert second["uid"] == first["uid"]
    assert int(second["sequence"]) == int(first["sequence"]) + 1
    assert second.decoded("dtstart") == later
    assert str(second["location"]) == "Cumanacoa"


def test_a_cancelled_encuentro_stays_in_the_feed_as_cancelled(client, net):
    services.registration_save(
        gathering=net.gathering,
        council=net.farming,
        by=net.farming_coordinator,
        people=4,
        children=0,
    )
    before = the_event(client, net.farming)
    services.gathering_cancel(gathering=net.gathering, by=net.network)
    after = the_event(client, net.farming)
    assert after["uid"] == before["uid"]
    assert str(after["status"]) == "CANCELLED"
    assert int(after["sequence"]) > int(before["sequence"])


def test_a_withdrawn_registration_cancels_the_event_for_that_council_only(client, net):
    for council, coordinator in (
        (net.fishing, net.fishing_coordinator),
        (net.farming, net.farming_coordinator),
    ):
        services.registration_save(
            gathering=net.gathering, council=council, by=coordinator, people=3, children=0
        )
    before = the_event(client, net.fishing)
    services.registration_withdraw(
        gathering=net.gathering, council=net.fishing, by=net.fishing_coordinator
    )
    withdrawn = the_event(client, net.fishing)
    assert str(withdrawn["status"]) == "CANCELLED"
    assert int(withdrawn["sequence"]) > int(before["sequence"])
    assert str(the_event(client, net.farming)["status"]) == "CONFIRMED"
    # Coming back raises the sequence again: calendar apps take the newest copy.
    services.registration_save(
        gathering=net.gathering,
        council=net.fishing,
        by=net.fishing_coordinator,
        people=3,
        children=0,
    )
    back = the_event(client, net.fishing)
    assert str(back["status"]) == "CONFIRMED"
    assert int(back["sequence"]) > int(withdrawn["sequence"])


def test_a_person_in_two_registered_councils_sees_the_encuentro_once(client, net):
    for council, coordinator in (
        (net.fishing, net.fishing_coordinator),
        (net.farming, net.farming_coordinator),
    ):
        services.registration_save(
            gathering=net.gathering, council=council, by=coordinator, people=3, children=0
        )
    add_member(net.farming, net.fishing_member)
    feed = council_services.calendar_for_person(user=net.fishing_member)
    response = client.get(reverse("councils:personal_feed", args=[feed.token]))
    calendar = Calendar.from_ical(response.content)
    uids = [
        str(e["uid"]) for e in calendar.walk("VEVENT") if str(e["uid"]).startswith("encuentro-")
    ]
    assert uids == [f"encuentro-{net.gathering.uid}@trayecto"]


def test_the_council_feed_names_no_person(net):
    services.registration_save(
        gathering=net.gathering,
        council=net.fishing,
        by=net.fishing_coordinator,
        people=9,
        children=2,
    )
    body = council_calendar(council=net.fishing).decode()
    for person in (net.fishing_coordinator, net.network):
        assert person.username not in body and person.display_name not in body
