"""The assembly decides the plan part by part: consensus, no consensus yet, or a split."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from councils import selectors, services
from councils.models import (
    Assembly,
    AssemblyOutcome,
    FormationPlan,
    Outcome,
    PlanItem,
    PlanSection,
    PlanVersion,
)

from .factories import agree, hold_assembly
from .helpers import assert_error_shown, assert_shows, flashed, url

pytestmark = pytest.mark.django_db


def open_assembly(client, council, plan, sections, **changes):
    data = {
        "held_on": timezone.localdate().isoformat(),
        "place": "Casa comunal, frente al muelle",
        "attendance": 41,
        "minutes": "Se leyó el plan en voz alta, sección por sección.",
        "sections": [s.pk for s in sections],
    }
    data.update(changes)
    return client.post(url("assembly_open", council.slug, plan.pk), data)


def decide(client, council, assembly, section, outcome, note="", parts="", **item_parts):
    data = {"section": section.pk, f"s{section.pk}-outcome": outcome, f"s{section.pk}-note": note}
    if parts:
        data[f"s{section.pk}-parts"] = parts
    for item_pk, part in item_parts.items():
        data[f"s{section.pk}-{item_pk}"] = part
    return client.post(url("assembly_detail", council.slug, assembly.pk), data)


def status(obj) -> str:
    obj.refresh_from_db()
    return obj.status


# --- Opening an assembly --------------------------------------------------------------------


def test_an_assembly_puts_sections_up_for_debate(as_user, council, coordinator, plan):
    client = as_user(coordinator)
    sections = list(plan.sections.all())
    response = open_assembly(client, council, plan, sections)
    assembly = Assembly.objects.get(plan=plan)
    assert response.status_code == 302
    assert response.url == url("assembly_detail", council.slug, assembly.pk)
    assert set(assembly.agenda.all()) == set(sections)
    assert {status(s) for s in sections} == {"under_debate"}
    assert status(plan) == "under_debate"
    assert assembly.attendance == 41

    page = client.get(response.url)
    assert_shows(page, "Casa comunal, frente al muelle")
    assert_shows(page, "Se leyó el plan en voz alta, sección por sección.")
    listing = client.get(url("assembly_list", council.slug))
    assert_shows(listing, "Casa comunal, frente al muelle")


def test_an_assembly_cannot_be_recorded_before_it_is_held(as_user, council, coordinator, plan):
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    response = open_assembly(
        as_user(coordinator), council, plan, plan.sections.all(), held_on=tomorrow.isoformat()
    )
    assert response.status_code == 200
    assert_error_shown(response, "Record an assembly on the day it is held, or after.")
    assert not Assembly.objects.exists()
    assert status(plan) == "draft"


def test_an_assembly_of_last_month_can_be_recorded(as_user, council, coordinator, plan):
    earlier = timezone.localdate() - dt.timedelta(days=30)
    response = open_assembly(
        as_user(coordinator), council, plan, plan.sections.all(), held_on=earlier.isoformat()
    )
    assert response.status_code == 302
    assert Assembly.objects.get().held_on == earlier


def test_an_empty_section_cannot_go_before_the_assembly(as_user, council, coordinator, plan):
    empty = services.section_add(
        plan=plan, by=coordinator, expected_revision=plan.revision, title="Memoria del muelle"
    )
    response = open_assembly(as_user(coordinator), council, plan, plan.sections.all())
    assert response.status_code == 200
    assert_error_shown(response, "“Memoria del muelle” is empty")
    assert not Assembly.objects.exists()
    assert status(empty) == "draft"


def test_an_assembly_needs_at_least_one_section(as_user, council, coordinator, plan):
    response = open_assembly(as_user(coordinator), council, plan, [])
    assert response.status_code == 200
    assert response.context["form"].errors["sections"]
    assert not Assembly.objects.exists()


ADOPTED = "This plan is already adopted. Propose an amendment to a section first."


def test_an_adopted_plan_is_not_put_before_an_assembly_again(council, coordinator, plan):
    agree(plan, coordinator)
    assert plan.status == "adopted"
    with pytest.raises(ValidationError) as refused:
        services.assembly_open(
            plan=plan,
            by=coordinator,
            held_on=timezone.localdate(),
            place="Casa comunal",
            attendance=20,
            sections=list(plan.sections.all()),
        )
    assert refused.value.messages == [ADOPTED]


def test_the_assembly_page_of_an_adopted_plan_says_it_is_adopted(
    as_user, council, coordinator, plan
):
    agree(plan, coordinator)
    client = as_user(coordinator)
    assemblies = Assembly.objects.count()
    plan_page = client.get(url("plan_detail", council.slug, plan.pk))
    assert url("assembly_open", council.slug, plan.pk) not in plan_page.content.decode()

    response = open_assembly(client, council, plan, plan.sections.all())
    assert response.status_code == 200
    assert Assembly.objects.count() == assemblies
    assert_error_shown(response, ADOPTED)


# --- Outcomes --------------------------------------------------------------------------------------


@pytest.fixture
def debate(council, coordinator, plan):
    """The plan's two sections before an assembly of today."""
    return hold_assembly(plan, coordinator)


