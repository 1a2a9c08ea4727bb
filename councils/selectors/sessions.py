"""Reads about sessions, calendar feeds and the notices a member has not read."""

from __future__ import annotations

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from ..models import (
    Council,
    PersonalCalendar,
    PlanItem,
    Reminder,
    SectionStatus,
    Session,
    SessionStatus,
)


def upcoming_sessions(*, council: Council, limit: int | None = None) -> QuerySet[Session]:
    """Sessions not yet over, cancelled ones included: members must learn of a cancellation."""
    sessions = (
        Session.objects.filter(council=council, ends_at__gte=timezone.now())
        .select_related("item__section", "item__material", "item__study_path")
        .prefetch_related("facilitators")
        .order_by("starts_at")
    )
    return sessions[:limit] if limit else sessions


def schedulable_items(*, council: Council) -> list[PlanItem]:
    """Items of sections the assembly agreed: only those get sessions."""
    return list(
        PlanItem.objects.filter(
            section__plan__council=council, section__status=SectionStatus.AGREED
        )
        .select_related("section")
        .order_by("section__plan_id", "section__position", "position")
    )


def session_of_council(*, council: Council, pk: int) -> Session:
    return get_object_or_404(Session, pk=pk, council=council)


def council_by_feed_token(*, token: str) -> Council:
    return get_object_or_404(Council, calendar_token=token)


def person_by_feed_token(*, token: str):
    return get_object_or_404(PersonalCalendar.objects.select_related("user"), token=token).user


def unread_notices(*, user) -> QuerySet[Reminder]:
    return (
        Reminder.objects.filter(
            user=user,
            channel=Reminder.Channel.SITE,
            read_at__isnull=True,
            session__status=SessionStatus.SCHEDULED,
        )
        .select_related("session__council", "session__item")
        .order_by("session__starts_at")
    )


def notice_of(*, user, pk: int) -> Reminder:
    return get_object_or_404(Reminder, pk=pk, user=user)


def session_form_initial(*, session: Session) -> dict:
    """A session's values as the session form shows them, to edit it."""
    starts, ends = timezone.localtime(session.starts_at), timezone.localtime(session.ends_at)
    return {
        "item": session.item_id,
        "day": starts.date(),
        "start_time": starts.time().replace(second=0, microsecond=0),
        "end_time": ends.time().replace(second=0, microsecond=0),
        "place": session.place,
        "facilitators": [user.pk for user in session.facilitators.all()],
        "childcare": session.childcare,
        "capacity": session.capacity,
        "notes": session.notes,
    }
