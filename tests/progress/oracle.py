"""An independent computation of a person's yearly summaries, straight from the events.

Written apart from ``progress.services.recompute_record`` (plain loops, one material at
a time) so that the two can be compared after any sequence of changes.
"""

from __future__ import annotations

from decimal import Decimal

from django.utils import timezone

from councils.models import Session
from curriculum.models import MaterialPage, StudyPathMaterial
from progress.models import Completion, Enrolment, PracticeLog, Vouch, YearSummary

FIELDS = (
    "reading_minutes",
    "workshop_minutes",
    "practice_minutes",
    "vouched_practice_minutes",
    "workshops_facilitated",
    "paths_completed",
    "new_themes",
)


def _empty() -> dict:
    return {name: [] if name == "new_themes" else 0 for name in FIELDS}


def expected_summaries(user) -> dict[int, dict]:
    years: dict[int, dict] = {}

    def row(year: int) -> dict:
        return years.setdefault(year, _empty())

    first_done: dict[int, object] = {}
    # A study path step is done by a completion, or (for a practice assignment) by practice.
    step_done: dict[int, object] = {}

    def done(material_id, day, *, step=True):
        if material_id is not None and (
            material_id not in first_done or day < first_done[material_id]
        ):
            first_done[material_id] = day
        if (
            step
            and material_id is not None
            and (material_id not in step_done or day < step_done[material_id])
        ):
            step_done[material_id] = day

    for completion in Completion.objects.filter(user=user):
        kind = "workshop_minutes" if completion.kind == "workshop" else "reading_minutes"
        row(completion.completed_on.year)[kind] += completion.minutes
        done(completion.material_id, completion.completed_on)

    for entry in PracticeLog.objects.filter(user=user):
        # Only the word given in the council the entry is shared with now counts.
        vouched = (
            entry.shared_with_id is not None
            and Vouch.objects.filter(
                entry=entry, council_id=entry.shared_with_id, status=Vouch.Status.CONFIRMED
            ).exists()
        )
        minutes = int(entry.hours * Decimal(60))
        key = "vouched_practice_minutes" if vouched else "practice_minutes"
        row(entry.practiced_on.year)[key] += minutes
        done(
            entry.material_id,
            entry.practiced_on,
            step=entry.material is not None and entry.material.kind == "practice",
        )

    for session in Session.objects.filter(facilitators=user):
        if session.starts_at <= timezone.now():
            row(timezone.localtime(session.starts_at).year)["workshops_facilitated"] += 1

    theme_first: dict[str, object] = {}
    for material_id, day in first_done.items():
        material = MaterialPage.objects.filter(pk=material_id).first()
        if material is None:
            continue
        for theme in material.tags.all():
            if theme.name not in theme_first or day < theme_first[theme.name]:
                theme_first[theme.name] = day
    for name, day in sorted(theme_first.items(), key=lambda item: (item[1], item[0])):
        row(day.year)["new_themes"].append(name)

    for enrolment in Enrolment.objects.filter(user=user).exclude(status=Enrolment.Status.LEFT):
        materials = set(
            StudyPathMaterial.objects.filter(path_id=enrolment.path_id).values_list(
                "material_id", flat=True
            )
        )
        if materials and all(m in step_done for m in materials):
            day = max(max(step_done[m] for m in materials), enrolment.enrolled_on)
            row(day.year)["paths_completed"] += 1
    return years


def stored_summaries(user) -> dict[int, dict]:
    return {
        summary.year: {name: getattr(summary, name) for name in FIELDS}
        for summary in YearSummary.objects.filter(user=user)
    }


def expected_completed_paths(user) -> set[int]:
    """Path ids whose every material the person has done (enrolments not left)."""
    done = set(
        Completion.objects.filter(user=user, material__isnull=False).values_list(
            "material_id", flat=True
        )
    ) | set(
        PracticeLog.objects.filter(user=user, material__kind="practice").values_list(
            "material_id", flat=True
        )
    )
    result = set()
    for enrolment in Enrolment.objects.filter(user=user).exclude(status=Enrolment.Status.LEFT):
        materials = set(
            StudyPathMaterial.objects.filter(path_id=enrolment.path_id).values_list(
                "material_id", flat=True
            )
        )
        if materials and materials <= done:
            result.add(enrolment.path_id)
    return result
