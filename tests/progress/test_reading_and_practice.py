"""Marking readings as read with a private reflection; logging practice; sharing it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from progress import services
from progress.models import Completion, PracticeLog, YearSummary

from ..councils.helpers import form_errors
from .helpers import checklist, url, visible_text, year_table

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def practice_data(**overrides) -> dict:
    data = {
        "practiced_on": (TODAY() - dt.timedelta(days=1)).isoformat(),
        "hours": "3",
        "material": "",
        "what_was_done": "Convocamos la mesa técnica de agua casa por casa.",
        "what_worked": "Ir casa por casa, no por el grupo de mensajes.",
        "what_failed": "La hora: muchas vecinas estudian de noche.",
        "what_was_learned": "Sin cuido de niñas y niños, la mitad no puede venir.",
    }
    data.update(overrides)
    return data


def all_rows():
    return (
        list(Completion.objects.values_list("pk", "reflection", "completed_on")),
        list(PracticeLog.objects.values_list("pk", "hours", "practiced_on", "shared_with")),
        list(
            YearSummary.objects.values_list("user", "year", "reading_minutes", "practice_minutes")
        ),
    )


# --- Readings ---------------------------------------------------------------------------


def test_mark_a_reading_read_with_a_private_reflection(world, as_user, committed):
    client = as_user(world.participant)
    page = client.get(url("mark_done", world.lib.reading.pk))
    assert "¿Qué problema de nuestra comunidad ilumina este texto?" in visible_text(page)

    with committed():
        response = client.post(
            url("mark_done", world.lib.reading.pk),
            {"completed_on": "2023-05-20", "reflection": "  Freire habla de nuestra asamblea.  "},
        )

    assert response.status_code == 302
    completion = Completion.objects.get(user=world.participant)
    assert completion.reflection == "Freire habla de nuestra asamblea."
    assert completion.source == Completion.Source.SELF
    assert completion.completed_on == dt.date(2023, 5, 20)
    assert completion.minutes == 30
    record = client.get(url("record"))
    assert year_table(record.content.decode())["2023"]["Reading (h)"] == "0.5"

    # Coming back shows the reflection to its author, who can change it; nothing is duplicated.
    again = client.get(url("mark_done", world.lib.reading.pk))
    assert "Freire habla de nuestra asamblea." in again.content.decode()
    with committed():
        client.post(
            url("mark_done", world.lib.reading.pk),
            {"completed_on": "2023-05-20", "reflection": "Y de quién no habla."},
        )
    assert list(Completion.objects.values_list("reflection", flat=True)) == ["Y de quién no habla."]


def test_a_reading_cannot_be_marked_read_in_the_future(world, as_user, committed):
    before = all_rows()
    with committed():
        response = as_user(world.participant).post(
            url("mark_done", world.lib.reading.pk),
            {"completed_on": (TODAY() + dt.timedelta(days=1)).isoformat(), "reflection": "x"},
        )
    assert response.status_code == 200
    assert "The date can't be in the future." in form_errors(response)
    assert "The date can't be in the future." in visible_text(response)
    assert all_rows() == before


def test_a_workshop_is_not_marked_read_but_attended(world, as_user, committed):
    client = as_user(world.participant)
    page = client.get(url("mark_done", world.lib.workshop.pk))
    assert "A workshop is completed by attending one of its sessions" in visible_text(page)
    before = all_rows()
    with committed():
        response = client.post(
            url("mark_done", world.lib.workshop.pk), {"completed_on": "2024-01-10"}
        )
    assert all_rows() == before
    assert response.status_code == 200
    assert any("attending one of its sessions" in e for e in form_errors(response))


def test_marking_read_twice_through_the_service_is_refused(world, committed):
    with committed():
        services.mark_read(user=world.participant, material=world.lib.reading, completed_on=TODAY())
    before = all_rows()
    with pytest.raises(ValidationError, match="already marked this material as done"):
        services.mark_read(user=world.participant, material=world.lib.reading, completed_on=TODAY())
    assert all_rows() == before


# --- Practice ---------------------------------------------------------------------------


def test_log_a_practice_private_by_default(world, as_user, committed):
    client = as_user(world.participant)
    with committed():
        response = client.post(url("practice_new"), practice_data())
    entry = PracticeLog.objects.get(user=world.participant)
    assert response["Location"] == url("practice_detail", entry.pk)
    assert entry.hours == Decimal("3")
    assert entry.shared_with is None

    page = visible_text(client.get(url("practice_detail", entry.pk)))
    assert "Private" in page
    for text in (
        "Convocamos la mesa técnica de agua casa por casa.",
        "Ir casa por casa, no por el grupo de mensajes.",
        "La hora: muchas vecinas estudian de noche.",
        "Sin cuido de niñas y niños, la mitad no puede venir.",
    ):
        assert text in page
    year = str((TODAY() - dt.timedelta(days=1)).year)
    record = year_table(client.get(url("record")).content.decode())
    assert record[year]["Practice, self-reported (h)"] == "3"
    assert record[year]["Practice, vouched (h)"] == "0"


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        ("0", "Ensure this value is greater than or equal to 0.5."),
        ("25", "Ensure this value is less than or equal to 24."),
        ("-1", "Ensure this value is greater than or equal to 0.5."),
        ("abc", "Enter a number."),
        ("", "This field is required."),
    ],
)
def test_hours_out_of_range_are_refused_with_a_message(world, as_user, committed, hours, message):
    before = all_rows()
    with committed():
        response = as_user(world.participant).post(url("practice_new"), practice_data(hours=hours))
    assert response.status_code == 200
    assert message in form_errors(response)
    assert message in visible_text(response)
    assert all_rows() == before


@pytest.mark.parametrize("hours", [Decimal("0"), Decimal("25"), Decimal("-1"), Decimal("0.4")])
def test_the_service_refuses_hours_out_of_range(world, committed, hours):
    before = all_rows()
    with pytest.raises(ValidationError, match="from 0.5 to 24"):
        services.practice_log_create(
            user=world.participant,
            practiced_on=TODAY(),
            hours=hours,
            what_was_done="Reunión de la mesa de agua.",
        )
    assert all_rows() == before


def test_a_practice_in_the_future_is_refused(world, as_user, committed):
    before = all_rows()
    tomorrow = (TODAY() + dt.timedelta(days=1)).isoformat()
    with committed():
        response = as_user(world.participant).post(
            url("practice_new"), practice_data(practiced_on=tomorrow)
        )
    assert "The date of the practice can't be in the future." in form_errors(response)
    assert all_rows() == before
    with pytest.raises(ValidationError, match="can't be in the future"):
        services.practice_log_create(
            user=world.participant,
            practiced_on=TODAY() + dt.timedelta(days=1),
            hours=Decimal("2"),
            what_was_done="Reunión.",
        )
    assert all_rows() == before


def test_what_was_done_is_required(world, as_user, committed):
    before = all_rows()
    with committed():
        response = as_user(world.participant).post(
            url("practice_new"), practice_data(what_was_done="   ")
        )
    assert response.status_code == 200
    assert form_errors(response)
    assert all_rows() == before


def test_edit_and_delete_a_practice(world, as_user, committed):
    client = as_user(world.participant)
    with committed():
        client.post(url("practice_new"), practice_data(hours="3"))
    entry = PracticeLog.objects.get()
    with committed():
        client.post(url("practice_edit", entry.pk), practice_data(hours="4.5"))
    entry.refresh_from_db()
    assert entry.hours == Decimal("4.5")
    year = entry.practiced_on.year
    assert YearSummary.objects.get(user=world.participant, year=year).practice_minutes == 270

    with committed():
        response = client.post(url("practice_delete", entry.pk))
    assert response["Location"] == url("practice_list")
    assert not PracticeLog.objects.exists()
    assert not YearSummary.objects.filter(user=world.participant).exists()


# --- Sharing ----------------------------------------------------------------------------


def test_share_with_own_council_then_make_private_again(world, as_user, committed):
    client = as_user(world.participant)
    with committed():
        client.post(url("practice_new"), practice_data())
    entry = PracticeLog.objects.get()

    with committed():
        response = client.post(
            url("practice_share", entry.pk), {"council": str(world.council.pk)}, follow=True
        )
    entry.refresh_from_db()
    assert entry.shared_with == world.council
    text = visible_text(response)
    assert "Shared with your council." in text
    assert "Shared with Consejo Comunal Playa Colorada" in text

    shared_page = visible_text(
        as_user(world.neighbour).get(url("council_practice", world.council.slug))
    )
    assert "Convocamos la mesa técnica de agua casa por casa." in shared_page
    assert "Carmen la de las redes" in shared_page

    with committed():
        response = client.post(url("practice_share", entry.pk), {"council": ""}, follow=True)
    entry.refresh_from_db()
    assert entry.shared_with is None
    assert "This entry is private again." in visible_text(response)
    shared_page = visible_text(
        as_user(world.neighbour).get(url("council_practice", world.council.slug))
    )
    assert "Convocamos la mesa técnica de agua casa por casa." not in shared_page


def test_sharing_with_a_council_one_does_not_belong_to_is_refused(world, as_user, committed):
    client = as_user(world.participant)
    with committed():
        client.post(url("practice_new"), practice_data())
    entry = PracticeLog.objects.get()
    before = all_rows()

    response = client.post(
        url("practice_share", entry.pk), {"council": str(world.other_council.pk)}, follow=True
    )
    assert all_rows() == before
    assert "Choose one of your councils." in visible_text(response)

    with pytest.raises(ValidationError, match="only with a council you belong to"):
        services.practice_share(
            entry=entry, user=world.participant, council_id=world.other_council.pk
        )
    assert all_rows() == before
    page = visible_text(as_user(world.outsider).get(url("council_practice", "el-tacal")))
    assert "Convocamos" not in page


def _log_practice_from_the_checklist(world, as_user, committed):
    """Follow the checklist's "Log practice" link of the assignment and save the form."""
    client = as_user(world.participant)
    with committed():
        client.post(url("enrol", world.lib.path.pk))
    enrolment = world.participant.enrolments.get()
    before = client.get(url("path_detail", enrolment.pk)).content.decode()
    assert checklist(before)["Convocar la mesa técnica de agua"] is False
    link = f"{url('practice_new')}?material={world.lib.practice.pk}"
    assert link in before
    form = client.get(link)
    assert form.context["form"]["material"].value() == world.lib.practice.pk
    with committed():
        client.post(link, practice_data(material=str(world.lib.practice.pk)))
    entry = PracticeLog.objects.get(user=world.participant)
    assert entry.material_id == world.lib.practice.pk
    page = client.get(url("path_detail", enrolment.pk)).content.decode()
    assert checklist(page)["Convocar la mesa técnica de agua"] is True


