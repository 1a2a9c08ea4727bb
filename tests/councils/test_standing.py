"""A person's standing (member, facilitator, network coordinator) in one query, with the
same answers as memberships and Django's permission checks."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from councils.rules import NETWORK_PERMISSION, has_role
from councils.selectors import NOBODY, standing_for_user, standing_of
from tests.factories import UserFactory

from .factories import MembershipFactory

pytestmark = pytest.mark.django_db


def _permission() -> Permission:
    app_label, codename = NETWORK_PERMISSION.split(".")
    return Permission.objects.get(codename=codename, content_type__app_label=app_label)


def _people() -> dict:
    people = {
        "outsider": UserFactory(),
        "participant": MembershipFactory().user,
        "facilitator": MembershipFactory(is_facilitator=True).user,
        "coordinator": MembershipFactory(is_coordinator=True).user,
        "granted": UserFactory(),
        "in_group": UserFactory(),
        "superuser": UserFactory(is_superuser=True),
        "inactive_superuser": UserFactory(is_superuser=True, is_active=False),
        "inactive_granted": UserFactory(is_active=False),
    }
    people["granted"].user_permissions.add(_permission())
    people["inactive_granted"].user_permissions.add(_permission())
    group = Group.objects.create(name="Coordinación de la red (prueba)")
    group.permissions.add(_permission())
    people["in_group"].groups.add(group)
    return people


def test_standing_agrees_with_memberships_and_permissions():
    for name, person in _people().items():
        fresh = type(person).objects.get(pk=person.pk)  # no permission cache yet
        memberships = list(fresh.memberships.all())
        found = standing_of(user=fresh)
        assert found.member == bool(memberships), name
        assert found.facilitator == any(has_role(m, "facilitator") for m in memberships), name
        assert found.network_coordinator == fresh.has_perm(NETWORK_PERMISSION), name


def test_one_query_and_asked_once_per_user_object():
    person = MembershipFactory(is_coordinator=True).user
    with CaptureQueriesContext(connection) as context:
        first = standing_for_user(person)
        again = standing_for_user(person)
    assert len(context.captured_queries) == 1
    assert first is again


def test_anonymous_visitors_stand_nowhere_without_a_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert standing_for_user(AnonymousUser()) is NOBODY
        assert standing_for_user(None) is NOBODY
