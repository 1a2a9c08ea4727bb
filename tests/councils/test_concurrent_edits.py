"""Two coordinators editing one plan: the second, stale save is refused and loses nothing."""

from __future__ import annotations

import re

import pytest

from councils.models import FormationPlan, PlanItem, PlanSection

from .factories import add_member
from .helpers import assert_error_shown, flashed, url

pytestmark = pytest.mark.django_db

STALE = "Someone else changed this plan while you were editing it."


@pytest.fixture
def second_coordinator(council):
    from ..factories import UserFactory

    return add_member(
        council, UserFactory(username="oriana_coord", display_name="Oriana"), is_coordinator=True
    ).user


def hidden_revision(response) -> int:
    match = re.search(r'name="revision" value="(\d+)"', response.content.decode())
    assert match, "the form carries no revision"
    return int(match.group(1))


def plan_data(plan, **changes) -> dict:
    data = {
        "title": plan.title,
        "period_start": plan.period_start,
        "period_end": plan.period_end,
        "local_problems": plan.local_problems,
        "goals": plan.goals,
    }
    data.update(changes)
    return data


def test_the_second_save_of_plan_details_is_refused_and_keeps_their_text(
    as_user, council, coordinator, second_coordinator, plan
):
    yusmary, oriana = as_user(coordinator), as_user(second_coordinator)
    edit = url("plan_edit", council.slug, plan.pk)
    yusmary_revision = hidden_revision(yusmary.get(edit))
    oriana_revision = hidden_revision(oriana.get(edit))
    assert yusmary_revision == oriana_revision == plan.revision

    saved = oriana.post(
        edit,
        {**plan_data(plan, goals="Goals written by Oriana."), "revision": oriana_revision},
    )
    assert saved.status_code == 302

    yusmary_text = "Formar diez facilitadoras del sector antes de 2028."
    stale = yusmary.post(
        edit, {**plan_data(plan, goals=yusmary_text), "revision": yusmary_revision}
    )
    assert stale.status_code == 200
    assert_error_shown(stale, STALE)
    assert yusmary_text in stale.content.decode()  # her text is still in the form
    plan.refresh_from_db()
    assert plan.goals == "Goals written by Oriana."  # nothing overwritten

    # Having read the plan again, saving is a deliberate choice: it goes through.
    again = yusmary.post(
        edit, {**plan_data(plan, goals=yusmary_text), "revision": hidden_revision(stale)}
    )
    assert again.status_code == 302
    plan.refresh_from_db()
    assert plan.goals == yusmary_text


def test_a_plan_edit_without_a_revision_is_refused(as_user, council, coordinator, plan):
    response = as_user(coordinator).post(
        url("plan_edit", council.slug, plan.pk), plan_data(plan, title="Sin revisión")
    )
    assert response.status_code == 200
    assert_error_shown(response, STALE)
    assert FormationPlan.objects.get(pk=plan.pk).title == plan.title


def test_a_stale_section_edit_is_refused(as_user, council, coordinator, second_coordinator, plan):
    section = plan.sections.first()
    edit = url("section_edit", council.slug, plan.pk, section.pk)
    yusmary, oriana = as_user(coordinator), as_user(second_coordinator)
    revision = hidden_revision(yusmary.get(edit))
    assert (
        oriana.post(
            edit, {"revision": revision, "title": "Precios justos del pescado", "rationale": ""}
        ).status_code
        == 302
    )

    stale = yusmary.post(
        edit, {"revision": revision, "title": "La cava comunal", "rationale": "Su razón."}
    )
    assert stale.status_code == 200
    assert_error_shown(stale, STALE)
    assert "La cava comunal" in stale.content.decode()
    assert PlanSection.objects.get(pk=section.pk).title == "Precios justos del pescado"


def test_a_stale_new_section_is_refused_and_its_title_kept(
    as_user, council, coordinator, second_coordinator, plan
):
    revision = plan.revision
    as_user(second_coordinator).post(
        url("section_add", council.slug, plan.pk), {"revision": revision, "title": "Memoria"}
    )
    stale = as_user(coordinator).post(
        url("section_add", council.slug, plan.pk),
        {"revision": revision, "title": "Cuidado de niñas y niños"},
    )
    assert stale.status_code == 400
    assert_error_shown(stale, STALE)
    assert "Cuidado de niñas y niños" in stale.content.decode()
    assert not plan.sections.filter(title="Cuidado de niñas y niños").exists()


def test_a_stale_item_is_refused_and_its_text_kept(
    as_user, council, coordinator, second_coordinator, plan
):
    section = plan.sections.first()
    add = url("item_add", council.slug, plan.pk, section.pk)
    revision = hidden_revision(as_user(coordinator).get(add))
    as_user(second_coordinator).post(
        url("section_add", council.slug, plan.pk), {"revision": revision, "title": "Memoria"}
    )
    stale = as_user(coordinator).post(
        add,
        {
            "revision": revision,
            "source": "local",
            "title": "Visita a la cooperativa de Chacopata",
            "description": "Aprender de quienes ya se organizaron.",
        },
    )
    assert stale.status_code == 200
    assert_error_shown(stale, STALE)
    assert "Aprender de quienes ya se organizaron." in stale.content.decode()
    assert not PlanItem.objects.filter(title="Visita a la cooperativa de Chacopata").exists()


def test_a_stale_move_or_removal_changes_nothing(
    as_user, council, coordinator, second_coordinator, plan
):
    section = plan.sections.get(title="Economía de la pesca")
    first, second = section.items.order_by("position")
    stale_revision = plan.revision
    as_user(second_coordinator).post(
        url("section_add", council.slug, plan.pk), {"revision": stale_revision, "title": "Memoria"}
    )
    client = as_user(coordinator)
    moved = client.post(
        url("item_action", council.slug, plan.pk, second.pk, "up"), {"revision": stale_revision}
    )
    removed = client.post(
        url("section_action", council.slug, plan.pk, section.pk, "remove"),
        {"revision": stale_revision},
    )
    for response in (moved, removed):
        assert response.status_code == 302
        assert any(STALE in m for m in flashed(response, "error"))
    assert list(section.items.order_by("position")) == [first, second]
    assert PlanSection.objects.filter(pk=section.pk).exists()