def test_consensus_agrees_a_section(as_user, council, coordinator, plan, debate):
    client = as_user(coordinator)
    section = plan.sections.get(title="Economía de la pesca")
    response = decide(client, council, debate, section, Outcome.CONSENSUS)
    assert response.status_code == 302
    assert "Outcome recorded." in flashed(response)
    section.refresh_from_db()
    assert section.status == "agreed"
    assert section.agreed_in == debate
    assert section.agreed_at == debate.held_on
    assert status(plan) == "under_debate"  # the other section is still to decide

    page = client.get(url("plan_detail", council.slug, plan.pk))
    assert_shows(page, "Agreed on")
    assert url("section_amend", council.slug, plan.pk, section.pk) in page.content.decode()


def test_no_consensus_needs_the_objections_noted(as_user, council, coordinator, plan, debate):
    client = as_user(coordinator)
    section = plan.sections.get(title="Economía de la pesca")
    response = decide(client, council, debate, section, Outcome.NO_CONSENSUS)
    assert response.status_code == 200
    assert_error_shown(response, "Note the objections, so the next assembly can take them up.")
    assert not AssemblyOutcome.objects.exists()

    objections = "Las pescadoras piden que el taller sea el domingo, no el sábado."
    response = decide(client, council, debate, section, Outcome.NO_CONSENSUS, note=objections)
    assert response.status_code == 302
    assert status(section) == "under_debate"
    assert AssemblyOutcome.objects.get().note == objections
    page = client.get(url("plan_detail", council.slug, plan.pk))
    assert_shows(page, objections)
    assert_shows(page, "No consensus yet")


def test_one_decision_per_section_and_assembly(as_user, council, coordinator, plan, debate):
    client = as_user(coordinator)
    section = plan.sections.get(title="Economía de la pesca")
    decide(client, council, debate, section, Outcome.CONSENSUS)
    again = decide(client, council, debate, section, Outcome.NO_CONSENSUS, note="Otra vez")
    assert again.status_code == 302
    assert flashed(again, "error")
    assert AssemblyOutcome.objects.count() == 1
    assert status(section) == "agreed"


def test_a_split_creates_parts_that_keep_their_parent_and_share_the_items(
    as_user, council, coordinator, plan, debate
):
    client = as_user(coordinator)
    section = plan.sections.get(title="Economía de la pesca")
    first, second = section.items.order_by("position")
    response = decide(
        client,
        council,
        debate,
        section,
        Outcome.SPLIT,
        note="Hay acuerdo sobre los precios, no sobre la cava.",
        parts="Precios justos\nLa cava comunal\n",
        **{f"item_{first.pk}": 1, f"item_{second.pk}": 2},
    )
    assert response.status_code == 302
    assert status(section) == "split"
    parts = list(section.parts.order_by("position"))
    assert [p.title for p in parts] == ["Precios justos", "La cava comunal"]
    assert {p.parent_id for p in parts} == {section.pk}
    assert {p.plan_id for p in parts} == {plan.pk}
    assert list(parts[0].items.all()) == [first]
    assert list(parts[1].items.all()) == [second]
    assert not section.items.exists()
    assert {p.status for p in parts} == {"draft"}

    tree = selectors.plan_tree(plan=plan)
    node = next(n for n in tree.nodes if n.section == section)
    assert [p.section.title for p in node.parts] == ["Precios justos", "La cava comunal"]
    assert [p.depth for p in node.parts] == [1, 1]

    page = client.get(url("plan_detail", council.slug, plan.pk))
    content = page.content.decode()
    assert "plan-tree--parts" in content
    parent_at = content.index("Economía de la pesca")
    assert parent_at < content.index("Precios justos") < content.index("La cava comunal")
    assert_shows(page, "The assembly split it into smaller parts, agreed one by one.")


