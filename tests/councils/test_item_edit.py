"""Plan items are edited in place; a copy gets its own title and its local activities "to adapt";
hours are summed in minutes and shown through the one ``hours`` filter."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from councils import selectors, services
from councils.models import FormationPlan, PlanItem

from ..utils import build_content
from .factories import FormationPlanFactory, PlanItemFactory, PlanSectionFactory, agree
from .helpers import assert_error_shown, assert_shows, flashed, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(tree):
    return build_content(tree, english=False)


@pytest.fixture
def item(plan):
    return PlanItem.objects.filter(section__plan=plan).order_by("section__position", "position")[0]


def edit_data(plan, **changes) -> dict:
    data = {
        "revision": plan.revision,
        "title": "Visita a la planta de hielo de Cumaná",
        "description": "Cómo se organiza la planta de hielo de la cooperativa vecina.",
        "estimated_hours": "5.5",
        "target_period": "Marzo de 2027",
    }
    data.update(changes)
    return data


# --- Editing an item in place -----------------------------------------------------------------


def test_the_plan_page_links_to_editing_each_item(as_user, council, coordinator, plan, item):
    page = as_user(coordinator).get(url("plan_detail", council.slug, plan.pk))
    assert url("item_edit", council.slug, plan.pk, item.pk) in page.content.decode()


def test_a_coordinator_edits_an_item_in_place(as_user, council, coordinator, plan, item):
    client = as_user(coordinator)
    form = client.get(url("item_edit", council.slug, plan.pk, item.pk))
    assert form.status_code == 200
    assert form.context["form"].initial["title"] == item.title
    versions = plan.versions.count()

    response = client.post(url("item_edit", council.slug, plan.pk, item.pk), edit_data(plan))
    assert response.status_code == 302
    assert "Item saved." in flashed(response)
    edited = PlanItem.objects.get(pk=item.pk)
    assert edited.title == "Visita a la planta de hielo de Cumaná"
    assert edited.estimated_hours == Decimal("5.5")
    assert edited.target_period == "Marzo de 2027"
    assert edited.key == item.key and edited.position == item.position
    assert plan.versions.count() == versions + 1
    last = plan.versions.order_by("-number").first()
    assert (last.event, last.event_data) == (
        "item_edited",
        {"title": "Visita a la planta de hielo de Cumaná"},
    )
    page = client.get(url("plan_versions", council.slug, plan.pk))
    assert_shows(page, "“Visita a la planta de hielo de Cumaná” edited")


def test_a_local_activity_keeps_a_title_and_a_description(
    as_user, council, coordinator, plan, item
):
    response = as_user(coordinator).post(
        url("item_edit", council.slug, plan.pk, item.pk), edit_data(plan, description="  ")
    )
    assert response.status_code == 200
    assert_error_shown(response, "Describe the local activity in a few words.")
    assert PlanItem.objects.get(pk=item.pk).description == item.description


def test_a_stale_item_edit_is_refused_and_the_text_kept(as_user, council, coordinator, plan, item):
    stale = plan.revision
    services.section_add(plan=plan, by=coordinator, expected_revision=stale, title="Otra")
    response = as_user(coordinator).post(
        url("item_edit", council.slug, plan.pk, item.pk), edit_data(plan, revision=stale)
    )
    assert response.status_code == 200
    assert_error_shown(response, "Someone else changed this plan")
    assert_shows(response, "Visita a la planta de hielo de Cumaná")
    assert PlanItem.objects.get(pk=item.pk).title == item.title


def test_an_item_of_an_agreed_section_changes_only_through_an_amendment(
    as_user, council, coordinator, plan, item
):
    agree(plan, coordinator, [item.section])
    plan.refresh_from_db()
    with pytest.raises(ValidationError, match="Propose an amendment"):
        services.item_update(
            item=item,
            by=coordinator,
            expected_revision=plan.revision,
            title="Otro título",
            description="Otra cosa",
        )
    response = as_user(coordinator).post(
        url("item_edit", council.slug, plan.pk, item.pk), edit_data(plan)
    )
    assert_error_shown(response, "Propose an amendment to change it.")
    page = as_user(coordinator).get(url("plan_detail", council.slug, plan.pk))
    assert url("item_edit", council.slug, plan.pk, item.pk) not in page.content.decode()


def test_participants_and_facilitators_do_not_edit_items(
    as_user, council, participant, facilitator, plan, item
):
    for person in (participant, facilitator):
        client = as_user(person)
        address = url("item_edit", council.slug, plan.pk, item.pk)
        assert client.get(address).status_code == 403
        assert client.post(address, edit_data(plan)).status_code == 403
    assert PlanItem.objects.get(pk=item.pk).title == item.title


def test_a_library_item_keeps_its_material_when_edited(council, coordinator, plan, library):
    section = plan.sections.first()
    added = services.item_add(
        section=section,
        by=coordinator,
        expected_revision=plan.revision,
        material=library.workshop,
    )
    plan.refresh_from_db()
    edited = services.item_update(
        item=added,
        by=coordinator,
        expected_revision=plan.revision,
        title="",
        description="Lo facilita Chucho en el muelle.",
        estimated_hours=None,
    )
    assert edited.material_id == library.workshop.pk
    assert edited.title == library.workshop.title  # an empty title falls back to the library's
    assert edited.description == "Lo facilita Chucho en el muelle."
    assert edited.minutes == library.workshop.duration_minutes


# --- Hours: minutes summed, shown by the one filter --------------------------------------------


def test_a_library_item_without_typed_hours_follows_the_material(
    as_user, council, coordinator, plan, library
):
    section = plan.sections.get(title="Organización comunal")
    item = services.item_add(
        section=section, by=coordinator, expected_revision=plan.revision, material=library.reading
    )
    assert item.estimated_hours is None
    tree = selectors.plan_tree(plan=plan)
    node = next(n for n in tree.flat if n.section.pk == section.pk)
    # 30 minutes of reading + 4.0 typed hours: summed in minutes, never in rounded hours.
    assert node.minutes == library.reading.duration_minutes + 240
    assert tree.total_minutes == sum(n.minutes for n in tree.nodes)
    page = as_user(coordinator).get(url("plan_detail", council.slug, plan.pk))
    assert_shows(page, "0.5 h")  # the reading's 30 minutes, through the ``hours`` filter
    assert_shows(page, "4.5 h")  # the section: 270 minutes


def test_hours_are_written_in_the_readers_language(as_user, council, coordinator, plan, item):
    services.item_update(
        item=item,
        by=coordinator,
        expected_revision=plan.revision,
        title=item.title,
        description=item.description,
        estimated_hours=Decimal("6.5"),
    )
    with translation.override("es"):
        spanish = as_user(coordinator).get(url("plan_detail", council.slug, plan.pk))
    assert_shows(spanish, "6,5 h")


# --- Copies get their own title and "to adapt" marks --------------------------------------------


@pytest.fixture
def shared_source(coordinator):
    """Another council's shared plan with a place-specific local activity and a library item."""
    from ..factories import UserFactory
    from .factories import make_council

    owner = UserFactory()
    chuao = make_council(owner, name="Consejo Comunal Chuao")
    source = FormationPlanFactory(council=chuao, shared=True, title="Plan del cacao y la pesca")
    section = PlanSectionFactory(plan=source, title="Economía comunal", position=1)
    PlanItemFactory(
        section=section,
        title="Cooperativa de pescadores de Chuao",
        description="En el muelle de Chuao.",
        position=1,
    )
    return source


