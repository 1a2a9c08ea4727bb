"""Fifteen years of formation cost the record page no more queries than ten entries."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from councils.models import Session
from progress import services
from progress.models import Completion, PracticeLog, Vouch

from ..councils.factories import add_member
from ..factories import UserFactory
from .factories import long_record
from .helpers import url, year_table

pytestmark = pytest.mark.django_db


def queries_of(client, address) -> tuple[int, list[str], object]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return len(queries), [q["sql"] for q in queries.captured_queries], response


def person_with(world, *, username, years, events):
    person = add_member(world.council, UserFactory(username=username)).user
    record = long_record(
        user=person,
        council=world.council,
        item=world.item,
        neighbours=[world.neighbour, world.facilitator],
        materials=[world.lib.reading, world.lib.workshop, world.lib.practice],
        paths=[world.lib.path],
        years=years,
        events=events,
    )
    services.recompute_record(user_id=person.pk)
    return person, record


def test_record_page_queries_do_not_grow_with_fifteen_years_of_events(world, as_user):
    small, small_record = person_with(world, username="recien_llegada", years=1, events=10)
    big, big_record = person_with(world, username="quince_anos", years=15, events=5000)
    assert small_record.events == 10
    assert big_record.events == 5000
    assert PracticeLog.objects.filter(user=big).count() == big_record.practice_logs
    assert Completion.objects.filter(user=big).count() == big_record.completions
    assert Vouch.objects.filter(entry__user=big).count() == big_record.vouches
    assert Session.objects.filter(facilitators=big).count() == big_record.sessions_facilitated

    small_client, big_client = as_user(small), as_user(big)
    small_client.get(url("record"))  # warm-up: site root paths, translation catalogues
    big_client.get(url("record"))  # and each record's cached rendering (progress.views.record)
    small_count, small_sql, _ = queries_of(small_client, url("record"))
    big_count, big_sql, response = queries_of(big_client, url("record"))

    assert big_count == small_count, "\n".join(
        ["10 entries:", *small_sql, "", "5,000 entries:", *big_sql]
    )
    table = year_table(response.content.decode())
    this_year = timezone.localdate().year
    assert [y for y in table if y != "Total"] == [
        str(y) for y in range(this_year - 14, this_year + 1)
    ]
    assert table["Total"]["Workshops facilitated"] == str(big_record.sessions_facilitated)
    assert "<svg" in response.content.decode()


def test_other_pages_of_the_record_do_not_grow_with_the_events(world, as_user):
    small, _ = person_with(world, username="recien_llegada", years=1, events=10)
    big, _ = person_with(world, username="quince_anos", years=15, events=400)
    small_client, big_client = as_user(small), as_user(big)
    enrolments = {p: p.enrolments.get().pk for p in (small, big)}
    for name, args in (
        ("paths", {}),
        ("path_detail", enrolments),
        ("practice_list", {}),
        ("vouches", {}),
        ("record_print", {}),
        ("record_json", {}),
        ("council_practice", {}),
    ):

        def address(person, name=name, args=args):
            if name == "path_detail":
                return url(name, args[person])
            if name == "council_practice":
                return url(name, world.council.slug)
            return url(name)

        # Warm both: the header's unread count is cached per person after the first page.
        small_client.get(address(small))
        big_client.get(address(big))
        small_count, small_sql, _ = queries_of(small_client, address(small))
        big_count, big_sql, _ = queries_of(big_client, address(big))
        assert big_count == small_count, "\n".join(
            [f"{name}, 10 entries:", *small_sql, "", "400 entries:", *big_sql]
        )
