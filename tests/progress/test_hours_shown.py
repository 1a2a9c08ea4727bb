"""75 minutes are 1.3 h on every page: the record, its totals and the coordinator's overview."""

from __future__ import annotations

import pytest

from progress import services

from .factories import CompletionFactory
from .helpers import record_totals, table, url, year_table

pytestmark = pytest.mark.django_db


def test_the_record_and_the_overview_round_hours_the_same_way(world, as_user):
    carmen = world.participant
    done = CompletionFactory(user=carmen, minutes=75)  # 1.25 h
    # A workshop of the council attended: the overview shows only what the council saw.
    attended = CompletionFactory(
        user=carmen,
        material=world.lib.workshop,
        minutes=75,
        source="attendance",
        session=world.held_session,
        completed_on=done.completed_on,
    )
    services.recompute_record(user_id=carmen.pk)
    year = str(done.completed_on.year)

    record = as_user(carmen).get(url("record")).content.decode()
    assert year_table(record)[year]["Reading (h)"] == "1.3"
    assert year_table(record)["Total"]["Reading (h)"] == "1.3"
    assert record_totals(record)["Reading"] == "1.3 h"
    assert year_table(record)[year]["Workshops (h)"] == "1.3"

    overview = as_user(world.coordinator).get(url("council_overview", world.council.slug))
    carmens = overview.content.decode().split(carmen.public_name, 1)[1]
    header, rows = table(carmens.split("</table>", 1)[0] + "</table>", "data-table--compact")
    workshops = header.index("Workshops attended")
    assert attended.minutes == 75
    assert [row[workshops] for row in rows if row[0] == year] == ["1.3 h"]
