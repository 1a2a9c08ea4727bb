"""On-site notices: the way Trayecto tells someone something without email or phone.

``message`` is an untranslated msgid (mark it with ``gettext_noop`` where it is
written) and ``params`` are plain values, so each reader reads it in their own
language. Newer apps send theirs through ``notify`` too.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from ..models import Council, Membership, Notice
from ..selectors.notices import count_key


def notify(
    *,
    users: Iterable,
    message: str,
    params: dict | None = None,
    url: str = "",
    council: Council | None = None,
    kind: str = Notice.Kind.GENERAL,
    exclude=None,
) -> int:
    """Leave the same notice for each person; returns how many were left."""
    params = {key: str(value) for key, value in (params or {}).items()}
    message % params  # a wrong placeholder fails here, where it is written, not when read
    excluded = getattr(exclude, "pk", exclude)
    notices = [
        Notice(user=user, council=council, message=message, params=params, url=url, kind=kind)
        for user in {u.pk: u for u in users if u.pk != excluded}.values()
    ]
    Notice.objects.bulk_create(notices)
    forget_unread_counts(user_ids=[n.user_id for n in notices])
    return len(notices)


def forget_unread_counts(*, user_ids) -> None:
    """The header's number is cached; make it be counted again after the change commits."""
    keys = [count_key(user_id) for user_id in set(user_ids)]
    if keys:
        cache.delete_many(keys)
        transaction.on_commit(lambda: cache.delete_many(keys))


def notify_coordinators(*, council: Council, exclude=None, **kwargs) -> int:
    coordinators = [
        m.user
        for m in Membership.objects.filter(council=council, is_coordinator=True).select_related(
            "user"
        )
    ]
    return notify(users=coordinators, council=council, exclude=exclude, **kwargs)


@transaction.atomic
def notice_mark_read(*, notice: Notice, user) -> None:
    if notice.user_id != user.pk:
        raise Notice.DoesNotExist
    if notice.read_at is None:
        notice.read_at = timezone.now()
        notice.save(update_fields=["read_at"])
        forget_unread_counts(user_ids=[user.pk])


def notices_mark_all_read(*, user) -> int:
    changed = Notice.objects.filter(user=user, read_at__isnull=True).update(read_at=timezone.now())
    forget_unread_counts(user_ids=[user.pk])
    return changed
