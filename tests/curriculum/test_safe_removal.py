"""Unpublishing or deleting a material used by study paths, through Wagtail's own admin views."""

import pytest
from wagtail import hooks
from wagtail.models import PageLogEntry

from curriculum.models import StudyPathMaterial, StudyPathPage, WorkshopPage
from curriculum.selectors.usage import MATERIAL_USAGES_HOOK, MaterialUsage
from curriculum.services import REMOVED_MATERIAL_ACTION

from ..factories import UserFactory
from ..utils import login

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, content):
    login(client, UserFactory(is_superuser=True, is_staff=True, preferred_language="es"))
    return client


def _stage_material_ids(path):
    return [item for stage in path.stages.raw_data for item in stage["value"]["materials"]]


def test_delete_confirmation_names_paths_and_hours(admin_client, content):
    response = admin_client.get(f"/admin/pages/{content.workshop.pk}/delete/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "El agua como escuela" in html
    assert "1,5 h menos" in html  # the workshop's 90 minutes
    assert "se usa en" in html  # Wagtail's usage line, in Spanish
    assert "Sí, borrarlo" in html


def test_unpublish_confirmation_names_paths_and_plans(admin_client, content):
    def a_plan(material):
        return [MaterialUsage(kind="plan", label="Plan de Playa Azul", minutes=30)]

    with hooks.register_temporarily(MATERIAL_USAGES_HOOK, a_plan):
        response = admin_client.get(f"/admin/pages/{content.reading.pk}/unpublish/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "El agua como escuela" in html
    assert "Plan de Playa Azul" in html


def test_deleting_a_material_repairs_the_paths(admin_client, content, run_on_commit):
    workshop_pk = content.workshop.pk
    with run_on_commit():
        response = admin_client.post(f"/admin/pages/{workshop_pk}/delete/")
    assert response.status_code == 302
    assert not WorkshopPage.objects.filter(pk=workshop_pk).exists()

    path = StudyPathPage.objects.get(pk=content.path.pk)
    assert path.live and not path.has_unpublished_changes
    items = _stage_material_ids(path)
    assert workshop_pk not in [item["value"] for item in items]
    assert content.reading.pk in [item["value"] for item in items]
    # The path publishes again as it is: its stages pass the editor's validation.
    path.stages.stream_block.clean(path.stages)
    assert list(StudyPathMaterial.objects.filter(path=path).values_list("material_id", flat=True))
    entry = PageLogEntry.objects.filter(page=path, action=REMOVED_MATERIAL_ACTION).get()
    assert entry.data["title"] == "El agua que no llega"
    assert "El agua que no llega" in entry.message


def test_a_stage_left_empty_is_dropped(admin_client, content, run_on_commit):
    with run_on_commit():
        admin_client.post(f"/admin/pages/{content.practice.pk}/delete/")
    path = StudyPathPage.objects.get(pk=content.path.pk)
    assert [stage["value"]["title"] for stage in path.stages.raw_data] == ["Entender el problema"]
    path.stages.stream_block.clean(path.stages)


def test_unpublishing_keeps_the_path_publishable(admin_client, content, run_on_commit):
    with run_on_commit():
        response = admin_client.post(f"/admin/pages/{content.reading.pk}/unpublish/")
    assert response.status_code == 302
    path = StudyPathPage.objects.get(pk=content.path.pk)
    path.stages.stream_block.clean(path.stages)
    assert content.reading.pk not in set(
        StudyPathMaterial.objects.filter(path=path, material__live=True).values_list(
            "material_id", flat=True
        )
    )
