"""Study paths: hours by kind, shared materials, and the entries rebuilt after each publish."""

from decimal import Decimal

import pytest

from curriculum.models import StudyPathMaterial
from curriculum.selectors.paths import path_totals

from ..factories import (
    PracticeAssignmentPageFactory,
    ReadingPageFactory,
    StudyPathPageFactory,
    WorkshopPageFactory,
    agenda_data,
    stages_data,
)
from ..utils import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def materials(tree):
    lib = tree.library
    return {
        "freire": ReadingPageFactory(
            parent=lib, title="Pedagogía del oprimido", estimated_minutes=30
        ),
        "luxemburgo": ReadingPageFactory(
            parent=lib, title="Reforma social o revolución", estimated_minutes=60
        ),
        "agua": WorkshopPageFactory(
            parent=lib,
            title="El agua que no llega",
            agenda=agenda_data([("Mapa del problema", 45), ("Plan de acción", 75)]),
        ),
        "mesa": PracticeAssignmentPageFactory(
            parent=lib, title="Convocar la mesa técnica de agua", estimated_hours=Decimal("2.5")
        ),
    }


def make_path(tree, title, stages):
    return StudyPathPageFactory(parent=tree.paths_index, title=title, stages=stages_data(stages))


def test_totals_by_kind(client, tree, materials, run_on_commit):
    path = make_path(
        tree,
        "El agua como escuela",
        [
            ("Entender el problema", "", [materials["freire"], materials["agua"]]),
            ("Organizarse", "", [materials["luxemburgo"], materials["mesa"]]),
        ],
    )
    with run_on_commit():
        publish(path)

    response = client.get(path.url)
    assert response.status_code == 200
    totals = response.context["outline"].totals
    assert totals.reading_minutes == 90
    assert totals.workshop_minutes == 120
    assert totals.practice_minutes == 150
    assert totals.total_minutes == 360
    assert totals.count == 4
    stage_totals = [stage.totals for stage in response.context["outline"].stages]
    assert [(t.reading_minutes, t.workshop_minutes, t.practice_minutes) for t in stage_totals] == [
        (30, 120, 0),
        (60, 0, 150),
    ]
    html = response.content.decode()
    # Hours as a facilitator reads them, with a Spanish decimal comma.
    for shown in ("1,5 h", "2 h", "2,5 h", "6 h"):
        assert f"<dd>{shown}</dd>" in html, shown

    # The index and the home page read the same totals from the maintained entries.
    index_totals = path_totals(path_ids=[path.pk])[path.pk]
    assert (index_totals.reading_minutes, index_totals.workshop_minutes) == (90, 120)
    assert (index_totals.practice_minutes, index_totals.count) == (150, 4)
    index_html = client.get(tree.paths_index.url).content.decode()
    assert "El agua como escuela" in index_html and "<dd>6 h</dd>" in index_html


def test_totals_leave_out_unpublished_materials(client, tree, materials, run_on_commit):
    path = make_path(
        tree, "Lecturas de base", [("Leer", "", [materials["freire"], materials["luxemburgo"]])]
    )
    with run_on_commit():
        publish(path)
    materials["luxemburgo"].unpublish()
    response = client.get(path.url)
    assert response.context["outline"].totals.reading_minutes == 30
    assert "Reforma social o revolución" not in response.content.decode()


def test_a_material_shared_by_two_paths_appears_in_both(client, tree, materials, run_on_commit):
    first = make_path(tree, "El agua como escuela", [("Uno", "", [materials["agua"]])])
    second = make_path(
        tree,
        "Facilitar en la comunidad",
        [("Preparar", "", [materials["freire"]]), ("Facilitar", "", [materials["agua"]])],
    )
    with run_on_commit():
        publish(first)
        publish(second)

    for path in (first, second):
        html = client.get(path.url).content.decode()
        assert "El agua que no llega" in html

    # The material is not copied: the library still has one workshop.
    assert StudyPathMaterial.objects.filter(material=materials["agua"]).count() == 2
    workshop_html = client.get(materials["agua"].url).content.decode()
    assert "El agua como escuela" in workshop_html
    assert "Facilitar en la comunidad" in workshop_html
    reading_html = client.get(materials["freire"].url).content.decode()
    assert "Facilitar en la comunidad" in reading_html
    assert "El agua como escuela" not in reading_html


def test_publishing_rebuilds_the_entries(client, tree, materials, run_on_commit):
    path = make_path(tree, "El agua como escuela", [("Uno", "", [materials["freire"]])])
    assert not StudyPathMaterial.objects.filter(path=path).exists()

    with run_on_commit():
        publish(path)
    entries = StudyPathMaterial.objects.filter(path=path)
    assert list(entries.values_list("material_id", "stage_number", "stage_title", "position")) == [
        (materials["freire"].pk, 1, "Uno", 1)
    ]

    # The editor reorganises the path: two stages, a workshop and a practice.
    path.stages = stages_data(
        [
            ("Entender", "", [materials["agua"]]),
            ("Actuar", "", [materials["mesa"], materials["freire"]]),
        ]
    )
    with run_on_commit():
        publish(path)
    assert list(entries.values_list("material_id", "stage_number", "position")) == [
        (materials["agua"].pk, 1, 1),
        (materials["mesa"].pk, 2, 2),
        (materials["freire"].pk, 2, 3),
    ]
    assert "El agua como escuela" in client.get(materials["mesa"].url).content.decode()

    # A saved draft changes nothing until it is published.
    path.stages = stages_data([("Solo leer", "", [materials["luxemburgo"]])])
    with run_on_commit():
        path.save_revision()
    assert entries.count() == 3

    # Unpublishing the path removes its entries: materials stop listing it.
    with run_on_commit():
        path.unpublish()
    assert not entries.exists()
    assert "El agua como escuela" not in client.get(materials["mesa"].url).content.decode()


def test_nothing_happens_before_the_transaction_commits(
    tree, materials, django_capture_on_commit_callbacks
):
    path = make_path(tree, "El agua como escuela", [("Uno", "", [materials["freire"]])])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        publish(path)
    # The Celery task is queued on commit, not during the request's transaction.
    assert len(callbacks) >= 1
    assert not StudyPathMaterial.objects.filter(path=path).exists()
    for callback in callbacks:
        callback()
    assert StudyPathMaterial.objects.filter(path=path).count() == 1


def test_the_nightly_task_repairs_missed_entries(tree, materials, run_on_commit):
    from curriculum.tasks import refresh_all_study_paths

    path = make_path(tree, "El agua como escuela", [("Uno", "", [materials["freire"]])])
    with run_on_commit():
        publish(path)
    StudyPathMaterial.objects.all().delete()  # as if a publish signal had been lost
    assert refresh_all_study_paths.delay().get() >= 1
    assert StudyPathMaterial.objects.filter(path=path).count() == 1