def test_a_split_needs_two_parts(as_user, council, coordinator, plan, debate):
    section = plan.sections.get(title="Economía de la pesca")
    response = decide(
        as_user(coordinator), council, debate, section, Outcome.SPLIT, parts="Solo una parte"
    )
    assert response.status_code == 200
    assert_error_shown(response, "A split needs at least two parts")
    assert not section.parts.exists()
    assert not AssemblyOutcome.objects.exists()


def test_an_item_sent_to_a_part_that_does_not_exist_changes_nothing(
    as_user, council, coordinator, plan, debate
):
    section = plan.sections.get(title="Economía de la pesca")
    first, _second = section.items.order_by("position")
    response = decide(
        as_user(coordinator),
        council,
        debate,
        section,
        Outcome.SPLIT,
        parts="Precios\nCava",
        **{f"item_{first.pk}": 3},
    )
    assert response.status_code == 200
    assert_error_shown(response, "Each item goes to a part between 1 and 2.")
    assert not section.parts.exists()
    assert not AssemblyOutcome.objects.exists()
    assert status(section) == "under_debate"
    assert section.items.count() == 2


def test_the_plan_is_adopted_only_when_every_part_is_agreed(as_user, council, coordinator, plan):
    client = as_user(coordinator)
    economy = plan.sections.get(title="Economía de la pesca")
    organisation = plan.sections.get(title="Organización comunal")
    first, second = economy.items.order_by("position")

    open_assembly(client, council, plan, [economy, organisation])
    assembly = Assembly.objects.latest("pk")
    decide(client, council, assembly, organisation, Outcome.CONSENSUS)
    decide(
        client,
        council,
        assembly,
        economy,
        Outcome.SPLIT,
        parts="Precios justos\nLa cava comunal",
        **{f"item_{first.pk}": 1, f"item_{second.pk}": 2},
    )
    assert status(plan) == "under_debate"
    prices, cava = economy.parts.order_by("position")

    open_assembly(client, council, plan, [prices, cava])
    second_assembly = Assembly.objects.latest("pk")
    decide(client, council, second_assembly, prices, Outcome.CONSENSUS)
    assert status(plan) == "under_debate"
    assert not PlanVersion.objects.filter(plan=plan, is_adopted=True).exists()

    decide(client, council, second_assembly, cava, Outcome.CONSENSUS)
    plan.refresh_from_db()
    assert plan.status == "adopted"
    assert plan.adopted_at is not None
    adopted = PlanVersion.objects.get(plan=plan, is_adopted=True)
    assert adopted.number == plan.versions.order_by("-number").first().number

    page = client.get(url("plan_detail", council.slug, plan.pk))
    assert_shows(page, "The assembly adopted this plan on")
    assert_shows(page, "All its parts are agreed")
    tree = page.context["tree"]
    assert tree.pending_count == 0
    assert tree.agreed_count == 3  # Organización comunal and the two parts


def test_a_plan_with_one_section_still_under_debate_is_not_adopted(council, coordinator, plan):
    economy = plan.sections.get(title="Economía de la pesca")
    agree(plan, coordinator, [economy])
    assert plan.status == "under_debate"
    assert not plan.adopted_at


# --- After agreement: no edits, amendments --------------------------------------------------------


@pytest.fixture
def adopted(council, coordinator, plan):
    agree(plan, coordinator)
    assert plan.status == "adopted"
    return plan