def test_the_copy_page_asks_for_a_title_of_its_own(as_user, council, coordinator, shared_source):
    client = as_user(coordinator)
    page = client.get(url("plan_create", council.slug), {"copy_from": shared_source.pk})
    assert page.status_code == 200
    assert page.context["source"] == shared_source
    assert not page.context["form"].is_bound
    assert f'value="{shared_source.title}"' not in page.content.decode()

    for title, message in [
        ("", "This field is required."),
        (shared_source.title, "Give your plan a title of its own"),
        (" plan del cacao y la PESCA ", "Give your plan a title of its own"),
    ]:
        response = client.post(
            url("plan_create", council.slug), {"copy_from": shared_source.pk, "title": title}
        )
        assert response.status_code == 200
        assert_error_shown(response, message)
    assert not FormationPlan.objects.filter(council=council).exists()
    with pytest.raises(ValidationError):
        services.plan_copy(
            source=shared_source, council=council, by=coordinator, title=shared_source.title
        )


def test_a_copy_marks_local_activities_to_adapt_and_editing_clears_it(
    as_user, council, coordinator, shared_source, library
):
    library_section = shared_source.sections.get()
    PlanItemFactory(
        section=library_section,
        material=library.reading,
        title=library.reading.title,
        position=2,
    )
    client = as_user(coordinator)
    response = client.post(
        url("plan_create", council.slug),
        {"copy_from": shared_source.pk, "title": "Plan de Playa Colorada 2027"},
    )
    assert response.status_code == 302
    copy = FormationPlan.objects.get(council=council)
    assert copy.title == "Plan de Playa Colorada 2027"
    local = PlanItem.objects.get(section__plan=copy, title="Cooperativa de pescadores de Chuao")
    reading = PlanItem.objects.get(section__plan=copy, material=library.reading)
    assert local.to_adapt and not reading.to_adapt
    assert not PlanItem.objects.filter(section__plan=shared_source, to_adapt=True).exists()

    page = client.get(url("plan_detail", council.slug, copy.pk))
    assert page.content.decode().count("To adapt") == 1

    client.post(
        url("item_edit", council.slug, copy.pk, local.pk),
        edit_data(
            copy,
            title="Cooperativa de pescadores de Playa Colorada",
            description="En nuestro muelle.",
        ),
    )
    local.refresh_from_db()
    assert not local.to_adapt
    page = client.get(url("plan_detail", council.slug, copy.pk))
    assert "To adapt" not in page.content.decode()
