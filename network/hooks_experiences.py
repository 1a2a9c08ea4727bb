"""A council's experiences and its questions, in the council's own export (``COUNCIL_EXPORT_HOOK``).

Everything the council wrote goes with it when it takes its data away: each
experience with every version, its lessons and timeline, what it agreed to share,
the questions others asked it with its answers, and the questions it asked.
"""

from __future__ import annotations

from .models import Experience, Question


def _date(value):
    return value.isoformat() if value else None


def experiences_in_council_export(council) -> dict:
    experiences = (
        Experience.objects.filter(council=council)
        .prefetch_related("timeline", "lessons", "versions", "questions", "themes", "materials")
        .order_by("created_at", "pk")
    )
    asked = (
        Question.objects.filter(asker_council=council)
        .select_related("experience")
        .order_by("asked_at", "pk")
    )
    return {
        "experiences": [
            {
                "title": e.title,
                "language": e.language,
                "starting_point": e.starting_point,
                "purpose": e.purpose,
                "subject": e.subject,
                "axis": e.axis,
                "timeline": [
                    {"date": _date(t.happened_on), "text": t.text} for t in e.timeline.all()
                ],
                "reflection": e.reflection,
                "lessons": [
                    {"kind": lesson.kind, "text": lesson.text} for lesson in e.lessons.all()
                ],
                "conclusions": e.conclusions,
                "do_differently": e.do_differently,
                "themes": [theme.name for theme in e.themes.all()],
                "materials": [material.title for material in e.materials.all()],
                "share_mode": e.share_mode,
                "shared_at": _date(e.shared_at),
                "created_at": _date(e.created_at),
                "versions": [
                    {
                        "number": v.number,
                        "event": v.event,
                        "created_at": _date(v.created_at),
                        "snapshot": v.snapshot,
                    }
                    for v in sorted(e.versions.all(), key=lambda v: v.number)
                ],
                "questions_received": [
                    {
                        "text": q.text,
                        "asked_at": _date(q.asked_at),
                        "answer": q.answer,
                        "answered_at": _date(q.answered_at),
                        "hidden": q.hidden_at is not None,
                    }
                    for q in e.questions.all()
                ],
            }
            for e in experiences
        ],
        "questions_asked": [
            {
                "text": q.text,
                "asked_at": _date(q.asked_at),
                "answer": q.answer if q.hidden_at is None else "",
                "answered_at": _date(q.answered_at),
            }
            for q in asked
        ],
    }