def test_an_agreed_section_cannot_be_edited(as_user, council, coordinator, adopted):
    client = as_user(coordinator)
    section = adopted.sections.get(title="Economía de la pesca")
    item = section.items.first()
    before = (section.title, list(section.items.values_list("pk", "title")))

    edited = client.post(
        url("section_edit", council.slug, adopted.pk, section.pk),
        {"revision": adopted.revision, "title": "Otro título", "rationale": ""},
    )
    assert edited.status_code == 200
    assert_error_shown(edited, "The assembly already decided on “Economía de la pesca”.")

    added = client.post(
        url("item_add", council.slug, adopted.pk, section.pk),
        {"revision": adopted.revision, "source": "local", "title": "Nueva", "description": "x"},
    )
    assert added.status_code == 200
    assert_error_shown(added, "Propose an amendment to change it.")

    for action in ("remove", "up", "down"):
        response = client.post(
            url("item_action", council.slug, adopted.pk, item.pk, action),
            {"revision": adopted.revision},
        )
        assert response.status_code == 302
        if action == "remove":
            assert flashed(response, "error")
    removed = client.post(
        url("section_action", council.slug, adopted.pk, section.pk, "remove"),
        {"revision": adopted.revision},
    )
    assert flashed(removed, "error")

    section.refresh_from_db()
    assert (section.title, list(section.items.values_list("pk", "title"))) == before

    page = client.get(url("plan_detail", council.slug, adopted.pk))
    content = page.content.decode()
    assert url("section_edit", council.slug, adopted.pk, section.pk) not in content
    assert url("item_action", council.slug, adopted.pk, item.pk, "remove") not in content


def test_an_adopted_plans_details_cannot_change_but_it_can_be_shared(
    as_user, council, coordinator, adopted
):
    client = as_user(coordinator)
    data = {
        "revision": adopted.revision,
        "title": adopted.title,
        "period_start": adopted.period_start,
        "period_end": adopted.period_end,
        "local_problems": adopted.local_problems,
        "goals": "Otras metas",
    }
    refused = client.post(url("plan_edit", council.slug, adopted.pk), data)
    assert refused.status_code == 200
    assert_error_shown(refused, "This plan was adopted by the assembly.")
    assert FormationPlan.objects.get(pk=adopted.pk).goals == adopted.goals

    shared = client.post(
        url("plan_edit", council.slug, adopted.pk),
        {**data, "goals": adopted.goals, "shared": "on"},
    )
    assert shared.status_code == 302
    adopted.refresh_from_db()
    assert adopted.shared and adopted.status == "adopted"


def test_an_amendment_reopens_a_section_and_the_adopted_version_stays_readable(
    as_user, council, coordinator, adopted
):
    client = as_user(coordinator)
    section = adopted.sections.get(title="Economía de la pesca")
    adopted_version = PlanVersion.objects.get(plan=adopted, is_adopted=True)
    adopted_snapshot = adopted_version.snapshot

    empty = client.post(
        url("section_amend", council.slug, adopted.pk, section.pk),
        {"revision": adopted.revision, "reason": "  "},
    )
    assert empty.status_code == 200
    assert status(section) == "agreed"

    response = client.post(
        url("section_amend", council.slug, adopted.pk, section.pk),
        {"revision": adopted.revision, "reason": "Falta el taller de precios con las pescadoras."},
    )
    assert response.status_code == 302
    assert status(section) == "under_debate"
    adopted.refresh_from_db()
    assert adopted.status == "amending"
    assert adopted.adopted_at is not None
    page = client.get(url("plan_detail", council.slug, adopted.pk))
    assert_shows(page, "an amendment is under debate")

    # The reopened section can change; the adopted version does not.
    services.item_add(
        section=section,
        by=coordinator,
        expected_revision=adopted.revision,
        title="Taller de precios justos",
        description="Con las pescadoras del muelle.",
    )
    adopted_version.refresh_from_db()
    assert adopted_version.snapshot == adopted_snapshot
    old = client.get(url("plan_version_detail", council.slug, adopted.pk, adopted_version.number))
    assert old.status_code == 200
    assert "Taller de precios justos" not in old.content.decode()
    for title, _items in [("Economía de la pesca", 2), ("Organización comunal", 1)]:
        assert_shows(old, title)
    versions = client.get(url("plan_versions", council.slug, adopted.pk))
    assert_shows(versions, "Adopted by the assembly")

    # A new assembly agrees the amendment: adopted again, with a second adopted version.
    agree(adopted, coordinator)
    assert adopted.status == "adopted"
    assert PlanVersion.objects.filter(plan=adopted, is_adopted=True).count() == 2


def test_only_an_agreed_section_can_be_amended(council, coordinator, plan):
    section = plan.sections.first()
    with pytest.raises(ValidationError):
        services.section_propose_amendment(
            section=section, by=coordinator, expected_revision=plan.revision, reason="Porque sí"
        )