def test_practice_tied_to_an_assignment_ticks_it_in_the_checklist(world, as_user, committed):
    with translation.override("es"):
        _log_practice_from_the_checklist(world, as_user, committed)


def test_practice_tied_to_an_assignment_in_another_interface_language(world, as_user, committed):
    _log_practice_from_the_checklist(world, as_user, committed)


def test_mark_done_goes_back_to_the_checklist(world, as_user, committed):
    client = as_user(world.participant)
    with committed():
        client.post(url("enrol", world.lib.path.pk))
    checklist_url = url("path_detail", world.participant.enrolments.get().pk)
    with committed():
        response = client.post(
            url("mark_done", world.lib.reading.pk) + f"?next={checklist_url}",
            {"completed_on": "2024-02-03", "reflection": "", "next": checklist_url},
        )
    assert response["Location"] == checklist_url


@pytest.mark.parametrize("target", ["https://example.org/formacion/", "//example.org/"])
def test_mark_done_never_sends_the_person_to_another_site(world, as_user, committed, target):
    with committed():
        response = as_user(world.participant).post(
            url("mark_done", world.lib.reading.pk),
            {"completed_on": "2024-02-03", "reflection": "", "next": target},
        )
    assert response.status_code == 302
    assert response["Location"].startswith("/") and not response["Location"].startswith("//")
