"""The rebuild outbox: a change to a council's events rebuilds its summaries once it commits.

Signals (``insights.signals``) call ``schedule_rebuild`` with what changed (a council, a
plan, a section, a person). Nothing is written inside the changing transaction; once it
commits, the councils concerned are resolved, marked (``PendingInsight``) and a task is
enqueued per council; each council's rebuild then marks and enqueues the network's, which
is made of the councils' summaries. If the broker is down the marks stay and
the nightly ``rebuild_all`` rebuilds everything and clears them. A change seen twice in
one transaction is rebuilt once: a task whose mark is gone (an earlier one rebuilt after the
change) does nothing, and in-process a rebuild begun after a change covers it.
"""

from __future__ import annotations

import logging
import threading
import time

from celery import signature
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from councils.models import (
    Assembly,
    Council,
    FormationPlan,
    Membership,
    PlanItem,
    PlanSection,
)

from ..models import PendingInsight
from .summaries import rebuild_council, rebuild_network

logger = logging.getLogger(__name__)

REBUILD_TASK = "insights.tasks.rebuild"
NETWORK = 0
BROKER_DOWN = (BrokerError, RedisConnectionError, RedisTimeoutError, OSError)
KINDS = ("council", "plan", "section", "item", "assembly", "person")


# In this thread, when each summary (council id, or NETWORK) was last enqueued or rebuilt, and
# when each change (kind, pk) was last resolved: a change made before that is covered, since
# callbacks run only after their transaction committed.
_covered = threading.local()


def _since(name: str) -> dict:
    if not hasattr(_covered, name):
        setattr(_covered, name, {})
    return getattr(_covered, name)


class _Rebuild:
    """The on-commit callback of one change: it remembers when the change was made."""

    def __init__(self, kind: str, pk: int):
        self.key = (kind, pk)
        self.made_at = time.monotonic_ns()
        # Django names a failed robust on-commit callback by its __qualname__ when it logs it.
        self.__qualname__ = f"{type(self).__qualname__}({kind}, {pk})"

    def __call__(self) -> None:
        resolved = _since("changes")
        if resolved.get(self.key, -1) > self.made_at:
            return  # the same change, seen twice in one transaction
        resolved[self.key] = time.monotonic_ns()
        _resolve_and_enqueue(*self.key, made_at=self.made_at)


def schedule_rebuild(*, kind: str, pk: int | None) -> None:
    """Rebuild, once the transaction commits, the summaries ``kind`` ``pk`` belongs to."""
    if kind not in KINDS:
        raise ValueError(kind)
    if pk is not None:
        transaction.on_commit(_Rebuild(kind, pk), robust=True)


def councils_of(kind: str, pk: int) -> list[int]:
    """The councils whose summaries a change of ``kind`` ``pk`` touches."""
    if kind == "council":
        return [pk]
    if kind == "plan":
        found = FormationPlan.objects.filter(pk=pk).values_list("council_id", flat=True)
    elif kind == "section":
        found = PlanSection.objects.filter(pk=pk).values_list("plan__council_id", flat=True)
    elif kind == "assembly":
        found = Assembly.objects.filter(pk=pk).values_list("council_id", flat=True)
    elif kind == "item":
        found = PlanItem.objects.filter(pk=pk).values_list("section__plan__council_id", flat=True)
    else:
        found = Membership.objects.filter(user_id=pk).values_list("council_id", flat=True)
    return [council_id for council_id in found if council_id]


def _mark_and_enqueue(key: int) -> None:
    PendingInsight.objects.update_or_create(
        council_id=key, defaults={"requested_at": timezone.now()}
    )
    try:
        signature(REBUILD_TASK, args=(key,)).delay()
    except BROKER_DOWN as error:
        logger.warning("summaries of %s not enqueued, the night will rebuild them: %s", key, error)


def _resolve_and_enqueue(kind: str, pk: int, *, made_at: int) -> None:
    """Mark and enqueue each council concerned; one enqueued or rebuilt since the change is left.

    The network is not enqueued here: it is made of the councils' summaries, so each
    council's rebuild enqueues it once done.
    """
    covered = _since("summaries")
    for key in councils_of(kind, pk):
        if covered.get(key, -1) > made_at:
            continue
        covered[key] = time.monotonic_ns()
        _mark_and_enqueue(key)


def rebuild_requested(*, key: int) -> None:
    """Rebuild a council (``key``) or the network (``NETWORK``), then clear its mark if unchanged.

    A council's rebuild then asks for the network's, which reads the councils' summaries.
    """
    stamp = (
        PendingInsight.objects.filter(council_id=key).values_list("requested_at", flat=True).first()
    )
    if stamp is None:
        return  # an earlier task rebuilt it after the change and cleared the mark
    _since("summaries")[key] = time.monotonic_ns()
    if key == NETWORK:
        rebuild_network()
    else:
        rebuild_council(council_id=key)
    PendingInsight.objects.filter(council_id=key, requested_at=stamp).delete()
    if key != NETWORK:
        _mark_and_enqueue(NETWORK)


def rebuild_all() -> int:
    """Every council, then the network (nightly, and at the end of the demo); clears the marks."""
    started = timezone.now()
    council_ids = list(Council.objects.order_by("pk").values_list("pk", flat=True))
    _since("summaries").update(dict.fromkeys([*council_ids, NETWORK], time.monotonic_ns()))
    for council_id in council_ids:
        rebuild_council(council_id=council_id)
    stale = PendingInsight.objects.exclude(council_id=NETWORK).exclude(council_id__in=council_ids)
    for council_id in stale.values_list("council_id", flat=True):
        rebuild_council(council_id=council_id)
    rebuild_network()
    PendingInsight.objects.filter(requested_at__lte=started).delete()
    return len(council_ids)
