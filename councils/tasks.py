"""Celery tasks of councils: thin wrappers around services, passing primary keys only."""

import datetime as dt

from celery import shared_task
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from . import services
from .models import Reminder


@shared_task(name="councils.tasks.send_session_reminders")
def send_session_reminders() -> int:
    """Beat: remind every member of tomorrow's sessions, and retry any email not sent yet."""
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    new_ids = services.reminders_create_for(day=tomorrow)
    email_ids = sorted(set(new_ids) | set(services.reminders_to_retry()))
    for reminder_id in email_ids:
        send_reminder_email.delay(reminder_id)
    return len(email_ids)


# SMTPException is an OSError: a refused or dropped connection is retried with backoff.
@shared_task(
    name="councils.tasks.send_reminder_email",
    autoretry_for=(OSError,),
    max_retries=Reminder.MAX_ATTEMPTS - 1,
    retry_backoff=60,
    retry_backoff_max=60 * 60,
    retry_jitter=True,
)
def send_reminder_email(reminder_id: int) -> bool:
    """Claim, send, then mark sent; a failure releases the claim and re-raises so Celery retries."""
    reminder = services.reminder_claim(reminder_id=reminder_id)
    if reminder is None:
        return False
    try:
        user = reminder.user
        with translation.override(user.preferred_language or "es"):
            context = {"reminder": reminder, "session": reminder.session, "user": user}
            subject = render_to_string("councils/email/reminder_subject.txt", context).strip()
            body = render_to_string("councils/email/reminder_body.txt", context)
        send_mail(subject, body, None, [user.email])
    except Exception:
        services.reminder_mark_failed(reminder_id=reminder_id)
        raise
    services.reminder_mark_sent(reminder_id=reminder_id)
    return True


@shared_task(name="councils.tasks.purge_councils_due")
def purge_councils_due() -> int:
    """Beat, hourly: erase for good the councils whose 7-day grace period is over."""
    return sum(
        services.council_purge(council_id=council_id)
        for council_id in services.councils_due_for_purge()
    )
