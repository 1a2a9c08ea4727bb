"""Following a study path: enrol, pause, resume, leave, and the checklist by stage."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.utils import timezone

from progress import services
from progress.models import Enrolment

from ..councils.helpers import flashed
from .helpers import url, visible_text

pytestmark = pytest.mark.django_db


def enrolments_state(user):
    return list(
        Enrolment.objects.filter(user=user).values_list(
            "pk", "path_id", "status", "enrolled_on", "completed_on", "updated_at"
        )
    )


def test_participant_enrols_and_sees_the_checklist_by_stage(world, as_user, committed):
    client = as_user(world.participant)
    with committed():
        response = client.post(url("enrol", world.lib.path.pk))

    enrolment = Enrolment.objects.get(user=world.participant)
    assert enrolment.status == Enrolment.Status.ACTIVE
    assert enrolment.path_title == "El agua como escuela"
    assert response.status_code == 302
    assert response["Location"] == url("path_detail", enrolment.pk)
    assert any("El agua como escuela" in m for m in flashed(response, "success"))

    page = client.get(url("path_detail", enrolment.pk))
    text = visible_text(page)
    assert "Stage 1 Entender el problema" in text
    assert "Stage 2 Organizarse" in text
    assert "To do: Pedagogía del oprimido" in text
    assert "To do: El agua que no llega" in text
    # 30 min reading + 90 min workshop + 2.5 h practice = 4.5 h in three materials.
    assert "0 of 3 materials" in text
    assert "0 of 4.5 h" in text

    paths = visible_text(client.get(url("paths")))
    assert "El agua como escuela" in paths
    assert "Following" in paths


def test_checklist_progress_by_items_and_by_hours(world, as_user, committed):
    client = as_user(world.participant)
    with committed():
        client.post(url("enrol", world.lib.path.pk))
        client.post(
            url("mark_done", world.lib.reading.pk),
            {"completed_on": "2024-03-09", "reflection": "Nombrar el mundo para cambiarlo."},
        )
    enrolment = Enrolment.objects.get(user=world.participant)

    text = visible_text(as_user(world.participant).get(url("path_detail", enrolment.pk)))
    assert "Done: Pedagogía del oprimido" in text
    assert "To do: El agua que no llega" in text
    assert "1 of 3 materials" in text  # the whole path
    assert "33 %" in text  # one item out of three
    assert "0.5 of 4.5 h" in text
    assert "11 %" in text  # half an hour out of four and a half
    assert "1 of 2 materials" in text  # stage 1
    assert "25 %" in text  # 30 of the stage's 120 minutes
    assert "0 of 1 material" in text  # stage 2


def test_enrolling_twice_says_so_and_changes_nothing(world, as_user, committed):
    client = as_user(world.participant)
    with committed():
        client.post(url("enrol", world.lib.path.pk))
    before = enrolments_state(world.participant)

    with committed():
        response = client.post(url("enrol", world.lib.path.pk), follow=True)

    assert enrolments_state(world.participant) == before
    assert "You are already following this study path." in visible_text(response)


def test_pause_resume_and_leave_a_path(world, as_user, committed):
    client = as_user(world.participant)
    with committed():
        client.post(url("enrol", world.lib.path.pk))
    enrolment = Enrolment.objects.get(user=world.participant)

    response = client.post(url("enrolment_status", enrolment.pk), {"status": "paused"})
    assert response["Location"] == url("paths")
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.PAUSED
    text = visible_text(client.get(url("paths")))
    assert "Paused" in text and "Resume" in text

    client.post(url("enrolment_status", enrolment.pk), {"status": "active"})
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.ACTIVE

    client.post(url("enrolment_status", enrolment.pk), {"status": "left"})
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.LEFT
    text = visible_text(client.get(url("paths")))
    assert "Paths you left" in text
    assert "El agua como escuela" in text
    assert "Follow again" in text

    # Following it again reuses the same enrolment: the history (since when) is kept.
    with committed():
        client.post(url("enrol", world.lib.path.pk))
    assert list(Enrolment.objects.filter(user=world.participant).values_list("pk", "status")) == [
        (enrolment.pk, Enrolment.Status.ACTIVE)
    ]


@pytest.mark.parametrize("status", ["completed", "banana", ""])
def test_impossible_status_changes_are_refused(world, as_user, committed, status):
    client = as_user(world.participant)
    with committed():
        client.post(url("enrol", world.lib.path.pk))
    enrolment = Enrolment.objects.get(user=world.participant)
    before = enrolments_state(world.participant)

    response = client.post(url("enrolment_status", enrolment.pk), {"status": status}, follow=True)

    assert enrolments_state(world.participant) == before
    assert "That change is not possible for this study path." in visible_text(response)


def test_someone_elses_enrolment_is_not_found(world, as_user, committed):
    with committed():
        as_user(world.participant).post(url("enrol", world.lib.path.pk))
    enrolment = Enrolment.objects.get(user=world.participant)
    before = enrolments_state(world.participant)
    neighbour = as_user(world.neighbour)

    assert neighbour.get(url("path_detail", enrolment.pk)).status_code == 404
    assert (
        neighbour.post(url("enrolment_status", enrolment.pk), {"status": "left"}).status_code == 404
    )
    assert enrolments_state(world.participant) == before


def test_enrolling_needs_a_published_path_and_a_post(world, as_user):
    client = as_user(world.participant)
    assert client.get(url("enrol", world.lib.path.pk)).status_code == 405
    world.lib.path.unpublish()
    assert client.post(url("enrol", world.lib.path.pk)).status_code == 404
    assert not Enrolment.objects.exists()


def test_pages_of_the_record_need_a_login(world, client):
    for name in ("record", "paths", "practice_list", "vouches", "record_json", "record_print"):
        response = client.get(url(name))
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("how", ["follow_again", "resume"])
def test_coming_back_to_a_path_already_done_completes_it(world, as_user, committed, how):
    client = as_user(world.participant)
    with committed():
        client.post(url("enrol", world.lib.path.pk))
    enrolment = Enrolment.objects.get(user=world.participant)
    client.post(url("enrolment_status", enrolment.pk), {"status": "left"})
    with committed():
        services.mark_read(
            user=world.participant, material=world.lib.reading, completed_on=timezone.localdate()
        )
        services.attendance_record(
            session=world.held_session,
            by=world.facilitator,
            present_user_ids={world.participant.pk},
        )
        services.practice_log_create(
            user=world.participant,
            practiced_on=timezone.localdate(),
            hours=Decimal("2.5"),
            what_was_done="Convocamos la mesa técnica de agua.",
            material=world.lib.practice,
        )
    with committed():
        if how == "follow_again":
            client.post(url("enrol", world.lib.path.pk))
        else:
            client.post(url("enrolment_status", enrolment.pk), {"status": "active"})
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED
    totals = visible_text(client.get(url("record")))
    assert "Study paths completed 1" in totals
