"""What happened to a plan is stored as data and read in the reader's language (issue 7).

A coordinator acting in Spanish must not leave Spanish sentences with ISO dates
behind for English readers, nor the other way round; old sentences in either
language are converted by the data migration.
"""

from __future__ import annotations

import importlib
import json

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format

from councils import events
from councils.models import FormationPlan, VersionEvent

from .factories import FormationPlanFactory, hold_assembly
from .helpers import assert_shows, url

pytestmark = pytest.mark.django_db

legacy = importlib.import_module("councils.migrations.0003_convert_sentences_to_events")


def _in(language: str, name: str, *args) -> str:
    with translation.override(language):
        return url(name, *args)


def _today_in(language: str) -> str:
    with translation.override(language):
        return date_format(timezone.localdate(), "DATE_FORMAT")


@pytest.fixture
def adopted_in_spanish(as_user, council, coordinator, plan):
    """Every section agreed through the Spanish pages: the plan is adopted."""
    client = as_user(coordinator)
    assembly = hold_assembly(plan, coordinator)
    for section in assembly.agenda.all():
        response = client.post(
            _in("es", "assembly_detail", council.slug, assembly.pk),
            {"section": section.pk, f"s{section.pk}-outcome": "consensus"},
        )
        assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.status == "adopted"
    return plan


def test_an_assembly_recorded_in_spanish_reads_in_english(
    as_user, council, coordinator, adopted_in_spanish
):
    plan = adopted_in_spanish
    version = plan.versions.order_by("-number").first()
    assert version.event == VersionEvent.ASSEMBLY_OUTCOME
    assert version.event_data["date"] == timezone.localdate().isoformat()
    assert version.event_data["outcome"] == "consensus"
    assert version.event_data["adopted"] is True

    page = as_user(coordinator).get(_in("en", "plan_versions", council.slug, plan.pk))
    title = version.event_data["title"]
    assert_shows(page, f"Assembly of {_today_in('en')}: “{title}”, Consensus · plan adopted")
    content = page.content.decode()
    assert "Asamblea del" not in content
    assert timezone.localdate().isoformat() + ":" not in content

    spanish = as_user(coordinator).get(_in("es", "plan_versions", council.slug, plan.pk))
    assert_shows(spanish, f"Asamblea del {_today_in('es')}: «{title}», Consenso · plan aprobado")


def test_a_section_added_in_english_reads_in_spanish(as_user, council, coordinator, plan):
    client = as_user(coordinator)
    response = client.post(
        _in("en", "section_add", council.slug, plan.pk),
        {"revision": plan.revision, "title": "Memoria del muelle"},
    )
    assert response.status_code == 302
    version = plan.versions.order_by("-number").first()
    assert (version.event, version.event_data) == ("section_added", {"title": "Memoria del muelle"})
    detail = client.get(_in("es", "plan_version_detail", council.slug, plan.pk, version.number))
    assert_shows(detail, "Sección «Memoria del muelle» agregada")
    english = client.get(_in("en", "plan_version_detail", council.slug, plan.pk, version.number))
    assert_shows(english, "Section “Memoria del muelle” added")


def test_a_copy_says_where_it_came_from_in_the_readers_language(as_user, council, coordinator):
    template = FormationPlanFactory(
        council=None, is_network_template=True, title="Plan base de la red"
    )
    client = as_user(coordinator)
    response = client.post(
        _in("es", "plan_create", council.slug),
        {"copy_from": template.pk, "title": "Plan de Playa Colorada"},
    )
    assert response.status_code == 302
    plan = FormationPlan.objects.get(council=council)
    assert plan.copied_from_data == {
        "kind": "template",
        "title": "Plan base de la red",
        "date": timezone.localdate().isoformat(),
    }
    english = client.get(_in("en", "plan_detail", council.slug, plan.pk))
    assert_shows(english, "Adapted from network template “Plan base de la red”.")
    spanish = client.get(_in("es", "plan_detail", council.slug, plan.pk))
    assert_shows(spanish, "Adaptado de plantilla de la red «Plan base de la red».")


def test_the_export_keeps_the_data_and_a_sentence_in_the_exporters_language(
    as_user, council, coordinator, adopted_in_spanish
):
    response = as_user(coordinator).get(_in("en", "export", council.slug))
    data = json.loads(response.content)
    assert data["version"] == 2
    last = max(data["plans"][0]["versions"], key=lambda v: v["number"])
    assert last["event"] == "assembly_outcome"
    assert last["event_data"]["outcome"] == "consensus"
    assert last["summary"].startswith(f"Assembly of {_today_in('en')}: “")
    first = min(data["plans"][0]["versions"], key=lambda v: v["number"])
    assert (first["event"], first["summary"]) == ("created", "Plan created")


