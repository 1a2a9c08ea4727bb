"""Writes of the formation record. Events are written here; summaries are derived here.

Every change to an event enqueues ``progress.tasks.recompute_record`` on commit,
which rebuilds the person's yearly summaries from events (idempotent) and
appends any stage newly reached.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from councils.models import Membership, Session
from councils.services import require_organiser
from curriculum.models import Kind, MaterialPage, StudyPathMaterial, StudyPathPage, ThemedMaterial

from .models import (
    Attendance,
    Completion,
    Enrolment,
    FormationStage,
    PracticeLog,
    StageReached,
    Vouch,
    YearSummary,
)

EARLIEST_DATE = dt.date(1970, 1, 1)


def _schedule_recompute(user_id: int) -> None:
    from .tasks import recompute_record

    recompute_record.delay_on_commit(user_id)


def _check_date(value: dt.date, label: str) -> None:
    if value > timezone.localdate():
        raise ValidationError(_("%(label)s can't be in the future.") % {"label": label})
    if value < EARLIEST_DATE:
        raise ValidationError(_("%(label)s is too far in the past.") % {"label": label})


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
        _schedule_recompute(user.pk)
        return existing
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(
                user=user, path=path, path_title=path.title, enrolled_on=timezone.localdate()
            )
    except IntegrityError as error:
        raise ValidationError(_("You are already following this study path.")) from error
    _schedule_recompute(user.pk)
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
    _schedule_recompute(user.pk)
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
    _check_date(completed_on, _("The date"))
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
    _schedule_recompute(user.pk)
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
    _schedule_recompute(user.pk)


# --- Practice and vouching -------------------------------------------------------------


def _validate_practice(practiced_on: dt.date, hours: Decimal, what_was_done: str) -> None:
    _check_date(practiced_on, _("The date of the practice"))
    if hours is None or not Decimal("0.5") <= Decimal(hours) <= Decimal("24"):
        raise ValidationError(_("Hours of practice go from 0.5 to 24 for one day."))
    if not (what_was_done or "").strip():
        raise ValidationError(_("Say what was done."))


@transaction.atomic
def practice_log_create(
    *,
    user,
    practiced_on: dt.date,
    hours: Decimal,
    what_was_done: str,
    material: MaterialPage | None = None,
    what_worked: str = "",
    what_failed: str = "",
    what_was_learned: str = "",
) -> PracticeLog:
    _validate_practice(practiced_on, hours, what_was_done)
    entry = PracticeLog.objects.create(
        user=user,
        practiced_on=practiced_on,
        hours=Decimal(hours),
        material=material,
        what_was_done=what_was_done.strip(),
        what_worked=what_worked.strip(),
        what_failed=what_failed.strip(),
        what_was_learned=what_was_learned.strip(),
    )
    _schedule_recompute(user.pk)
    return entry


@transaction.atomic
def practice_log_update(*, entry: PracticeLog, user, **fields) -> PracticeLog:
    if entry.user_id != user.pk:
        raise PermissionDenied
    allowed = {
        "practiced_on",
        "hours",
        "what_was_done",
        "material",
        "what_worked",
        "what_failed",
        "what_was_learned",
    }
    for key, value in fields.items():
        if key not in allowed:
            raise TypeError(key)
        setattr(entry, key, value.strip() if isinstance(value, str) else value)
    _validate_practice(entry.practiced_on, entry.hours, entry.what_was_done)
    entry.save()
    if fields.keys() & {"practiced_on", "hours"}:
        # What neighbours vouched for changed: their word no longer holds.
        entry.vouches.filter(status=Vouch.Status.CONFIRMED).update(
            status=Vouch.Status.REQUESTED, decided_at=None
        )
    _schedule_recompute(user.pk)
    return entry


@transaction.atomic
def practice_log_delete(*, entry: PracticeLog, user) -> None:
    if entry.user_id != user.pk:
        raise PermissionDenied
    entry.delete()
    _schedule_recompute(user.pk)


@transaction.atomic
def practice_share(*, entry: PracticeLog, user, council_id: int | None) -> PracticeLog:
    """Share an entry with one of the person's councils, or make it private again."""
    if entry.user_id != user.pk:
        raise PermissionDenied
    if (
        council_id is not None
        and not Membership.objects.filter(user=user, council_id=council_id).exists()
    ):
        raise ValidationError(_("You can share only with a council you belong to."))
    entry.shared_with_id = council_id
    entry.save(update_fields=["shared_with", "updated_at"])
    if council_id is None:
        # Made private again: nobody else may keep reading it, so pending asks end.
        entry.vouches.filter(status=Vouch.Status.REQUESTED).update(
            status=Vouch.Status.WITHDRAWN, decided_at=timezone.now()
        )
    _schedule_recompute(user.pk)
    return entry


