"""Private entries and reflections are seen by nobody but their author, not even staff."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from progress import services
from progress.models import Enrolment, PracticeLog, Vouch

from ..factories import UserFactory
from .helpers import url

pytestmark = pytest.mark.django_db

REFLECTION = "Reflexionprivada: mi hermano no quiere que venga a los talleres."
PRIVATE_TEXTS = [
    "Practicaprivada: reunión a escondidas con las madres del sector.",
    "Funcionoprivado: nadie se enteró.",
    "Fallaprivada: tuvimos miedo.",
    "Aprendizajeprivado: el miedo también se organiza.",
]
SHARED_TEXT = "Censo de embarcaciones con los pescadores del muelle."
MARKERS = [
    "Reflexionprivada",
    "Practicaprivada",
    "Funcionoprivado",
    "Fallaprivada",
    "Aprendizajeprivado",
]


@pytest.fixture
def secrets(world, committed):
    """Carmen's private reflection and private practice, and one practice she shared."""
    carmen = world.participant
    with committed():
        services.enrol(user=carmen, path=world.lib.path)
        services.mark_read(
            user=carmen,
            material=world.lib.reading,
            completed_on=timezone.localdate(),
            reflection=REFLECTION,
        )
        private = services.practice_log_create(
            user=carmen,
            practiced_on=timezone.localdate() - dt.timedelta(days=1),
            hours=Decimal("2"),
            what_was_done=PRIVATE_TEXTS[0],
            what_worked=PRIVATE_TEXTS[1],
            what_failed=PRIVATE_TEXTS[2],
            what_was_learned=PRIVATE_TEXTS[3],
        )
        shared = services.practice_log_create(
            user=carmen,
            practiced_on=timezone.localdate(),
            hours=Decimal("3"),
            what_was_done=SHARED_TEXT,
        )
        services.practice_share(entry=shared, user=carmen, council_id=world.council.pk)
        vouch = services.vouch_request(entry=shared, by=carmen, voucher=world.neighbour)
        services.vouch_decide(vouch=vouch, by=world.neighbour, confirm=True)
        # Attending a workshop: a completion with a reflection written afterwards.
        services.attendance_record(
            session=world.held_session, by=world.facilitator, present_user_ids={carmen.pk}
        )
    return {"private": private, "shared": shared, "vouch": vouch}


@pytest.fixture
def staff(db):
    return UserFactory(
        username="admin_red", display_name="Equipo técnico", is_staff=True, is_superuser=True
    )


def assert_no_secret(response, who: str):
    content = response.content.decode()
    leaked = [m for m in MARKERS if m in content]
    assert not leaked, f"{who} sees {leaked} at {response.wsgi_request.path}"


def pages_for(world) -> list[str]:
    return [
        url("record"),
        url("record_print"),
        url("record_json"),
        url("paths"),
        url("practice_list"),
        url("vouches"),
        url("council_overview", world.council.slug),
        url("council_practice", world.council.slug),
        reverse("councils:detail", args=[world.council.slug]),
        reverse("councils:export", args=[world.council.slug]),
        reverse("accounts:export"),
    ]


@pytest.mark.parametrize("who", ["neighbour", "coordinator", "facilitator", "outsider", "staff"])
def test_nobody_else_sees_private_entries_or_reflections(world, secrets, staff, as_user, who):
    person = staff if who == "staff" else getattr(world, who)
    client = as_user(person)
    for page in pages_for(world):
        response = client.get(page)
        assert response.status_code in (200, 403, 404), (page, response.status_code)
        assert_no_secret(response, who)


def test_the_coordinator_sees_hours_but_no_text(world, secrets, as_user):
    overview = as_user(world.coordinator).get(url("council_overview", world.council.slug))
    content = overview.content.decode()
    assert "Carmen la de las redes" in content
    # The path she follows is hers: she never shared it with the council (issue #9, point 3).
    assert "El agua como escuela" not in content
    assert_no_secret(overview, "coordinator")
    assert SHARED_TEXT not in content  # shared practice is read on its own page, by members

    shared_page = as_user(world.coordinator).get(url("council_practice", world.council.slug))
    assert SHARED_TEXT in shared_page.content.decode()
    assert_no_secret(shared_page, "coordinator")


def test_the_council_overview_is_for_coordinators_only(world, secrets, as_user, staff):
    for person in (world.neighbour, world.facilitator, world.outsider, staff):
        response = as_user(person).get(url("council_overview", world.council.slug))
        assert response.status_code == 404


