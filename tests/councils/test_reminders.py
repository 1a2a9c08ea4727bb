"""The day before a session every member is reminded once: by email, or on the site."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from councils.models import PlanItem, Reminder
from councils.tasks import send_session_reminders

from ..factories import UserFactory
from .factories import add_member, agree, make_council, make_session
from .helpers import assert_shows, url

pytestmark = pytest.mark.django_db


def tomorrow_at(hour: int) -> dt.datetime:
    day = timezone.localdate() + dt.timedelta(days=1)
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))


@pytest.fixture
def tomorrow_session(council, coordinator, facilitator, participant, plan):
    agree(plan, coordinator)
    item = PlanItem.objects.filter(section__plan=plan).order_by("pk").first()
    return make_session(council, item, coordinator, starts_at=tomorrow_at(9), childcare=True)


def test_each_member_is_reminded_once_by_email_or_on_the_site(
    council, coordinator, facilitator, participant, tomorrow_session
):
    # A session next week and one of another council remind nobody here.
    make_session(council, tomorrow_session.item, starts_at=tomorrow_at(9) + dt.timedelta(days=7))
    other = make_council(UserFactory(email="otra@example.org"), name="Consejo Comunal Lejano")

    assert send_session_reminders.delay().get() == 2
    assert send_session_reminders.delay().get() == 0  # the second run sends nothing

    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([coordinator.email, facilitator.email])
    assert "otra@example.org" not in recipients
    message = next(m for m in mail.outbox if m.to == [coordinator.email])
    assert tomorrow_session.item.title in message.subject
    assert tomorrow_session.place in message.body
    assert participant.display_name not in message.body  # nobody else's name

    site_notices = Reminder.objects.filter(channel=Reminder.Channel.SITE)
    assert [(r.user, r.session) for r in site_notices] == [(participant, tomorrow_session)]
    assert (
        Reminder.objects.filter(channel=Reminder.Channel.EMAIL, sent_at__isnull=False).count() == 2
    )
    assert not Reminder.objects.filter(session__council=other).exists()


def test_a_member_without_email_sees_the_notice_on_the_councils_page(
    as_user, council, participant, tomorrow_session
):
    send_session_reminders.delay()
    client = as_user(participant)
    page = client.get(url("list"))
    assert page.status_code == 200
    assert_shows(page, tomorrow_session.item.title)
    assert_shows(page, tomorrow_session.place)
    assert_shows(page, "Childcare offered")

    notice = Reminder.objects.get(user=participant)
    read = client.post(url("notice_read", notice.pk))
    assert read.status_code == 302
    notice.refresh_from_db()
    assert notice.read_at is not None
    assert tomorrow_session.place not in client.get(url("list")).content.decode()


def test_a_new_member_after_the_first_run_gets_a_reminder_on_the_second(council, tomorrow_session):
    send_session_reminders.delay()
    sent = len(mail.outbox)
    late = add_member(council, UserFactory(email="recien@example.org")).user
    send_session_reminders.delay()
    assert len(mail.outbox) == sent + 1
    assert mail.outbox[-1].to == [late.email]
