"""Migration 0003 converts the sentences stored before into events, on real rows."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("councils", "0002_plan_events_copy_origin_to_adapt_session_status")]
AFTER = [("councils", "0004_drop_sentence_columns")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def back_to_latest():
    """Leave the schema as every later test expects it: all migrations applied."""
    yield
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_stored_sentences_and_labels_become_events_and_copy_data(back_to_latest):
    old = migrate(BEFORE)
    Council = old.get_model("councils", "Council")
    FormationPlan = old.get_model("councils", "FormationPlan")
    PlanVersion = old.get_model("councils", "PlanVersion")
    council = Council.objects.create(
        name="Consejo Comunal Playa Azul",
        slug="playa-azul-migracion",
        state="Sucre",
        municipality="Cumaná",
        territory_kind="coastal_fishing",
    )
    plan = FormationPlan.objects.create(
        council=council,
        title="Plan de Playa Azul",
        period_start=2027,
        period_end=2029,
        local_problems="x",
        goals="x",
        copied_from_label="plantilla de la red «Plan base»",
    )
    summaries = [
        "Copiado de plantilla de la red «Plan base»",
        "Asamblea del 2026-11-29: «Economía», Consenso · plan aprobado",
        "Algo que nadie entiende",
    ]
    for number, summary in enumerate(summaries, start=1):
        PlanVersion.objects.create(plan=plan, number=number, summary=summary, snapshot={})

    new = migrate(AFTER)
    PlanVersion = new.get_model("councils", "PlanVersion")
    FormationPlan = new.get_model("councils", "FormationPlan")
    converted = {
        v.number: (v.event, v.event_data) for v in PlanVersion.objects.filter(plan_id=plan.pk)
    }
    assert converted == {
        1: ("copied", {"kind": "template", "title": "Plan base"}),
        2: (
            "assembly_outcome",
            {"date": "2026-11-29", "title": "Economía", "outcome": "consensus", "adopted": True},
        ),
        3: ("note", {"text": "Algo que nadie entiende"}),
    }
    origin = FormationPlan.objects.get(pk=plan.pk).copied_from_data
    assert origin["kind"] == "template" and origin["title"] == "Plan base"
