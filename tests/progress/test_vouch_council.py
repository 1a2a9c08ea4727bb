"""A vouch belongs to the council it was given in (issue #9, point 7).

Re-sharing an entry from council A to council B used to carry A's confirmed vouches
along: B's members read "vouched by" people of A, and the hours stayed vouched.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from progress import services
from progress.models import Vouch, YearSummary

from ..councils.factories import add_member
from .helpers import url, visible_text
from .oracle import expected_summaries, stored_summaries

pytestmark = pytest.mark.django_db


@pytest.fixture
def moved(world, committed):
    """Carmen's entry, vouched by Rosa in Playa Colorada, then shared with El Tacal instead."""
    carmen = world.participant
    add_member(world.other_council, carmen)
    with committed():
        entry = services.practice_log_create(
            user=carmen,
            practiced_on=timezone.localdate() - dt.timedelta(days=2),
            hours=Decimal("3"),
            what_was_done="Censo de pozos con la mesa técnica de agua.",
        )
        services.practice_share(entry=entry, user=carmen, council_id=world.council.pk)
        asked = services.vouch_request(entry=entry, by=carmen, voucher=world.neighbour)
        services.vouch_decide(vouch=asked, by=world.neighbour, confirm=True)
        pending = services.vouch_request(entry=entry, by=carmen, voucher=world.facilitator)
        services.practice_share(entry=entry, user=carmen, council_id=world.other_council.pk)
    return entry, pending


def minutes(user, year) -> tuple[int, int]:
    row = YearSummary.objects.get(user=user, year=year)
    return row.practice_minutes, row.vouched_practice_minutes


def test_the_first_councils_word_does_not_travel(world, moved, as_user):
    entry, _pending = moved
    carmen = world.participant
    assert Vouch.objects.get(voucher=world.neighbour).council == world.council
    assert minutes(carmen, entry.practiced_on.year) == (180, 0)
    assert stored_summaries(carmen) == expected_summaries(carmen)

    tacal = visible_text(
        as_user(world.outsider).get(url("council_practice", world.other_council.slug))
    )
    assert "Censo de pozos" in tacal
    assert "Rosa del muelle" not in tacal
    assert "Not vouched yet." in tacal

    own = visible_text(as_user(carmen).get(url("practice_detail", entry.pk)))
    assert "Rosa del muelle" not in own
    # Rosa no longer reads the entry: it left her council.
    assert "Censo de pozos" not in visible_text(as_user(world.neighbour).get(url("vouches")))


def test_a_pending_ask_of_the_first_council_ends(world, moved):
    _entry, pending = moved
    pending.refresh_from_db()
    assert pending.status == Vouch.Status.WITHDRAWN


def test_the_second_council_vouches_on_its_own(world, moved, committed):
    entry, _pending = moved
    with committed():
        asked = services.vouch_request(entry=entry, by=world.participant, voucher=world.outsider)
        services.vouch_decide(vouch=asked, by=world.outsider, confirm=True)
    assert asked.council == world.other_council
    assert minutes(world.participant, entry.practiced_on.year) == (0, 180)


def test_a_member_of_both_councils_is_asked_again_in_the_second(world, moved, committed):
    entry, _pending = moved
    add_member(world.other_council, world.neighbour)
    with committed():
        asked = services.vouch_request(entry=entry, by=world.participant, voucher=world.neighbour)
        assert asked.status == Vouch.Status.REQUESTED
        services.vouch_decide(vouch=asked, by=world.neighbour, confirm=True)
    assert Vouch.objects.filter(entry=entry, voucher=world.neighbour).count() == 2
    assert minutes(world.participant, entry.practiced_on.year) == (0, 180)


def test_sharing_back_brings_the_first_councils_word_back(world, moved, committed):
    entry, _pending = moved
    with committed():
        services.practice_share(entry=entry, user=world.participant, council_id=world.council.pk)
    assert minutes(world.participant, entry.practiced_on.year) == (0, 180)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_the_migration_gives_each_vouch_the_council_its_entry_is_shared_with():
    old = migrate([("progress", "0002_pending_recompute_outbox")])
    try:
        User = old.get_model("cms", "User")
        # The councils table stays at its latest schema: create the council through it.
        from councils.models import Council

        PracticeLog = old.get_model("progress", "PracticeLog")
        OldVouch = old.get_model("progress", "Vouch")
        council = Council.objects.create(
            name="Consejo Comunal Playa Azul",
            slug="playa-azul-vouch-migration",
            state="Sucre",
            municipality="Cumaná",
            territory_kind="coastal_fishing",
        )
        owner = User.objects.create(username="dueña_migracion")
        neighbour = User.objects.create(username="vecina_migracion")
        shared, private = (
            PracticeLog.objects.create(
                user=owner,
                practiced_on=dt.date(2025, 5, 1),
                hours=Decimal("2"),
                what_was_done="Asamblea de pescadores.",
                shared_with_id=with_council.pk if with_council else None,
            )
            for with_council in (council, None)
        )
        for entry in (shared, private):
            OldVouch.objects.create(entry=entry, voucher=neighbour, status="confirmed")

        new = migrate([("progress", "0003_vouch_belongs_to_its_council")])
        NewVouch = new.get_model("progress", "Vouch")
        assert dict(NewVouch.objects.values_list("entry_id", "council_id")) == {
            shared.pk: council.pk,
            private.pk: None,
        }
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
