"""A fishing community designs its formation plan and adopts it in assembly, part by part.

Driven in a real browser in Spanish, the interface's default language. Button and
link names are looked up in the Spanish catalogue with gettext, so the story
reads the same words the neighbours read and survives rewording of translations.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.services]

COUNCIL = "Consejo Comunal Pescadores de Chacopata"
TEMPLATE = "Formación para comunidades pesqueras"
OWN_TITLE = "Formación en Playa Azul 2027–2029"
LOCAL_ACTIVITY = "Visita a la cooperativa pesquera de Güiria"


def es(msgid: str) -> str:
    """The Spanish words of the interface for ``msgid``."""
    with translation.override("es"):
        return gettext(msgid)


@pytest.fixture
def story(browser_content):
    """People, and a network template plan published with the services."""
    from django.contrib.auth.models import Permission

    from councils import services

    from ..factories import UserFactory

    library = browser_content
    network = UserFactory(username="red_de_promotores", display_name="Red de promotores")
    network.user_permissions.add(
        Permission.objects.get(codename="coordinate_network", content_type__app_label="councils")
    )
    template = services.plan_create(
        council=None,
        by=network,
        title=TEMPLATE,
        period_start=2026,
        period_end=2028,
        local_problems="El intermediario fija el precio del pescado y se queda con la ganancia.",
        goals="Que cada consejo pesquero forme su propio equipo de facilitadoras.",
    )

    def section(title):
        template.refresh_from_db()
        return services.section_add(
            plan=template, by=network, expected_revision=template.revision, title=title
        )

    def item(target, **fields):
        template.refresh_from_db()
        return services.item_add(
            section=target, by=network, expected_revision=template.revision, **fields
        )

    reading = section("Leer y discutir juntas")
    item(reading, material=library.reading)
    item(reading, material=library.workshop)
    item(reading, study_path=library.path)
    organise = section("Organizarse en el muelle")
    item(
        organise,
        title="Asamblea sobre la cava comunal",
        description="Cómo guardar el pescado sin depender del intermediario.",
        estimated_hours=Decimal("3"),
    )
    return {
        "library": library,
        "template": template,
        "coordinator": UserFactory(username="yusmary_pesca", display_name="Yusmary"),
        "neighbours": [
            UserFactory(username="luisa_redes", display_name="Luisa"),
            UserFactory(username="carmen_muelle", display_name="Carmen"),
        ],
    }


def log_in(page, base_url, user):
    from ..factories import PASSWORD

    page.goto(f"{base_url}/accounts/login/")
    page.locator("input[name=username]").fill(user.username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def submit(form):
    form.locator("button[type=submit]").last.click()


def next_saturday() -> dt.date:
    day = timezone.localdate() + dt.timedelta(days=2)
    while day.weekday() != 5:
        day += dt.timedelta(days=1)
    return day


def test_a_fishing_community_adopts_its_plan_part_by_part_and_schedules_a_saturday(
    page, browser, live_server, story
):
    from councils.models import Council, FormationPlan

    base = live_server.url
    coordinator = story["coordinator"]
    log_in(page, base, coordinator)

    # --- The coordinator creates the council of the fishing community.
    page.goto(f"{base}/consejos/nuevo/")
    page.locator("input[name=name]").fill(COUNCIL)
    page.locator("input[name=state]").fill("Sucre")
    page.locator("input[name=municipality]").fill("Cruz Salmerón Acosta")
    page.locator("select[name=territory_kind]").select_option("coastal_fishing")
    page.locator("input[name=main_production]").fill("Pesca artesanal")
    submit(page.locator("main form"))
    expect(page.get_by_role("heading", level=1)).to_have_text(COUNCIL)
    council = Council.objects.get(name=COUNCIL)
    council_url = f"{base}/consejos/{council.slug}/"
    assert page.url == council_url

    # --- An invitation, and two neighbours join with its code in their own browsers.
    page.goto(f"{council_url}miembros/")
    page.locator("input[name=valid_days]").fill("7")
    page.locator("input[name=max_uses]").fill("40")
    page.get_by_role("button", name=es("Create an invitation")).click()
    code = page.locator(".invitation__code code").first.inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{10}", code)

    for neighbour in story["neighbours"]:
        context = browser.new_context()
        other = context.new_page()
        log_in(other, base, neighbour)
        other.goto(f"{base}/consejos/unirse/")
        other.locator("input[name=code]").fill(code.lower())
        submit(other.locator("main form"))
        # A new council approves joins: the neighbour waits for a coordinator.
        expect(other.get_by_role("heading", level=1)).to_have_text(es("Your request is waiting"))
        context.close()
    page.goto(f"{council_url}miembros/")
    for neighbour in story["neighbours"]:
        page.get_by_role("button", name=f"{es('Accept')} · {neighbour.display_name}").click()
        expect(page.locator("main")).to_contain_text(neighbour.display_name)
    for neighbour in story["neighbours"]:
        expect(page.locator("main")).to_contain_text(neighbour.display_name)

    # --- The network's template is copied and adapted to the territory.
    page.goto(f"{council_url}planes/nuevo/")
    page.get_by_role("button", name=f"{es('Copy and adapt')} · {TEMPLATE}").click()
    # The copy asks for a title of its own: the council names its plan.
    page.locator("main form input[name=title]").fill(OWN_TITLE)
    submit(page.locator("main form"))
    expect(page.get_by_role("heading", level=1)).to_have_text(OWN_TITLE)
    plan = FormationPlan.objects.get(council=council)
    plan_url = f"{council_url}planes/{plan.pk}/"
    assert page.url.startswith(plan_url)
    assert plan.copied_from == story["template"]

    reading_title = story["library"].reading.title
    page.get_by_role("button", name=f"{es('Remove')} · {reading_title}").click()
    expect(page.locator(".plan-item__title", has_text=reading_title)).to_have_count(0)

    page.get_by_role("link", name=f"{es('Add an item')} · Organizarse en el muelle").click()
    page.locator("input[name=source][value=local]").check()
    page.locator("input[name=title]").fill(LOCAL_ACTIVITY)
    page.locator("textarea[name=description]").fill(
        "Conocer cómo se organizan las cooperativas de pescadores: precios, deudas, la cava."
    )
    page.locator("input[name=estimated_hours]").fill("6")
    submit(page.locator("main form"))
    expect(page.locator(".plan-item__title", has_text=LOCAL_ACTIVITY)).to_be_visible()

    # --- First assembly: consensus on the readings, the organising section split in two.
    page.get_by_role("link", name=es("Record an assembly")).click()
    page.locator("input[name=place]").fill("Casa comunal, frente al muelle")
    page.locator("input[name=attendance]").fill("38")
    submit(page.locator("main form"))
    expect(page).to_have_url(re.compile(r"/asambleas/\d+/$"))

    sections = {s.title: s for s in plan.sections.all()}
    readings = page.locator(f"#entry-{sections['Leer y discutir juntas'].pk}")
    readings.locator("input[name$=outcome][value=consensus]").check()
    submit(readings.locator("form"))
    expect(readings).to_contain_text(es("Recorded decision"))

    organise = sections["Organizarse en el muelle"]
    entry = page.locator(f"#entry-{organise.pk}")
    entry.locator("input[name$=outcome][value=split]").check()
    entry.locator("textarea[name$=note]").fill(
        "Hay acuerdo sobre la cooperativa, no sobre la cava."
    )
    entry.locator("textarea[name$=parts]").fill("La cooperativa pesquera\nLa cava comunal")
    for item in organise.items.all():
        part = "1" if item.title == LOCAL_ACTIVITY else "2"
        entry.locator(f"input[name$=item_{item.pk}]").fill(part)
    submit(entry.locator("form"))
    expect(page.locator(f"#entry-{organise.pk}")).to_contain_text(es("Recorded decision"))

    page.goto(plan_url)
    parts = page.locator(f"#section-{organise.pk} .plan-tree--parts")
    expect(parts).to_contain_text("La cooperativa pesquera")
    expect(parts).to_contain_text("La cava comunal")
    expect(page.locator(".page-header .status")).not_to_have_text(es("Adopted"))

    # --- Second assembly agrees both parts: the plan is adopted.
    page.get_by_role("link", name=es("Record an assembly")).click()
    page.locator("input[name=place]").fill("Escuela del sector")
    page.locator("input[name=attendance]").fill("45")
    submit(page.locator("main form"))
    for part in organise.parts.all():
        entry = page.locator(f"#entry-{part.pk}")
        entry.locator("input[name$=outcome][value=consensus]").check()
        submit(entry.locator("form"))
        expect(page.locator(f"#entry-{part.pk}")).to_contain_text(es("Recorded decision"))

    page.goto(plan_url)
    expect(page.locator(".page-header .status")).to_have_text(es("Adopted"))
    expect(page.locator(".note.adopted")).to_be_visible()

    # --- A Saturday session with childcare, facilitated by a neighbour.
    saturday = next_saturday()
    page.goto(f"{council_url}sesiones/nueva/")
    cooperative = organise.parts.get(title="La cooperativa pesquera").items.get()
    page.locator("select[name=item]").select_option(str(cooperative.pk))
    page.locator("input[name=day]").fill(saturday.isoformat())
    page.locator("input[name=start_time]").fill("09:00")
    page.locator("input[name=end_time]").fill("12:00")
    page.locator("input[name=place]").fill("Muelle de Chacopata")
    page.locator(f"input[name=facilitators][value='{story['neighbours'][0].pk}']").check()
    expect(page.locator("input[name=childcare]")).to_be_checked()
    submit(page.locator("main form"))
    expect(page).to_have_url(f"{council_url}calendario/")
    expect(page.locator(".session-list")).to_contain_text(LOCAL_ACTIVITY)
    expect(page.locator(".session-list")).to_contain_text(es("Childcare offered"))

    # --- The calendar feed shown on the page parses, with the session in it.
    feed_url = page.locator("#council-feed").input_value()
    response = page.request.get(feed_url)
    assert response.ok
    events = [c for c in Calendar.from_ical(response.body()).walk() if c.name == "VEVENT"]
    assert len(events) == 1
    event = events[0]
    assert str(event["summary"]) == f"{LOCAL_ACTIVITY} · {COUNCIL}"
    starts = event.decoded("dtstart")
    assert timezone.localtime(starts).date() == saturday
    assert timezone.localtime(starts).time() == dt.time(9, 0)
    assert str(event["location"]) == "Muelle de Chacopata"
    assert "Luisa" not in response.text()
