"""Privacy: a person's whole formation record erased, before their account goes."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q

from councils.models import Session

from ..models import (
    Attendance,
    Completion,
    Enrolment,
    PracticeLog,
    StageReached,
    Vouch,
    YearSummary,
)
from .outbox import schedule_recompute


@transaction.atomic
def erase_person_record(*, user) -> None:
    """Remove every formation event and summary of a person (before the account goes).

    The vouches the person confirmed go too, so the neighbours they vouched for are
    recomputed (that practice counts as self-reported again). Sessions they facilitated
    stay: co-facilitators and attendees keep what those sessions count for them, and
    co-facilitators are recomputed too, so their totals surely match what remains.
    """
    vouched_for = set(
        Vouch.objects.filter(voucher=user, status=Vouch.Status.CONFIRMED)
        .exclude(entry__user=user)
        .values_list("entry__user_id", flat=True)
    )
    co_facilitators = set(
        Session.facilitators.through.objects.filter(
            session__in=Session.objects.filter(facilitators=user)
        )
        .exclude(**{Session.facilitators.field.m2m_reverse_name(): user.pk})
        .values_list(Session.facilitators.field.m2m_reverse_name(), flat=True)
    )
    Vouch.objects.filter(Q(voucher=user) | Q(entry__user=user)).delete()
    PracticeLog.objects.filter(user=user).delete()
    Completion.objects.filter(user=user).delete()
    Attendance.objects.filter(user=user).delete()
    Enrolment.objects.filter(user=user).delete()
    YearSummary.objects.filter(user=user).delete()
    StageReached.objects.filter(user=user).delete()
    for user_id in sorted(vouched_for | co_facilitators):
        schedule_recompute(user_id)
