"""Consent: a council's plan reaches other people only as the council chose, and only council members."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission

from councils.models import FormationPlan

from ..factories import UserFactory
from .factories import FormationPlanFactory, add_member, make_council
from .helpers import url

pytestmark = pytest.mark.django_db


def network_coordinator(user):
    user.user_permissions.add(
        Permission.objects.get(codename="coordinate_network", content_type__app_label="councils")
    )
    return type(user).objects.get(pk=user.pk)  # a fresh object: no stale permission cache


def publish(client, plan):
    return client.post(url("plan_publish_template", plan.council.slug, plan.pk))


def test_an_unshared_plan_is_never_published_even_by_its_own_coordinator(
    as_user, council, coordinator
):
    plan = FormationPlanFactory(council=council, shared=False, local_problems="Un problema local")
    response = publish(as_user(network_coordinator(coordinator)), plan)
    assert response.status_code == 302
    assert response.url == plan.get_absolute_url()
    assert not FormationPlan.objects.filter(is_network_template=True).exists()


def test_a_shared_plan_is_published_by_a_network_coordinator_who_coordinates_the_council(
    as_user, council, coordinator
):
    plan = FormationPlanFactory(council=council, shared=True)
    response = publish(as_user(network_coordinator(coordinator)), plan)
    assert response.status_code == 302
    assert FormationPlan.objects.filter(is_network_template=True, title=plan.title).exists()


@pytest.mark.parametrize("role", [{}, {"is_facilitator": True}])
def test_the_network_permission_without_a_coordinators_role_is_not_enough(as_user, council, role):
    plan = FormationPlanFactory(council=council, shared=True)
    member = network_coordinator(add_member(council, UserFactory(), **role).user)
    assert publish(as_user(member), plan).status_code == 404
    assert not FormationPlan.objects.filter(is_network_template=True).exists()


def test_a_shared_plan_is_read_only_by_people_who_belong_to_a_council(as_user, council):
    chuao = make_council(UserFactory(), name="Consejo Comunal Chuao")
    shared = FormationPlanFactory(council=chuao, shared=True)
    address = url("template_detail", shared.pk)

    assert as_user(UserFactory()).get(address).status_code == 404  # signed up, no council
    other_member = add_member(council, UserFactory()).user
    assert as_user(other_member).get(address).status_code == 200


def test_a_template_is_read_only_by_council_members_or_the_network(as_user, council):
    template = FormationPlanFactory(council=None, is_network_template=True)
    address = url("template_detail", template.pk)

    assert as_user(UserFactory()).get(address).status_code == 404
    assert as_user(add_member(council, UserFactory()).user).get(address).status_code == 200
    assert as_user(network_coordinator(UserFactory())).get(address).status_code == 200


def test_a_person_without_a_council_cannot_copy_a_shared_plan(council):
    from councils.selectors import can_copy_plan

    shared = FormationPlanFactory(council=council, shared=True)
    assert not can_copy_plan(plan=shared, user=UserFactory())
