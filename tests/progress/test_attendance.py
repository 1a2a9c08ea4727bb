"""Attendance at a held session: taken by facilitators and coordinators; it completes workshops."""

from __future__ import annotations

import datetime as dt
import importlib
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from cms.celery import app as celery_app
from councils.models import Membership
from progress import services
from progress.models import Attendance, Completion, Enrolment, YearSummary

from ..councils.factories import make_session
from .factories import workshop_item
from .helpers import record_totals, url, visible_text, year_table

pytestmark = pytest.mark.django_db


def attendance_rows():
    return (
        sorted(Attendance.objects.values_list("session_id", "user_id", "present")),
        sorted(Completion.objects.values_list("user_id", "material_id", "source", "session_id")),
    )


def take(client, world, session, *people):
    return client.post(
        url("attendance", world.council.slug, session.pk),
        {"present": [str(p.pk) for p in people]},
        follow=True,
    )


def test_facilitator_takes_attendance_and_the_workshop_is_completed(world, as_user, committed):
    nelly = as_user(world.facilitator)
    page = nelly.get(url("attendance", world.council.slug, world.held_session.pk))
    text = visible_text(page)
    for name in ("Carmen la de las redes", "Rosa del muelle", "Yusmary", "Nelly (you)"):
        assert name in text
    assert "Everyone marked present completes this workshop" in text

    with committed():
        response = take(nelly, world, world.held_session, world.participant, world.neighbour)
    assert "Attendance saved." in visible_text(response)
    assert "2 present" in visible_text(response)

    held_on = timezone.localtime(world.held_session.starts_at).date()
    present = dict(
        Attendance.objects.filter(session=world.held_session).values_list("user_id", "present")
    )
    assert present == {
        world.participant.pk: True,
        world.neighbour.pk: True,
        world.coordinator.pk: False,
        world.facilitator.pk: False,
    }
    completion = Completion.objects.get(user=world.participant)
    assert completion.source == Completion.Source.ATTENDANCE
    assert completion.session == world.held_session
    assert completion.material_id == world.lib.workshop.pk
    assert completion.completed_on == held_on
    assert completion.minutes == 90
    assert Completion.objects.filter(user=world.neighbour).count() == 1
    assert not Completion.objects.filter(user__in=[world.coordinator, world.facilitator]).exists()

    row = year_table(as_user(world.participant).get(url("record")).content.decode())
    assert row[str(held_on.year)]["Workshops (h)"] == "1.5"

    # The facilitator's own record counts the session as a workshop facilitated.
    assert YearSummary.objects.get(user=world.facilitator).workshops_facilitated == 1
    facilitator_record = nelly.get(url("record")).content.decode()
    assert record_totals(facilitator_record)["Workshops facilitated"] == "1"


def test_a_year_with_only_sessions_facilitated_is_in_the_year_table(world, as_user, committed):
    with committed():
        services.attendance_record(
            session=world.held_session, by=world.coordinator, present_user_ids=set()
        )
    year = timezone.localtime(world.held_session.starts_at).year
    record = as_user(world.facilitator).get(url("record")).content.decode()
    assert "Nothing recorded yet" not in record
    assert year_table(record)[str(year)]["Workshops facilitated"] == "1"


def test_unmarking_someone_removes_the_workshop_from_their_record(world, as_user, committed):
    yusmary = as_user(world.coordinator)  # coordinators take attendance too
    with committed():
        take(yusmary, world, world.held_session, world.participant, world.neighbour)
    with committed():
        response = take(yusmary, world, world.held_session, world.neighbour)
    assert "Attendance saved." in visible_text(response)
    assert not Completion.objects.filter(user=world.participant).exists()
    assert Completion.objects.filter(user=world.neighbour).count() == 1
    assert not Attendance.objects.get(session=world.held_session, user=world.participant).present
    year = timezone.localtime(world.held_session.starts_at).year
    assert not YearSummary.objects.filter(user=world.participant, year=year, workshop_minutes__gt=0)


@pytest.mark.parametrize("who", ["participant", "neighbour", "outsider"])
def test_a_participant_cannot_take_attendance(world, as_user, committed, who):
    client = as_user(getattr(world, who))
    before = attendance_rows()
    assert (
        client.get(url("attendance", world.council.slug, world.held_session.pk)).status_code == 404
    )
    with committed():
        response = take(client, world, world.held_session, world.participant)
    assert response.status_code == 404
    assert attendance_rows() == before
    with pytest.raises(PermissionDenied):
        services.attendance_record(
            session=world.held_session,
            by=getattr(world, who),
            present_user_ids={world.neighbour.pk},
        )
    assert attendance_rows() == before