@transaction.atomic
def vouch_request(*, entry: PracticeLog, by, voucher) -> Vouch:
    if entry.user_id != by.pk:
        raise PermissionDenied
    if entry.shared_with_id is None:
        raise ValidationError(_("Share the entry with your council before asking for a vouch."))
    if voucher.pk == by.pk:
        raise ValidationError(_("You can't vouch for yourself: ask a neighbour who was there."))
    if not Membership.objects.filter(user=voucher, council_id=entry.shared_with_id).exists():
        raise ValidationError(_("Only members of the council the entry is shared with can vouch."))
    vouch, created = Vouch.objects.get_or_create(entry=entry, voucher=voucher)
    if not created:
        if vouch.status == Vouch.Status.CONFIRMED:
            raise ValidationError(_("This neighbour already vouched for this practice."))
        vouch.status = Vouch.Status.REQUESTED
        vouch.decided_at = None
        vouch.save(update_fields=["status", "decided_at"])
    return vouch


@transaction.atomic
def vouch_decide(*, vouch: Vouch, by, confirm: bool) -> Vouch:
    if vouch.voucher_id != by.pk:
        raise PermissionDenied
    entry = vouch.entry
    if entry.user_id == by.pk:
        raise ValidationError(_("You can't vouch for yourself."))
    if (
        entry.shared_with_id is None
        or not Membership.objects.filter(user=by, council_id=entry.shared_with_id).exists()
    ):
        raise ValidationError(_("Only members of the council the entry is shared with can vouch."))
    if vouch.status != Vouch.Status.REQUESTED:
        raise ValidationError(_("This request was already answered."))
    vouch.status = Vouch.Status.CONFIRMED if confirm else Vouch.Status.DECLINED
    vouch.decided_at = timezone.now()
    vouch.save(update_fields=["status", "decided_at"])
    _schedule_recompute(entry.user_id)
    return vouch


@transaction.atomic
def vouch_withdraw(*, vouch: Vouch, by) -> Vouch:
    if vouch.voucher_id != by.pk:
        raise PermissionDenied
    if vouch.status != Vouch.Status.CONFIRMED:
        raise ValidationError(_("Only a confirmed vouch can be withdrawn."))
    vouch.status = Vouch.Status.WITHDRAWN
    vouch.decided_at = timezone.now()
    vouch.save(update_fields=["status", "decided_at"])
    _schedule_recompute(vouch.entry.user_id)
    return vouch


# --- Attendance ------------------------------------------------------------------------


@transaction.atomic
def attendance_record(*, session: Session, by, present_user_ids: set[int]) -> int:
    """Take attendance at a held session; attending a workshop's session completes it."""
    require_organiser(council=session.council, user=by)
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
        _schedule_recompute(user_id)
    return len(changed)


def facilitators_of_sessions_held_since(*, since: dt.datetime) -> list[int]:
    """People who facilitated a session that started since ``since`` (it now counts for them)."""
    return list(
        Session.facilitators.through.objects.filter(
            session__starts_at__gte=since, session__starts_at__lte=timezone.now()
        )
        .values_list(Session.facilitators.field.m2m_reverse_name(), flat=True)
        .distinct()
    )


# --- Summaries ----------------------------------------------------------------------------


