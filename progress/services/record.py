"""Summaries derived from events: yearly summaries, completed paths and stages reached.

``recompute_record`` is what ``progress.tasks.recompute_record`` runs after every change.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from councils.models import Session, SessionStatus
from curriculum.models import Kind, StudyPathMaterial, ThemedMaterial

from .. import rules
from ..models import Completion, Enrolment, PracticeLog, StageReached, Vouch, YearSummary
from ..selectors import stages_for_language


@transaction.atomic
def recompute_record(*, user_id: int) -> list[YearSummary]:
    """Rebuild a person's yearly summaries from events; running it twice gives the same rows.

    A handful of queries whatever the number of events (fifteen years of them).
    """
    years: dict[int, dict] = defaultdict(
        lambda: {
            "reading_minutes": 0,
            "workshop_minutes": 0,
            "practice_minutes": 0,
            "vouched_practice_minutes": 0,
            "workshops_facilitated": 0,
            "paths_completed": 0,
            "new_themes": [],
        }
    )
    theme_first_seen: dict[str, dt.date] = {}
    material_first_done: dict[int, dt.date] = {}

    completions = Completion.objects.filter(user_id=user_id).values_list(
        "material_id", "kind", "completed_on", "minutes"
    )
    for material_id, kind, day, minutes in completions:
        row = years[day.year]
        if kind == Kind.WORKSHOP:
            row["workshop_minutes"] += minutes
        else:
            row["reading_minutes"] += minutes
        if material_id:
            material_first_done[material_id] = min(day, material_first_done.get(material_id, day))

    vouched_ids = set(
        Vouch.objects.in_entry_council()
        .filter(entry__user_id=user_id, status=Vouch.Status.CONFIRMED)
        .values_list("entry_id", flat=True)
    )
    logs = PracticeLog.objects.filter(user_id=user_id).values_list(
        "pk", "practiced_on", "hours", "material_id", "material__kind"
    )
    path_done = dict(material_first_done)
    for pk, day, hours, material_id, material_kind in logs:
        key = "vouched_practice_minutes" if pk in vouched_ids else "practice_minutes"
        years[day.year][key] += rules.minutes_from_hours(hours)
        if material_id:
            # Themes count from any related material; a path step only from its assignment.
            material_first_done[material_id] = min(day, material_first_done.get(material_id, day))
            if material_kind == Kind.PRACTICE:
                path_done[material_id] = min(day, path_done.get(material_id, day))

    facilitated = (
        Session.objects.filter(facilitators__pk=user_id, starts_at__lte=timezone.now())
        .exclude(status=SessionStatus.CANCELLED)
        .values_list("starts_at", flat=True)
    )
    for starts_at in facilitated:
        years[timezone.localtime(starts_at).year]["workshops_facilitated"] += 1

    if material_first_done:
        tagged = ThemedMaterial.objects.filter(
            content_object_id__in=material_first_done.keys()
        ).values_list("content_object_id", "tag__name")
        for material_id, theme in tagged:
            day = material_first_done[material_id]
            if theme not in theme_first_seen or day < theme_first_seen[theme]:
                theme_first_seen[theme] = day
    for theme, day in sorted(theme_first_seen.items(), key=lambda kv: (kv[1], kv[0])):
        years[day.year]["new_themes"].append(theme)

    completed_paths = _complete_paths(user_id, path_done)
    for day in completed_paths.values():
        years[day.year]["paths_completed"] += 1

    YearSummary.objects.filter(user_id=user_id).exclude(year__in=years.keys()).delete()
    summaries = []
    for year, values in sorted(years.items()):
        summary, _created = YearSummary.objects.update_or_create(
            user_id=user_id, year=year, defaults=values
        )
        summaries.append(summary)
    _record_stages(user_id, summaries)
    return summaries


def _complete_paths(user_id: int, done: dict[int, dt.date]) -> dict[int, dt.date]:
    """Mark enrolments complete when every material of the path is done; returns path → date."""
    enrolments = list(
        Enrolment.objects.filter(user_id=user_id).exclude(status=Enrolment.Status.LEFT)
    )
    if not enrolments:
        return {}
    entries: dict[int, set[int]] = defaultdict(set)
    for path_id, material_id in StudyPathMaterial.objects.filter(
        path_id__in=[e.path_id for e in enrolments]
    ).values_list("path_id", "material_id"):
        entries[path_id].add(material_id)
    completed = {}
    for enrolment in enrolments:
        materials = entries.get(enrolment.path_id)
        finished = bool(materials) and materials <= done.keys()
        if finished:
            day = max(done[m] for m in materials)
            day = max(day, enrolment.enrolled_on)
            completed[enrolment.path_id] = day
            if enrolment.status != Enrolment.Status.COMPLETED or enrolment.completed_on != day:
                Enrolment.objects.filter(pk=enrolment.pk).update(
                    status=Enrolment.Status.COMPLETED, completed_on=day
                )
        elif enrolment.status == Enrolment.Status.COMPLETED:
            Enrolment.objects.filter(pk=enrolment.pk).update(
                status=Enrolment.Status.ACTIVE, completed_on=None
            )
        elif enrolment.completed_on is not None:
            Enrolment.objects.filter(pk=enrolment.pk).update(completed_on=None)
    return completed


def _record_stages(user_id: int, summaries: list[YearSummary]) -> None:
    """Append stages newly reached (dated to the end of the year they were met, or today).

    Never deletes: a stage reached stays reached when requirements change later.
    """
    stages = stages_for_language(language_code=settings.LANGUAGE_CODE)
    if not stages:
        return
    reached = StageReached.objects.filter(user_id=user_id).values_list("stage_key", flat=True)
    new = rules.newly_reached(
        stages, rules.timeline_of(summaries), reached=reached, today=timezone.localdate()
    )
    StageReached.objects.bulk_create(
        [
            StageReached(user_id=user_id, stage_key=stage.translation_key, reached_on=day)
            for stage, day in new
        ],
        ignore_conflicts=True,
    )
