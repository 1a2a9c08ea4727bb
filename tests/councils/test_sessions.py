"""Sessions of agreed sections, mostly on weekends, and the private calendar feeds."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from icalendar import Calendar

from councils import services
from councils.models import Council, PersonalCalendar, PlanItem, Session

from ..factories import UserFactory
from .factories import add_member, agree, make_council, make_plan, make_session, next_saturday
from .helpers import assert_error_shown, assert_shows, flashed, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def agreed_item(council, coordinator, plan):
    """An item of the agreed "Economía de la pesca"; "Organización comunal" stays under debate."""
    agree(plan, coordinator, [plan.sections.get(title="Economía de la pesca")])
    return PlanItem.objects.filter(section__title="Economía de la pesca").order_by("position")[0]


@pytest.fixture
def open_item(plan, agreed_item):
    return PlanItem.objects.get(section__title="Organización comunal")


def session_data(item, day=None, **changes) -> dict:
    day = day or next_saturday().date()
    data = {
        "item": item.pk,
        "day": day.isoformat(),
        "start_time": "09:00",
        "end_time": "12:30",
        "place": "Casa comunal, frente al muelle",
        "childcare": "on",
        "capacity": 30,
        "notes": "Traer las redes que haya que remendar.",
    }
    data.update(changes)
    return data


def test_the_session_form_proposes_a_weekend_day(as_user, council, coordinator, agreed_item):
    page = as_user(coordinator).get(url("session_create", council.slug))
    assert page.status_code == 200
    initial = page.context["form"].fields["day"].initial
    assert initial.weekday() in (5, 6)
    assert initial > timezone.localdate()
    assert f'value="{initial.isoformat()}"' in page.content.decode()
    assert page.context["form"].fields["childcare"].initial is True


def test_the_session_form_offers_only_items_of_agreed_sections(
    as_user, council, coordinator, agreed_item, open_item
):
    page = as_user(coordinator).get(url("session_create", council.slug))
    offered = {value for value, _label in page.context["form"].fields["item"].choices}
    assert agreed_item.pk in offered
    assert open_item.pk not in offered


def test_a_facilitator_schedules_a_saturday_session_with_childcare(
    as_user, council, facilitator, coordinator, agreed_item
):
    client = as_user(facilitator)
    saturday = next_saturday().date()
    response = client.post(
        url("session_create", council.slug),
        session_data(agreed_item, saturday, facilitators=[facilitator.pk, coordinator.pk]),
    )
    assert response.status_code == 302
    assert response.url == url("calendar", council.slug)
    session = Session.objects.get()
    local_start = timezone.localtime(session.starts_at)
    assert local_start.date() == saturday
    assert local_start.time() == dt.time(9, 0)
    assert timezone.localtime(session.ends_at).time() == dt.time(12, 30)
    assert session.childcare
    assert set(session.facilitators.all()) == {facilitator, coordinator}

    page = client.get(response.url)
    assert_shows(page, agreed_item.title)
    assert_shows(page, "Childcare offered")
    assert_shows(page, "Casa comunal, frente al muelle")
    assert_shows(page, "Nelly")


def test_a_session_for_a_section_still_under_debate_is_refused(
    as_user, council, coordinator, open_item
):
    response = as_user(coordinator).post(
        url("session_create", council.slug), session_data(open_item)
    )
    assert response.status_code == 200
    assert response.context["form"].errors["item"]
    assert not Session.objects.exists()
    with pytest.raises(ValidationError) as refused:
        services.session_schedule(
            council=council,
            item=open_item,
            by=coordinator,
            starts_at=next_saturday(),
            ends_at=next_saturday(12),
            place="Muelle",
            facilitators=[],
            childcare=True,
        )
    assert refused.value.messages == [
        "Sessions are scheduled for sections the assembly has agreed."
    ]


def test_a_session_in_the_past_is_refused(as_user, council, coordinator, agreed_item):
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    response = as_user(coordinator).post(
        url("session_create", council.slug), session_data(agreed_item, yesterday)
    )
    assert response.status_code == 200
    assert_error_shown(response, "A new session can't start in the past.")
    assert not Session.objects.exists()


def test_a_session_that_ends_before_it_starts_is_refused(
    as_user, council, coordinator, agreed_item
):
    response = as_user(coordinator).post(
        url("session_create", council.slug),
        session_data(agreed_item, start_time="15:00", end_time="10:00"),
    )
    assert response.status_code == 200
    assert_error_shown(response, "A session ends after it starts.")
    assert not Session.objects.exists()


def test_facilitators_must_be_members(as_user, council, coordinator, agreed_item):
    stranger = UserFactory(display_name="Alguien de afuera")
    response = as_user(coordinator).post(
        url("session_create", council.slug), session_data(agreed_item, facilitators=[stranger.pk])
    )
    assert response.status_code == 200
    assert response.context["form"].errors["facilitators"]
    assert not Session.objects.exists()
    with pytest.raises(ValidationError) as refused:
        services.session_schedule(
            council=council,
            item=agreed_item,
            by=coordinator,
            starts_at=next_saturday(),
            ends_at=next_saturday(12),
            place="Muelle",
            facilitators=[stranger],
            childcare=True,
        )
    assert refused.value.messages == ["Facilitators must be members of the council."]
    assert not Session.objects.exists()


def test_participants_do_not_schedule_or_cancel_sessions(
    as_user, council, participant, coordinator, agreed_item
):
    client = as_user(participant)
    assert client.get(url("session_create", council.slug)).status_code == 403
    assert (
        client.post(url("session_create", council.slug), session_data(agreed_item)).status_code
        == 403
    )
    session = make_session(council, agreed_item, coordinator)
    assert client.post(url("session_cancel", council.slug, session.pk)).status_code == 403
    assert Session.objects.filter(pk=session.pk).exists()


def test_a_coordinator_cancels_a_future_session_but_not_a_past_one(
    as_user, council, coordinator, agreed_item
):
    client = as_user(coordinator)
    future = make_session(council, agreed_item, coordinator)
    past = make_session(
        council, agreed_item, coordinator, starts_at=timezone.now() - dt.timedelta(days=3)
    )
    cancelled = client.post(url("session_cancel", council.slug, future.pk))
    assert "Session cancelled." in flashed(cancelled)
    assert Session.objects.get(pk=future.pk).status == "cancelled"
    kept = client.post(url("session_cancel", council.slug, past.pk))
    assert flashed(kept, "error")
    assert Session.objects.filter(pk=past.pk).exists()


def test_the_calendar_lists_upcoming_sessions_only(
    as_user, council, participant, coordinator, agreed_item
):
    make_session(council, agreed_item, coordinator, place="Muelle viejo")
    make_session(
        council,
        agreed_item,
        coordinator,
        starts_at=timezone.now() - dt.timedelta(days=10),
        place="Escuela (ya pasó)",
    )
    page = as_user(participant).get(url("calendar", council.slug))
    assert page.status_code == 200
    assert_shows(page, "Muelle viejo")
    assert "Escuela (ya pasó)" not in page.content.decode()


# --- iCalendar feeds ------------------------------------------------------------------------------


def feed_path(absolute: str) -> str:
    """The path of a feed URL shown on the calendar page (the test client has no host)."""
    return urlsplit(absolute).path


def events(body: bytes) -> list:
    return [c for c in Calendar.from_ical(body).walk() if c.name == "VEVENT"]


@pytest.fixture
def scheduled(council, coordinator, facilitator, participant, agreed_item):
    first = make_session(council, agreed_item, coordinator, notes="Traer redes.", capacity=25)
    first.facilitators.set([facilitator, coordinator])
    second = make_session(council, agreed_item, coordinator, starts_at=next_saturday(9, weeks=2))
    return [first, second]


def test_the_council_feed_parses_with_stable_ids_and_no_names(
    as_user, client, council, coordinator, facilitator, participant, scheduled
):
    page = as_user(coordinator).get(url("calendar", council.slug))
    feed = feed_path(page.context["council_feed_url"])
    assert council.calendar_token in feed

    first_download = client.get(feed)  # calendar apps do not log in
    second_download = client.get(feed)
    assert first_download.status_code == 200
    assert first_download["Content-Type"].startswith("text/calendar")
    found = events(first_download.content)
    assert len(found) == 2
    assert [str(e["uid"]) for e in found] == [
        str(e["uid"]) for e in events(second_download.content)
    ]
    assert {str(e["uid"]) for e in found} == {f"{s.uid}@trayecto" for s in scheduled}

    by_uid = {str(e["uid"]): e for e in found}
    event = by_uid[f"{scheduled[0].uid}@trayecto"]
    assert str(event["summary"]) == f"{scheduled[0].item.title} · {council.name}"
    assert event.decoded("dtstart") == scheduled[0].starts_at
    assert event.decoded("dtend") == scheduled[0].ends_at
    assert str(event["location"]) == scheduled[0].place
    assert "Childcare offered." in str(event["description"])

    body = first_download.content.decode()
    for person in (coordinator, facilitator, participant):
        assert person.display_name not in body
        assert person.username not in body
    assert "ATTENDEE" not in body and "ORGANIZER" not in body


def test_the_personal_feed_has_the_sessions_of_all_ones_councils(
    as_user, client, council, coordinator, participant, scheduled
):
    farm_coordinator = UserFactory()
    farm = make_council(farm_coordinator, name="Consejo Comunal El Tacal")
    add_member(farm, participant)
    farm_plan = make_plan(farm, farm_coordinator, sections=(("Cacao", 1),))
    agree(farm_plan, farm_coordinator)
    farm_session = make_session(farm, PlanItem.objects.get(section__plan=farm_plan))
    stranger_council = make_council(UserFactory(), name="Consejo Comunal Lejano")
    stranger_plan = make_plan(stranger_council, stranger_council.memberships.get().user)
    agree(stranger_plan, stranger_council.memberships.get().user)
    stranger_session = make_session(
        stranger_council, PlanItem.objects.filter(section__plan=stranger_plan).first()
    )

    page = as_user(participant).get(url("calendar", council.slug))
    feed = feed_path(page.context["personal_feed_url"])
    first, second = client.get(feed), client.get(feed)
    uids = [str(e["uid"]) for e in events(first.content)]
    assert uids == [str(e["uid"]) for e in events(second.content)]
    assert set(uids) == {f"{s.uid}@trayecto" for s in [*scheduled, farm_session]}
    assert f"{stranger_session.uid}@trayecto" not in uids
    assert participant.display_name not in first.content.decode()


def test_participants_never_see_the_councils_secret_link(as_user, council, participant):
    page = as_user(participant).get(url("calendar", council.slug))
    assert council.calendar_token not in page.content.decode()


def test_a_new_council_link_makes_the_old_one_404(as_user, client, council, coordinator, scheduled):
    owner = as_user(coordinator)
    old = feed_path(owner.get(url("calendar", council.slug)).context["council_feed_url"])
    assert client.get(old).status_code == 200

    response = owner.post(url("calendar_rotate", council.slug), {"feed": "council"})
    assert response.status_code == 302
    new = feed_path(owner.get(url("calendar", council.slug)).context["council_feed_url"])
    assert new != old
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200
    assert len(events(client.get(new).content)) == 2


def test_a_new_personal_link_makes_the_old_one_404(
    as_user, client, council, participant, scheduled
):
    member = as_user(participant)
    old = feed_path(member.get(url("calendar", council.slug)).context["personal_feed_url"])
    assert client.get(old).status_code == 200
    member.post(url("calendar_rotate", council.slug), {"feed": "personal"})
    new = feed_path(member.get(url("calendar", council.slug)).context["personal_feed_url"])
    assert new != old
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


def test_a_participant_cannot_renew_the_councils_link(as_user, council, participant):
    token = council.calendar_token
    response = as_user(participant).post(url("calendar_rotate", council.slug), {"feed": "council"})
    assert response.status_code == 403
    assert Council.objects.get(pk=council.pk).calendar_token == token


def test_unknown_feed_links_are_404(client, site, council, coordinator):
    PersonalCalendar.objects.create(user=coordinator)
    assert client.get(url("council_feed", "no-such-token")).status_code == 404
    assert client.get(url("personal_feed", "no-such-token")).status_code == 404


def test_after_leaving_a_council_its_sessions_leave_the_personal_feed(
    as_user, client, council, participant, scheduled
):
    member = as_user(participant)
    feed = feed_path(member.get(url("calendar", council.slug)).context["personal_feed_url"])
    assert len(events(client.get(feed).content)) == 2
    own = council.memberships.get(user=participant)
    member.post(url("member_remove", council.slug, own.pk))
    assert events(client.get(feed).content) == []
