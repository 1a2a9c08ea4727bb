"""Reads of a person's on-site notices."""

from __future__ import annotations

from django.core.cache import cache
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from ..models import Notice, Reminder, SessionStatus


def notices_for(*, user, limit: int = 50) -> list[Notice]:
    return list(Notice.objects.filter(user=user).select_related("council")[:limit])


def unread_notices_of(*, user) -> QuerySet[Notice]:
    return Notice.objects.filter(user=user, read_at__isnull=True)


# The header shows this on every signed-in page: it is cached per person, and the
# writes that change it (``services.notices``, ``services.reminders``) forget it.
COUNT_TTL = 120


def count_key(user_id: int) -> str:
    return f"notices:unread:{user_id}"


def unread_count(*, user) -> int:
    """Unread notices and unread session reminders: the number the header shows."""
    if not getattr(user, "is_authenticated", False):
        return 0

    def count() -> int:
        return (
            unread_notices_of(user=user).count()
            + Reminder.objects.filter(
                user=user,
                channel=Reminder.Channel.SITE,
                read_at__isnull=True,
                session__status=SessionStatus.SCHEDULED,
            ).count()
        )

    return cache.get_or_set(count_key(user.pk), count, COUNT_TTL)


def message_of(*, user, pk: int) -> Notice:
    return get_object_or_404(Notice, pk=pk, user=user)
