"""The reminder outbox: an SMTP failure is retried, and no reminder is ever sent twice."""

from __future__ import annotations

import datetime as dt
from smtplib import SMTPException

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.utils import timezone

from councils import services
from councils.models import PlanItem, Reminder
from councils.tasks import send_reminder_email, send_session_reminders

from .factories import agree, make_session

pytestmark = pytest.mark.django_db

FLAKY = "tests.councils.test_reminder_outbox.FlakyBackend"


class FlakyBackend(EmailBackend):
    """A mail server that refuses the first ``failures`` messages, then accepts (into mail.outbox)."""

    failures = 0

    def send_messages(self, messages):
        if FlakyBackend.failures > 0:
            FlakyBackend.failures -= 1
            raise SMTPException("451 try again later")
        return super().send_messages(messages)


@pytest.fixture
def flaky(settings):
    settings.EMAIL_BACKEND = FLAKY

    def fail_next(n: int) -> None:
        FlakyBackend.failures = n

    yield fail_next
    FlakyBackend.failures = 0


@pytest.fixture
def reminder(council, coordinator, plan):
    """A pending email reminder for the coordinator of a session held tomorrow."""
    agree(plan, coordinator)
    item = PlanItem.objects.filter(section__plan=plan).order_by("pk").first()
    day = timezone.localdate() + dt.timedelta(days=1)
    starts = timezone.make_aware(dt.datetime.combine(day, dt.time(9, 0)))
    session = make_session(council, item, coordinator, starts_at=starts)
    services.reminders_create_for(day=day)
    return Reminder.objects.get(session=session, user=coordinator)


def test_a_refused_email_is_retried_and_sent_exactly_once(flaky, reminder, coordinator):
    flaky(1)
    # Eager Celery runs the autoretry at once: the first attempt fails, the second sends.
    send_reminder_email.apply(args=[reminder.pk], throw=False)
    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.SENT
    assert reminder.attempts == 2
    assert [m.to for m in mail.outbox] == [[coordinator.email]]

    # Neither a late retry nor the next beat sends it again.
    assert send_reminder_email.apply(args=[reminder.pk], throw=False).get() is False
    send_session_reminders.delay()
    assert len(mail.outbox) == 1


def test_a_failure_releases_the_claim_and_the_beat_sends_it(settings, reminder, coordinator):
    # A worker claimed it and the send raised: the task marks it failed and re-raises.
    assert services.reminder_claim(reminder_id=reminder.pk) is not None
    services.reminder_mark_failed(reminder_id=reminder.pk)
    reminder.refresh_from_db()
    assert (reminder.status, reminder.attempts) == (Reminder.Status.FAILED, 1)
    assert mail.outbox == []

    assert reminder.pk in services.reminders_to_retry()
    assert send_session_reminders.delay().get() == 1
    reminder.refresh_from_db()
    assert (reminder.status, reminder.attempts) == (Reminder.Status.SENT, 2)
    assert [m.to for m in mail.outbox] == [[coordinator.email]]
    assert services.reminders_to_retry() == []


def test_a_server_that_keeps_refusing_spends_the_attempts_and_stops(flaky, reminder, monkeypatch):
    flaky(Reminder.MAX_ATTEMPTS + 5)
    # Let the eager retries chain as a worker's would, instead of raising Retry at the first one.
    monkeypatch.setitem(send_reminder_email.app.conf, "task_eager_propagates", False)
    with pytest.raises(SMTPException):
        send_reminder_email.apply(args=[reminder.pk], throw=False).get()
    reminder.refresh_from_db()
    assert reminder.status == Reminder.Status.FAILED
    assert reminder.attempts == Reminder.MAX_ATTEMPTS
    assert services.reminders_to_retry() == []  # the beat does not hammer it forever
    assert mail.outbox == []


def test_two_concurrent_claims_send_once(reminder, coordinator):
    # Worker A claims the reminder; worker B, running the same task meanwhile, gets nothing to send.
    held = services.reminder_claim(reminder_id=reminder.pk)
    assert held is not None
    assert services.reminder_claim(reminder_id=reminder.pk) is None
    assert send_reminder_email.apply(args=[reminder.pk], throw=False).get() is False
    assert mail.outbox == []
    services.reminder_mark_sent(reminder_id=reminder.pk)  # A's send went through
    assert services.reminder_claim(reminder_id=reminder.pk) is None
    assert send_reminder_email.apply(args=[reminder.pk], throw=False).get() is False
    reminder.refresh_from_db()
    assert (reminder.status, reminder.attempts) == (Reminder.Status.SENT, 1)


def test_a_claim_left_by_a_killed_worker_is_taken_again_later(reminder):
    long_ago = timezone.now() - dt.timedelta(hours=1)
    assert services.reminder_claim(reminder_id=reminder.pk, now=long_ago) is not None
    assert reminder.pk in services.reminders_to_retry()
    assert services.reminder_claim(reminder_id=reminder.pk) is not None


def test_a_cancelled_session_is_not_reminded(reminder):
    services.reminder_mark_failed(reminder_id=reminder.pk)
    reminder.session.status = "cancelled"
    reminder.session.save(update_fields=["status"])
    assert services.reminder_claim(reminder_id=reminder.pk) is None
    assert services.reminders_to_retry() == []
