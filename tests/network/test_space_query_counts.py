"""The coordinators' space costs the same however many councils, templates and experiences."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from councils.models import FormationPlan
from network.models import ShareMode

from ..councils.factories import make_council, make_plan
from ..factories import UserFactory
from ..utils import build_content, build_tree, login
from . import gatherings_support as support
from .gatherings_support import experience, url

pytestmark = pytest.mark.django_db
net = support.net


def count_queries(client, address) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200
    return len(captured)


def listed_councils(n: int, start: int = 0) -> list:
    councils = []
    for i in range(start, start + n):
        council = make_council(UserFactory(), name=f"Consejo Comunal Sector {i}")
        council.listed_in_directory = True
        council.directory_anonymised = bool(i % 2)
        council.save()
        councils.append(council)
    return councils


def test_the_directory_costs_the_same_for_2_and_30_councils(client, net):
    login(client, net.network)
    for council in listed_councils(2):
        experience(council, "Compartida")
    count_queries(client, url("directory"))
    few = count_queries(client, url("directory"))
    for council in listed_councils(28, start=2):
        experience(council, "Compartida")
        experience(council, "Privada", mode=ShareMode.PRIVATE)
    assert count_queries(client, url("directory")) == few


def test_the_materials_report_costs_the_same_for_few_and_many_experiences(client, net):
    content = build_content(build_tree(), english=False)
    materials = [content.reading, content.workshop, content.practice]
    login(client, net.network)
    experience(net.fishing, "Una", failed=True, materials=materials[:1])
    count_queries(client, url("materials"))
    few = count_queries(client, url("materials"))
    for n in range(30):
        experience(net.farming, f"Otra {n}", failed=bool(n % 2), materials=materials)
    assert count_queries(client, url("materials")) == few


def test_the_templates_list_costs_the_same_for_1_and_15_templates(client, net):
    login(client, net.network)
    make_plan(None, net.network, title="Plantilla 0", sections=(("Agua", 1),))
    count_queries(client, url("home"))
    few = count_queries(client, url("home"))
    for n in range(1, 15):
        make_plan(None, net.network, title=f"Plantilla {n}", sections=(("Agua", 2),))
    assert FormationPlan.objects.filter(council=None).count() == 15
    assert count_queries(client, url("home")) == few


def test_a_templates_page_costs_the_same_for_1_and_20_sections(client, net):
    login(client, net.network)
    small = make_plan(None, net.network, title="Pequeña", sections=(("Agua", 1),))
    large = make_plan(
        None, net.network, title="Grande", sections=tuple((f"Eje {n}", 3) for n in range(20))
    )
    count_queries(client, url("template_detail", small.pk))
    assert count_queries(client, url("template_detail", small.pk)) == count_queries(
        client, url("template_detail", large.pk)
    )
