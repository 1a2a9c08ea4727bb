"""Celery tasks of councils: thin wrappers around services, passing primary keys only."""

import datetime as dt

from celery import shared_task
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from . import services


@shared_task(name="councils.tasks.send_session_reminders")
def send_session_reminders() -> int:
    """Daily (beat): remind every member of the sessions held tomorrow, once."""
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    email_ids = services.reminders_create_for(day=tomorrow)
    for reminder_id in email_ids:
        send_reminder_email.delay(reminder_id)
    return len(email_ids)


@shared_task(name="councils.tasks.send_reminder_email", autoretry_for=(OSError,), max_retries=3)
def send_reminder_email(reminder_id: int) -> bool:
    reminder = services.reminder_claim(reminder_id=reminder_id)
    if reminder is None:
        return False
    user = reminder.user
    with translation.override(user.preferred_language or "es"):
        context = {"reminder": reminder, "session": reminder.session, "user": user}
        subject = render_to_string("councils/email/reminder_subject.txt", context).strip()
        body = render_to_string("councils/email/reminder_body.txt", context)
    send_mail(subject, body, None, [user.email])
    return True
