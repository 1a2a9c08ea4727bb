"""Every council page goes through the one gate, and the gate answers the same way everywhere.

The URL patterns come from the URL conf itself: a new page under ``<slug:slug>/``
without ``@council_view`` fails ``test_every_council_page_goes_through_the_gate``.
"""

from __future__ import annotations

import re

import pytest
from django.urls import URLPattern, get_resolver, reverse
from django.urls.converters import IntConverter

from councils import rules
from councils.models import Membership, PlanItem
from councils.views.gate import Gate, council_view

from ..factories import UserFactory
from .factories import InvitationFactory, agree, make_plan, make_session

pytestmark = pytest.mark.django_db

# Leaving a council ends the participant's membership: that page is visited last.
LAST = {"member_remove"}


def council_patterns() -> list[URLPattern]:
    """Every pattern of the councils URL conf that takes a council's slug."""
    patterns = [
        p
        for p in get_resolver("councils.urls").url_patterns
        if isinstance(p, URLPattern) and "slug" in p.pattern.converters
    ]
    return sorted(patterns, key=lambda p: p.name in LAST)


def test_the_walk_finds_the_council_pages():
    names = {p.name for p in council_patterns()}
    assert {"detail", "plan_detail", "assembly_detail", "calendar", "delete"} <= names


def test_every_council_page_goes_through_the_gate():
    missing = [
        p.name
        for p in council_patterns()
        if not isinstance(getattr(p.callback, "council_gate", None), Gate)
    ]
    assert missing == []


def test_the_gate_refuses_an_unknown_role():
    with pytest.raises(ValueError):
        council_view(role="treasurer")


@pytest.fixture
def objects(council, coordinator, participant, plan):
    """Real objects of the council, by the word that comes before their id in the URL."""
    adopted = make_plan(council, coordinator, title="Plan adoptado", sections=(("Redes", 1),))
    assembly = agree(adopted, coordinator)
    session = make_session(
        council, PlanItem.objects.filter(section__plan=adopted).get(), coordinator
    )
    section = plan.sections.first()
    return {
        "miembros": Membership.objects.get(council=council, user=participant).pk,
        "invitaciones": InvitationFactory(council=council, created_by=coordinator).pk,
        "planes": plan.pk,
        "secciones": section.pk,
        "items": PlanItem.objects.filter(section=section).first().pk,
        "asambleas": assembly.pk,
        "correccion": assembly.outcomes.get().pk,
        "sesiones": session.pk,
        "versiones": 1,
    }


def address(pattern: URLPattern, council, objects: dict) -> str:
    """The pattern's URL for ``council``: ids of its own objects, the word before each id tells which."""
    route = str(pattern.pattern)
    kwargs = {"slug": council.slug}
    for name, converter in pattern.pattern.converters.items():
        if name == "slug":
            continue
        if isinstance(converter, IntConverter):
            before = re.search(rf"([\w-]+)/<int:{name}>", route)
            kwargs[name] = objects.get(before.group(1) if before else "", 1)
        else:
            kwargs[name] = rules.BUTTON_ACTIONS[1]
    return reverse(f"councils:{pattern.name}", kwargs=kwargs)


def method_of(gate: Gate) -> str:
    return "get" if gate.methods is None or "GET" in gate.methods else "post"


def test_a_signed_in_non_member_gets_404_everywhere(as_user, council, objects):
    client = as_user(UserFactory(username="forastera"))
    wrong = []
    for pattern in council_patterns():
        url = address(pattern, council, objects)
        method = method_of(pattern.callback.council_gate)
        status = getattr(client, method)(url).status_code
        if status != 404:
            wrong.append(f"{method.upper()} {url}: {status}")
    assert wrong == []


def test_a_participant_gets_403_where_a_role_is_needed_and_the_page_elsewhere(
    as_user, council, participant, objects
):
    client = as_user(participant)
    wrong = []
    for pattern in council_patterns():
        gate: Gate = pattern.callback.council_gate
        url = address(pattern, council, objects)
        methods = {method_of(gate)}
        if gate.write_role:
            methods.add("post")
        for method in sorted(methods):
            status = getattr(client, method)(url).status_code
            if gate.permission:
                expected = "404 (no site permission)"
                ok = status == 404
            elif gate.role_for(method.upper()):
                expected = "403"
                ok = status == 403
            else:
                expected = "the page"
                ok = status not in (403, 404)
            if not ok:
                wrong.append(f"{method.upper()} {url}: {status}, expected {expected}")
    assert wrong == []


def test_roles_are_recorded_on_the_views():
    gates = {p.name: p.callback.council_gate for p in council_patterns()}
    assert gates["detail"].role is None
    assert gates["plan_edit"].role == rules.COORDINATOR
    assert gates["session_create"].role == rules.FACILITATOR
    assert gates["members"].write_role == rules.COORDINATOR
    assert gates["plan_publish_template"].permission == rules.NETWORK_PERMISSION


def test_a_facilitator_schedules_sessions_but_does_not_edit_plans(
    as_user, council, facilitator, plan
):
    client = as_user(facilitator)
    assert client.get(reverse("councils:session_create", args=[council.slug])).status_code == 200
    assert (
        client.get(reverse("councils:plan_edit", args=[council.slug, plan.pk])).status_code == 403
    )
