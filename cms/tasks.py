"""Periodic housekeeping of the account side."""

from __future__ import annotations

import datetime as dt

from axes.models import AccessAttempt
from celery import shared_task
from django.conf import settings
from django.utils import timezone


@shared_task
def forget_old_login_failures() -> int:
    """Delete failed-login counts past their hour, even when nobody logs in to trigger axes' own cleanup."""
    threshold = timezone.now() - dt.timedelta(hours=settings.AXES_COOLOFF_TIME)
    deleted, _ = AccessAttempt.objects.filter(attempt_time__lt=threshold).delete()
    return deleted
