"""The reminder outbox: made the day before, claimed, sent, and retried until sent once.

A reminder moves pending → sending → sent, or → failed and back to sending on a retry. The claim is
one conditional UPDATE, so two workers never both send it, and a sent reminder is never claimed again.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.db.models import F, Q
from django.utils import timezone

from ..models import Membership, Reminder, Session, SessionStatus
from .notices import forget_unread_counts

# A claim older than this belongs to a worker that died mid-send: the reminder may be claimed again.
STALE_CLAIM = dt.timedelta(minutes=30)


def reminders_create_for(*, day: dt.date) -> list[int]:
    """Create, once, a reminder per member for each session on ``day``; returns email ids to send.

    The unique (session, person) constraint makes a second run create nothing.
    """
    tz = timezone.get_current_timezone()
    start = timezone.make_aware(dt.datetime.combine(day, dt.time.min), tz)
    end = start + dt.timedelta(days=1)
    sessions = list(
        Session.objects.filter(
            starts_at__gte=start, starts_at__lt=end, status=SessionStatus.SCHEDULED
        )
    )
    if not sessions:
        return []
    council_ids = {s.council_id for s in sessions}
    members = list(
        Membership.objects.filter(council_id__in=council_ids).values_list(
            "council_id", "user_id", "user__email"
        )
    )
    reminders = [
        Reminder(
            session=session,
            user_id=user_id,
            channel=Reminder.Channel.EMAIL if email else Reminder.Channel.SITE,
        )
        for session in sessions
        for council_id, user_id, email in members
        if council_id == session.council_id
    ]
    Reminder.objects.bulk_create(reminders, ignore_conflicts=True)
    forget_unread_counts(user_ids=[r.user_id for r in reminders])
    return list(
        Reminder.objects.filter(
            session__in=sessions,
            channel=Reminder.Channel.EMAIL,
            status=Reminder.Status.PENDING,
            attempts=0,
        ).values_list("pk", flat=True)
    )


def _claimable(now: dt.datetime) -> Q:
    retryable = Q(status__in=[Reminder.Status.PENDING, Reminder.Status.FAILED])
    stale = Q(status=Reminder.Status.SENDING, claimed_at__lt=now - STALE_CLAIM)
    return (retryable | stale) & Q(
        channel=Reminder.Channel.EMAIL,
        attempts__lt=Reminder.MAX_ATTEMPTS,
        session__status=SessionStatus.SCHEDULED,
    )


def reminders_to_retry(*, now: dt.datetime | None = None) -> list[int]:
    """Email reminders of sessions still ahead that were never sent: failed, left pending, or stuck."""
    now = now or timezone.now()
    return list(
        Reminder.objects.filter(_claimable(now), session__starts_at__gt=now).values_list(
            "pk", flat=True
        )
    )


def reminder_claim(*, reminder_id: int, now: dt.datetime | None = None) -> Reminder | None:
    """Claim a reminder for one send attempt; None if it is sent, being sent, spent or cancelled."""
    now = now or timezone.now()
    claimed = Reminder.objects.filter(_claimable(now), pk=reminder_id).update(
        status=Reminder.Status.SENDING, attempts=F("attempts") + 1, claimed_at=now
    )
    if not claimed:
        return None
    return Reminder.objects.select_related("session__council", "session__item", "user").get(
        pk=reminder_id
    )


def reminder_mark_sent(*, reminder_id: int) -> None:
    """The email left: the reminder is final and is never claimed again."""
    Reminder.objects.filter(pk=reminder_id, status=Reminder.Status.SENDING).update(
        status=Reminder.Status.SENT, sent_at=timezone.now()
    )


def reminder_mark_failed(*, reminder_id: int) -> None:
    """The send raised: release the claim so a retry (or the daily run) can send it."""
    Reminder.objects.filter(pk=reminder_id, status=Reminder.Status.SENDING).update(
        status=Reminder.Status.FAILED
    )


def reminder_mark_read(*, reminder: Reminder, user) -> None:
    if reminder.user_id != user.pk:
        raise PermissionDenied
    if reminder.read_at is None:
        reminder.read_at = timezone.now()
        reminder.save(update_fields=["read_at"])
        forget_unread_counts(user_ids=[user.pk])
