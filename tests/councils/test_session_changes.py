"""Sessions are changed and cancelled without being deleted, and calendar apps learn of it
(issue 9, point 12): every change raises SEQUENCE, a cancellation publishes STATUS:CANCELLED."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone
from icalendar import Calendar

from councils import rules, services
from councils.models import PlanItem, Reminder, Session
from councils.tasks import send_reminder_email, send_session_reminders

from .factories import agree, make_session, next_saturday
from .helpers import assert_error_shown, assert_shows, flashed, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def agreed_item(council, coordinator, plan):
    agree(plan, coordinator, [plan.sections.get(title="Economía de la pesca")])
    return PlanItem.objects.filter(section__title="Economía de la pesca").order_by("position")[0]


@pytest.fixture
def session(council, coordinator, facilitator, agreed_item):
    scheduled = make_session(council, agreed_item, coordinator, place="Casa comunal")
    scheduled.facilitators.set([facilitator])
    return scheduled


def change_data(session, **changes) -> dict:
    day = next_saturday(weeks=2).date()
    data = {
        "item": session.item_id,
        "day": day.isoformat(),
        "start_time": "14:00",
        "end_time": "17:00",
        "place": "Muelle viejo, bajo el techo",
        "childcare": "on",
        "capacity": 20,
        "notes": "Cambiamos al muelle por la lluvia.",
    }
    data.update(changes)
    return data


def feed_events(client, as_user, council, coordinator) -> dict:
    page = as_user(coordinator).get(url("calendar", council.slug))
    body = client.get(urlsplit(page.context["council_feed_url"]).path).content
    return {str(e["uid"]): e for e in Calendar.from_ical(body).walk() if e.name == "VEVENT"}


# --- Changing a session -------------------------------------------------------------------------


def test_the_edit_form_shows_the_session_as_it_is(as_user, council, facilitator, session):
    page = as_user(facilitator).get(url("session_edit", council.slug, session.pk))
    assert page.status_code == 200
    initial = page.context["form"].initial
    assert initial["place"] == "Casa comunal"
    assert initial["day"] == timezone.localtime(session.starts_at).date()
    assert initial["facilitators"] == [facilitator.pk]
    assert_shows(page, "Change the session")


def test_a_facilitator_changes_a_session_and_its_sequence_goes_up(
    as_user, council, facilitator, session
):
    response = as_user(facilitator).post(
        url("session_edit", council.slug, session.pk), change_data(session)
    )
    assert response.status_code == 302
    assert flashed(response, "success")
    changed = Session.objects.get(pk=session.pk)
    assert changed.uid == session.uid
    assert changed.sequence == session.sequence + 1
    assert changed.place == "Muelle viejo, bajo el techo"
    assert timezone.localtime(changed.starts_at).time() == dt.time(14, 0)
    assert changed.status == "scheduled"


def test_a_change_into_the_past_is_refused(as_user, council, coordinator, session):
    yesterday = (timezone.localdate() - dt.timedelta(days=1)).isoformat()
    response = as_user(coordinator).post(
        url("session_edit", council.slug, session.pk), change_data(session, day=yesterday)
    )
    assert response.status_code == 200
    assert_error_shown(response, "can't start in the past")
    assert Session.objects.get(pk=session.pk).sequence == session.sequence


def test_participants_neither_change_nor_cancel(as_user, council, participant, session):
    client = as_user(participant)
    assert client.get(url("session_edit", council.slug, session.pk)).status_code == 403
    assert (
        client.post(url("session_edit", council.slug, session.pk), change_data(session)).status_code
        == 403
    )
    assert client.post(url("session_cancel", council.slug, session.pk)).status_code == 403
    assert Session.objects.get(pk=session.pk).sequence == 0


def test_a_started_session_stays_as_it_was(council, coordinator, agreed_item):
    started = make_session(
        council, agreed_item, coordinator, starts_at=timezone.now() - dt.timedelta(hours=1)
    )
    with pytest.raises(ValidationError, match="already started"):
        services.session_update(
            session=started,
            by=coordinator,
            item=agreed_item,
            starts_at=next_saturday(),
            ends_at=next_saturday(12),
            place="Otro",
            facilitators=[],
            childcare=False,
        )


# --- Cancelling keeps the row -------------------------------------------------------------------


def test_cancelling_keeps_the_session_marks_it_and_raises_its_sequence(
    as_user, council, coordinator, session
):
    client = as_user(coordinator)
    response = client.post(url("session_cancel", council.slug, session.pk))
    assert "Session cancelled." in flashed(response)
    cancelled = Session.objects.get(pk=session.pk)
    assert cancelled.status == "cancelled"
    assert cancelled.sequence == 1

    again = client.post(url("session_cancel", council.slug, session.pk))
    assert flashed(again, "error")
    edit = client.post(url("session_edit", council.slug, session.pk), change_data(session))
    assert_error_shown(edit, "This session was cancelled")
    assert Session.objects.get(pk=session.pk).sequence == 1


def test_the_calendar_and_the_council_page_show_a_cancelled_session_struck_through(
    as_user, council, participant, coordinator, session
):
    services.session_cancel(session=session, by=coordinator)
    calendar = as_user(participant).get(url("calendar", council.slug))
    content = calendar.content.decode()
    assert_shows(calendar, "Cancelled")
    assert f"<s>{session.item.title}</s>" in content
    assert "session--cancelled" in content
    detail = as_user(participant).get(url("detail", council.slug)).content.decode()
    assert f"<s>{session.item.title}</s>" in detail
    coordinator_page = as_user(coordinator).get(url("calendar", council.slug)).content.decode()
    assert url("session_edit", council.slug, session.pk) not in coordinator_page


# --- The feeds ----------------------------------------------------------------------------------


def test_the_feed_carries_sequence_and_status_through_change_and_cancellation(
    as_user, client, council, coordinator, session
):
    uid = f"{session.uid}@trayecto"
    event = feed_events(client, as_user, council, coordinator)[uid]
    assert int(event["sequence"]) == 0
    assert str(event["status"]) == "CONFIRMED"

    services.session_update(
        session=session,
        by=coordinator,
        item=session.item,
        starts_at=next_saturday(15, weeks=2),
        ends_at=next_saturday(18, weeks=2),
        place="Muelle viejo",
        facilitators=[],
        childcare=True,
    )
    event = feed_events(client, as_user, council, coordinator)[uid]
    assert int(event["sequence"]) == 1
    assert str(event["location"]) == "Muelle viejo"
    assert event.decoded("dtstart") == next_saturday(15, weeks=2)

    services.session_cancel(session=session, by=coordinator)
    found = feed_events(client, as_user, council, coordinator)
    assert list(found) == [uid]  # still in the feed, so calendar apps can drop it
    event = found[uid]
    assert int(event["sequence"]) == 2
    assert str(event["status"]) == "CANCELLED"
    assert str(event["summary"]).startswith("Cancelled: ")


def test_the_personal_feed_also_says_cancelled(as_user, client, council, participant, session):
    services.session_cancel(session=session, by=council.memberships.get(is_coordinator=True).user)
    page = as_user(participant).get(url("calendar", council.slug))
    body = client.get(urlsplit(page.context["personal_feed_url"]).path).content.decode()
    assert "STATUS:CANCELLED" in body
    assert "SEQUENCE:1" in body


# --- Reminders ---------------------------------------------------------------------------------


def tomorrow_at(hour: int) -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(days=1)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))


def test_no_reminder_for_a_cancelled_session(council, coordinator, facilitator, agreed_item):
    tomorrow = make_session(council, agreed_item, coordinator, starts_at=tomorrow_at(9))
    services.session_cancel(session=tomorrow, by=coordinator)
    assert send_session_reminders.delay().get() == 0
    assert not Reminder.objects.exists()
    assert mail.outbox == []


def test_a_session_cancelled_after_its_reminder_was_made_sends_nothing(
    as_user, council, coordinator, facilitator, participant, agreed_item
):
    tomorrow = make_session(council, agreed_item, coordinator, starts_at=tomorrow_at(9))
    pending = Reminder.objects.create(
        session=tomorrow, user=facilitator, channel=Reminder.Channel.EMAIL
    )
    Reminder.objects.create(session=tomorrow, user=participant, channel=Reminder.Channel.SITE)
    services.session_cancel(session=tomorrow, by=coordinator)
    assert send_reminder_email.delay(pending.pk).get() is False
    assert mail.outbox == []
    page = as_user(participant).get(url("list"))
    assert tomorrow.place not in page.content.decode()  # no notice of a cancelled session


def test_the_rules_refuse_attendance_at_a_cancelled_session(council, coordinator, session):
    assert rules.attendance_refusal(session) is None
    cancelled = services.session_cancel(session=session, by=coordinator)
    assert "cancelled" in rules.attendance_refusal(cancelled)
