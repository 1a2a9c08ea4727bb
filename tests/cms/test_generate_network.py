"""manage.py generate_network writes a small but complete network, the same for the same seed."""

from __future__ import annotations

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import F, Q
from wagtail.models import Locale

from councils.models import (
    Assembly,
    AssemblyOutcome,
    Council,
    FormationPlan,
    Membership,
    Outcome,
    PlanSection,
    PlanStatus,
    SectionStatus,
    Session,
    TerritoryKind,
)
from progress.models import (
    Attendance,
    Completion,
    Enrolment,
    FormationStage,
    PracticeLog,
    StageReached,
    Vouch,
    YearSummary,
)
from progress.services import recompute_record

SIZE = ["--councils", "6", "--people", "40", "--years", "3", "--seed", "7"]
EVENTS = (Enrolment, Completion, PracticeLog, Vouch, Attendance)
SUMMARY_VALUES = (
    "year",
    "reading_minutes",
    "workshop_minutes",
    "practice_minutes",
    "vouched_practice_minutes",
    "workshops_facilitated",
    "paths_completed",
    "new_themes",
)


@pytest.fixture
def stages(content):
    es = Locale.objects.get(language_code="es")
    for order, (study, themes) in enumerate([(1, 1), (5, 2), (400, 30)]):
        FormationStage.objects.create(
            locale=es,
            name=f"Etapa {order}",
            sort_order=order,
            min_study_hours=study,
            min_distinct_themes=themes,
        )


def generate(*args: str) -> str:
    out = io.StringIO()
    call_command("generate_network", *args, stdout=out)
    return out.getvalue()


def fingerprint() -> dict:
    return {
        "people": sorted(get_user_model().objects.values_list("username", flat=True)),
        "councils": sorted(Council.objects.values_list("name", "territory_kind", "state")),
        "memberships": sorted(
            Membership.objects.values_list(
                "council__name", "user__username", "is_facilitator", "is_coordinator"
            )
        ),
        "plans": sorted(FormationPlan.objects.values_list("council__name", "title", "status")),
        "sessions": sorted(
            Session.objects.values_list("council__name", "starts_at", "attended_women")
        ),
        "practice": sorted(
            PracticeLog.objects.values_list("user__username", "practiced_on", "hours")
        ),
        "summaries": sorted(
            YearSummary.objects.values_list("user__username", *SUMMARY_VALUES[:-1])
        ),
        "events": {model.__name__: model.objects.count() for model in EVENTS},
    }


@pytest.mark.django_db
def test_writes_every_kind_of_council_and_plan_and_prints_its_counts(stages):
    output = generate(*SIZE)

    line = re.search(r"generated .* events=(\d+) seconds=(\d+\.\d)", output)
    assert line, output
    assert int(line.group(1)) == sum(model.objects.count() for model in EVENTS) > 0
    assert get_user_model().objects.count() == 40
    assert Council.objects.count() == 6
    assert set(Council.objects.values_list("territory_kind", flat=True)) == set(
        TerritoryKind.values
    )
    # Pseudonymous login names only, no real names anywhere.
    assert all(
        re.fullmatch(r"[a-z]+\.[a-z]+\.\d+", name)
        for name in get_user_model().objects.values_list("username", flat=True)
    )
    assert not get_user_model().objects.exclude(first_name="", last_name="").exists()
    assert set(FormationPlan.objects.values_list("status", flat=True)) == set(PlanStatus.values)
    statuses = set(PlanSection.objects.values_list("status", flat=True))
    assert {SectionStatus.AGREED, SectionStatus.SPLIT} <= statuses
    assert statuses & {SectionStatus.DRAFT, SectionStatus.UNDER_DEBATE}
    assert PlanSection.objects.filter(parent__isnull=False).exists()  # the parts of a split
    assert set(AssemblyOutcome.objects.values_list("outcome", flat=True)) == set(Outcome.values)
    for council in Council.objects.all():
        assert council.memberships.filter(is_coordinator=True).exists()
    # Practice is private unless shared; vouches count only in the council it was shared with.
    assert PracticeLog.objects.filter(shared_with=None).count() > PracticeLog.objects.count() / 2
    assert not Vouch.objects.exclude(council_id=F("entry__shared_with_id")).exists()


@pytest.mark.django_db
def test_aggregate_counts_add_up(stages):
    generate(*SIZE)
    assemblies = Assembly.objects.all()
    assert assemblies.exists()
    for assembly in assemblies:
        counts = (assembly.attended_women, assembly.attended_men, assembly.attended_other)
        assert sum(counts) == assembly.attendance
        assert assembly.spoke_women <= assembly.attended_women
        assert assembly.spoke_men <= assembly.attended_men
    held = Session.objects.filter(attended_women__isnull=False)
    assert held.exists()
    for session in held.prefetch_related("facilitators"):
        facilitated = session.facilitated_women + session.facilitated_men
        assert facilitated + session.facilitated_other == len(session.facilitators.all())
        present = sum(1 for a in session.attendance.all() if a.present)
        assert session.attended_women + session.attended_men + session.attended_other >= present


@pytest.mark.django_db
def test_same_seed_same_network_other_seed_another(stages):
    prints = []
    for seed in ("7", "7", "8"):
        with transaction.atomic():
            generate(*SIZE[:-1], seed)
            prints.append(fingerprint())
            transaction.set_rollback(True)
    assert prints[0] == prints[1]
    assert prints[0] != prints[2]


@pytest.mark.django_db
def test_summaries_equal_a_recomputation(stages):
    generate(*SIZE)
    people = (
        get_user_model()
        .objects.filter(Q(practice_logs__isnull=False) | Q(completions__isnull=False))
        .distinct()
        .order_by("pk")
    )
    sample = list(people[:8]) + list(people.order_by("-pk")[:4])
    assert sample
    for person in sample:
        stored = list(
            YearSummary.objects.filter(user=person).order_by("year").values_list(*SUMMARY_VALUES)
        )
        reached = sorted(
            StageReached.objects.filter(user=person).values_list("stage_key", "reached_on")
        )
        enrolments = sorted(
            Enrolment.objects.filter(user=person).values_list("path_id", "status", "completed_on")
        )
        recompute_record(user_id=person.pk)
        assert stored == list(
            YearSummary.objects.filter(user=person).order_by("year").values_list(*SUMMARY_VALUES)
        ), person.username
        assert reached == sorted(
            StageReached.objects.filter(user=person).values_list("stage_key", "reached_on")
        )
        assert enrolments == sorted(
            Enrolment.objects.filter(user=person).values_list("path_id", "status", "completed_on")
        )
    assert StageReached.objects.exists()
    assert YearSummary.objects.filter(workshops_facilitated__gt=0).exists()
    assert YearSummary.objects.filter(vouched_practice_minutes__gt=0).exists()


@pytest.mark.django_db
def test_bad_sizes_are_clear_errors(content):
    with pytest.raises(CommandError, match="15 years"):
        generate("--councils", "1", "--people", "1", "--years", "16")
    with pytest.raises(CommandError, match="one council"):
        generate("--councils", "0", "--people", "1", "--years", "1")


@pytest.mark.django_db
def test_without_a_library_says_to_load_it(tree):
    with pytest.raises(CommandError, match="load_demo"):
        generate("--councils", "1", "--people", "2", "--years", "1")
