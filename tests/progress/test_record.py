"""The record over years: hours per year, themes, paths, chart and table, stages, exports."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from progress import services
from progress.models import StageReached, Vouch

from ..councils.factories import make_session
from .factories import FormationStageFactory
from .helpers import chart_hours, record_totals, shown_date, url, visible_text, year_table

pytestmark = pytest.mark.django_db


def at(day: dt.date, hour: int = 9) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))


@pytest.fixture
def stages(world):
    """Three stages of the network, defined before anything is recorded."""
    return [
        FormationStageFactory(name="Primeros pasos", min_study_hours=1),
        FormationStageFactory(
            name="Compañera de estudio",
            min_study_hours=2,
            min_vouched_practice_hours=3,
            min_distinct_themes=2,
        ),
        FormationStageFactory(
            name="Facilitadora",
            min_study_hours=10,
            min_workshops_facilitated=5,
            min_paths_completed=1,
        ),
    ]


@pytest.fixture
def history(world, stages, committed):
    """Carmen's years: a reading in 2019, a workshop and practice in 2021, vouched practice now."""
    carmen = world.participant
    with committed():
        services.mark_read(
            user=carmen,
            material=world.lib.reading,
            completed_on=dt.date(2019, 4, 10),
            reflection="Lo que Freire llama cultura del silencio pasa en nuestras asambleas.",
        )
        services.practice_log_create(
            user=carmen,
            practiced_on=dt.date(2021, 3, 6),
            hours=Decimal("2"),
            what_was_done="Convocamos la mesa técnica de agua.",
            material=world.lib.practice,
        )
        session = make_session(
            world.council, world.item, world.coordinator, starts_at=at(dt.date(2021, 6, 12))
        )
        services.attendance_record(
            session=session, by=world.coordinator, present_user_ids={carmen.pk}
        )
        entry = services.practice_log_create(
            user=carmen,
            practiced_on=timezone.localdate(),
            hours=Decimal("3"),
            what_was_done="Censo de embarcaciones con los pescadores del muelle.",
        )
        services.practice_share(entry=entry, user=carmen, council_id=world.council.pk)
        vouch = services.vouch_request(entry=entry, by=carmen, voucher=world.neighbour)
        services.vouch_decide(vouch=vouch, by=world.neighbour, confirm=True)
    return entry


def test_year_table_hours_per_year_themes_and_totals(world, history, as_user):
    html = as_user(world.participant).get(url("record")).content.decode()
    table = year_table(html)
    this_year = timezone.localdate().year
    assert list(table) == [str(y) for y in range(2019, this_year + 1)] + ["Total"]
    assert table["2019"] == {
        "Reading (h)": "0.5",
        "Workshops (h)": "0",
        "Practice, self-reported (h)": "0",
        "Practice, vouched (h)": "0",
        "Workshops facilitated": "0",
        "Paths completed": "0",
        "New themes": "1",
    }
    assert table["2020"]["Reading (h)"] == "0"
    assert table["2021"]["Workshops (h)"] == "1.5"
    assert table["2021"]["Practice, self-reported (h)"] == "2"
    assert table["2021"]["New themes"] == "1"
    assert table[str(this_year)]["Practice, vouched (h)"] == "3"
    assert table[str(this_year)]["Practice, self-reported (h)"] == "0"
    assert table["Total"] == {
        "Reading (h)": "0.5",
        "Workshops (h)": "1.5",
        "Practice, self-reported (h)": "2",
        "Practice, vouched (h)": "3",
        "Workshops facilitated": "0",
        "Paths completed": "0",
        "New themes": "2",
    }
    totals = record_totals(html)
    assert totals["Practice, self-reported"] == "2 h"
    assert totals["Practice, vouched by neighbours"] == "3 h"
    assert totals["Themes covered"] == "2"

    themes = dict(re.findall(r"<dt>(\d{4})</dt>\s*<dd><ul class=\"tags\">(.*?)</ul>", html, re.S))
    assert re.findall(r"<li>(.*?)</li>", themes["2019"]) == ["Educación popular"]
    assert re.findall(r"<li>(.*?)</li>", themes["2021"]) == ["Agua"]


def test_the_svg_chart_says_the_same_numbers_as_the_table(world, history, as_user):
    html = as_user(world.participant).get(url("record")).content.decode()
    assert "<svg" in html
    table = year_table(html)
    bars = chart_hours(html)
    from_table = {
        year: {column: Decimal(value) for column, value in row.items() if column.endswith("(h)")}
        for year, row in table.items()
        if year != "Total"
    }
    nonzero = {
        year: {column: hours for column, hours in row.items() if hours}
        for year, row in from_table.items()
        if any(row.values())
    }
    assert bars == nonzero
    assert "Hours of study and practice per year" in html  # the chart's accessible title


