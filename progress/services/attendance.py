"""Attendance at a council's sessions: what facilitators record and what it completes."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from councils import rules as council_rules
from councils.models import Membership, Session, SessionStatus
from councils.services import require_organiser
from curriculum.models import Kind

from ..models import Attendance, Completion
from .outbox import schedule_recompute


@transaction.atomic
def attendance_record(*, session: Session, by, present_user_ids: set[int]) -> int:
    """Take attendance at a held session; attending a workshop's session completes it."""
    require_organiser(council=session.council, user=by)
    if refusal := council_rules.attendance_refusal(session):
        raise ValidationError(refusal)
    if session.starts_at > timezone.now():
        raise ValidationError(_("Attendance is taken once the session has started."))
    member_ids = set(
        Membership.objects.filter(council=session.council).values_list("user_id", flat=True)
    )
    unknown = set(present_user_ids) - member_ids
    if unknown:
        raise ValidationError(_("Only members of the council can be marked present."))
    existing = {a.user_id: a for a in Attendance.objects.filter(session=session)}
    changed: set[int] = set()
    for user_id in member_ids:
        present = user_id in present_user_ids
        record = existing.get(user_id)
        if record is None:
            Attendance.objects.create(
                session=session, user_id=user_id, present=present, recorded_by=by
            )
            changed.add(user_id)
        elif record.present != present:
            record.present = present
            record.recorded_by = by
            record.save(update_fields=["present", "recorded_by", "recorded_at"])
            changed.add(user_id)
    material = session.item.material
    if material is not None and material.kind == Kind.WORKSHOP:
        held_on = timezone.localtime(session.starts_at).date()
        for user_id in changed:
            if user_id in present_user_ids:
                Completion.objects.get_or_create(
                    user_id=user_id,
                    material=material,
                    defaults={
                        "completed_on": held_on,
                        "source": Completion.Source.ATTENDANCE,
                        "session": session,
                        "minutes": material.duration_minutes,
                        "title": material.title,
                        "kind": material.kind,
                    },
                )
            else:
                other = (
                    Attendance.objects.filter(
                        user_id=user_id, present=True, session__item__material=material
                    )
                    .exclude(session=session)
                    .select_related("session")
                    .order_by("session__starts_at")
                    .first()
                )
                completions = Completion.objects.filter(
                    user_id=user_id, material=material, session=session
                )
                if other is None:
                    completions.delete()
                else:
                    # Still present at another session of the same workshop: it stays completed.
                    completions.update(
                        session=other.session,
                        completed_on=timezone.localtime(other.session.starts_at).date(),
                    )
    for user_id in changed | {f.pk for f in session.facilitators.all()}:
        schedule_recompute(user_id)
    return len(changed)


def facilitators_of_sessions_held_since(*, since: dt.datetime) -> list[int]:
    """People who facilitated a session that started since ``since`` (it now counts for them)."""
    return list(
        Session.facilitators.through.objects.filter(
            session__starts_at__gte=since, session__starts_at__lte=timezone.now()
        )
        .exclude(session__status=SessionStatus.CANCELLED)
        .values_list(Session.facilitators.field.m2m_reverse_name(), flat=True)
        .distinct()
    )
