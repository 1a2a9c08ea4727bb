"""The network convenes an encuentro; two councils register, one changes its numbers; the
convener moves it, and the fishing council's calendar feed follows.

Driven in a real browser in Spanish. The network's coordinator belongs to no council: the
"Network coordinators" group is all they need.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.services]

TITLE = "Encuentro de consejos de oriente"


def es(msgid: str) -> str:
    with translation.override("es"):
        return gettext(msgid)


def log_in(page, base_url, user):
    from ..factories import PASSWORD

    page.context.clear_cookies()
    page.goto(f"{base_url}/accounts/login/")
    page.locator("input[name=username]").fill(user.username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def saturday(weeks: int) -> dt.date:
    day = timezone.localdate() + dt.timedelta(days=2)
    while day.weekday() != 5:
        day += dt.timedelta(days=1)
    return day + dt.timedelta(weeks=weeks - 1)


@pytest.fixture
def people(live_tree, live_server):
    from django.contrib.auth.models import Group

    from councils.models import TerritoryKind

    from ..councils.factories import make_council
    from ..factories import UserFactory

    network = UserFactory(username="red_oriente", display_name="Red de oriente")
    # The live server's flush removed what the data migration made: make the group again.
    from django.contrib.auth.models import Permission

    group, _ = Group.objects.get_or_create(name="Network coordinators")
    group.permissions.add(
        Permission.objects.get(codename="coordinate_network", content_type__app_label="councils")
    )
    network.groups.add(group)
    fishing_coordinator = UserFactory(username="yusmary_pesca", display_name="Yusmary")
    fishing = make_council(fishing_coordinator, name="Consejo Comunal Playa Colorada")
    farming_coordinator = UserFactory(username="nelly_campo", display_name="Nelly")
    farming = make_council(
        farming_coordinator,
        name="Consejo Comunal El Tacal",
        state="Lara",
        territory_kind=TerritoryKind.AGRICULTURE,
    )
    return {
        "network": network,
        "fishing": fishing,
        "fishing_coordinator": fishing_coordinator,
        "farming": farming,
        "farming_coordinator": farming_coordinator,
    }


def register(page, people_count: str, children: str):
    page.locator("input[name=people]").fill(people_count)
    page.locator("input[name=children]").fill(children)
    page.locator("main form button[type=submit]").click()


def test_an_encuentro_is_convened_and_two_councils_register(page, live_server, people):
    from network.models import Gathering, Registration

    base = live_server.url
    # The network's coordinator, in no council, convenes it.
    log_in(page, base, people["network"])
    page.goto(f"{base}/red/encuentros/")
    page.get_by_role("link", name=es("Convene an encuentro")).click()
    page.locator("input[name=title]").fill(TITLE)
    page.locator("input[name=date]").fill(saturday(3).isoformat())
    page.locator("input[name=start_time]").fill("09:00")
    page.locator("input[name=end_time]").fill("17:00")
    page.locator("input[name=place]").fill("Casa de la cultura de Cumaná")
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    gathering_url = page.url

    # The fishing council's coordinator registers it, then changes the numbers.
    log_in(page, base, people["fishing_coordinator"])
    page.goto(gathering_url)
    page.get_by_role(
        "link", name=f"{es('Register this council')} · Consejo Comunal Playa Colorada"
    ).click()
    register(page, "-2", "0")
    expect(page.locator("main")).to_contain_text(
        es("Say how many people are coming: at least one.")
    )
    register(page, "12", "4")
    expect(page).to_have_url(gathering_url)
    page.get_by_role(
        "link", name=f"{es('Change the numbers')} · Consejo Comunal Playa Colorada"
    ).click()
    register(page, "10", "5")
    expect(page).to_have_url(gathering_url)

    # The farming council registers too.
    log_in(page, base, people["farming_coordinator"])
    page.goto(gathering_url)
    page.get_by_role(
        "link", name=f"{es('Register this council')} · Consejo Comunal El Tacal"
    ).click()
    register(page, "7", "2")
    expect(page).to_have_url(gathering_url)

    gathering = Gathering.objects.get(title=TITLE)
    counts = {
        r.council.slug: (r.people, r.children)
        for r in Registration.objects.filter(gathering=gathering).select_related("council")
    }
    assert counts == {people["fishing"].slug: (10, 5), people["farming"].slug: (7, 2)}

    # The convener sees who comes and moves the place; the feed follows with a higher SEQUENCE.
    log_in(page, base, people["network"])
    page.goto(gathering_url)
    expect(page.locator("main")).to_contain_text("Consejo Comunal El Tacal")
    page.get_by_role("link", name=es("Change the encuentro")).click()
    page.locator("input[name=place]").fill("Escuela de Playa Colorada")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(gathering_url)

    people["fishing"].refresh_from_db()
    feed = page.request.get(f"{base}/consejos/calendario/{people['fishing'].calendar_token}.ics")
    events = [
        e
        for e in Calendar.from_ical(feed.body()).walk("VEVENT")
        if str(e["uid"]) == f"encuentro-{gathering.uid}@trayecto"
    ]
    assert len(events) == 1
    assert str(events[0]["location"]) == "Escuela de Playa Colorada"
    assert int(events[0]["sequence"]) == 1
