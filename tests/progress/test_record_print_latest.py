"""The printed record holds the latest entries of a long record and says how many there are."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import UserFactory
from tests.utils import login

from .factories import CompletionFactory, PracticeLogFactory
from .helpers import url, visible_text

pytestmark = pytest.mark.django_db


def test_a_long_record_prints_the_newest_entries_and_counts_them_all(client):
    person = UserFactory(username="lectora_de_anos")
    start = dt.date(2016, 1, 4)
    for n in range(25):
        CompletionFactory(
            user=person, title=f"Lectura número {n:02d}", completed_on=start + dt.timedelta(n * 90)
        )
    for n in range(12):
        PracticeLogFactory(
            user=person,
            practiced_on=start + dt.timedelta(n * 200),
            what_was_done=f"Práctica número {n:02d} en el sector.",
        )
    login(client, person)
    text = visible_text(client.get(url("record_print")))
    assert "The latest 20 of 25, newest first." in text
    assert "The latest 10 of 12, newest first." in text
    assert "Lectura número 24" in text and "Lectura número 05" in text
    assert "Lectura número 04" not in text  # the oldest five are left to the JSON download
    assert text.index("Lectura número 24") < text.index("Lectura número 05")
    assert "Práctica número 11 en el sector." in text
    assert "Práctica número 01 en el sector." not in text


def test_an_empty_record_prints_without_entries(client):
    person = UserFactory(username="recien_llegada")
    login(client, person)
    response = client.get(url("record_print"))
    assert response.status_code == 200
    assert "The latest" not in visible_text(response)
