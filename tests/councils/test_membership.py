"""Creating councils, joining with an invitation, roles, and the coordinator who must remain."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from councils.models import Council, Invitation, Membership, TerritoryKind

from ..factories import UserFactory
from .factories import InvitationFactory, add_member, make_council
from .helpers import assert_error_shown, assert_shows, flashed, url

pytestmark = pytest.mark.django_db


def test_whoever_creates_a_council_becomes_its_coordinator(as_user, coordinator):
    client = as_user(coordinator)
    response = client.post(
        url("create"),
        {
            "name": "Consejo Comunal Playa Colorada",
            "state": "Sucre",
            "municipality": "Cumaná",
            "territory_kind": TerritoryKind.COASTAL_FISHING,
            "main_production": "Pesca artesanal",
            "description": "Pescadores y pescadoras de la costa.",
        },
    )
    council = Council.objects.get(name="Consejo Comunal Playa Colorada")
    assert response.status_code == 302
    assert response.url == url("detail", council.slug)
    membership = Membership.objects.get(council=council)
    assert membership.user == coordinator
    assert membership.is_coordinator and membership.is_participant

    page = client.get(response.url)
    assert page.status_code == 200
    assert_shows(page, "Consejo Comunal Playa Colorada")
    assert "Council created. You are its first coordinator." in flashed(response)


def test_two_councils_with_the_same_name_get_different_links(coordinator):
    first = make_council(coordinator, name="Consejo Comunal La Playa")
    second = make_council(UserFactory(), name="Consejo Comunal La Playa")
    assert first.slug != second.slug


def test_a_council_without_a_name_is_not_created(as_user, coordinator):
    response = as_user(coordinator).post(
        url("create"), {"name": "", "state": "Sucre", "municipality": "Cumaná"}
    )
    assert response.status_code == 200
    assert form_has_errors(response)
    assert not Council.objects.exists()


def form_has_errors(response) -> bool:
    return bool(response.context["form"].errors)


# --- Joining ---------------------------------------------------------------------------


@pytest.fixture
def council(coordinator):
    """These tests join straight in; approval of joins has its own tests (test_join_approval)."""
    council = make_council(coordinator, name="Consejo Comunal Playa Colorada")
    Council.objects.filter(pk=council.pk).update(approve_joins=False)
    council.refresh_from_db()
    return council


@pytest.fixture
def invitation(council, coordinator):
    return InvitationFactory(council=council, created_by=coordinator, max_uses=30)


@pytest.fixture
def neighbour(db):
    return UserFactory(username="luisa_pescadora", display_name="Luisa")


def test_a_coordinator_creates_an_invitation_and_sees_its_code(as_user, council, coordinator):
    client = as_user(coordinator)
    response = client.post(url("members", council.slug), {"valid_days": 14, "max_uses": 40})
    invitation = Invitation.objects.get(council=council)
    assert response.status_code == 302
    assert invitation.max_uses == 40
    assert invitation.created_by == coordinator
    assert timezone.now() + dt.timedelta(days=13) < invitation.expires_at
    page = client.get(response.url)
    assert_shows(page, invitation.code)


def test_joining_with_the_code_makes_a_participant(as_user, council, invitation, neighbour):
    response = as_user(neighbour).post(url("join"), {"code": invitation.code})
    assert response.status_code == 302
    assert response.url == url("detail", council.slug)
    membership = Membership.objects.get(council=council, user=neighbour)
    assert membership.is_participant
    assert not (membership.is_coordinator or membership.is_facilitator)
    invitation.refresh_from_db()
    assert invitation.uses == 1
    assert f"Welcome to {council.name}." in flashed(response)


def test_a_code_read_aloud_is_accepted_in_lower_case_with_spaces(
    as_user, council, invitation, neighbour
):
    typed = f"{invitation.code[:5].lower()} {invitation.code[5:].lower()}"
    response = as_user(neighbour).post(url("join"), {"code": typed})
    assert response.status_code == 302
    assert Membership.objects.filter(council=council, user=neighbour).exists()


def test_the_invitation_link_fills_in_the_code(as_user, council, invitation, neighbour):
    client = as_user(neighbour)
    page = client.get(url("join_code", invitation.code))
    assert page.status_code == 200
    assert page.context["form"]["code"].value() == invitation.code
    assert_shows(page, invitation.code)
    response = client.post(url("join_code", invitation.code), {"code": invitation.code})
    assert response.status_code == 302
    assert Membership.objects.filter(council=council, user=neighbour).exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"expires_at": timezone.now() - dt.timedelta(minutes=1)},
            "This code does not open any council. Check it, or ask the coordinators for a new one.",
        ),
        (
            {"revoked_at": timezone.now()},
            "This code does not open any council. Check it, or ask the coordinators for a new one.",
        ),
        (
            {"max_uses": 2, "uses": 2},
            "This code does not open any council. Check it, or ask the coordinators for a new one.",
        ),
    ],
    ids=["expired", "revoked", "used-up"],
)
def test_an_unusable_invitation_says_why_and_lets_nobody_in(
    as_user, council, invitation, neighbour, change, message
):
    Invitation.objects.filter(pk=invitation.pk).update(**change)
    before = Invitation.objects.values("uses").get(pk=invitation.pk)
    response = as_user(neighbour).post(url("join"), {"code": invitation.code})
    assert response.status_code == 200
    assert_error_shown(response, message)
    assert not Membership.objects.filter(user=neighbour).exists()
    assert Invitation.objects.values("uses").get(pk=invitation.pk) == before


def test_an_unknown_code_says_so(as_user, council, neighbour):
    response = as_user(neighbour).post(url("join"), {"code": "ZZZZ-ZZZZZ"})
    assert response.status_code == 200
    assert_error_shown(response, "This code does not open any council.")
    assert not Membership.objects.filter(user=neighbour).exists()


def test_the_last_use_of_an_invitation_lets_one_more_in_and_no_more(as_user, council, neighbour):
    invitation = InvitationFactory(council=council, max_uses=1)
    assert as_user(neighbour).post(url("join"), {"code": invitation.code}).status_code == 302
    late = UserFactory()
    response = as_user(late).post(url("join"), {"code": invitation.code})
    assert_error_shown(response, "This code does not open any council.")
    assert not Membership.objects.filter(user=late).exists()


def test_joining_twice_keeps_one_membership_and_one_use(as_user, council, invitation, neighbour):
    client = as_user(neighbour)
    client.post(url("join"), {"code": invitation.code})
    again = client.post(url("join"), {"code": invitation.code})
    assert again.status_code == 302
    assert Membership.objects.filter(council=council, user=neighbour).count() == 1
    invitation.refresh_from_db()
    assert invitation.uses == 1


def test_a_member_joining_again_with_a_revoked_code_is_not_turned_away(
    as_user, council, invitation, neighbour
):
    client = as_user(neighbour)
    client.post(url("join"), {"code": invitation.code})
    Invitation.objects.filter(pk=invitation.pk).update(revoked_at=timezone.now())
    response = client.post(url("join"), {"code": invitation.code})
    assert response.status_code == 302
    assert Membership.objects.filter(council=council, user=neighbour).count() == 1


def test_a_person_belongs_to_several_councils(as_user, council, invitation, neighbour):
    farm = make_council(
        UserFactory(), name="Consejo Comunal El Tacal", territory_kind="agriculture"
    )
    Council.objects.filter(pk=farm.pk).update(approve_joins=False)
    other = InvitationFactory(council=farm)
    client = as_user(neighbour)
    client.post(url("join"), {"code": invitation.code})
    client.post(url("join"), {"code": other.code})
    assert set(
        Membership.objects.filter(user=neighbour).values_list("council__name", flat=True)
    ) == {
        council.name,
        farm.name,
    }
    page = client.get(url("list"))
    assert_shows(page, council.name)
    assert_shows(page, farm.name)


def test_anonymous_visitors_are_asked_to_log_in_before_joining(client, site, invitation):
    response = client.get(url("join_code", invitation.code))
    assert response.status_code == 302
    assert response.url.startswith("/en/accounts/login/?next=")


# --- Roles ---------------------------------------------------------------------------------


def test_a_coordinator_gives_a_member_several_roles(as_user, council, coordinator, participant):
    membership = Membership.objects.get(council=council, user=participant)
    response = as_user(coordinator).post(
        url("member_roles", council.slug, membership.pk),
        {"is_participant": "on", "is_facilitator": "on"},
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.is_participant and membership.is_facilitator
    assert not membership.is_coordinator
    assert membership.roles == ["Participant", "Facilitator"]
    page = as_user(coordinator).get(url("members", council.slug))
    assert_shows(page, "Facilitator")


def test_a_member_keeps_at_least_one_role(as_user, council, coordinator, participant):
    membership = Membership.objects.get(council=council, user=participant)
    # A browser sends only the CSRF token when every box is unticked.
    response = as_user(coordinator).post(
        url("member_roles", council.slug, membership.pk), {"csrfmiddlewaretoken": "token"}
    )
    assert response.status_code == 200
    assert_error_shown(response, "A member holds at least one role.")
    membership.refresh_from_db()
    assert membership.is_participant


LAST_COORDINATOR = "A council always keeps at least one coordinator."


def test_the_last_coordinator_cannot_step_down(as_user, council, coordinator):
    own = Membership.objects.get(council=council, user=coordinator)
    response = as_user(coordinator).post(
        url("member_roles", council.slug, own.pk), {"is_participant": "on"}
    )
    assert response.status_code == 200
    assert_error_shown(response, LAST_COORDINATOR)
    own.refresh_from_db()
    assert own.is_coordinator


def test_the_last_coordinator_cannot_leave(as_user, council, coordinator):
    own = Membership.objects.get(council=council, user=coordinator)
    client = as_user(coordinator)
    response = client.post(url("member_remove", council.slug, own.pk))
    assert response.status_code == 302
    assert any(LAST_COORDINATOR in m for m in flashed(response, "error"))
    assert Membership.objects.filter(pk=own.pk, is_coordinator=True).exists()
    page = client.get(response.url)
    assert_shows(page, LAST_COORDINATOR)


def test_with_a_second_coordinator_the_first_may_step_down_and_leave(
    as_user, council, coordinator, participant
):
    client = as_user(coordinator)
    other = Membership.objects.get(council=council, user=participant)
    client.post(
        url("member_roles", council.slug, other.pk),
        {"is_participant": "on", "is_coordinator": "on"},
    )
    own = Membership.objects.get(council=council, user=coordinator)
    response = client.post(url("member_remove", council.slug, own.pk))
    assert response.status_code == 302
    assert response.url == url("list")
    assert not Membership.objects.filter(pk=own.pk).exists()
    assert Membership.objects.filter(council=council, is_coordinator=True).get().user == participant


def test_the_other_coordinator_cannot_remove_the_last_one_after_stepping_down(
    as_user, council, coordinator, participant
):
    other = Membership.objects.get(council=council, user=participant)
    client = as_user(coordinator)
    client.post(
        url("member_roles", council.slug, other.pk),
        {"is_participant": "on", "is_coordinator": "on"},
    )
    # The new coordinator steps down again: Yusmary is once more the only one.
    as_user(participant).post(url("member_roles", council.slug, other.pk), {"is_participant": "on"})
    own = Membership.objects.get(council=council, user=coordinator)
    client.post(url("member_remove", council.slug, own.pk))
    assert Membership.objects.filter(pk=own.pk, is_coordinator=True).exists()


def test_a_coordinator_removes_a_member(as_user, council, coordinator, participant):
    target = Membership.objects.get(council=council, user=participant)
    response = as_user(coordinator).post(url("member_remove", council.slug, target.pk))
    assert response.status_code == 302
    assert "Member removed." in flashed(response)
    assert not Membership.objects.filter(pk=target.pk).exists()


def test_a_participant_may_leave(as_user, council, participant):
    own = Membership.objects.get(council=council, user=participant)
    response = as_user(participant).post(url("member_remove", council.slug, own.pk))
    assert response.status_code == 302
    assert response.url == url("list")
    assert not Membership.objects.filter(pk=own.pk).exists()


@pytest.mark.parametrize("role", ["participant", "facilitator"])
def test_only_coordinators_manage_roles_and_invitations(
    as_user, council, coordinator, role, request
):
    user = request.getfixturevalue(role)
    client = as_user(user)
    invitation = InvitationFactory(council=council, created_by=coordinator)
    own = Membership.objects.get(council=council, user=user)
    coordinator_membership = Membership.objects.get(council=council, user=coordinator)
    other = add_member(council)

    assert client.post(url("members", council.slug), {"valid_days": 30}).status_code == 403
    assert Invitation.objects.filter(council=council).count() == 1
    assert client.post(url("invitation_revoke", council.slug, invitation.pk)).status_code == 403
    assert client.get(url("member_roles", council.slug, own.pk)).status_code == 403
    response = client.post(
        url("member_roles", council.slug, own.pk),
        {"is_participant": "on", "is_facilitator": "on", "is_coordinator": "on"},
    )
    assert response.status_code == 403
    assert client.post(url("member_remove", council.slug, other.pk)).status_code == 403
    assert (
        client.post(url("member_remove", council.slug, coordinator_membership.pk)).status_code
        == 403
    )

    invitation.refresh_from_db()
    assert invitation.revoked_at is None
    assert not Membership.objects.get(pk=own.pk).is_coordinator
    assert Membership.objects.filter(pk__in=[other.pk, coordinator_membership.pk]).count() == 2

    # They see who belongs to the council, but never the invitation codes.
    page = client.get(url("members", council.slug))
    assert page.status_code == 200
    assert_shows(page, "Carmen la de las redes" if role == "participant" else "Nelly")
    assert invitation.code not in page.content.decode()


def test_a_coordinator_withdraws_an_invitation(as_user, council, coordinator, neighbour):
    invitation = InvitationFactory(council=council, created_by=coordinator)
    response = as_user(coordinator).post(url("invitation_revoke", council.slug, invitation.pk))
    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    joined = as_user(neighbour).post(url("join"), {"code": invitation.code})
    assert_error_shown(joined, "This code does not open any council.")