def test_an_unknown_event_or_origin_reads_as_its_text():
    assert events.describe_event("note", {"text": "Algo que pasó"}) == "Algo que pasó"
    assert events.describe_origin({"kind": "plan"}) == "a plan of another council"
    assert events.describe_origin({}) == ""


# --- Converting the sentences stored before (migration 0003) --------------------------------


@pytest.mark.parametrize(
    ("summary", "event", "data"),
    [
        ("Plan created", "created", {}),
        ("Plan creado", "created", {}),
        ("Datos del plan editados", "details_edited", {}),
        ("Section “Agua” added", "section_added", {"title": "Agua"}),
        ("Sección «Agua» quitada", "section_removed", {"title": "Agua"}),
        ("Sección «Agua» movida", "section_moved", {"title": "Agua"}),
        ("“Taller de redes” moved", "item_moved", {"title": "Taller de redes"}),
        ("«Taller de redes» agregado", "item_added", {"title": "Taller de redes"}),
        (
            "Amendment proposed to “Agua”: Falta el comité",
            "amended",
            {"title": "Agua", "reason": "Falta el comité"},
        ),
        (
            "Enmienda propuesta a «Agua»: Falta el comité",
            "amended",
            {"title": "Agua", "reason": "Falta el comité"},
        ),
        (
            "Asamblea del 2026-11-29: «Economía, pesca», Consenso · plan aprobado",
            "assembly_outcome",
            {
                "date": "2026-11-29",
                "title": "Economía, pesca",
                "outcome": "consensus",
                "adopted": True,
            },
        ),
        (
            "Assembly of 2026-11-29: “Agua”, No consensus yet",
            "assembly_outcome",
            {"date": "2026-11-29", "title": "Agua", "outcome": "no_consensus", "adopted": False},
        ),
        (
            "Asamblea del 2026-11-29: «Agua», Dividida en partes más pequeñas",
            "assembly_outcome",
            {"date": "2026-11-29", "title": "Agua", "outcome": "split", "adopted": False},
        ),
        (
            "Corrección de la asamblea del 2026-11-29 sobre «Agua»: Consenso",
            "outcome_corrected",
            {"date": "2026-11-29", "title": "Agua", "outcome": "consensus"},
        ),
        (
            "Correction of the assembly of 2026-11-29 on “Agua”: No consensus yet",
            "outcome_corrected",
            {"date": "2026-11-29", "title": "Agua", "outcome": "no_consensus"},
        ),
        (
            "Copiado de plantilla de la red «Plan base»",
            "copied",
            {"kind": "template", "title": "Plan base"},
        ),
        (
            "Copied from “Plan del cacao” of Consejo Comunal Chuao",
            "copied",
            {"kind": "plan", "title": "Plan del cacao", "council": "Consejo Comunal Chuao"},
        ),
        ("Asamblea del 2026-11-29: «Agua», Otra cosa", "note", None),
        ("Algo escrito a mano", "note", None),
        ("Copiado de algún lugar", "note", None),
    ],
)
def test_legacy_sentences_in_both_languages_become_events(summary, event, data):
    expected = {"text": summary} if data is None else data
    assert legacy.event_from_summary(summary) == (event, expected)


def test_a_converted_sentence_reads_in_the_other_language():
    event, data = legacy.event_from_summary("Asamblea del 2026-11-29: «Agua», Consenso")
    with translation.override("en"):
        assert events.describe_event(event, data) == "Assembly of Nov. 29, 2026: “Agua”, Consensus"


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("network template “Plan base”", {"kind": "template", "title": "Plan base"}),
        ("plantilla de la red «Plan base»", {"kind": "template", "title": "Plan base"}),
        (
            "«Plan del cacao» de Chuao",
            {"kind": "plan", "title": "Plan del cacao", "council": "Chuao"},
        ),
        (
            "“Plan del cacao” of Chuao",
            {"kind": "plan", "title": "Plan del cacao", "council": "Chuao"},
        ),
        ("un plan de otro lado", {"kind": "note", "text": "un plan de otro lado"}),
        ("", {}),
    ],
)
def test_legacy_adapted_from_labels_become_copy_data(label, data):
    assert legacy.origin_from_label(label) == data
