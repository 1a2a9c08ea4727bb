"""A person's whole formation record as plain JSON, documented in README.md ("Your data")."""

from __future__ import annotations

from django.utils import timezone

from councils.models import Membership

from .locks import private_texts_locked
from .models import Attendance, Completion, Enrolment, PracticeLog, StageReached, Vouch, YearSummary


def _d(value):
    return value.isoformat() if value else None


# Written instead of a private text while it is locked (see ``progress.locks``).
LOCKED = "[locked]"
PRACTICE_TEXTS = ("what_was_done", "what_worked", "what_failed", "what_was_learned")


def _practice_texts(entry: PracticeLog, *, locked: bool) -> dict:
    hidden = locked and entry.shared_with_id is None
    return {name: LOCKED if hidden else getattr(entry, name) for name in PRACTICE_TEXTS}


def person_record(*, user) -> dict:
    """Everything of the person's record; private texts read "[locked]" while locked."""
    locked = private_texts_locked(user)
    return {
        "format": "trayecto-formation-record",
        "version": 1,
        "exported_at": timezone.now().isoformat(),
        "private_texts_locked": locked,
        "memberships": [
            {
                "council": m.council.name,
                "participant": m.is_participant,
                "facilitator": m.is_facilitator,
                "coordinator": m.is_coordinator,
                "joined_at": _d(m.joined_at),
            }
            for m in Membership.objects.filter(user=user).select_related("council")
        ],
        "enrolments": [
            {
                "path": e.path_title,
                "status": e.status,
                "enrolled_on": _d(e.enrolled_on),
                "completed_on": _d(e.completed_on),
            }
            for e in Enrolment.objects.filter(user=user).order_by("enrolled_on")
        ],
        "completions": [
            {
                "material": c.title,
                "kind": c.kind,
                "completed_on": _d(c.completed_on),
                "minutes": c.minutes,
                "source": c.source,
                "reflection": LOCKED if locked else c.reflection,
            }
            for c in Completion.objects.filter(user=user).order_by("completed_on")
        ],
        "practice": [
            {
                "date": _d(p.practiced_on),
                "hours": str(p.hours),
                "material": p.material.title if p.material else None,
                **_practice_texts(p, locked=locked),
                "shared_with": p.shared_with.name if p.shared_with else None,
                "vouches": [
                    {
                        "by": v.voucher.public_name,
                        "council": v.council.name if v.council else None,
                        "status": v.status,
                        "decided_at": _d(v.decided_at),
                    }
                    for v in p.vouches.all()
                ],
            }
            for p in PracticeLog.objects.filter(user=user)
            .select_related("material", "shared_with")
            .prefetch_related("vouches__voucher", "vouches__council")
            .order_by("practiced_on")
        ],
        "vouches_given": [
            {"status": v.status, "requested_at": _d(v.requested_at), "decided_at": _d(v.decided_at)}
            for v in Vouch.objects.filter(voucher=user)
        ],
        "attendance": [
            {"session_start": _d(a.session.starts_at), "present": a.present}
            for a in Attendance.objects.filter(user=user).select_related("session")
        ],
        "stages_reached": [
            {"stage_key": str(s.stage_key), "reached_on": _d(s.reached_on)}
            for s in StageReached.objects.filter(user=user)
        ],
        "years": [
            {
                "year": y.year,
                "reading_minutes": y.reading_minutes,
                "workshop_minutes": y.workshop_minutes,
                "practice_minutes_self_reported": y.practice_minutes,
                "practice_minutes_vouched": y.vouched_practice_minutes,
                "workshops_facilitated": y.workshops_facilitated,
                "paths_completed": y.paths_completed,
                "new_themes": y.new_themes,
            }
            for y in YearSummary.objects.filter(user=user).order_by("year")
        ],
    }