def _minutes(hours: Decimal) -> int:
    return int((Decimal(hours) * 60).to_integral_value())


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
        Vouch.objects.filter(entry__user_id=user_id, status=Vouch.Status.CONFIRMED).values_list(
            "entry_id", flat=True
        )
    )
    logs = PracticeLog.objects.filter(user_id=user_id).values_list(
        "pk", "practiced_on", "hours", "material_id", "material__kind"
    )
    path_done = dict(material_first_done)
    for pk, day, hours, material_id, material_kind in logs:
        key = "vouched_practice_minutes" if pk in vouched_ids else "practice_minutes"
        years[day.year][key] += _minutes(hours)
        if material_id:
            # Themes count from any related material; a path step only from its assignment.
            material_first_done[material_id] = min(day, material_first_done.get(material_id, day))
            if material_kind == Kind.PRACTICE:
                path_done[material_id] = min(day, path_done.get(material_id, day))

    facilitated = Session.objects.filter(
        facilitators__pk=user_id, starts_at__lte=timezone.now()
    ).values_list("starts_at", flat=True)
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


def cumulative_by_year(summaries: list[YearSummary]) -> list[tuple[int, dict]]:
    """Running totals at the end of each year, in the units stages are measured in."""
    running = {"study_hours": 0.0, "vouched_hours": 0.0, "facilitated": 0, "themes": 0, "paths": 0}
    result = []
    for summary in sorted(summaries, key=lambda s: s.year):
        running["study_hours"] += (summary.reading_minutes + summary.workshop_minutes) / 60
        running["vouched_hours"] += summary.vouched_practice_minutes / 60
        running["facilitated"] += summary.workshops_facilitated
        running["themes"] += len(summary.new_themes)
        running["paths"] += summary.paths_completed
        result.append((summary.year, dict(running)))
    return result


def stage_met(stage: FormationStage, totals: dict) -> bool:
    return (
        totals["study_hours"] >= stage.min_study_hours
        and totals["vouched_hours"] >= stage.min_vouched_practice_hours
        and totals["facilitated"] >= stage.min_workshops_facilitated
        and totals["themes"] >= stage.min_distinct_themes
        and totals["paths"] >= stage.min_paths_completed
    )


def _record_stages(user_id: int, summaries: list[YearSummary]) -> None:
    """Append stages newly reached (dated to the end of the year they were met, or today).

    Never deletes: a stage reached stays reached when requirements change later.
    """
    stages = _canonical_stages()
    if not stages:
        return
    reached = set(StageReached.objects.filter(user_id=user_id).values_list("stage_key", flat=True))
    today = timezone.localdate()
    new = []
    timeline = cumulative_by_year(summaries)
    for stage in stages:
        if stage.translation_key in reached:
            continue
        for year, totals in timeline:
            if stage_met(stage, totals):
                day = today if year >= today.year else dt.date(year, 12, 31)
                new.append(
                    StageReached(user_id=user_id, stage_key=stage.translation_key, reached_on=day)
                )
                break
    StageReached.objects.bulk_create(new, ignore_conflicts=True)


def _canonical_stages() -> list[FormationStage]:
    """One stage per translation key (the default language's, else any)."""
    from django.conf import settings

    stages = {}
    for stage in FormationStage.objects.select_related("locale").order_by("sort_order", "pk"):
        current = stages.get(stage.translation_key)
        if current is None or stage.locale.language_code == settings.LANGUAGE_CODE:
            stages[stage.translation_key] = stage
    return sorted(stages.values(), key=lambda s: (s.sort_order or 0, s.pk))


# --- Privacy: erase ------------------------------------------------------------------------


@transaction.atomic
def erase_person_record(*, user) -> None:
    """Remove every formation event and summary of a person (before the account goes)."""
    Vouch.objects.filter(Q(voucher=user) | Q(entry__user=user)).delete()
    PracticeLog.objects.filter(user=user).delete()
    Completion.objects.filter(user=user).delete()
    Attendance.objects.filter(user=user).delete()
    Enrolment.objects.filter(user=user).delete()
    YearSummary.objects.filter(user=user).delete()
    StageReached.objects.filter(user=user).delete()