# --- Corrections ---------------------------------------------------------------------------------


def test_a_correction_is_a_new_record_and_the_original_stays(
    as_user, council, coordinator, plan, debate
):
    client = as_user(coordinator)
    section = plan.sections.get(title="Economía de la pesca")
    decide(client, council, debate, section, Outcome.CONSENSUS)
    original = AssemblyOutcome.objects.get()
    recorded = (original.outcome, original.note, original.recorded_at, original.recorded_by_id)

    response = client.post(
        url("outcome_correct", council.slug, debate.pk, original.pk),
        {"outcome": Outcome.NO_CONSENSUS, "note": "El acta se equivocó: dos vecinas objetaron."},
    )
    assert response.status_code == 302
    assert AssemblyOutcome.objects.count() == 2
    original.refresh_from_db()
    assert (original.outcome, original.note, original.recorded_at, original.recorded_by_id) == (
        recorded
    )
    correction = AssemblyOutcome.objects.exclude(pk=original.pk).get()
    assert correction.corrects == original
    assert correction.outcome == Outcome.NO_CONSENSUS
    assert status(section) == "under_debate"

    page = client.get(url("assembly_detail", council.slug, debate.pk))
    assert_shows(page, "Corrected by the record below.")
    assert_shows(page, "El acta se equivocó: dos vecinas objetaron.")

    again = client.post(
        url("outcome_correct", council.slug, debate.pk, original.pk),
        {"outcome": Outcome.CONSENSUS, "note": "Otra vez"},
    )
    assert again.status_code == 200
    assert_error_shown(again, "This outcome was already corrected")
    assert AssemblyOutcome.objects.count() == 2


def test_a_correction_says_why(as_user, council, coordinator, plan, debate):
    client = as_user(coordinator)
    section = plan.sections.get(title="Economía de la pesca")
    decide(client, council, debate, section, Outcome.CONSENSUS)
    original = AssemblyOutcome.objects.get()
    response = client.post(
        url("outcome_correct", council.slug, debate.pk, original.pk),
        {"outcome": Outcome.NO_CONSENSUS, "note": ""},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["note"]
    assert AssemblyOutcome.objects.count() == 1


def test_correcting_the_consensus_that_adopted_a_plan_reopens_it(council, coordinator, adopted):
    original = AssemblyOutcome.objects.filter(section__title="Economía de la pesca").get()
    services.assembly_correct_outcome(
        original=original, by=coordinator, outcome=Outcome.NO_CONSENSUS, note="Error del acta"
    )
    adopted.refresh_from_db()
    assert adopted.status != "adopted"
    assert PlanVersion.objects.filter(plan=adopted, is_adopted=True).count() == 1


def test_a_split_cannot_be_corrected(council, coordinator, plan, debate):
    section = plan.sections.get(title="Economía de la pesca")
    record = services.assembly_record_outcome(
        assembly=debate,
        section=section,
        by=coordinator,
        outcome=Outcome.SPLIT,
        parts=["Precios", "Cava"],
    )
    with pytest.raises(ValidationError):
        services.assembly_correct_outcome(
            original=record, by=coordinator, outcome=Outcome.CONSENSUS, note="No"
        )
    assert AssemblyOutcome.objects.count() == 1
    assert PlanSection.objects.filter(parent=section).count() == 2
    assert PlanItem.objects.filter(section__parent=section).count() == 2


def test_a_participant_reads_the_minutes_without_the_decision_forms(
    as_user, council, coordinator, participant, plan, debate
):
    page = as_user(participant).get(url("assembly_detail", council.slug, debate.pk))
    assert page.status_code == 200
    assert_shows(page, "Economía de la pesca")
    assert "outcome-form" not in page.content.decode()


def test_a_section_that_went_before_an_assembly_stays_in_the_record(
    as_user, council, coordinator, plan, debate
):
    section = plan.sections.get(title="Organización comunal")
    decide(as_user(coordinator), council, debate, section, Outcome.NO_CONSENSUS, note="Falta")
    plan.refresh_from_db()
    response = as_user(coordinator).post(
        url("section_action", council.slug, plan.pk, section.pk, "remove"),
        {"revision": plan.revision},
    )
    assert any("stays in the record" in m for m in flashed(response, "error"))
    assert PlanSection.objects.filter(pk=section.pk).exists()
