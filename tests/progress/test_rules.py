"""Properties of ``progress.rules``: the one place that rounds hours and selects stages.

No database: the rules are pure functions over plain values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from cms.templatetags.trayecto_tags import _to_hours
from progress import rules
from progress.rules import Totals

MINUTES = st.integers(min_value=0, max_value=10_000_000)
COUNT = st.integers(min_value=0, max_value=500)
TENTHS = st.integers(min_value=0, max_value=100_000).map(lambda n: Decimal(n) / 10)


@dataclass
class Stage:
    """The shape of ``FormationStage`` the rules read."""

    translation_key: str
    pk: int
    sort_order: int | None = 0
    min_study_hours: int = 0
    min_vouched_practice_hours: int = 0
    min_workshops_facilitated: int = 0
    min_distinct_themes: int = 0
    min_paths_completed: int = 0
    language: str = "es"


totals_st = st.builds(
    Totals,
    study_minutes=MINUTES,
    vouched_minutes=MINUTES,
    facilitated=COUNT,
    themes=COUNT,
    paths=COUNT,
)
small_totals_st = st.builds(
    Totals,
    study_minutes=st.integers(0, 3000),
    vouched_minutes=st.integers(0, 3000),
    facilitated=st.integers(0, 6),
    themes=st.integers(0, 6),
    paths=st.integers(0, 3),
)


@st.composite
def stages_st(draw, min_size=0, max_size=6):
    count = draw(st.integers(min_size, max_size))
    return [
        Stage(
            translation_key=f"stage-{index}",
            pk=index + 1,
            sort_order=index,
            min_study_hours=draw(st.integers(0, 50)),
            min_vouched_practice_hours=draw(st.integers(0, 50)),
            min_workshops_facilitated=draw(st.integers(0, 6)),
            min_distinct_themes=draw(st.integers(0, 6)),
            min_paths_completed=draw(st.integers(0, 3)),
        )
        for index in range(count)
    ]


def at_least(totals: Totals, more: Totals) -> Totals:
    return totals + more


# --- Hours -----------------------------------------------------------------------------


def test_the_rounding_is_half_up_to_one_decimal():
    assert rules.hours_from_minutes(75) == Decimal("1.3")  # 1.25 h: was 1.2 on the record page
    assert rules.hours_from_minutes(45) == Decimal("0.8")  # 0.75 h
    assert rules.hours_from_minutes(3) == Decimal("0.1")  # 0.05 h
    assert rules.hours_from_minutes(2) == Decimal("0.0")
    assert rules.hours_from_minutes(90) == Decimal("1.5")
    assert rules.hours_from_minutes(None) == Decimal("0.0")


@given(MINUTES)
def test_hours_are_within_half_a_tenth_of_the_exact_value(minutes):
    hours = rules.hours_from_minutes(minutes)
    assert hours == hours.quantize(Decimal("0.1"))
    exact = Decimal(minutes) / 60
    assert -Decimal("0.05") < hours - exact <= Decimal("0.05")


@given(MINUTES, MINUTES)
def test_more_minutes_never_show_fewer_hours(a, b):
    low, high = sorted((a, b))
    assert rules.hours_from_minutes(low) <= rules.hours_from_minutes(high)


@given(MINUTES, st.integers(0, 10_000))
def test_whole_hours_added_shift_the_shown_hours_exactly(minutes, whole_hours):
    assert rules.hours_from_minutes(minutes + 60 * whole_hours) == rules.hours_from_minutes(
        minutes
    ) + Decimal(whole_hours)


@given(TENTHS)
def test_hours_entered_round_trip_through_minutes(hours):
    minutes = rules.minutes_from_hours(hours)
    assert minutes == hours * 60  # exact: a tenth of an hour is six minutes
    assert rules.hours_from_minutes(minutes) == hours


@given(st.integers(0, 1_000_000))
def test_multiples_of_six_minutes_round_trip_through_hours(tenths):
    minutes = 6 * tenths
    assert rules.minutes_from_hours(rules.hours_from_minutes(minutes)) == minutes


@given(MINUTES)
def test_the_same_minutes_show_the_same_hours_wherever_they_come_from(minutes):
    """The record page (selectors), the overview (the ``hours`` filter) and totals agree."""
    assert _to_hours(minutes) == rules.hours_from_minutes(minutes)
    assert Totals(study_minutes=minutes).study_hours == rules.hours_from_minutes(minutes)


@given(st.integers(0, 1000), st.integers(0, 1000))
def test_percent_is_between_0_and_100_for_parts_of_a_whole(part, extra):
    whole = part + extra
    value = rules.percent(part, whole)
    assert 0 <= value <= 100
    assert rules.percent(whole, whole) == (100 if whole else 0)


# --- Cumulative totals -----------------------------------------------------------------


@given(st.lists(st.tuples(st.integers(1990, 2040), totals_st), max_size=20))
def test_cumulative_totals_grow_year_after_year_and_end_at_the_sum(per_year):
    timeline = rules.cumulative_by_year(per_year)
    years = [year for year, _ in timeline]
    assert years == sorted(set(year for year, _ in per_year))
    for (_, before), (_, after) in zip(timeline, timeline[1:], strict=False):
        assert before <= after
    expected = Totals()
    for _, totals in per_year:
        expected = expected + totals
    assert rules.final_totals(timeline) == expected


@given(st.lists(st.tuples(st.integers(1990, 2040), totals_st), max_size=12), st.randoms())
def test_cumulative_totals_do_not_depend_on_the_order_given(per_year, random):
    shuffled = list(per_year)
    random.shuffle(shuffled)
    assert rules.cumulative_by_year(shuffled) == rules.cumulative_by_year(per_year)


def test_year_totals_read_a_summary():
    summary = SimpleNamespace(
        year=2021,
        reading_minutes=30,
        workshop_minutes=90,
        practice_minutes=600,  # self-reported: counts for no stage
        vouched_practice_minutes=180,
        workshops_facilitated=2,
        new_themes=["Agua", "Educación popular"],
        paths_completed=1,
    )
    assert rules.timeline_of([summary]) == [
        (2021, Totals(study_minutes=120, vouched_minutes=180, facilitated=2, themes=2, paths=1))
    ]


# --- Stages ----------------------------------------------------------------------------


@given(stages_st(min_size=1, max_size=1), small_totals_st, small_totals_st)
def test_a_stage_met_stays_met_with_more(stages, totals, more):
    stage = stages[0]
    if rules.stage_met(stage, totals):
        assert rules.stage_met(stage, at_least(totals, more))


@given(stages_st(min_size=1, max_size=1), small_totals_st)
def test_a_stage_is_met_exactly_when_nothing_is_missing(stages, totals):
    stage = stages[0]
    missing = rules.missing_requirements(stage, totals)
    assert rules.stage_met(stage, totals) == (not missing)
    for key, need, have in missing:
        assert need > 0
        if key.endswith("_hours"):
            assert have == rules.hours_from_minutes(
                getattr(totals, key.replace("hours", "minutes"))
            )
        else:
            assert have < need


def test_hours_requirements_are_compared_in_exact_minutes():
    stage = Stage("s", 1, min_study_hours=10)
    assert not rules.stage_met(stage, Totals(study_minutes=599))  # shows 10.0 h, still short
    assert rules.missing_requirements(stage, Totals(study_minutes=599)) == [
        ("study_hours", 10, Decimal("10.0"))
    ]
    assert rules.stage_met(stage, Totals(study_minutes=600))


@given(stages_st(), small_totals_st, st.sets(st.integers(0, 5)))
def test_the_next_stage_is_the_first_neither_reached_nor_met(stages, totals, reached_index):
    reached = {f"stage-{i}" for i in reached_index}
    following = rules.next_stage(stages, totals, reached=reached)
    passed = [s.translation_key in reached or rules.stage_met(s, totals) for s in stages]
    if following is None:
        assert all(passed)
    else:
        position = stages.index(following)
        assert not passed[position]
        assert all(passed[:position])


@given(stages_st(), small_totals_st, small_totals_st)
def test_more_totals_never_bring_the_next_stage_back(stages, totals, more):
    before = rules.next_stage(stages, totals)
    after = rules.next_stage(stages, at_least(totals, more))
    position = {id(s): i for i, s in enumerate(stages)}
    if before is None:
        assert after is None
    elif after is not None:
        assert position[id(after)] >= position[id(before)]


@given(stages_st(), st.sets(st.integers(0, 5)))
def test_the_current_stage_is_the_furthest_reached(stages, reached_index):
    reached = {f"stage-{i}" for i in reached_index}
    current = rules.current_stage(stages, reached=reached)
    keys = [s.translation_key for s in stages if s.translation_key in reached]
    assert (current.translation_key if current else None) == (keys[-1] if keys else None)


@given(
    stages_st(),
    st.lists(st.tuples(st.integers(2015, 2030), small_totals_st), max_size=8),
    st.sets(st.integers(0, 5)),
)
def test_stages_newly_reached_are_dated_by_the_first_year_they_were_met(
    stages, per_year, reached_index
):
    today = dt.date(2026, 5, 17)
    reached = {f"stage-{i}" for i in reached_index}
    timeline = rules.cumulative_by_year(per_year)
    new = rules.newly_reached(stages, timeline, reached=reached, today=today)
    assert all(stage.translation_key not in reached for stage, _ in new)
    # With nothing recorded there is no year to date a stage by: none is reached.
    final = rules.final_totals(timeline)
    met = {s.translation_key for s in stages if timeline and rules.stage_met(s, final)}
    assert {stage.translation_key for stage, _ in new} == met - reached
    for stage, day in new:
        year = rules.first_year_met(stage, timeline)
        assert day == (today if year >= today.year else dt.date(year, 12, 31))
        earlier = [totals for y, totals in timeline if y < year]
        assert not any(rules.stage_met(stage, totals) for totals in earlier)


LANGUAGES = st.sampled_from(["es", "en", "pt"])


@given(st.lists(st.tuples(st.integers(0, 4), LANGUAGES, st.integers(0, 3)), max_size=12), LANGUAGES)
def test_one_stage_per_key_in_the_readers_language_else_the_default(rows, language):
    stages = sorted(
        (
            Stage(f"stage-{key}", pk=pk, sort_order=order, language=code)
            for pk, (key, code, order) in enumerate(rows, start=1)
        ),
        key=rules.stage_order,
    )
    chosen = rules.stages_in_language(
        stages, language_code=language, fallback_code="es", language_of=lambda s: s.language
    )
    keys = [s.translation_key for s in chosen]
    assert sorted(keys) == sorted({s.translation_key for s in stages})
    assert [rules.stage_order(s) for s in chosen] == sorted(rules.stage_order(s) for s in chosen)
    for stage in chosen:
        versions = {s.language for s in stages if s.translation_key == stage.translation_key}
        expected = (
            language if language in versions else "es" if "es" in versions else stage.language
        )
        assert stage.language == expected


def test_totals_add_field_by_field():
    one = Totals(1, 2, 3, 4, 5)
    assert one + one == Totals(*(2 * getattr(one, f.name) for f in fields(one)))
    assert replace(one, paths=0) <= one and not one <= replace(one, paths=0)
