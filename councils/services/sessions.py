"""Sessions of the plan, the secret calendar links, and the reminders sent the day before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import rules
from ..models import (
    Council,
    Membership,
    PersonalCalendar,
    PlanItem,
    PlanSection,
    SectionStatus,
    Session,
    SessionStatus,
    new_token,
)
from .common import acting_membership, require_coordinator, require_organiser


def calendar_rotate_council_token(
    *, council: Council, by, actor: Membership | None = None
) -> Council:
    require_coordinator(council=council, user=by, actor=actor)
    council.calendar_token = new_token()
    council.save(update_fields=["calendar_token"])
    return council


def calendar_for_person(*, user) -> PersonalCalendar:
    feed, _created = PersonalCalendar.objects.get_or_create(user=user)
    return feed


def calendar_rotate_personal_token(*, user) -> PersonalCalendar:
    feed = calendar_for_person(user=user)
    feed.token = new_token()
    feed.save(update_fields=["token"])
    return feed


def _check_session(
    *,
    council: Council,
    item: PlanItem,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    facilitators: list,
    capacity: int | None,
) -> None:
    """The rules a session meets when scheduled and at every change."""
    section = PlanSection.objects.select_related("plan").get(pk=item.section_id)
    if section.plan.council_id != council.pk:
        raise PermissionDenied
    if section.status != SectionStatus.AGREED:
        raise ValidationError(_("Sessions are scheduled for sections the assembly has agreed."))
    if errors := rules.session_time_errors(
        starts_at=starts_at, ends_at=ends_at, now=timezone.now()
    ):
        raise ValidationError(errors[0][1])
    member_ids = set(
        Membership.objects.filter(council=council, user__in=facilitators).values_list(
            "user_id", flat=True
        )
    )
    if any(f.pk not in member_ids for f in facilitators):
        raise ValidationError(_("Facilitators must be members of the council."))
    if capacity is not None and capacity < 1:
        raise ValidationError(_("Capacity must be at least one person, or left empty."))


@transaction.atomic
def session_schedule(
    *,
    council: Council,
    item: PlanItem,
    by,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    place: str,
    facilitators: Iterable,
    childcare: bool,
    capacity: int | None = None,
    notes: str = "",
    actor: Membership | None = None,
) -> Session:
    require_organiser(council=council, user=by, actor=actor)
    facilitators = list(facilitators)
    _check_session(
        council=council,
        item=item,
        starts_at=starts_at,
        ends_at=ends_at,
        facilitators=facilitators,
        capacity=capacity,
    )
    session = Session.objects.create(
        council=council,
        item=item,
        starts_at=starts_at,
        ends_at=ends_at,
        place=place.strip(),
        childcare=childcare,
        capacity=capacity,
        notes=notes.strip(),
        created_by=by,
    )
    session.facilitators.set(facilitators)
    return session


def _lock_changeable(session: Session) -> Session:
    """The session, locked; refused once it started (it is in the record) or was cancelled."""
    locked = Session.objects.select_for_update().get(pk=session.pk)
    if locked.starts_at <= timezone.now():
        raise ValidationError(_("A session that already started stays in the record."))
    if locked.is_cancelled:
        raise ValidationError(_("This session was cancelled; schedule a new one instead."))
    return locked


@transaction.atomic
def session_update(
    *,
    session: Session,
    by,
    item: PlanItem,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    place: str,
    facilitators: Iterable,
    childcare: bool,
    capacity: int | None = None,
    notes: str = "",
    actor: Membership | None = None,
) -> Session:
    """Change a session that has not started; calendar apps see a higher SEQUENCE and update."""
    acting_membership(council_id=session.council_id, by=by, actor=actor, role=rules.FACILITATOR)
    locked = _lock_changeable(session)
    facilitators = list(facilitators)
    _check_session(
        council=locked.council,
        item=item,
        starts_at=starts_at,
        ends_at=ends_at,
        facilitators=facilitators,
        capacity=capacity,
    )
    locked.item = item
    locked.starts_at, locked.ends_at = starts_at, ends_at
    locked.place = place.strip()
    locked.childcare = childcare
    locked.capacity = capacity
    locked.notes = notes.strip()
    locked.sequence += 1
    locked.save()
    locked.facilitators.set(facilitators)
    return locked


@transaction.atomic
def session_cancel(*, session: Session, by, actor: Membership | None = None) -> Session:
    """Cancel without deleting: the feeds publish STATUS:CANCELLED, reminders skip it."""
    acting_membership(council_id=session.council_id, by=by, actor=actor, role=rules.FACILITATOR)
    locked = _lock_changeable(session)
    locked.status = SessionStatus.CANCELLED
    locked.sequence += 1
    locked.save(update_fields=["status", "sequence", "updated_at"])
    return locked


SESSION_COUNT_FIELDS = tuple(
    f"{kind}_{group}" for kind in ("attended", "facilitated") for group in rules.COUNT_GROUPS
)


@transaction.atomic
def session_record_counts(
    *, session: Session, by, counts: dict[str, int | None], actor: Membership | None = None
) -> Session:
    """Record the aggregate counts of a held session: who attended and who facilitated, by group.

    Only counts: no gender is stored per person. Empty values mean "not recorded".
    """
    acting_membership(council_id=session.council_id, by=by, actor=actor, role=rules.FACILITATOR)
    locked = Session.objects.select_for_update().get(pk=session.pk)
    if refusal := rules.attendance_refusal(locked):
        raise ValidationError(refusal)
    if locked.starts_at > timezone.now():
        raise ValidationError(_("Attendance is taken once the session has started."))
    values = {name: counts.get(name) for name in SESSION_COUNT_FIELDS}
    if errors := rules.attendance_count_errors(
        values, subgroup="facilitated", maximum=rules.MAX_SESSION_COUNT
    ):
        raise ValidationError(errors[0][1])
    for name, value in values.items():
        setattr(locked, name, value)
    locked.save(update_fields=[*SESSION_COUNT_FIELDS, "updated_at"])
    return locked
