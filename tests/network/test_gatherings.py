"""Encuentros from the browser: convene, register, change, cancel, agenda, outcomes, commitments."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from councils.models import Notice
from network.models import AgendaEntry, Gathering, GatheringStatus, Registration, ShareMode
from network.services import gatherings as services

from ..councils.helpers import assert_error_shown, assert_shows, flashed
from ..utils import login
from . import gatherings_support as support
from .gatherings_support import experience, in_the_past, next_saturday, url

pytestmark = pytest.mark.django_db
net = support.net

RECORD_LATER = "Outcomes and commitments are recorded once the encuentro has taken place."


def plural(singular: str, many: str, n: int) -> str:
    return ngettext(singular, many, n) % {"counter": n}


def as_user(client, user):
    login(client, user)
    return client


def convene_form(**changes) -> dict:
    day = next_saturday(weeks=3).date()
    data = {
        "title": "Encuentro de consejos pesqueros",
        "date": day.isoformat(),
        "start_time": "09:00",
        "end_date": "",
        "end_time": "17:00",
        "place": "Escuela Bolivariana de Playa Colorada",
        "host_council": "",
        "description": "Dos días de intercambio.",
    }
    data.update(changes)
    return data


def register(client, net, council, people="12", children="3"):
    return client.post(
        url("registration", net.gathering.pk, council.slug),
        {"people": people, "children": children},
    )


# --- Convening ----------------------------------------------------------------------------


def test_a_network_coordinator_without_a_council_convenes_an_encuentro(client, net):
    as_user(client, net.network)
    response = client.post(url("gathering_create"), convene_form())
    gathering = Gathering.objects.get(title="Encuentro de consejos pesqueros")
    assert response.status_code == 302 and response["Location"] == gathering.get_absolute_url()
    assert gathering.host_council is None and gathering.convened_by == net.network
    page = client.get(url("gathering_list"))
    assert_shows(page, "Encuentro de consejos pesqueros")


def test_a_council_coordinator_convenes_as_host_of_their_own_council_only(client, net):
    as_user(client, net.fishing_coordinator)
    refused = client.post(url("gathering_create"), convene_form(host_council=str(net.farming.pk)))
    assert refused.status_code == 200
    assert not Gathering.objects.filter(title="Encuentro de consejos pesqueros").exists()
    response = client.post(url("gathering_create"), convene_form(host_council=str(net.fishing.pk)))
    assert response.status_code == 302
    gathering = Gathering.objects.get(title="Encuentro de consejos pesqueros")
    assert gathering.host_council == net.fishing
    assert_shows(client.get(gathering.get_absolute_url()), "Consejo Comunal Playa Colorada")


def test_a_participant_cannot_convene(client, net):
    as_user(client, net.fishing_member)
    assert client.get(url("gathering_create")).status_code == 404
    assert client.post(url("gathering_create"), convene_form()).status_code == 404


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, "This field is required."),
        ({"end_time": "08:00"}, "The encuentro must end after it starts."),
        ({"date": "2001-01-01"}, "Choose a day between today and five years from now."),
        ({"date": "9999-12-31"}, "Choose a day between today and five years from now."),
        ({"date": "mañana"}, "Enter a valid date."),
        (
            {"end_date": (next_saturday(weeks=6)).date().isoformat()},
            "An encuentro lasts at most seven days.",
        ),
    ],
)
def test_bad_dates_and_titles_are_refused_with_a_clear_message(client, net, changes, message):
    as_user(client, net.network)
    response = client.post(url("gathering_create"), convene_form(**changes))
    assert response.status_code == 200
    assert_error_shown(response, _(message))
    assert not Gathering.objects.filter(title="Encuentro de consejos pesqueros").exists()


def test_people_without_a_council_never_see_encuentros(client, net):
    assert client.get(net.gathering.get_absolute_url()).status_code == 302  # log in first
    as_user(client, net.outsider)
    assert client.get(url("gathering_list")).status_code == 404
    assert client.get(net.gathering.get_absolute_url()).status_code == 404


def test_members_of_any_council_see_the_encuentro(client, net):
    as_user(client, net.farming_member)
    response = client.get(net.gathering.get_absolute_url())
    assert_shows(response, "Encuentro regional de oriente")
    assert_shows(response, "Casa de la cultura de Cumaná")


# --- Registering --------------------------------------------------------------------------


def test_a_coordinator_registers_the_council_with_people_and_childcare(client, net):
    as_user(client, net.fishing_coordinator)
    response = register(client, net, net.fishing, people="14", children="5")
    assert response.status_code == 302
    registration = Registration.objects.get(gathering=net.gathering, council=net.fishing)
    assert (registration.people, registration.children) == (14, 5)
    page = client.get(net.gathering.get_absolute_url())
    assert_shows(
        page, plural("Registered: %(counter)s person", "Registered: %(counter)s people", 14)
    )
    # The convener sees who comes and how much childcare to organise.
    as_user(client, net.network)
    page = client.get(net.gathering.get_absolute_url())
    assert_shows(
        page,
        _("%(people)s people in all; childcare for %(children)s children.")
        % {"people": 14, "children": 5},
    )


@pytest.mark.parametrize(
    ("people", "children", "message"),
    [
        ("0", "0", "Say how many people are coming: at least one."),
        ("-3", "0", "Say how many people are coming: at least one."),
        ("12", "-1", "The number of children can't be negative."),
        (
            "100000",
            "0",
            ("At most %(n)s people per council: write to the conveners.", 500),
        ),
        (
            "12",
            "999",
            ("At most %(n)s children per council: write to the conveners.", 200),
        ),
        ("doce", "0", "Enter a whole number."),
        ("", "", "This field is required."),
    ],
)
def test_impossible_numbers_are_refused_with_a_clear_message(
    client, net, people, children, message
):
    as_user(client, net.fishing_coordinator)
    response = register(client, net, net.fishing, people=people, children=children)
    assert response.status_code == 200
    if isinstance(message, tuple):
        message = _(message[0]) % {"n": message[1]}
    assert_error_shown(response, _(message))
    assert not Registration.objects.exists()


def test_a_council_changes_and_withdraws_its_registration_then_comes_back(client, net):
    as_user(client, net.fishing_coordinator)
    register(client, net, net.fishing, people="10", children="2")
    register(client, net, net.fishing, people="8", children="4")
    registration = Registration.objects.get()
    assert (registration.people, registration.children) == (8, 4)
    response = client.post(url("registration_withdraw", net.gathering.pk, net.fishing.slug))
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.withdrawn_at is not None
    assert_shows(client.get(net.gathering.get_absolute_url()), _("Register this council"))
    register(client, net, net.fishing, people="9", children="0")
    registration.refresh_from_db()
    assert registration.is_active and registration.people == 9


def test_only_the_councils_coordinators_register_it(client, net):
    as_user(client, net.fishing_member)
    assert register(client, net, net.fishing).status_code == 403
    as_user(client, net.farming_coordinator)
    assert register(client, net, net.fishing).status_code == 404  # not their council
    assert not Registration.objects.exists()


def test_registrations_close_when_the_encuentro_starts(client, net):
    in_the_past(net.gathering)
    as_user(client, net.fishing_coordinator)
    response = register(client, net, net.fishing)
    assert_error_shown(response, _("This encuentro has already started: registrations are closed."))
    assert not Registration.objects.exists()


# --- Changing and cancelling ---------------------------------------------------------------


def test_a_change_raises_the_sequence_and_tells_the_registered_councils_members(client, net):
    services.registration_save(
        gathering=net.gathering,
        council=net.fishing,
        by=net.fishing_coordinator,
        people=6,
        children=1,
    )
    as_user(client, net.network)
    data = {**_initial(net.gathering), "place": "Playa Colorada, bajo la mata de mango"}
    response = client.post(url("gathering_edit", net.gathering.pk), data)
    assert response.status_code == 302, response.content.decode()[:500]
    net.gathering.refresh_from_db()
    assert net.gathering.sequence == 1
    told = Notice.objects.filter(user=net.fishing_member)
    assert told.count() == 1
    assert "bajo la mata de mango" in told.get().text
    assert not Notice.objects.filter(user=net.farming_member).exists()  # not registered


def test_a_stale_edit_is_refused_with_the_text_kept(client, net):
    as_user(client, net.network)
    data = {**_initial(net.gathering), "place": "Otro lugar", "sequence": "0"}
    services.gathering_update(
        gathering=net.gathering,
        by=net.network,
        title="Encuentro regional de oriente",
        starts_at=net.gathering.starts_at,
        ends_at=net.gathering.ends_at,
        place="Cambio de otra persona",
        host_council=None,
    )
    response = client.post(url("gathering_edit", net.gathering.pk), data)
    assert response.status_code == 200
    assert_error_shown(
        response,
        _(
            "Someone else changed this encuentro while you were editing it. Your text is kept below: look at the current version and save again."
        ),
    )
    assert_shows(response, "Otro lugar")


def test_cancelling_keeps_the_encuentro_and_tells_registered_members(client, net):
    services.registration_save(
        gathering=net.gathering,
        council=net.farming,
        by=net.farming_coordinator,
        people=6,
        children=0,
    )
    as_user(client, net.network)
    response = client.post(url("gathering_cancel", net.gathering.pk))
    assert response.status_code == 302
    net.gathering.refresh_from_db()
    assert net.gathering.status == GatheringStatus.CANCELLED and net.gathering.sequence == 1
    assert Notice.objects.get(user=net.farming_member).text == _(
        "The encuentro “%(title)s” was cancelled."
    ) % {"title": "Encuentro regional de oriente"}
    as_user(client, net.farming_member)
    assert_shows(client.get(net.gathering.get_absolute_url()), _("Cancelled"))


def test_only_managers_change_or_cancel(client, net):
    for person in (net.fishing_coordinator, net.farming_member):
        as_user(client, person)
        assert client.get(url("gathering_edit", net.gathering.pk)).status_code == 404
        assert client.post(url("gathering_cancel", net.gathering.pk)).status_code == 404
    net.gathering.refresh_from_db()
    assert not net.gathering.is_cancelled


def test_the_host_councils_coordinator_manages_its_encuentro(client, net):
    hosted = services.gathering_convene(
        by=net.farming_coordinator,
        title="Encuentro campesino",
        starts_at=next_saturday(weeks=4),
        ends_at=next_saturday(weeks=4) + dt.timedelta(hours=6),
        place="El Tacal",
        host_council=net.farming,
    )
    as_user(client, net.farming_coordinator)
    assert client.get(url("gathering_edit", hosted.pk)).status_code == 200
    as_user(client, net.fishing_coordinator)
    assert client.get(url("gathering_edit", hosted.pk)).status_code == 404


# --- The agenda ---------------------------------------------------------------------------


def test_only_shared_experiences_go_on_the_agenda(client, net):
    shared = experience(net.fishing, "La cava comunal que no arrancó", failed=True)
    private = experience(net.fishing, "Borrador sin compartir", mode=ShareMode.PRIVATE)
    as_user(client, net.network)
    page = client.get(url("gathering_agenda", net.gathering.pk))
    assert_shows(page, "La cava comunal que no arrancó")
    assert "Borrador sin compartir" not in page.content.decode()
    refused = client.post(url("gathering_agenda", net.gathering.pk), {"experience": private.pk})
    assert_error_shown(
        refused, _("Select a valid choice. That choice is not one of the available choices.")
    )
    response = client.post(url("gathering_agenda", net.gathering.pk), {"experience": shared.pk})
    assert response.status_code == 302
    assert AgendaEntry.objects.filter(gathering=net.gathering, experience=shared).exists()


def test_an_anonymised_experience_shows_on_the_agenda_without_its_council(client, net):
    hidden = experience(
        net.fishing, "Cuando Playa Colorada perdió la lancha", mode=ShareMode.ANONYMISED
    )
    services.agenda_add(gathering=net.gathering, by=net.network, experience=hidden)
    as_user(client, net.farming_member)
    html = client.get(net.gathering.get_absolute_url()).content.decode()
    assert "perdió la lancha" in html
    assert "Playa Colorada" not in html and net.fishing.slug not in html
    assert str(net.fishing.get_territory_kind_display()) in html and "Sucre" in html


def test_a_withdrawn_experience_leaves_the_agenda(client, net):
    shared = experience(net.fishing, "Asamblea por partes del agua")
    services.agenda_add(gathering=net.gathering, by=net.network, experience=shared)
    shared.share_mode = ShareMode.PRIVATE
    shared.save(update_fields=["share_mode"])
    as_user(client, net.farming_member)
    assert (
        "Asamblea por partes del agua"
        not in client.get(net.gathering.get_absolute_url()).content.decode()
    )


def test_removing_from_the_agenda(client, net):
    shared = experience(net.fishing, "Asamblea por partes del agua")
    entry = services.agenda_add(gathering=net.gathering, by=net.network, experience=shared)
    as_user(client, net.network)
    response = client.post(url("agenda_remove", net.gathering.pk, entry.pk))
    assert response.status_code == 302 and not AgendaEntry.objects.exists()


# --- Afterwards: outcomes and commitments ----------------------------------------------------


def test_outcomes_and_commitments_wait_for_the_encuentro(client, net):
    services.registration_save(
        gathering=net.gathering,
        council=net.fishing,
        by=net.fishing_coordinator,
        people=6,
        children=1,
    )
    as_user(client, net.network)
    early = client.post(url("gathering_outcomes", net.gathering.pk), {"outcomes": "Acordamos."})
    assert_error_shown(early, _(RECORD_LATER))
    as_user(client, net.fishing_coordinator)
    early = client.post(
        url("commitments", net.gathering.pk, net.fishing.slug), {"commitments": "Algo."}
    )
    assert_error_shown(early, _(RECORD_LATER))


def test_after_the_encuentro_outcomes_and_commitments_are_recorded_and_shown(client, net):
    services.registration_save(
        gathering=net.gathering,
        council=net.fishing,
        by=net.fishing_coordinator,
        people=6,
        children=1,
    )
    in_the_past(net.gathering)
    as_user(client, net.network)
    response = client.post(
        url("gathering_outcomes", net.gathering.pk),
        {"outcomes": "Acordamos una red de cavas comunales entre consejos pesqueros."},
    )
    assert response.status_code == 302
    as_user(client, net.fishing_coordinator)
    response = client.post(
        url("commitments", net.gathering.pk, net.fishing.slug),
        {"commitments": "Presentar en asamblea la propuesta de cava comunal."},
    )
    assert response.status_code == 302 and flashed(response, "success")
    as_user(client, net.farming_member)
    page = client.get(net.gathering.get_absolute_url())
    assert_shows(page, "red de cavas comunales")
    assert_shows(page, "Presentar en asamblea la propuesta de cava comunal.")
    # The fishing council is not listed in the directory: others read it without its name.
    assert "Playa Colorada" not in page.content.decode()


def test_a_council_that_did_not_register_records_no_commitments(client, net):
    in_the_past(net.gathering)
    as_user(client, net.farming_coordinator)
    response = client.get(url("commitments", net.gathering.pk, net.farming.slug))
    assert response.status_code == 404


def _initial(gathering) -> dict:
    local = timezone.localtime(gathering.starts_at)
    end = timezone.localtime(gathering.ends_at)
    return {
        "title": gathering.title,
        "date": local.date().isoformat(),
        "start_time": local.strftime("%H:%M"),
        "end_date": "",
        "end_time": end.strftime("%H:%M"),
        "place": gathering.place,
        "host_council": gathering.host_council_id or "",
        "description": gathering.description,
        "sequence": str(gathering.sequence),
    }


# --- The services keep the rules without a form (the demo and tasks have none) ---------------


def test_the_services_refuse_what_the_forms_refuse(net):
    starts = next_saturday(weeks=3)
    with pytest.raises(PermissionDenied):
        services.gathering_convene(
            by=net.fishing_member,
            title="Sin permiso",
            starts_at=starts,
            ends_at=starts + dt.timedelta(hours=2),
            place="Aquí",
            host_council=net.fishing,
        )
    with pytest.raises(PermissionDenied):  # a council coordinator needs a host council
        services.gathering_convene(
            by=net.fishing_coordinator,
            title="Sin anfitrión",
            starts_at=starts,
            ends_at=starts + dt.timedelta(hours=2),
            place="Aquí",
        )
    with pytest.raises(ValidationError) as past:
        services.gathering_convene(
            by=net.network,
            title="Ayer",
            starts_at=timezone.now() - dt.timedelta(days=1),
            ends_at=timezone.now(),
            place="Aquí",
        )
    assert past.value.messages == [_("An encuentro is convened for a time to come.")]
    with pytest.raises(ValidationError):
        services.registration_save(
            gathering=net.gathering,
            council=net.fishing,
            by=net.fishing_coordinator,
            people=3,
            children=-1,
        )
    with pytest.raises(PermissionDenied):
        services.registration_save(
            gathering=net.gathering,
            council=net.fishing,
            by=net.farming_coordinator,
            people=3,
            children=0,
        )
    assert not Registration.objects.exists()


def test_a_member_of_a_registered_council_is_told_it_is_in_the_calendar(client, net):
    services.registration_save(
        gathering=net.gathering,
        council=net.fishing,
        by=net.fishing_coordinator,
        people=3,
        children=0,
    )
    note = _(
        "Your council is registered: the encuentro is in its calendar, and you get a notice "
        "here if it changes."
    )
    as_user(client, net.fishing_member)
    assert_shows(client.get(net.gathering.get_absolute_url()), note)
    as_user(client, net.farming_member)
    assert note not in client.get(net.gathering.get_absolute_url()).content.decode()
