"""Reads of the formation record: the record page reads summaries only, never events."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import (
    Count,
    F,
    Func,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Window,
)
from django.shortcuts import get_object_or_404
from django.utils import timezone

from councils.models import Council, Membership, Session, SessionStatus
from curriculum.models import Kind, MaterialPage, StudyPathMaterial

from . import rules
from .models import (
    Attendance,
    Completion,
    Enrolment,
    FormationStage,
    PendingRecompute,
    PracticeLog,
    StageReached,
    Vouch,
    YearSummary,
)


@dataclass
class StageProgress:
    number: int
    title: str
    materials: list = field(default_factory=list)  # (material, done: bool)
    done_count: int = 0
    done_minutes: int = 0
    total_minutes: int = 0

    @property
    def percent_items(self) -> int:
        return rules.percent(self.done_count, len(self.materials))

    @property
    def percent_hours(self) -> int:
        return rules.percent(self.done_minutes, self.total_minutes)


@dataclass
class PathProgress:
    enrolment: Enrolment
    stages: list[StageProgress]

    @property
    def item_count(self) -> int:
        return sum(len(s.materials) for s in self.stages)

    @property
    def done_count(self) -> int:
        return sum(s.done_count for s in self.stages)

    @property
    def percent_items(self) -> int:
        return rules.percent(self.done_count, self.item_count)

    @property
    def percent_hours(self) -> int:
        total = sum(s.total_minutes for s in self.stages)
        done = sum(s.done_minutes for s in self.stages)
        return rules.percent(done, total)

    @property
    def total_hours(self) -> Decimal:
        return rules.hours_from_minutes(sum(s.total_minutes for s in self.stages))

    @property
    def done_hours(self) -> Decimal:
        return rules.hours_from_minutes(sum(s.done_minutes for s in self.stages))


def done_material_ids(*, user) -> set[int]:
    done = set(Completion.objects.filter(user=user).values_list("material_id", flat=True))
    # Practice ticks off practice assignments only: readings are read, workshops attended.
    done |= set(
        PracticeLog.objects.filter(user=user, material__kind=Kind.PRACTICE).values_list(
            "material_id", flat=True
        )
    )
    return done


def paths_progress(*, user, enrolments=None) -> list[PathProgress]:
    """Every enrolment of the person as a checklist by stage: four queries for any number of paths."""
    if enrolments is None:
        enrolments = list(
            Enrolment.objects.filter(user=user)
            .exclude(status=Enrolment.Status.LEFT)
            .select_related("path")
            .order_by("status", "-enrolled_on")
        )
    path_ids = [e.path_id for e in enrolments if e.path_id]
    entries = (
        StudyPathMaterial.objects.filter(path_id__in=path_ids, material__live=True)
        .select_related("material")
        .order_by("path_id", "position")
    )
    done = done_material_ids(user=user)
    by_path: dict[int, dict[int, StageProgress]] = {}
    for entry in entries:
        stages = by_path.setdefault(entry.path_id, {})
        stage = stages.get(entry.stage_number)
        if stage is None:
            stage = stages[entry.stage_number] = StageProgress(
                entry.stage_number, entry.stage_title
            )
        is_done = entry.material_id in done
        stage.materials.append((entry.material, is_done))
        stage.total_minutes += entry.material.duration_minutes
        if is_done:
            stage.done_count += 1
            stage.done_minutes += entry.material.duration_minutes
    return [
        PathProgress(enrolment=e, stages=list(by_path.get(e.path_id, {}).values()))
        for e in enrolments
    ]


@dataclass
class RecordYear:
    year: int
    reading_hours: Decimal
    workshop_hours: Decimal
    practice_hours: Decimal
    vouched_hours: Decimal
    facilitated: int
    paths_completed: int
    new_themes: list[str]

    @property
    def total_hours(self) -> Decimal:
        return self.reading_hours + self.workshop_hours + self.practice_hours + self.vouched_hours


@dataclass
class StageStatus:
    stage: FormationStage
    reached_on: object
    missing: list[tuple[str, Decimal | int, Decimal | int]] = field(default_factory=list)


@dataclass
class Record:
    years: list[RecordYear]
    totals: dict
    stages: list[StageStatus]
    current_stage: StageStatus | None
    next_stage: StageStatus | None
    themes: list[str]

    @property
    def has_activity(self) -> bool:
        return any(
            y.total_hours or y.facilitated or y.paths_completed or y.new_themes for y in self.years
        )


def stages_for_language(*, language_code: str) -> list[FormationStage]:
    """The network's stages in order, one per translation key, in the reader's language if any."""
    return rules.stages_in_language(
        FormationStage.objects.select_related("locale").order_by("sort_order", "pk"),
        language_code=language_code,
        fallback_code=settings.LANGUAGE_CODE,
    )


def formation_record(*, user, language_code: str) -> Record:
    """The record over years from summaries: a constant number of queries for fifteen years of events."""
    summaries = list(YearSummary.objects.filter(user=user).order_by("year"))
    first_year = summaries[0].year if summaries else timezone.localdate().year
    last_year = max(timezone.localdate().year, summaries[-1].year if summaries else first_year)
    by_year = {s.year: s for s in summaries}
    years = []
    for year in range(first_year, last_year + 1):
        s = by_year.get(year)
        years.append(
            RecordYear(
                year=year,
                reading_hours=rules.hours_from_minutes(s.reading_minutes if s else 0),
                workshop_hours=rules.hours_from_minutes(s.workshop_minutes if s else 0),
                practice_hours=rules.hours_from_minutes(s.practice_minutes if s else 0),
                vouched_hours=rules.hours_from_minutes(s.vouched_practice_minutes if s else 0),
                facilitated=s.workshops_facilitated if s else 0,
                paths_completed=s.paths_completed if s else 0,
                new_themes=list(s.new_themes) if s else [],
            )
        )
    counted = rules.final_totals(rules.timeline_of(summaries))
    totals = {
        "study_hours": counted.study_hours,
        "vouched_hours": counted.vouched_hours,
        "facilitated": counted.facilitated,
        "themes": counted.themes,
        "paths": counted.paths,
        # Rounded once from summed minutes, as every total.
        "reading_hours": rules.hours_from_minutes(sum(s.reading_minutes for s in summaries)),
        "workshop_hours": rules.hours_from_minutes(sum(s.workshop_minutes for s in summaries)),
        "practice_hours": rules.hours_from_minutes(sum(s.practice_minutes for s in summaries)),
        "vouched_practice_hours": rules.hours_from_minutes(
            sum(s.vouched_practice_minutes for s in summaries)
        ),
    }
    reached = dict(StageReached.objects.filter(user=user).values_list("stage_key", "reached_on"))
    stages = stages_for_language(language_code=language_code)
    statuses = {}
    for stage in stages:
        status = StageStatus(stage=stage, reached_on=reached.get(stage.translation_key))
        if status.reached_on is None:
            status.missing = rules.missing_requirements(stage, counted)
        statuses[stage.translation_key] = status
    current = rules.current_stage(stages, reached=reached)
    following = rules.next_stage(stages, counted, reached=reached)
    return Record(
        years=years,
        totals=totals,
        stages=list(statuses.values()),
        current_stage=statuses[current.translation_key] if current else None,
        next_stage=statuses[following.translation_key] if following else None,
        themes=[t for y in years for t in y.new_themes],
    )


def _scalar(queryset, function: str, field: str, output_field=None) -> Subquery:
    """``function(field)`` over the whole queryset, as one value inside another query."""
    value = Func(F(field), function=function, output_field=output_field)
    return Subquery(queryset.order_by().annotate(value=value).values("value")[:1])


def record_version(*, user) -> str:
    """What the record page shows, as a fingerprint read in one query.

    It changes with the person's summaries (rebuilt after every change), a recompute
    still pending, stages reached, enrolments, completions and practice, and with the
    network's stages: the rendered page is cached under it (``progress.views.record``).
    """
    mine = OuterRef("pk")
    counted = IntegerField()
    parts = {
        "v_summaries_at": _scalar(YearSummary.objects.filter(user=mine), "MAX", "computed_at"),
        "v_summaries": _scalar(YearSummary.objects.filter(user=mine), "COUNT", "pk", counted),
        "v_pending_at": _scalar(PendingRecompute.objects.filter(user=mine), "MAX", "requested_at"),
        "v_stages_reached": _scalar(StageReached.objects.filter(user=mine), "COUNT", "pk", counted),
        "v_enrolments_at": _scalar(Enrolment.objects.filter(user=mine), "MAX", "updated_at"),
        "v_enrolments": _scalar(Enrolment.objects.filter(user=mine), "COUNT", "pk", counted),
        "v_completions_top": _scalar(Completion.objects.filter(user=mine), "MAX", "pk", counted),
        "v_completions": _scalar(Completion.objects.filter(user=mine), "COUNT", "pk", counted),
        "v_practice_at": _scalar(PracticeLog.objects.filter(user=mine), "MAX", "updated_at"),
        "v_practice": _scalar(PracticeLog.objects.filter(user=mine), "COUNT", "pk", counted),
        "v_stages_top": _scalar(FormationStage.objects.all(), "MAX", "pk", counted),
        "v_stages": _scalar(FormationStage.objects.all(), "COUNT", "pk", counted),
    }
    row = get_user_model().objects.filter(pk=user.pk).annotate(**parts).values_list(*parts).first()
    return repr(row)


def latest_with_total(queryset, *, newest_first: tuple[str, ...], limit: int) -> tuple[list, int]:
    """The newest ``limit`` rows and how many there are in all, in one query: a window count
    is taken before the limit, so a ten-year record costs what a one-year record does."""
    rows = list(queryset.annotate(_total=Window(Count("pk"))).order_by(*newest_first)[:limit])
    return rows, (rows[0]._total if rows else 0)


def practice_entries(*, user):
    return (
        PracticeLog.objects.filter(user=user)
        .select_related("material", "shared_with")
        .prefetch_related(
            Prefetch(
                "vouches",
                queryset=Vouch.objects.in_entry_council()
                .select_related("voucher")
                .order_by("requested_at"),
            )
        )
    )


def shared_practice_for_council(*, council, viewer):
    """Entries members chose to share with this council: visible to its members only."""
    if not Membership.objects.filter(council=council, user=viewer).exists():
        return PracticeLog.objects.none()
    return (
        PracticeLog.objects.filter(shared_with=council, user__memberships__council=council)
        .select_related("user", "material")
        .prefetch_related(
            Prefetch(
                "vouches",
                queryset=Vouch.objects.filter(
                    council=council, status=Vouch.Status.CONFIRMED
                ).select_related("voucher"),
            )
        )
        .order_by("-practiced_on")
    )


def vouch_requests_for(*, user):
    return (
        Vouch.objects.filter(
            voucher=user, status__in=[Vouch.Status.REQUESTED, Vouch.Status.CONFIRMED]
        )
        .in_entry_council()
        .filter(council__memberships__user=user)
        .select_related("entry__user", "entry__material", "entry__shared_with")
        .order_by("status", "-requested_at")
        .distinct()
    )


@dataclass
class MemberYear:
    """One year of what a member did in or shared with one council."""

    year: int
    workshop_minutes: int = 0
    practice_minutes: int = 0
    vouched_practice_minutes: int = 0
    workshops_facilitated: int = 0


@dataclass
class MemberSummary:
    membership: Membership
    years: list[MemberYear]


def council_progress(*, council, years: int = 5) -> list[MemberSummary]:
    """For coordinators: only what each member shared with or did in this council.

    Workshops of this council attended and facilitated, practice shared with it
    (vouched only by its own members' word). Never readings, study paths, stages,
    private practice or what was shared with another council: those are the person's.
    Five queries for any number of members.
    """
    memberships = list(council.memberships.select_related("user").order_by("user__username"))
    user_ids = [m.user_id for m in memberships]
    rows: dict[tuple[int, int], MemberYear] = {}

    def row(user_id: int, year: int) -> MemberYear:
        return rows.setdefault((user_id, year), MemberYear(year=year))

    attended = Completion.objects.filter(
        user_id__in=user_ids, session__council=council, kind=Kind.WORKSHOP
    ).values_list("user_id", "completed_on", "minutes")
    for user_id, day, minutes in attended:
        row(user_id, day.year).workshop_minutes += minutes
    vouched = set(
        Vouch.objects.filter(
            entry__user_id__in=user_ids,
            entry__shared_with=council,
            council=council,
            status=Vouch.Status.CONFIRMED,
        ).values_list("entry_id", flat=True)
    )
    shared = PracticeLog.objects.filter(user_id__in=user_ids, shared_with=council).values_list(
        "pk", "user_id", "practiced_on", "hours"
    )
    for pk, user_id, day, hours in shared:
        minutes = rules.minutes_from_hours(hours)
        if pk in vouched:
            row(user_id, day.year).vouched_practice_minutes += minutes
        else:
            row(user_id, day.year).practice_minutes += minutes
    facilitated = (
        Session.objects.filter(
            council=council, facilitators__in=user_ids, starts_at__lte=timezone.now()
        )
        .exclude(status=SessionStatus.CANCELLED)
        .values_list("facilitators", "starts_at")
    )
    for user_id, starts_at in facilitated:
        row(user_id, timezone.localtime(starts_at).year).workshops_facilitated += 1
    by_user: dict[int, list[MemberYear]] = {}
    for (user_id, _year), values in sorted(rows.items()):
        by_user.setdefault(user_id, []).append(values)
    return [
        MemberSummary(membership=m, years=by_user.get(m.user_id, [])[-years:]) for m in memberships
    ]


def responsibility_counts(*, council) -> dict:
    """How many members hold each role, so the council sees its own responsibility numbers."""
    return council.memberships.aggregate(
        coordinators=Count("pk", filter=Q(is_coordinator=True)),
        facilitators=Count("pk", filter=Q(is_facilitator=True)),
        members=Count("pk"),
    )


def reading_materials(*, language_code: str):
    return MaterialPage.objects.live().filter(
        locale__language_code=language_code, kind__in=[Kind.READING, Kind.PRACTICE]
    )


# --- Choices offered on the formation pages (querysets scoped to the visitor) -------------


def practice_materials(*, language_code: str, also=()):
    """Materials a practice can be tied to: the interface language's, plus those asked for."""
    wanted = [pk for pk in also if pk]
    return (
        MaterialPage.objects.live()
        .filter(Q(locale__language_code=language_code) | Q(pk__in=wanted))
        .order_by("kind", "title")
        .only("id", "title", "kind")
    )


def councils_of(*, user):
    return Council.objects.filter(memberships__user=user).order_by("name")


def members_of(*, council_id: int | None, excluding=None):
    """People of a council (none without one), as users: who may vouch, who may be present."""
    if council_id is None:
        return get_user_model().objects.none()
    users = get_user_model().objects.filter(memberships__council_id=council_id)
    if excluding is not None:
        users = users.exclude(pk=excluding.pk)
    return users.order_by("display_name", "username")


def council_session_or_404(*, council, session_pk: int) -> Session:
    """A session of this council, or a 404: ids of other councils' sessions find nothing."""
    return get_object_or_404(
        Session.objects.select_related("item__material", "council"), pk=session_pk, council=council
    )


def council_memberships(*, council) -> list[Membership]:
    """Members in the order an attendance list is read out: by name."""
    return list(
        council.memberships.select_related("user").order_by("user__display_name", "user__username")
    )


def present_user_ids(*, session) -> set[int]:
    return set(
        Attendance.objects.filter(session=session, present=True).values_list("user_id", flat=True)
    )
