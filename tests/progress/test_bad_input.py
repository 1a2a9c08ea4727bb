"""Hostile or garbled values on every formation form: the form's own message, a 400 or a 404.

Unicode digits pass ``str.isdigit`` and then break ``int``; integers past 64 bits
overflow SQLite; ids of other people's things must be no choice at all. None of it
may answer 500 or write anything.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from progress import services
from progress.models import Attendance, Completion, Enrolment, PracticeLog, Vouch

from .helpers import url, visible_text

pytestmark = pytest.mark.django_db

# Never an id: superscripts and circled numbers pass str.isdigit(); huge ones overflow SQLite.
BAD_IDS = ["²", "①", "¹²", "abc", "-1", "0", "1.5", "1e3", str(2**63), str(10**30), "\x00", "<b>"]
HUGE_PATH_IDS = [2**63, 10**19, 10**30]


def practice_data(**overrides) -> dict:
    data = {
        "practiced_on": (timezone.localdate() - dt.timedelta(days=1)).isoformat(),
        "hours": "3",
        "material": "",
        "what_was_done": "Censo casa por casa del sector La Playa.",
        "what_worked": "",
        "what_failed": "",
        "what_was_learned": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def entry(world, committed):
    with committed():
        entry = services.practice_log_create(
            user=world.participant,
            practiced_on=timezone.localdate() - dt.timedelta(days=2),
            hours=Decimal("2"),
            what_was_done="Asamblea de la mesa de agua.",
        )
        services.practice_share(entry=entry, user=world.participant, council_id=world.council.pk)
    return entry


def test_the_practice_form_refuses_bad_materials_with_its_own_message(world, as_user):
    client = as_user(world.participant)
    foreign = world.lib.reading  # live, but the id is garbled below
    for value in BAD_IDS:
        response = client.post(url("practice_new"), practice_data(material=value))
        assert response.status_code == 200, value
        assert "Select a valid choice" in visible_text(response), value
    assert foreign.pk  # the library is there: only the values were wrong
    assert not PracticeLog.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("hours", "²", "Enter a number."),
        ("hours", "①", "Enter a number."),
        ("hours", str(10**30), "Ensure that there are no more than"),
        ("hours", "1e400", "Ensure that there are no more than"),
        ("hours", "NaN", "Enter a number."),
        ("hours", "-3", "Ensure this value is greater than or equal to 0.5."),
        ("practiced_on", "²⁰²⁴-01-01", "Enter a valid date."),
        ("practiced_on", "2024-02-30", "Enter a valid date."),
        ("practiced_on", "10000-01-01", "Enter a valid date."),
        ("practiced_on", "3000-01-01", "can't be in the future"),
        ("practiced_on", "1900-01-01", "too far in the past"),
        ("what_was_done", "hecho\x00", "Null characters are not allowed."),
    ],
)
def test_the_practice_form_refuses_bad_numbers_and_dates(world, as_user, field, value, message):
    response = as_user(world.participant).post(url("practice_new"), practice_data(**{field: value}))
    assert response.status_code == 200
    assert message in visible_text(response)
    assert not PracticeLog.objects.exists()


def test_arabic_indic_digits_are_digits_not_a_crash(world, as_user, committed):
    with committed():
        response = as_user(world.participant).post(url("practice_new"), practice_data(hours="٣"))
    assert response.status_code == 302
    assert PracticeLog.objects.get().hours == Decimal("3")


@pytest.mark.parametrize("value", ["²", "①", str(2**63), str(10**30), "abc"])
def test_a_garbled_material_link_is_a_bad_request(world, as_user, value):
    client = as_user(world.participant)
    assert client.get(url("practice_new"), {"material": value}).status_code == 400
    response = client.post(f"{url('practice_new')}?material={value}", practice_data())
    assert response.status_code == 400
    assert not PracticeLog.objects.exists()


@pytest.mark.parametrize("pk", HUGE_PATH_IDS)
def test_huge_ids_in_paths_are_not_found(world, as_user, pk):
    client = as_user(world.participant)
    for name in ("practice_detail", "practice_edit", "path_detail", "mark_done"):
        assert client.get(url(name, pk)).status_code == 404, name
    for name in (
        "practice_share",
        "practice_delete",
        "vouch_request",
        "vouch_answer",
        "enrol",
        "enrolment_status",
    ):
        assert client.post(url(name, pk)).status_code == 404, name
    attendance = url("attendance", world.council.slug, pk)
    assert as_user(world.coordinator).get(attendance).status_code == 404


def test_someone_elses_entry_is_not_found(world, as_user, entry):
    client = as_user(world.neighbour)
    assert client.get(url("practice_edit", entry.pk)).status_code == 404
    assert client.post(url("practice_delete", entry.pk)).status_code == 404
    assert client.post(url("practice_share", entry.pk), {"council": ""}).status_code == 404
    assert PracticeLog.objects.filter(pk=entry.pk, shared_with=world.council).exists()


def test_attendance_refuses_bad_and_foreign_people(world, as_user):
    client = as_user(world.coordinator)
    page = url("attendance", world.council.slug, world.held_session.pk)
    for value in [*BAD_IDS, str(world.outsider.pk)]:
        response = client.post(page, {"present": [str(world.participant.pk), value]}, follow=True)
        assert response.status_code == 200, value
        assert "Only members of the council can be marked present." in visible_text(response)
    assert not Attendance.objects.exists()

    response = client.post(page, {"present": [str(world.participant.pk)]})
    assert response.status_code == 302
    assert Attendance.objects.get(user=world.participant).present


@pytest.mark.parametrize(
    "target",
    [
        "progress:record",  # a view name: redirect() would try to reverse it
        "record",
        "javascript:alert(1)",
        "https://example.org/",
        "//example.org/",
        "/\\example.org/",
        "\x00/",
        "/" + "a" * 3000,
        "",
    ],
)
def test_a_bad_next_is_ignored_and_the_reflection_kept(world, as_user, committed, target):
    client = as_user(world.participant)
    with committed():
        response = client.post(
            url("mark_done", world.lib.reading.pk),
            {"completed_on": "2024-02-03", "reflection": "Leí con la vecina.", "next": target},
        )
    assert response.status_code == 302
    assert response["Location"] == url("record")
    assert Completion.objects.get(user=world.participant).reflection == "Leí con la vecina."
    page = client.get(url("mark_done", world.lib.reading.pk), {"next": target})
    assert page.status_code == 200
    assert page.context["next"] == ""


def test_a_local_next_is_followed(world, as_user, committed):
    client = as_user(world.participant)
    with committed():
        response = client.post(
            url("mark_done", world.lib.reading.pk),
            {"completed_on": "2024-02-03", "reflection": "", "next": "/es/formacion/trayectos/"},
        )
    assert response["Location"] == "/es/formacion/trayectos/"


@pytest.mark.parametrize("value", ["²⁰²⁴-02-03", "2024-13-01", "0000-01-01", "", "\x00"])
def test_mark_done_refuses_bad_dates_with_its_own_message(world, as_user, value):
    response = as_user(world.participant).post(
        url("mark_done", world.lib.reading.pk), {"completed_on": value, "reflection": ""}
    )
    assert response.status_code == 200
    assert response.context["form"].errors["completed_on"]
    assert not Completion.objects.exists()


def test_vouch_requests_refuse_bad_and_foreign_neighbours(world, as_user, entry):
    client = as_user(world.participant)
    for value in [*BAD_IDS, "", str(world.outsider.pk)]:
        response = client.post(url("vouch_request", entry.pk), {"voucher": value}, follow=True)
        assert response.status_code == 200, value
        assert "Choose a member of the council the entry is shared with." in visible_text(response)
    assert not Vouch.objects.exists()


def test_vouch_answers_refuse_bad_actions_and_other_peoples_vouches(world, as_user, entry):
    vouch = services.vouch_request(entry=entry, by=world.participant, voucher=world.neighbour)
    rosa = as_user(world.neighbour)
    for value in ["", "CONFIRM", "confirm\x00", "²", "withdraw " * 100]:
        response = rosa.post(url("vouch_answer", vouch.pk), {"action": value}, follow=True)
        assert response.status_code == 200, value
        assert "Choose confirm, decline or withdraw." in visible_text(response)
    assert (
        as_user(world.facilitator)
        .post(url("vouch_answer", vouch.pk), {"action": "confirm"})
        .status_code
        == 404
    )
    vouch.refresh_from_db()
    assert vouch.status == Vouch.Status.REQUESTED


def test_sharing_refuses_bad_councils(world, as_user, entry):
    client = as_user(world.participant)
    for value in [*BAD_IDS, str(world.other_council.pk)]:
        response = client.post(url("practice_share", entry.pk), {"council": value}, follow=True)
        assert response.status_code == 200, value
        assert "Choose one of your councils." in visible_text(response)
    assert PracticeLog.objects.get(pk=entry.pk).shared_with == world.council


def test_enrolment_actions_refuse_bad_values(world, as_user, committed):
    client = as_user(world.participant)
    with committed():
        client.post(url("enrol", world.lib.path.pk))
    enrolment = Enrolment.objects.get(user=world.participant)
    for value in ["²", "PAUSED", "paused\x00", "x" * 5000]:
        response = client.post(
            url("enrolment_status", enrolment.pk), {"status": value}, follow=True
        )
        assert response.status_code == 200, value
        assert "That change is not possible for this study path." in visible_text(response)
    assert Enrolment.objects.get(pk=enrolment.pk).status == Enrolment.Status.ACTIVE
    assert (
        as_user(world.neighbour)
        .post(url("enrolment_status", enrolment.pk), {"status": "left"})
        .status_code
        == 404
    )


def test_garbled_page_numbers_show_a_page(world, as_user, entry):
    client = as_user(world.participant)
    for value in ["²", "①", str(10**30), "-1", "abc", "\x00"]:
        assert client.get(url("practice_list"), {"page": value}).status_code == 200, value
