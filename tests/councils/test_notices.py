"""On-site notices: coordinators hear of each join request, people of what concerns them."""

from __future__ import annotations

import pytest

from councils.models import JoinRequest, Notice

from ..factories import UserFactory
from .factories import InvitationFactory, add_member
from .helpers import assert_shows, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def neighbour(db):
    return UserFactory(username="vecina_nueva", display_name="Vecina nueva")


def test_every_coordinator_is_told_of_a_join_request_and_the_person_of_the_approval(
    as_user, council, coordinator, participant, neighbour
):
    second = add_member(council, is_coordinator=True).user
    invitation = InvitationFactory(council=council, created_by=coordinator)
    as_user(neighbour).post(url("join"), {"code": invitation.code})

    for person in (coordinator, second):
        page = as_user(person).get(url("notices"))
        assert_shows(page, "Vecina nueva asks to join Consejo Comunal Playa Colorada.")
        assert 'class="badge">1<' in page.content.decode()  # the header counts it
    assert not Notice.objects.filter(user=participant).exists()

    request = JoinRequest.objects.get(user=neighbour)
    as_user(coordinator).post(url("join_request_approve", council.slug, request.pk))
    page = as_user(neighbour).get(url("notices"))
    assert_shows(page, "You are now a member of Consejo Comunal Playa Colorada.")


def test_reading_a_notice_follows_its_link_and_clears_the_count(as_user, council, coordinator):
    invitation = InvitationFactory(council=council, created_by=coordinator)
    as_user(UserFactory()).post(url("join"), {"code": invitation.code})
    notice = Notice.objects.get(user=coordinator)
    client = as_user(coordinator)
    response = client.post(url("message_read", notice.pk), {"follow": "1"})
    assert response.status_code == 302
    assert response.url.endswith("#join-requests")
    notice.refresh_from_db()
    assert notice.read_at is not None
    assert 'class="badge"' not in client.get(url("notices")).content.decode()


def test_nobody_reads_or_clears_someone_elses_notice(as_user, council, coordinator, participant):
    invitation = InvitationFactory(council=council, created_by=coordinator)
    as_user(UserFactory()).post(url("join"), {"code": invitation.code})
    notice = Notice.objects.get(user=coordinator)
    assert as_user(participant).post(url("message_read", notice.pk)).status_code == 404
    assert "asks to join" not in as_user(participant).get(url("notices")).content.decode()
    as_user(participant).post(url("notices_all_read"))
    notice.refresh_from_db()
    assert notice.read_at is None
