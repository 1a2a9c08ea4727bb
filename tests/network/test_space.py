"""The network coordinators' space: templates without a council, the directory, the materials report."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.translation import gettext as _

from councils import selectors as council_selectors
from councils import services as council_services
from councils.models import FormationPlan, PlanItem, PlanSection

from ..councils.factories import agree, make_council, make_plan
from ..councils.helpers import assert_error_shown, assert_shows
from ..factories import UserFactory
from ..utils import build_content, build_tree, login
from . import gatherings_support as support
from .gatherings_support import experience, url

pytestmark = pytest.mark.django_db
net = support.net

TEMPLATE = {
    "title": "Plan base para consejos pesqueros",
    "period_start": "2027",
    "period_end": "2029",
    "local_problems": "Cada consejo escribe los suyos: el agua, la pesca, la cava.",
    "goals": "Un equipo propio de facilitadoras en tres años.",
}


def create_template(client) -> FormationPlan:
    response = client.post(url("template_create"), TEMPLATE)
    assert response.status_code == 302, response.content.decode()[:400]
    return FormationPlan.objects.get(title=TEMPLATE["title"])


def test_the_group_gives_the_network_permission():
    group = Group.objects.get(name="Network coordinators")
    assert group.permissions.filter(codename="coordinate_network").exists()


def test_a_network_coordinator_without_a_council_writes_a_template(client, net):
    login(client, net.network)
    plan = create_template(client)
    assert plan.council is None and plan.is_network_template
    response = client.post(
        url("section_add", plan.pk),
        {"revision": plan.revision, "title": "Economía de la pesca", "rationale": "Por qué."},
    )
    assert response.status_code == 302
    plan.refresh_from_db()
    section = plan.sections.get()
    response = client.post(
        url("item_add", plan.pk, section.pk),
        {
            "revision": plan.revision,
            "source": "local",
            "title": "Visita a una cooperativa pesquera",
            "description": "Conocer cómo reparten la pesca.",
            "estimated_hours": "4",
        },
    )
    assert response.status_code == 302, response.content.decode()[:600]
    page = client.get(url("template_detail", plan.pk))
    assert_shows(page, "Visita a una cooperativa pesquera")
    assert plan.versions.count() == 3  # created, section added, item added


def test_editing_a_template_uses_the_revision_check(client, net):
    login(client, net.network)
    plan = create_template(client)
    data = {**TEMPLATE, "title": "Plan base, segunda edición", "revision": plan.revision}
    assert client.post(url("template_edit", plan.pk), data).status_code == 302
    stale = client.post(url("template_edit", plan.pk), {**data, "title": "Otra cosa"})
    assert stale.status_code == 200
    plan.refresh_from_db()
    assert plan.title == "Plan base, segunda edición"


def test_sections_and_items_move_and_go(client, net):
    login(client, net.network)
    plan = create_template(client)
    for title in ("Primera", "Segunda"):
        plan.refresh_from_db()
        council_services.section_add(
            plan=plan, by=net.network, expected_revision=plan.revision, title=title
        )
    plan.refresh_from_db()
    second = plan.sections.get(title="Segunda")
    client.post(url("section_action", plan.pk, second.pk, "up"), {"revision": plan.revision})
    assert list(plan.sections.order_by("position").values_list("title", flat=True)) == [
        "Segunda",
        "Primera",
    ]
    plan.refresh_from_db()
    client.post(url("section_action", plan.pk, second.pk, "remove"), {"revision": plan.revision})
    assert not PlanSection.objects.filter(pk=second.pk).exists()
    bad = client.post(url("section_action", plan.pk, second.pk, "explode"), {"revision": "1"})
    assert bad.status_code == 404


def test_a_withdrawn_template_is_no_longer_offered_but_copies_stay(client, net):
    login(client, net.network)
    plan = create_template(client)
    copy = council_services.plan_copy(
        source=plan, council=net.fishing, by=net.fishing_coordinator, title="Nuestro plan"
    )
    response = client.post(url("template_withdraw", plan.pk))
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.withdrawn_at is not None
    assert plan not in council_selectors.copyable_plans()["templates"]
    login(client, net.fishing_coordinator)
    assert client.get(reverse("councils:template_detail", args=[plan.pk])).status_code == 404
    refused = client.get(
        reverse("councils:plan_create", args=[net.fishing.slug]), {"copy_from": plan.pk}
    )
    assert refused.status_code == 404
    copy.refresh_from_db()
    assert copy.copied_from == plan  # the copy keeps its source and its content
    login(client, net.network)
    assert_shows(client.get(url("home")), TEMPLATE["title"])
    again = client.post(url("template_withdraw", plan.pk))
    assert_error_shown(again, _("This template is already withdrawn."))
    client.post(url("template_restore", plan.pk))
    plan.refresh_from_db()
    assert plan.withdrawn_at is None
    assert plan in council_selectors.copyable_plans()["templates"]


def test_a_councils_plan_is_not_a_template_here(client, net):
    plan = make_plan(net.fishing, net.fishing_coordinator)
    login(client, net.network)
    assert client.get(url("template_detail", plan.pk)).status_code == 404
    assert client.post(url("template_withdraw", plan.pk)).status_code == 404
    section = plan.sections.first()
    assert client.get(url("section_edit", plan.pk, section.pk)).status_code == 404


def test_without_the_permission_the_space_does_not_exist(client, net):
    for person in (net.fishing_coordinator, net.farming_member, net.outsider):
        login(client, person)
        for name in ("home", "directory", "materials", "template_create"):
            assert client.get(url(name)).status_code == 404, (person, name)
    client.logout()
    assert client.get(url("home")).status_code == 302


def test_the_nav_links_to_the_space_only_for_network_coordinators(client, net):
    build_tree()
    login(client, net.network)
    assert url("home") in client.get(url("gathering_list")).content.decode()
    login(client, net.fishing_coordinator)
    html = client.get(url("gathering_list")).content.decode()
    assert url("home") not in html
    assert url("gathering_list") in html


# --- The directory ---------------------------------------------------------------------------


def test_a_coordinator_lists_the_council_in_the_directory_from_its_edit_page(client, net):
    login(client, net.fishing_coordinator)
    council = net.fishing
    data = {
        "name": council.name,
        "state": council.state,
        "municipality": council.municipality,
        "territory_kind": council.territory_kind,
        "main_production": council.main_production,
        "description": council.description,
        "approve_joins": "on",
        "listed_in_directory": "on",
    }
    response = client.post(reverse("councils:edit", args=[council.slug]), data)
    assert response.status_code == 302
    council.refresh_from_db()
    assert council.listed_in_directory and not council.directory_anonymised


def test_the_directory_shows_only_listed_councils_by_name_or_label(client, net):
    net.fishing.listed_in_directory = True
    net.fishing.save()
    net.farming.listed_in_directory = True
    net.farming.directory_anonymised = True
    net.farming.save()
    unlisted_coordinator = UserFactory()
    make_council(unlisted_coordinator, name="Consejo Comunal Barrio Unión")
    agree(make_plan(net.fishing, net.fishing_coordinator), net.fishing_coordinator)
    experience(net.fishing, "Compartida 1")
    experience(net.fishing, "Compartida 2")
    experience(net.fishing, "Privada", mode="private")
    login(client, net.network)
    response = client.get(url("directory"))
    html = response.content.decode()
    assert "Consejo Comunal Playa Colorada" in html
    assert "El Tacal" not in html and net.farming.slug not in html
    assert "Lara" in html and str(net.farming.get_territory_kind_display()) in html
    assert "Barrio Unión" not in html
    lines = {line.label: line for line in response.context["lines"]}
    fishing = lines["Consejo Comunal Playa Colorada"]
    assert fishing.plan_adopted and fishing.shared_experiences == 2
    farming = next(line for line in lines.values() if line.anonymised)
    assert not farming.plan_adopted and farming.shared_experiences == 0


# --- Materials: what works, what fails ----------------------------------------------------------


def test_the_materials_report_counts_shared_experiences_that_worked_or_failed(client, net):
    content = build_content(build_tree(), english=False)
    workshop, reading = content.workshop, content.reading
    experience(net.fishing, "Taller que salió bien", worked=True, materials=[workshop])
    experience(net.farming, "Taller que falló", worked=False, failed=True, materials=[workshop])
    experience(net.farming, "Ambas cosas", worked=True, failed=True, materials=[workshop, reading])
    experience(net.fishing, "No compartida", mode="private", failed=True, materials=[reading])
    login(client, net.network)
    response = client.get(url("materials"))
    lines = {line.material.pk: line for line in response.context["lines"]}
    assert (lines[workshop.pk].experiences, lines[workshop.pk].worked) == (3, 2)
    assert lines[workshop.pk].did_not_work == 2
    assert (lines[reading.pk].experiences, lines[reading.pk].did_not_work) == (1, 1)
    assert_shows(response, workshop.title)


def test_plan_items_of_a_template_are_its_own(client, net):
    plan = make_plan(net.fishing, net.fishing_coordinator)
    item = PlanItem.objects.filter(section__plan=plan).first()
    login(client, net.network)
    other = create_template(client)
    assert client.get(url("item_edit", other.pk, item.pk)).status_code == 404
    assert (
        client.post(url("item_action", other.pk, item.pk, "remove"), {"revision": 1}).status_code
        == 404
    )
    assert PlanItem.objects.filter(pk=item.pk).exists()
