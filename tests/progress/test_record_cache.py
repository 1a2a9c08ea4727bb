"""The record page is rendered once per version of the person's record, and never stale."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from progress import services
from progress.models import Completion

from .helpers import url, year_table

pytestmark = pytest.mark.django_db


def total(client, column: str) -> str:
    return year_table(client.get(url("record")).content.decode())["Total"][column]


def queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url("record")).status_code == 200
    return len(captured)


def main(response) -> str:
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_a_second_visit_reads_the_cached_record(world, as_user):
    client = as_user(world.participant)
    first = main(client.get(url("record")))
    with CaptureQueriesContext(connection) as captured:
        again = main(client.get(url("record")))
    assert again == first and "totals-heading" in again
    # The page's own reads (summaries, stages, paths, completions...) are skipped.
    sql = " ".join(q["sql"] for q in captured.captured_queries)
    assert "progress_yearsummary" in sql  # only inside the one version query
    assert sql.count('FROM "progress_enrolment"') <= 2


def test_a_new_completion_shows_at_once(world, as_user, committed):
    person = world.participant
    with committed():
        services.mark_read(
            user=person, material=world.lib.reading, completed_on=dt.date(2020, 5, 1)
        )
    client = as_user(person)
    year = timezone.localdate().year
    assert total(client, "Reading (h)") == "0.5"
    cached = queries(client)
    with committed():
        services.mark_read(
            user=person, material=world.lib.practice, completed_on=dt.date(year, 1, 2)
        )
    assert total(client, "Reading (h)") != "0.5"
    assert year_table(client.get(url("record")).content.decode())[str(year)]["Reading (h)"] != "0"
    assert queries(client) == cached  # and cached again under the new version

    with committed():
        services.completion_remove(
            completion=Completion.objects.get(user=person, material=world.lib.practice), user=person
        )
    assert total(client, "Reading (h)") == "0.5"


def test_a_change_waiting_for_its_recompute_is_not_hidden_by_the_cache(world, as_user):
    """Before the summaries are rebuilt, the page is rendered again, not served stale."""
    client = as_user(world.participant)
    client.get(url("record"))
    cached = queries(client)
    services.mark_read(
        user=world.participant, material=world.lib.reading, completed_on=dt.date(2020, 5, 1)
    )  # on-commit recompute not run: the summaries are still the old ones
    assert queries(client) > cached


def test_each_person_and_language_has_its_own_rendering(world, as_user, committed):
    with committed():
        services.mark_read(
            user=world.participant, material=world.lib.reading, completed_on=dt.date(2020, 5, 1)
        )
    carmen, rosa = as_user(world.participant), as_user(world.neighbour)
    assert "2020" in year_table(carmen.get(url("record")).content.decode())
    assert "year-table" not in rosa.get(url("record")).content.decode()

    pages = {}
    for language in ("es", "en"):
        with translation.override(language):
            pages[language] = main(carmen.get(url("record")))
    assert "Año por año" in pages["es"] and "Year by year" not in pages["es"]
    assert "Year by year" in pages["en"] and "Año por año" not in pages["en"]
