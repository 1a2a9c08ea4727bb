"""``manage.py benchmark_record`` prints figures and leaves nothing behind unless asked."""

from __future__ import annotations

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from councils.models import Council
from progress.models import PracticeLog, YearSummary

pytestmark = pytest.mark.django_db


def run(**options) -> str:
    out = io.StringIO()
    call_command("benchmark_record", stdout=out, **options)
    return out.getvalue()


def counts():
    return (
        get_user_model().objects.count(),
        Council.objects.count(),
        PracticeLog.objects.count(),
        YearSummary.objects.count(),
    )


def test_figures_then_rolled_back(world):
    before = counts()
    output = run(runs=3, years=3, events=200)
    assert re.search(r"200 events over 3 years", output)
    assert re.search(
        r"× 3: min [\d.]+ ms · median [\d.]+ ms · p95 [\d.]+ ms · \d+ queries", output
    ), output
    assert "Rolled back: nothing was kept." in output
    assert counts() == before


def test_keep_leaves_the_person_in_the_database(world):
    before = counts()
    output = run(runs=1, years=2, events=40, keep=True)
    assert "Rolled back" not in output
    username = re.search(r"Person (benchmark-\w+)", output).group(1)
    person = get_user_model().objects.get(username=username)
    assert PracticeLog.objects.filter(user=person).count() > 0
    assert YearSummary.objects.filter(user=person).exists()
    assert counts()[0] == before[0] + 4  # the person and three neighbours


def test_refuses_nonsense(world):
    with pytest.raises(CommandError):
        run(runs=0)