def test_stages_reached_with_their_date_and_what_is_missing(world, history, as_user):
    today = timezone.localdate()
    html = as_user(world.participant).get(url("record")).content.decode()
    text = visible_text(as_user(world.participant).get(url("record")))
    assert f"Primeros pasos reached on {shown_date(dt.date(2021, 12, 31))}" in text
    assert f"Compañera de estudio reached on {shown_date(today)}" in text
    assert "Facilitadora not reached yet" in text
    assert f"Stage reached Compañera de estudio Reached on {shown_date(today)}" in text
    missing = re.search(r'<ul class="missing-list">(.*?)</ul>', html, re.S).group(1)
    missing_text = " ".join(re.sub("<[^>]+>", " ", missing).split())
    assert "Hours of study (readings and workshops) 2 of 10" in missing_text
    assert "Workshops facilitated 0 of 5" in missing_text
    assert "Study paths completed 0 of 1" in missing_text
    assert "vouched" not in missing_text  # met requirements are not listed


def test_raising_requirements_keeps_the_stage_and_its_date(
    world, stages, history, as_user, committed
):
    reached_before = dict(StageReached.objects.values_list("stage_key", "reached_on"))
    first = stages[0]
    first.min_study_hours = 500
    first.min_distinct_themes = 40
    first.save()
    with committed():  # anything new recomputes the record
        services.practice_log_create(
            user=world.participant,
            practiced_on=timezone.localdate(),
            hours=Decimal("1"),
            what_was_done="Asamblea de la mesa de agua.",
        )
    assert dict(StageReached.objects.values_list("stage_key", "reached_on")) == reached_before
    text = visible_text(as_user(world.participant).get(url("record")))
    assert f"Primeros pasos reached on {shown_date(dt.date(2021, 12, 31))}" in text


def test_a_withdrawn_vouch_does_not_take_a_reached_stage_away(world, history, committed):
    reached_before = dict(StageReached.objects.values_list("stage_key", "reached_on"))
    with committed():
        services.vouch_withdraw(vouch=Vouch.objects.get(), by=world.neighbour)
    assert dict(StageReached.objects.values_list("stage_key", "reached_on")) == reached_before


def test_stages_translated_by_the_network_are_reached_once(world, stages, history, as_user):
    english = stages[0].copy_for_translation(world.lib.tree.locale_en)
    english.name = "First steps"
    english.save()
    services.recompute_record(user_id=world.participant.pk)
    assert StageReached.objects.filter(stage_key=stages[0].translation_key).count() == 1
    assert "First steps reached on" in visible_text(as_user(world.participant).get(url("record")))
    with translation.override("es"):
        spanish = visible_text(as_user(world.participant).get(url("record")))
    assert "Primeros pasos" in spanish and "First steps" not in spanish


def test_empty_record_invites_to_start(world, as_user):
    response = as_user(world.participant).get(url("record"))
    assert response.status_code == 200
    assert "Nothing recorded yet." in visible_text(response)


def test_print_page_renders_the_whole_record(world, history, as_user):
    response = as_user(world.participant).get(url("record_print"))
    assert response.status_code == 200
    text = visible_text(response)
    assert "Formation record of Carmen la de las redes" in text
    assert "Pedagogía del oprimido" in text
    assert "El agua que no llega" in text
    assert "Lo que Freire llama cultura del silencio pasa en nuestras asambleas." in text
    assert "Censo de embarcaciones con los pescadores del muelle." in text
    assert year_table(response.content.decode())["Total"]["Practice, vouched (h)"] == "3"


def test_json_export_contains_everything_of_the_person(world, history, as_user, committed):
    with committed():
        as_user(world.participant).post(url("enrol", world.lib.path.pk))
    response = as_user(world.participant).get(url("record_json"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["format"] == "trayecto-formation-record"
    assert [m["council"] for m in data["memberships"]] == ["Consejo Comunal Playa Colorada"]
    # Everything of the path was already done: following it completes it today.
    assert [(e["path"], e["status"], e["completed_on"]) for e in data["enrolments"]] == [
        ("El agua como escuela", "completed", timezone.localdate().isoformat())
    ]
    assert [(c["material"], c["source"], c["completed_on"]) for c in data["completions"]] == [
        ("Pedagogía del oprimido", "self", "2019-04-10"),
        ("El agua que no llega", "attendance", "2021-06-12"),
    ]
    assert data["completions"][0]["reflection"].startswith("Lo que Freire llama")
    practice = {p["date"]: p for p in data["practice"]}
    assert practice["2021-03-06"]["hours"] == "2.0"
    assert practice["2021-03-06"]["material"] == "Convocar la mesa técnica de agua"
    assert practice["2021-03-06"]["shared_with"] is None
    now = practice[timezone.localdate().isoformat()]
    assert now["shared_with"] == "Consejo Comunal Playa Colorada"
    assert [(v["by"], v["status"]) for v in now["vouches"]] == [("Rosa del muelle", "confirmed")]
    assert [a["present"] for a in data["attendance"]] == [True]
    assert len(data["stages_reached"]) == 2
    years = {y["year"]: y for y in data["years"]}
    assert years[2019]["reading_minutes"] == 30
    assert years[2021]["workshop_minutes"] == 90
    assert years[2021]["practice_minutes_self_reported"] == 120
    assert years[timezone.localdate().year]["practice_minutes_vouched"] == 180
    assert years[2019]["new_themes"] == ["Educación popular"]
