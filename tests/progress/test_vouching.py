"""A neighbour's word: asking for a vouch, confirming, declining, withdrawing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from progress import services
from progress.models import PracticeLog, Vouch, YearSummary

from .helpers import shown_date, url, visible_text, year_table

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_entry(world, committed):
    """Three hours of practice of Carmen, shared with her council."""
    with committed():
        entry = services.practice_log_create(
            user=world.participant,
            practiced_on=timezone.localdate() - dt.timedelta(days=3),
            hours=Decimal("3"),
            what_was_done="Convocamos la mesa técnica de agua casa por casa.",
        )
        services.practice_share(entry=entry, user=world.participant, council_id=world.council.pk)
    return entry


def vouch_rows():
    return sorted(Vouch.objects.values_list("pk", "entry_id", "voucher_id", "status", "decided_at"))


def summary(user, year):
    row = YearSummary.objects.get(user=user, year=year)
    return row.practice_minutes, row.vouched_practice_minutes


def test_request_then_confirm_counts_practice_as_vouched(world, as_user, committed, shared_entry):
    carmen, rosa = as_user(world.participant), as_user(world.neighbour)
    year = shared_entry.practiced_on.year
    assert summary(world.participant, year) == (180, 0)

    response = carmen.post(
        url("vouch_request", shared_entry.pk), {"voucher": str(world.neighbour.pk)}, follow=True
    )
    assert "Asked Rosa del muelle to vouch." in visible_text(response)
    vouch = Vouch.objects.get()
    assert (vouch.voucher, vouch.status) == (world.neighbour, Vouch.Status.REQUESTED)
    assert summary(world.participant, year) == (180, 0)  # asking is not confirming

    requests = visible_text(rosa.get(url("vouches")))
    assert "Carmen la de las redes" in requests
    assert "Convocamos la mesa técnica de agua casa por casa." in requests
    assert "I confirm it happened" in requests

    with committed():
        response = rosa.post(url("vouch_answer", vouch.pk), {"action": "confirm"}, follow=True)
    assert "Thank you: your answer was recorded." in visible_text(response)
    vouch.refresh_from_db()
    assert vouch.status == Vouch.Status.CONFIRMED
    assert vouch.decided_at is not None
    assert summary(world.participant, year) == (0, 180)

    detail = visible_text(carmen.get(url("practice_detail", shared_entry.pk)))
    assert "Rosa del muelle" in detail
    assert "Confirmed" in detail
    assert shown_date(vouch.decided_at) in detail

    record = carmen.get(url("record")).content.decode()
    row = year_table(record)[str(year)]
    assert row["Practice, self-reported (h)"] == "0"
    assert row["Practice, vouched (h)"] == "3"
    assert year_table(record)["Total"]["Practice, vouched (h)"] == "3"

    shared = visible_text(carmen.get(url("council_practice", world.council.slug)))
    assert "Vouched by: Rosa del muelle" in shared


def test_decline_leaves_the_practice_self_reported(world, as_user, committed, shared_entry):
    services.vouch_request(entry=shared_entry, by=world.participant, voucher=world.neighbour)
    vouch = Vouch.objects.get()
    with committed():
        as_user(world.neighbour).post(url("vouch_answer", vouch.pk), {"action": "decline"})
    vouch.refresh_from_db()
    assert vouch.status == Vouch.Status.DECLINED
    assert summary(world.participant, shared_entry.practiced_on.year) == (180, 0)
    detail = visible_text(as_user(world.participant).get(url("practice_detail", shared_entry.pk)))
    assert "Declined" in detail and "Rosa del muelle" in detail


def test_withdrawing_a_vouch_makes_the_practice_self_reported_again(
    world, as_user, committed, shared_entry
):
    rosa = as_user(world.neighbour)
    services.vouch_request(entry=shared_entry, by=world.participant, voucher=world.neighbour)
    vouch = Vouch.objects.get()
    with committed():
        rosa.post(url("vouch_answer", vouch.pk), {"action": "confirm"})
    page = visible_text(rosa.get(url("vouches")))
    assert f"You confirmed it on {shown_date(Vouch.objects.get().decided_at)}." in page

    with committed():
        rosa.post(url("vouch_answer", vouch.pk), {"action": "withdraw"})
    vouch.refresh_from_db()
    assert vouch.status == Vouch.Status.WITHDRAWN
    year = shared_entry.practiced_on.year
    assert summary(world.participant, year) == (180, 0)
    row = year_table(as_user(world.participant).get(url("record")).content.decode())[str(year)]
    assert (row["Practice, self-reported (h)"], row["Practice, vouched (h)"]) == ("3", "0")


def test_changing_hours_after_a_vouch_asks_the_neighbour_again(
    world, as_user, committed, shared_entry
):
    services.vouch_request(entry=shared_entry, by=world.participant, voucher=world.neighbour)
    with committed():
        services.vouch_decide(vouch=Vouch.objects.get(), by=world.neighbour, confirm=True)
    with committed():
        services.practice_log_update(entry=shared_entry, user=world.participant, hours=Decimal("5"))
    assert Vouch.objects.get().status == Vouch.Status.REQUESTED
    assert summary(world.participant, shared_entry.practiced_on.year) == (300, 0)


def test_a_non_member_cannot_vouch(world, as_user, committed, shared_entry):
    before = vouch_rows()
    response = as_user(world.participant).post(
        url("vouch_request", shared_entry.pk), {"voucher": str(world.outsider.pk)}, follow=True
    )
    assert "Choose a member of the council the entry is shared with." in visible_text(response)
    assert vouch_rows() == before
    with pytest.raises(ValidationError, match="Only members of the council"):
        services.vouch_request(entry=shared_entry, by=world.participant, voucher=world.outsider)
    assert vouch_rows() == before
    # A request addressed to someone who then leaves the council cannot be confirmed by them.
    services.vouch_request(entry=shared_entry, by=world.participant, voucher=world.neighbour)
    world.council.memberships.filter(user=world.neighbour).delete()
    before = vouch_rows()
    with pytest.raises(ValidationError, match="Only members of the council"):
        services.vouch_decide(vouch=Vouch.objects.get(), by=world.neighbour, confirm=True)
    assert vouch_rows() == before


def test_nobody_vouches_for_themselves(world, as_user, committed, shared_entry):
    before = vouch_rows()
    response = as_user(world.participant).post(
        url("vouch_request", shared_entry.pk), {"voucher": str(world.participant.pk)}, follow=True
    )
    assert "You can't vouch for yourself" in visible_text(response)
    assert vouch_rows() == before
    assert summary(world.participant, shared_entry.practiced_on.year) == (180, 0)


def test_a_private_entry_cannot_be_vouched(world, committed):
    with committed():
        entry = services.practice_log_create(
            user=world.participant,
            practiced_on=timezone.localdate(),
            hours=Decimal("2"),
            what_was_done="Reunión de la mesa de agua.",
        )
    with pytest.raises(ValidationError, match="Share the entry with your council"):
        services.vouch_request(entry=entry, by=world.participant, voucher=world.neighbour)
    assert not Vouch.objects.exists()


def test_only_the_asked_neighbour_answers(world, as_user, committed, shared_entry):
    services.vouch_request(entry=shared_entry, by=world.participant, voucher=world.neighbour)
    vouch = Vouch.objects.get()
    before = vouch_rows()
    for person in (world.participant, world.facilitator, world.coordinator, world.outsider):
        response = as_user(person).post(url("vouch_answer", vouch.pk), {"action": "confirm"})
        assert response.status_code == 404
    with pytest.raises(PermissionDenied):
        services.vouch_decide(vouch=vouch, by=world.facilitator, confirm=True)
    assert vouch_rows() == before


def test_answering_twice_is_refused(world, as_user, committed, shared_entry):
    services.vouch_request(entry=shared_entry, by=world.participant, voucher=world.neighbour)
    vouch = Vouch.objects.get()
    rosa = as_user(world.neighbour)
    with committed():
        rosa.post(url("vouch_answer", vouch.pk), {"action": "decline"})
    before = vouch_rows()
    with committed():
        response = rosa.post(url("vouch_answer", vouch.pk), {"action": "confirm"}, follow=True)
    assert "This request was already answered." in visible_text(response)
    assert vouch_rows() == before


def test_someone_elses_entry_cannot_be_offered_for_vouching(world, as_user, shared_entry):
    response = as_user(world.neighbour).post(
        url("vouch_request", shared_entry.pk), {"voucher": str(world.facilitator.pk)}
    )
    assert response.status_code == 404
    assert not Vouch.objects.exists()
    assert PracticeLog.objects.get().user == world.participant