def test_attendance_for_a_session_not_yet_held_is_refused(world, as_user, committed):
    before = attendance_rows()
    with committed():
        response = take(as_user(world.facilitator), world, world.next_session, world.participant)
    assert "Attendance is taken once the session has started." in visible_text(response)
    assert attendance_rows() == before


def test_only_members_can_be_marked_present(world, as_user, committed):
    before = attendance_rows()
    with committed():
        response = take(as_user(world.facilitator), world, world.held_session, world.outsider)
    assert "Only members of the council can be marked present." in visible_text(response)
    assert attendance_rows() == before


def test_a_session_of_another_council_is_not_found(world, as_user):
    other_item = workshop_item(world.other_council, world.lib.workshop)
    other = make_session(
        world.other_council, other_item, starts_at=timezone.now() - dt.timedelta(hours=2)
    )
    response = as_user(world.facilitator).get(url("attendance", world.council.slug, other.pk))
    assert response.status_code == 404


def test_attending_completes_the_path_when_everything_else_is_done(world, as_user, committed):
    carmen = as_user(world.participant)
    with committed():
        carmen.post(url("enrol", world.lib.path.pk))
        services.mark_read(
            user=world.participant, material=world.lib.reading, completed_on=timezone.localdate()
        )
        services.practice_log_create(
            user=world.participant,
            practiced_on=timezone.localdate(),
            hours=Decimal("2.5"),
            what_was_done="Convocamos la mesa técnica de agua.",
            material=world.lib.practice,
        )
    assert Enrolment.objects.get(user=world.participant).status == Enrolment.Status.ACTIVE
    with committed():
        take(as_user(world.facilitator), world, world.held_session, world.participant)

    enrolment = Enrolment.objects.get(user=world.participant)
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert enrolment.completed_on == timezone.localdate()
    record = carmen.get(url("record")).content.decode()
    assert year_table(record)["Total"]["Paths completed"] == "1"
    assert "Completed" in visible_text(carmen.get(url("paths")))

    # Unmarking the attendance takes the path back to "following".
    with committed():
        take(as_user(world.facilitator), world, world.held_session)
    enrolment.refresh_from_db()
    assert (enrolment.status, enrolment.completed_on) == (Enrolment.Status.ACTIVE, None)


def test_present_at_a_second_session_keeps_the_workshop(world, as_user, committed):
    second = make_session(
        world.council, world.item, starts_at=timezone.now() - dt.timedelta(hours=1)
    )
    with committed():
        services.attendance_record(
            session=world.held_session,
            by=world.coordinator,
            present_user_ids={world.participant.pk},
        )
        services.attendance_record(
            session=second, by=world.coordinator, present_user_ids={world.participant.pk}
        )
        services.attendance_record(
            session=world.held_session, by=world.coordinator, present_user_ids=set()
        )
    assert Attendance.objects.get(session=second, user=world.participant).present
    assert Completion.objects.filter(user=world.participant, material=world.lib.workshop).exists()


def test_a_held_session_counts_for_its_facilitator_without_attendance(world, as_user, committed):
    # Yesterday's scheduled jobs ran (everything in the Celery beat schedule).
    with committed():
        for entry in settings.CELERY_BEAT_SCHEDULE.values():
            importlib.import_module(entry["task"].rsplit(".", 1)[0])
            celery_app.tasks[entry["task"]].apply(throw=True)
    record = as_user(world.facilitator).get(url("record")).content.decode()
    assert record_totals(record)["Workshops facilitated"] == "1"


def test_a_facilitator_who_left_the_council_keeps_the_session_in_the_record(world, committed):
    with committed():
        services.attendance_record(
            session=world.held_session, by=world.coordinator, present_user_ids=set()
        )
    Membership.objects.filter(user=world.facilitator).delete()
    services.recompute_record(user_id=world.facilitator.pk)
    assert YearSummary.objects.get(user=world.facilitator).workshops_facilitated == 1


def test_the_service_rejects_attendance_before_the_start(world, committed):
    with pytest.raises(ValidationError, match="once the session has started"):
        services.attendance_record(
            session=world.next_session, by=world.facilitator, present_user_ids=set()
        )
    assert not Attendance.objects.exists()