def test_outsiders_and_staff_do_not_read_the_council_shared_practice(
    world, secrets, as_user, staff
):
    for person in (world.outsider, staff):
        response = as_user(person).get(url("council_practice", world.council.slug))
        assert response.status_code == 404
        assert SHARED_TEXT not in response.content.decode()


def test_shared_practice_of_someone_who_left_the_council_disappears(world, secrets, as_user):
    world.council.memberships.filter(user=world.participant).delete()
    page = as_user(world.neighbour).get(url("council_practice", world.council.slug))
    assert SHARED_TEXT not in page.content.decode()


def test_the_wagtail_admin_search_shows_no_formation_text(world, secrets, staff, as_user):
    client = as_user(staff)
    # Words from inside the texts; the markers must not come back (the query itself is echoed).
    for query in ("hermano", "escondidas", "miedo", "embarcaciones", "pescadores"):
        for address in (
            f"/admin/pages/search/?q={query}",
            f"/admin/users/?q={query}",
            f"/admin/snippets/?q={query}",
        ):
            response = client.get(address)
            assert response.status_code in (200, 302, 404), (address, response.status_code)
            assert_no_secret(response, "staff in the admin")
            assert SHARED_TEXT not in response.content.decode()


def test_only_the_owner_export_contains_private_text(world, secrets, as_user):
    own = as_user(world.participant).get(url("record_json")).content.decode()
    for marker in MARKERS:
        assert marker in own
    account = json.loads(as_user(world.participant).get(reverse("accounts:export")).content)
    assert account["formation"]["completions"][0]["reflection"] in (REFLECTION, "")
    assert REFLECTION in json.dumps(account, ensure_ascii=False)

    # Asking for someone else's export in any way gives one's own record.
    other = as_user(world.neighbour).get(
        url("record_json") + f"?user={world.participant.pk}&user_id={world.participant.pk}"
    )
    data = json.loads(other.content)
    assert data["completions"] == [] and data["practice"] == []
    assert_no_secret(other, "neighbour")


def test_the_print_page_of_the_owner_has_the_reflections(world, secrets, as_user):
    content = as_user(world.participant).get(url("record_print")).content.decode()
    for marker in MARKERS:
        assert marker in content


@pytest.mark.parametrize("who", ["neighbour", "coordinator", "staff"])
def test_someone_elses_ids_are_not_found(world, secrets, staff, as_user, who):
    client = as_user(staff if who == "staff" else getattr(world, who))
    private, shared, vouch = secrets["private"], secrets["shared"], secrets["vouch"]
    enrolment = Enrolment.objects.get(user=world.participant)
    before = (
        sorted(PracticeLog.objects.values_list("pk", "hours", "shared_with", "what_was_done")),
        sorted(Vouch.objects.values_list("pk", "status")),
        sorted(Enrolment.objects.values_list("pk", "status")),
    )
    for entry in (private, shared):
        assert client.get(url("practice_detail", entry.pk)).status_code == 404
        assert client.get(url("practice_edit", entry.pk)).status_code == 404
        assert client.post(url("practice_edit", entry.pk), {"hours": "9"}).status_code == 404
        assert client.post(url("practice_share", entry.pk), {"council": ""}).status_code == 404
        assert client.post(url("practice_delete", entry.pk)).status_code == 404
        assert (
            client.post(
                url("vouch_request", entry.pk), {"voucher": str(world.facilitator.pk)}
            ).status_code
            == 404
        )
    assert client.get(url("path_detail", enrolment.pk)).status_code == 404
    assert client.post(url("enrolment_status", enrolment.pk), {"status": "left"}).status_code == 404
    if who != "neighbour":  # the neighbour is the voucher: the vouch is hers to answer
        assert client.post(url("vouch_answer", vouch.pk), {"action": "withdraw"}).status_code == 404
    after = (
        sorted(PracticeLog.objects.values_list("pk", "hours", "shared_with", "what_was_done")),
        sorted(Vouch.objects.values_list("pk", "status")),
        sorted(Enrolment.objects.values_list("pk", "status")),
    )
    assert after == before


def test_the_voucher_reads_what_was_done_but_no_private_reflection(world, secrets, as_user):
    page = as_user(world.neighbour).get(url("vouches")).content.decode()
    assert SHARED_TEXT in page
    assert "Carmen la de las redes" in page
    for marker in MARKERS:
        assert marker not in page
