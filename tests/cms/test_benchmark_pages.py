"""manage.py benchmark_pages prints one line per page, in the agreed format."""

from __future__ import annotations

import io
import re

import pytest
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command

from progress.models import Completion
from tests.councils.factories import make_council
from tests.factories import UserFactory

LINE = re.compile(r"^page=(\w+) median_ms=\d+(\.\d+)? queries=\d+ rows=(\d+)$")


def test_prints_one_line_per_page(settings, content):
    settings.PAGE_CACHE_SECONDS = 300
    person = UserFactory(username="benchmarked")
    Completion.objects.create(
        user=person,
        material=content.reading,
        title=content.reading.title,
        kind=content.reading.kind,
        completed_on="2024-05-01",
        minutes=30,
    )
    make_council(person, name="Consejo Comunal Playa Azul")
    network = UserFactory(username="red")
    network.user_permissions.add(
        Permission.objects.get(codename="coordinate_network", content_type__app_label="councils")
    )
    out = io.StringIO()
    call_command("benchmark_pages", "--runs", "2", "--user", "benchmarked", stdout=out)
    lines = out.getvalue().strip().splitlines()
    matches = [LINE.match(line) for line in lines]
    assert all(matches), lines
    assert [m.group(1) for m in matches] == [
        "home",
        "library",
        "workshop",
        "study_path",
        "search",
        "record",
        "council_dashboard",
        "network_dashboard",
    ]
    assert {m.group(3) for m in matches} == {"1"}


def test_unknown_person_is_a_clear_error(content):
    with pytest.raises(CommandError, match="load_demo"):
        call_command("benchmark_pages", "--user", "nobody", stdout=io.StringIO())
