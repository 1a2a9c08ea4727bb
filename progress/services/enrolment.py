"""Following study paths and marking readings done: enrolments and completions."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from curriculum.models import Kind, MaterialPage, StudyPathPage

from ..models import Completion, Enrolment
from ._shared import check_date
from .outbox import schedule_recompute

# --- Paths ---------------------------------------------------------------------------


@transaction.atomic
def enrol(*, user, path: StudyPathPage) -> Enrolment:
    if not path.live:
        raise ValidationError(_("This study path is not published."))
    existing = Enrolment.objects.select_for_update().filter(user=user, path=path).first()
    if existing and existing.status in (Enrolment.Status.ACTIVE, Enrolment.Status.PAUSED):
        raise ValidationError(_("You are already following this study path."))
    if existing and existing.status == Enrolment.Status.COMPLETED:
        raise ValidationError(_("You already completed this study path."))
    if existing:
        existing.status = Enrolment.Status.ACTIVE
        existing.save(update_fields=["status", "updated_at"])
        schedule_recompute(user.pk)
        return existing
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(
                user=user, path=path, path_title=path.title, enrolled_on=timezone.localdate()
            )
    except IntegrityError as error:
        raise ValidationError(_("You are already following this study path.")) from error
    schedule_recompute(user.pk)
    return enrolment


def enrolment_set_status(*, enrolment: Enrolment, user, status: str) -> Enrolment:
    if enrolment.user_id != user.pk:
        raise PermissionDenied
    allowed = {
        Enrolment.Status.ACTIVE: {Enrolment.Status.PAUSED, Enrolment.Status.LEFT},
        Enrolment.Status.PAUSED: {Enrolment.Status.ACTIVE, Enrolment.Status.LEFT},
        Enrolment.Status.LEFT: {Enrolment.Status.ACTIVE},
        Enrolment.Status.COMPLETED: set(),
    }
    if status not in allowed.get(enrolment.status, set()):
        raise ValidationError(_("That change is not possible for this study path."))
    enrolment.status = status
    enrolment.save(update_fields=["status", "updated_at"])
    schedule_recompute(user.pk)
    return enrolment


# --- Readings and workshops ------------------------------------------------------------


@transaction.atomic
def mark_read(
    *, user, material: MaterialPage, completed_on: dt.date, reflection: str = ""
) -> Completion:
    """Mark a reading (or a practice assignment's material) as done, with a private reflection."""
    if not material.live:
        raise ValidationError(_("This material is not published."))
    if material.kind == Kind.WORKSHOP:
        raise ValidationError(_("A workshop is completed by attending one of its sessions."))
    check_date(completed_on, _("The date"))
    existing = Completion.objects.filter(user=user, material=material).first()
    if existing:
        raise ValidationError(_("You already marked this material as done."))
    completion = Completion.objects.create(
        user=user,
        material=material,
        completed_on=completed_on,
        reflection=reflection.strip(),
        minutes=material.duration_minutes,
        title=material.title,
        kind=material.kind,
    )
    schedule_recompute(user.pk)
    return completion


def completion_update_reflection(*, completion: Completion, user, reflection: str) -> Completion:
    if completion.user_id != user.pk:
        raise PermissionDenied
    completion.reflection = reflection.strip()
    completion.save(update_fields=["reflection"])
    return completion


@transaction.atomic
def completion_remove(*, completion: Completion, user) -> None:
    if completion.user_id != user.pk:
        raise PermissionDenied
    if completion.source != Completion.Source.SELF:
        raise ValidationError(_("Attendance is recorded by the session's facilitator."))
    completion.delete()
    schedule_recompute(user.pk)
