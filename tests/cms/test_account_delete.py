"""Deleting an account needs the password again, and never strands a council without a coordinator."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from councils.models import Council

from ..councils.factories import add_member, make_council
from ..factories import PASSWORD, UserFactory
from ..utils import login

pytestmark = pytest.mark.django_db

User = get_user_model()


def delete(client, user, password=PASSWORD):
    return client.post(reverse("accounts:delete"), {"confirm": user.username, "password": password})


def test_the_login_name_alone_is_not_enough(logged_in_client, user):
    """An unlocked phone is not enough to erase someone's fifteen years of record."""
    response = logged_in_client.post(reverse("accounts:delete"), {"confirm": user.username})
    assert response.status_code == 200
    assert User.objects.filter(pk=user.pk).exists()

    response = delete(logged_in_client, user, password="no-es-esta-123")
    assert response.status_code == 200
    assert response.context["form"].errors["password"]
    assert User.objects.filter(pk=user.pk).exists()

    response = delete(logged_in_client, user)
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()


def test_the_last_coordinator_must_name_another_first(client, tree):
    coordinator = UserFactory(username="vocera")
    council = make_council(coordinator, name="Consejo Comunal La Esperanza")
    member = add_member(council)
    login(client, coordinator)

    page = client.get(reverse("accounts:delete"))
    html = page.content.decode()
    assert "Consejo Comunal La Esperanza" in html
    assert reverse("councils:members", args=[council.slug]) in html
    assert 'name="password"' not in html  # nothing to submit until someone else coordinates

    assert delete(client, coordinator).status_code == 200
    assert User.objects.filter(pk=coordinator.pk).exists()

    member_membership = council.memberships.get(user=member.user)
    member_membership.is_coordinator = True
    member_membership.save()
    assert delete(client, coordinator).status_code == 302
    assert not User.objects.filter(pk=coordinator.pk).exists()
    assert council.memberships.filter(is_coordinator=True).exists()


def test_a_coordinator_alone_in_a_council_may_delete_the_account(client, tree):
    coordinator = UserFactory(username="sola")
    council = make_council(coordinator, name="Consejo Comunal El Faro")
    login(client, coordinator)
    page = client.get(reverse("accounts:delete")).content.decode()
    assert "Consejo Comunal El Faro" in page  # told that it stays behind, empty
    assert delete(client, coordinator).status_code == 302
    assert not User.objects.filter(pk=coordinator.pk).exists()
    assert Council.objects.filter(pk=council.pk).exists()


def test_a_plain_member_leaves_the_council_whole(client, tree):
    coordinator = UserFactory()
    council = make_council(coordinator)
    member = add_member(council).user
    login(client, member)
    assert delete(client, member).status_code == 302
    assert list(council.memberships.values_list("user", flat=True)) == [coordinator.pk]


def test_wrong_passwords_on_the_delete_page_count_as_failed_logins(client, tree, settings):
    settings.AXES_ENABLED = True
    user = UserFactory()
    login(client, user)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        delete(client, user, password="adivinando-123")
    assert delete(client, user).status_code == 429
    assert User.objects.filter(pk=user.pk).exists()
