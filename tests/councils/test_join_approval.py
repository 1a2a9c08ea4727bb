"""Joining under political risk: single-use codes, approval by a coordinator, dead codes mute."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from councils import services
from councils.forms import CouncilEditForm, InvitationForm
from councils.models import Council, Invitation, JoinRequest, Membership

from ..factories import UserFactory
from .factories import InvitationFactory, add_member
from .helpers import assert_error_shown, url

pytestmark = pytest.mark.django_db

DEAD = "This code does not open any council."


@pytest.fixture
def neighbour(db):
    return UserFactory(username="vecina_nueva", display_name="Vecina nueva")


@pytest.fixture
def invitation(council, coordinator):
    return InvitationFactory(council=council, created_by=coordinator, max_uses=5)


def test_invitations_are_single_use_by_default(council, coordinator):
    assert InvitationForm().fields["max_uses"].initial == 1
    made = services.invitation_create(council=council, by=coordinator, valid_days=7, max_uses=1)
    assert made.max_uses == 1
    assert Invitation._meta.get_field("max_uses").default == 1


def test_a_new_council_approves_joins_and_the_edit_form_shows_it(council):
    assert council.approve_joins is True
    assert "approve_joins" in CouncilEditForm(instance=council).fields


def test_a_coordinator_turns_approval_off_in_the_edit_form(as_user, council, coordinator):
    data = {
        "name": council.name,
        "state": council.state,
        "municipality": council.municipality,
        "territory_kind": council.territory_kind,
    }
    response = as_user(coordinator).post(url("edit", council.slug), data)
    assert response.status_code == 302
    council.refresh_from_db()
    assert council.approve_joins is False


def test_joining_with_a_code_waits_for_approval_and_sees_nothing(
    as_user, council, invitation, neighbour
):
    client = as_user(neighbour)
    response = client.post(url("join"), {"code": invitation.code})
    assert response.status_code == 200
    assert "waiting for a coordinator's approval" in response.content.decode()
    assert council.name not in response.content.decode()
    assert not Membership.objects.filter(council=council, user=neighbour).exists()
    assert JoinRequest.objects.filter(
        council=council, user=neighbour, invitation=invitation
    ).exists()
    assert client.get(url("detail", council.slug)).status_code == 404
    assert client.get(url("members", council.slug)).status_code == 404
    again = client.post(url("join"), {"code": invitation.code})
    assert again.status_code == 200
    assert JoinRequest.objects.filter(user=neighbour).count() == 1
    assert Invitation.objects.get(pk=invitation.pk).uses == 1


def test_coordinators_see_the_request_on_the_members_page_and_the_list(
    as_user, council, coordinator, invitation, neighbour
):
    as_user(neighbour).post(url("join"), {"code": invitation.code})
    client = as_user(coordinator)
    members = client.get(url("members", council.slug))
    assert list(members.context["join_requests"]) == [JoinRequest.objects.get(user=neighbour)]
    assert "Vecina nueva" in members.content.decode()
    listing = client.get(url("list"))
    waiting = list(listing.context["awaiting_approval"])
    assert [(c.pk, c.waiting) for c in waiting] == [(council.pk, 1)]
    assert "1 person asks to join" in listing.content.decode()


def test_participants_do_not_see_join_requests(
    as_user, council, participant, invitation, neighbour
):
    as_user(neighbour).post(url("join"), {"code": invitation.code})
    client = as_user(participant)
    assert list(client.get(url("members", council.slug)).context["join_requests"]) == []
    assert list(client.get(url("list")).context["awaiting_approval"]) == []


def test_a_coordinator_approves_a_request(as_user, council, coordinator, invitation, neighbour):
    as_user(neighbour).post(url("join"), {"code": invitation.code})
    request = JoinRequest.objects.get(user=neighbour)
    response = as_user(coordinator).post(url("join_request_approve", council.slug, request.pk))
    assert response.status_code == 302
    membership = Membership.objects.get(council=council, user=neighbour)
    assert membership.is_participant and not membership.is_coordinator
    assert not JoinRequest.objects.exists()
    assert as_user(neighbour).get(url("detail", council.slug)).status_code == 200


def test_a_coordinator_refuses_a_request(as_user, council, coordinator, invitation, neighbour):
    as_user(neighbour).post(url("join"), {"code": invitation.code})
    request = JoinRequest.objects.get(user=neighbour)
    response = as_user(coordinator).post(url("join_request_refuse", council.slug, request.pk))
    assert response.status_code == 302
    assert not JoinRequest.objects.exists()
    assert not Membership.objects.filter(user=neighbour).exists()


@pytest.mark.parametrize("name", ["join_request_approve", "join_request_refuse"])
def test_only_coordinators_decide_and_only_by_post(
    as_user, council, coordinator, participant, invitation, neighbour, name
):
    as_user(neighbour).post(url("join"), {"code": invitation.code})
    request = JoinRequest.objects.get(user=neighbour)
    assert as_user(participant).post(url(name, council.slug, request.pk)).status_code == 403
    assert as_user(neighbour).post(url(name, council.slug, request.pk)).status_code == 404
    assert as_user(coordinator).get(url(name, council.slug, request.pk)).status_code == 405
    assert JoinRequest.objects.filter(pk=request.pk).exists()


@pytest.mark.parametrize(
    "change",
    [
        {"expires_at": timezone.now() - dt.timedelta(minutes=1)},
        {"revoked_at": timezone.now()},
        {"max_uses": 1, "uses": 1},
        None,
    ],
    ids=["expired", "revoked", "used-up", "unknown"],
)
def test_a_dead_code_reveals_nothing(as_user, council, invitation, neighbour, change):
    code = invitation.code
    if change is None:
        code = "ZZZZZZZZZZ"
    else:
        Invitation.objects.filter(pk=invitation.pk).update(**change)
    client = as_user(neighbour)
    page = client.get(url("join_code", code))
    assert page.status_code == 200
    assert council.name not in page.content.decode()
    assert DEAD in page.content.decode()
    response = client.post(url("join_code", code), {"code": code})
    assert council.name not in response.content.decode()
    assert_error_shown(response, DEAD)
    assert not JoinRequest.objects.exists()


def test_a_usable_code_names_its_council(as_user, council, invitation, neighbour):
    page = as_user(neighbour).get(url("join_code", invitation.code))
    assert council.name in page.content.decode()


def test_demoting_a_coordinator_rotates_the_calendar_feed(council, coordinator):
    second = add_member(council, UserFactory(), is_coordinator=True)
    before = council.calendar_token
    services.membership_set_roles(
        membership=second,
        by=coordinator,
        is_participant=True,
        is_facilitator=False,
        is_coordinator=False,
    )
    assert Council.objects.get(pk=council.pk).calendar_token != before


def test_removing_a_coordinator_rotates_the_calendar_feed(council, coordinator):
    second = add_member(council, UserFactory(), is_coordinator=True)
    before = council.calendar_token
    services.membership_remove(membership=second, by=coordinator)
    assert Council.objects.get(pk=council.pk).calendar_token != before


def test_changing_a_participant_keeps_the_calendar_feed(council, coordinator, participant):
    before = council.calendar_token
    member = Membership.objects.get(council=council, user=participant)
    services.membership_set_roles(
        membership=member,
        by=coordinator,
        is_participant=True,
        is_facilitator=True,
        is_coordinator=False,
    )
    services.membership_remove(membership=member, by=coordinator)
    assert Council.objects.get(pk=council.pk).calendar_token == before
