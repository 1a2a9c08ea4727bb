"""Formation plans: from scratch, from a network template, from another council; sections,
items, versions and their comparison."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.utils import translation

from councils import selectors, services
from councils.models import FormationPlan, Outcome, PlanItem, PlanSection, PlanVersion

from ..factories import UserFactory
from ..utils import build_content
from .factories import (
    FormationPlanFactory,
    PlanItemFactory,
    PlanSectionFactory,
    hold_assembly,
    make_council,
    make_plan,
)
from .helpers import assert_error_shown, assert_shows, flashed, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(tree):
    """A Spanish reading, workshop, practice and study path, published."""
    return build_content(tree, english=False)


@pytest.fixture
def network_template(library):
    template = FormationPlanFactory(
        council=None,
        is_network_template=True,
        title="Formación para comunidades pesqueras",
        local_problems="El intermediario fija el precio del pescado.",
        goals="Que cada consejo forme su propio equipo de facilitadoras.",
    )
    first = PlanSectionFactory(plan=template, title="Leer juntas", position=1)
    PlanItemFactory(
        section=first, material=library.reading, title=library.reading.title, position=1
    )
    PlanItemFactory(section=first, study_path=library.path, title=library.path.title, position=2)
    second = PlanSectionFactory(plan=template, title="Organizarse", position=2)
    PlanItemFactory(
        section=second,
        title="Asamblea sobre la cava comunal",
        description="Cómo guardar el pescado sin el intermediario.",
        estimated_hours=Decimal("2.0"),
        position=1,
    )
    return template


def tree_titles(plan) -> list[tuple[str, list[str]]]:
    tree = selectors.plan_tree(plan=plan)
    return [(node.section.title, [i.title for i in node.items]) for node in tree.flat]


# --- Creating plans -------------------------------------------------------------------------


def test_a_coordinator_writes_a_plan_from_scratch(as_user, council, coordinator):
    client = as_user(coordinator)
    response = client.post(
        url("plan_create", council.slug),
        {
            "title": "Plan de formación 2026–2028",
            "period_start": 2026,
            "period_end": 2028,
            "local_problems": "El pescado se vende barato al intermediario.",
            "goals": "Organizar una cooperativa pesquera.",
        },
    )
    plan = FormationPlan.objects.get(council=council)
    assert response.status_code == 302
    assert response.url == url("plan_detail", council.slug, plan.pk)
    assert plan.status == "draft"
    assert plan.created_by == coordinator
    assert plan.copied_from is None
    assert list(plan.versions.values_list("number", "event")) == [(1, "created")]
    page = client.get(response.url)
    assert_shows(page, "Plan de formación 2026–2028")
    assert_shows(page, "Organizar una cooperativa pesquera.")


def test_a_plan_cannot_end_before_it_starts(as_user, council, coordinator):
    response = as_user(coordinator).post(
        url("plan_create", council.slug),
        {
            "title": "Plan al revés",
            "period_start": 2028,
            "period_end": 2026,
            "local_problems": "x",
            "goals": "x",
        },
    )
    assert response.status_code == 200
    assert_error_shown(response, "The period must end in or after the year it starts.")
    assert not FormationPlan.objects.filter(council=council).exists()


def test_the_create_page_offers_templates_and_shared_plans_but_not_unshared_ones(
    as_user, council, coordinator, network_template
):
    other = make_council(UserFactory(), name="Consejo Comunal Chuao")
    FormationPlanFactory(council=other, title="Plan compartido de Chuao", shared=True)
    FormationPlanFactory(council=other, title="Plan privado de Chuao", shared=False)
    page = as_user(coordinator).get(url("plan_create", council.slug))
    content = page.content.decode()
    assert network_template.title in content
    assert "Plan compartido de Chuao" in content
    assert "Plan privado de Chuao" not in content


def test_a_council_copies_a_network_template_and_the_copy_remembers_it(
    as_user, council, coordinator, network_template
):
    client = as_user(coordinator)
    template_before = tree_titles(network_template)
    response = client.post(
        url("plan_create", council.slug),
        {"copy_from": network_template.pk, "title": "Plan de formación de Playa Colorada"},
    )
    plan = FormationPlan.objects.get(council=council)
    assert response.status_code == 302
    assert response.url == url("plan_detail", council.slug, plan.pk)

    assert plan.copied_from == network_template
    assert plan.copied_from_data["title"] == network_template.title
    assert not plan.is_network_template
    assert plan.status == "draft"
    assert tree_titles(plan) == template_before
    items = PlanItem.objects.filter(section__plan=plan)
    assert {i.kind for i in items} == {"material", "study_path", "local"}
    assert list(plan.versions.values_list("number", flat=True)) == [1]
    assert plan.versions.get().event == "copied"

    page = client.get(response.url)
    assert_shows(page, f"Adapted from network template “{network_template.title}”.")

    # Adapting the copy leaves the network's template as it was.
    services.item_remove(item=items.first(), by=coordinator, expected_revision=plan.revision)
    assert tree_titles(network_template) == template_before
    assert FormationPlan.objects.get(pk=network_template.pk).council is None


def test_a_council_copies_another_councils_shared_plan(as_user, council, coordinator):
    chuao_coordinator = UserFactory()
    chuao = make_council(chuao_coordinator, name="Consejo Comunal Chuao")
    shared = make_plan(chuao, chuao_coordinator, title="Plan del cacao y la pesca")
    shared.shared = True
    shared.save()
    hold_assembly(shared, chuao_coordinator)  # its assemblies are not copied

    response = as_user(coordinator).post(
        url("plan_create", council.slug),
        {"copy_from": shared.pk, "title": "Plan de Chuao adaptado"},
    )
    assert response.status_code == 302
    plan = FormationPlan.objects.get(council=council)
    assert plan.copied_from == shared
    assert plan.copied_from_data["council"] == "Consejo Comunal Chuao"
    assert tree_titles(plan) == tree_titles(shared)
    assert set(plan.sections.values_list("status", flat=True)) == {"draft"}
    assert not plan.assemblies.exists()


def test_an_unshared_plan_of_another_council_cannot_be_copied(as_user, council, coordinator):
    chuao = make_council(UserFactory(), name="Consejo Comunal Chuao")
    private = FormationPlanFactory(council=chuao, title="Plan privado", shared=False)
    client = as_user(coordinator)
    assert (
        client.post(url("plan_create", council.slug), {"copy_from": private.pk}).status_code == 404
    )
    assert client.get(url("template_detail", private.pk)).status_code == 404
    assert not FormationPlan.objects.filter(council=council).exists()


def test_a_shared_plan_and_a_template_can_be_read_before_copying(
    as_user, council, coordinator, network_template
):
    page = as_user(coordinator).get(url("template_detail", network_template.pk))
    assert page.status_code == 200
    assert_shows(page, "Leer juntas")
    assert_shows(page, "Asamblea sobre la cava comunal")


def test_copying_a_split_plan_makes_each_part_a_section(council, coordinator):
    source = make_plan(council, coordinator, sections=(("Economía de la pesca", 2),))
    assembly = hold_assembly(source, coordinator)
    section = source.sections.get()
    first, second = section.items.order_by("position")
    services.assembly_record_outcome(
        assembly=assembly,
        section=section,
        by=coordinator,
        outcome=Outcome.SPLIT,
        parts=["Precios", "Cava comunal"],
        item_parts={first.pk: 1, second.pk: 2},
    )
    copy = services.plan_copy(source=source, council=council, by=coordinator, title="Otra copia")
    assert tree_titles(copy) == [("Precios", [first.title]), ("Cava comunal", [second.title])]
    assert not copy.sections.exclude(parent=None).exists()


# --- Sections and items ---------------------------------------------------------------------------


def test_sections_are_added_moved_and_removed(as_user, council, coordinator):
    plan = make_plan(council, coordinator, sections=())
    client = as_user(coordinator)
    for title in ("Economía de la pesca", "Cuidado de niñas y niños", "Historia de las luchas"):
        plan.refresh_from_db()
        response = client.post(
            url("section_add", council.slug, plan.pk),
            {"revision": plan.revision, "title": title, "rationale": "Lo pidió la asamblea."},
        )
        assert response.status_code == 302
    assert [t for t, _ in tree_titles(plan)] == [
        "Economía de la pesca",
        "Cuidado de niñas y niños",
        "Historia de las luchas",
    ]

    last = PlanSection.objects.get(plan=plan, title="Historia de las luchas")
    plan.refresh_from_db()
    client.post(
        url("section_action", council.slug, plan.pk, last.pk, "up"), {"revision": plan.revision}
    )
    assert [t for t, _ in tree_titles(plan)] == [
        "Economía de la pesca",
        "Historia de las luchas",
        "Cuidado de niñas y niños",
    ]

    care = PlanSection.objects.get(plan=plan, title="Cuidado de niñas y niños")
    plan.refresh_from_db()
    response = client.post(
        url("section_action", council.slug, plan.pk, care.pk, "remove"), {"revision": plan.revision}
    )
    assert "Section removed." in flashed(response)
    assert [t for t, _ in tree_titles(plan)] == ["Economía de la pesca", "Historia de las luchas"]
    page = client.get(url("plan_detail", council.slug, plan.pk))
    assert "Cuidado de niñas y niños" not in page.content.decode()


def test_a_section_needs_a_title(as_user, council, coordinator, plan):
    response = as_user(coordinator).post(
        url("section_add", council.slug, plan.pk), {"revision": plan.revision, "title": "  "}
    )
    assert response.status_code == 400
    assert response.context["section_form"].errors
    assert plan.sections.count() == 2


def test_a_local_activity_with_hours_is_added(as_user, council, coordinator, plan):
    section = plan.sections.get(title="Organización comunal")
    response = as_user(coordinator).post(
        url("item_add", council.slug, plan.pk, section.pk),
        {
            "revision": plan.revision,
            "source": "local",
            "title": "Visita a la cooperativa pesquera de Chacopata",
            "description": "Cómo se organizan las cooperativas de pescadores.",
            "estimated_hours": "6.5",
            "target_period": "Segundo semestre de 2026",
        },
    )
    assert response.status_code == 302
    item = section.items.get(title="Visita a la cooperativa pesquera de Chacopata")
    assert item.kind == "local"
    assert item.estimated_hours == Decimal("6.5")
    assert item.target_period == "Segundo semestre de 2026"
    page = as_user(coordinator).get(url("plan_detail", council.slug, plan.pk))
    assert_shows(page, "Visita a la cooperativa pesquera de Chacopata")
    assert_shows(page, "6.5 h")


@pytest.mark.parametrize(
    ("title", "description", "message"),
    [
        ("", "Cómo se organizan.", "A local activity needs a title."),
        ("   ", "Cómo se organizan.", "A local activity needs a title."),
        ("Visita a la cooperativa", "", "Describe the local activity in a few words."),
    ],
)
def test_a_local_activity_needs_a_title_and_a_description(
    as_user, council, coordinator, plan, title, description, message
):
    section = plan.sections.first()
    count = section.items.count()
    response = as_user(coordinator).post(
        url("item_add", council.slug, plan.pk, section.pk),
        {"revision": plan.revision, "source": "local", "title": title, "description": description},
    )
    assert response.status_code == 200
    assert_error_shown(response, message)
    assert section.items.count() == count


def test_library_materials_and_study_paths_are_added_in_the_visitors_language(
    site, council, coordinator, plan, library
):
    from django.test import Client

    from ..utils import login

    client = Client()
    login(client, coordinator)
    section = plan.sections.first()
    with translation.override("es"):
        add = url("item_add", council.slug, plan.pk, section.pk)
        form_page = client.get(add)
        assert library.workshop.title in form_page.content.decode()
        plan.refresh_from_db()
        assert (
            client.post(
                add,
                {"revision": plan.revision, "source": "material", "material": library.workshop.pk},
            ).status_code
            == 302
        )
        plan.refresh_from_db()
        assert (
            client.post(
                add, {"revision": plan.revision, "source": "path", "study_path": library.path.pk}
            ).status_code
            == 302
        )
    material = section.items.get(material=library.workshop)
    assert material.kind == "material"
    assert material.title == library.workshop.title
    assert material.estimated_hours is None  # it follows the material's own length
    assert material.minutes == library.workshop.duration_minutes
    path = section.items.get(study_path=library.path)
    assert path.kind == "study_path"
    assert path.title == library.path.title

    page = client.get(url("plan_detail", council.slug, plan.pk))
    assert library.workshop.url in page.content.decode()


def test_a_draft_material_cannot_be_added(as_user, council, coordinator, plan, library):
    library.reading.unpublish()
    section = plan.sections.first()
    count = section.items.count()
    with translation.override("es"):
        response = as_user(coordinator).post(
            url("item_add", council.slug, plan.pk, section.pk),
            {"revision": plan.revision, "source": "material", "material": library.reading.pk},
        )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert section.items.count() == count


def test_items_are_reordered_and_removed(as_user, council, coordinator, plan):
    client = as_user(coordinator)
    section = plan.sections.get(title="Economía de la pesca")
    first, second = section.items.order_by("position")
    client.post(
        url("item_action", council.slug, plan.pk, second.pk, "up"), {"revision": plan.revision}
    )
    assert list(section.items.order_by("position")) == [second, first]
    plan.refresh_from_db()
    response = client.post(
        url("item_action", council.slug, plan.pk, second.pk, "remove"), {"revision": plan.revision}
    )
    assert "Item removed." in flashed(response)
    assert list(section.items.all()) == [first]
    page = client.get(url("plan_detail", council.slug, plan.pk))
    assert second.title not in page.content.decode()


# --- Versions ---------------------------------------------------------------------------------------


def test_every_change_records_a_version(council, coordinator):
    plan = make_plan(council, coordinator, sections=(("Economía de la pesca", 2),))
    # created, section added, two items added
    assert list(plan.versions.order_by("number").values_list("number", flat=True)) == [1, 2, 3, 4]
    last = plan.versions.get(number=4)
    assert [s["title"] for s in last.snapshot["sections"]] == ["Economía de la pesca"]
    assert len(last.snapshot["sections"][0]["items"]) == 2


def test_comparing_versions_reports_added_removed_and_reordered(council, coordinator):
    plan = make_plan(
        council,
        coordinator,
        sections=(("Economía de la pesca", 2), ("Organización comunal", 1), ("Memoria", 0)),
    )
    before = plan.versions.order_by("-number").first()
    economy = plan.sections.get(title="Economía de la pesca")
    first, second = economy.items.order_by("position")
    services.item_move(item=second, by=coordinator, expected_revision=plan.revision, direction="up")
    plan.refresh_from_db()
    organisation = plan.sections.get(title="Organización comunal")
    removed = organisation.items.get()
    services.item_remove(item=removed, by=coordinator, expected_revision=plan.revision)
    plan.refresh_from_db()
    memory = plan.sections.get(title="Memoria")
    services.section_move(
        section=memory, by=coordinator, expected_revision=plan.revision, direction="up"
    )
    plan.refresh_from_db()
    services.section_add(
        plan=plan, by=coordinator, expected_revision=plan.revision, title="Cuidados"
    )
    plan.refresh_from_db()
    services.item_add(
        section=memory,
        by=coordinator,
        expected_revision=plan.revision,
        title="Entrevistas a los pescadores viejos",
        description="La historia del muelle.",
    )
    after = plan.versions.order_by("-number").first()

    diff = selectors.compare_versions(older=before, newer=after)
    assert diff.sections_added == ["Cuidados"]
    assert diff.sections_removed == []
    assert diff.items_added == [("Entrevistas a los pescadores viejos", "Memoria")]
    assert diff.items_removed == [(removed.title, "Organización comunal")]
    assert diff.items_reordered in (
        [(second.title, "Economía de la pesca")],
        [(first.title, "Economía de la pesca")],
    )
    assert len(diff.sections_reordered) == 1
    assert diff.sections_reordered[0] in ("Memoria", "Organización comunal")
    assert not diff.empty
    assert selectors.compare_versions(older=after, newer=after).empty


def test_the_versions_page_shows_a_comparison(as_user, council, coordinator, plan):
    section = plan.sections.get(title="Organización comunal")
    services.item_add(
        section=section,
        by=coordinator,
        expected_revision=plan.revision,
        title="Taller de tejido de redes con las abuelas",
        description="Las abuelas enseñan.",
    )
    newest = plan.versions.order_by("-number").first().number
    client = as_user(coordinator)
    page = client.get(url("plan_versions", council.slug, plan.pk), {"a": 1, "b": newest})
    assert page.status_code == 200
    assert page.context["diff"] is not None
    content = page.content.decode()
    assert f"What changed from version 1 to version {newest}" in content
    assert "Taller de tejido de redes con las abuelas" in content
    assert "Organización comunal" in content

    detail = client.get(url("plan_version_detail", council.slug, plan.pk, 1))
    assert detail.status_code == 200
    assert "Taller de tejido de redes con las abuelas" not in detail.content.decode()


def test_comparing_with_a_version_that_does_not_exist_says_so(as_user, council, coordinator, plan):
    page = as_user(coordinator).get(url("plan_versions", council.slug, plan.pk), {"a": 1, "b": 999})
    assert page.status_code == 200
    assert page.context["diff"] is None
    assert_shows(page, "Choose two existing versions to compare.")


def test_versions_are_numbered_per_plan(council, coordinator):
    one = make_plan(council, coordinator, sections=())
    two = make_plan(council, coordinator, sections=())
    assert one.versions.get().number == two.versions.get().number == 1
    assert PlanVersion.objects.filter(plan__council=council).count() == 2
