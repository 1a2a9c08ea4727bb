"""A participant's formation, from following a path to a record with new totals and a chart.

Carmen follows a study path, marks a reading with a private reflection, logs a practice
and shares it with her council; Rosa, a neighbour, vouches for it in her own browser;
Nelly, the facilitator, takes attendance at the workshop held earlier today. Carmen's
record then shows the hours of the year, the completed path and the chart. Driven in
Spanish, the interface's default language; button names come from the Spanish catalogue.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.template.defaultfilters import floatformat
from django.utils import timezone, translation
from django.utils.translation import gettext
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.services]

REFLECTION = "Freire habla de nuestra asamblea: quién nombra el problema del agua."
PRACTICE = "Convocamos la mesa técnica de agua casa por casa en el sector La Playa."


def es(msgid: str) -> str:
    with translation.override("es"):
        return gettext(msgid)


def es_hours(value: str) -> str:
    """Hours the way the Spanish pages print them (decimal comma)."""
    with translation.override("es"):
        return floatformat(Decimal(value), "-1")


@pytest.fixture
def people(browser_content):
    """A fishing council with its coordinator, Carmen, Rosa, and Nelly who facilitates."""
    from councils.models import Session

    from ..councils.factories import add_member, make_council
    from ..factories import UserFactory
    from ..progress.factories import workshop_item

    library = browser_content
    coordinator = UserFactory(username="yusmary_pesca", display_name="Yusmary")
    council = make_council(coordinator, name="Consejo Comunal Playa Colorada")
    carmen = add_member(
        council, UserFactory(username="carmen_red", display_name="Carmen la de las redes")
    ).user
    rosa = add_member(council, UserFactory(username="rosa_vecina", display_name="Rosa")).user
    nelly = add_member(
        council, UserFactory(username="nelly_taller", display_name="Nelly"), is_facilitator=True
    ).user
    # The workshop was held earlier today: created directly, since scheduling refuses the past.
    now = timezone.localtime()
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    starts_at = max(now - dt.timedelta(hours=2), midnight)
    session = Session.objects.create(
        council=council,
        item=workshop_item(council, library.workshop),
        starts_at=starts_at,
        ends_at=starts_at + dt.timedelta(hours=2),
        place="Casa comunal, frente al muelle",
        childcare=True,
        created_by=coordinator,
    )
    session.facilitators.set([nelly])
    return {
        "library": library,
        "council": council,
        "carmen": carmen,
        "rosa": rosa,
        "nelly": nelly,
        "session": session,
    }


def log_in(page, base_url, user):
    from ..factories import PASSWORD

    page.goto(f"{base_url}/accounts/login/")
    page.locator("input[name=username]").fill(user.username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("input[name=password]")).to_have_count(0)


def test_a_participant_builds_her_record_with_her_neighbours(page, browser, live_server, people):
    from progress.models import Completion, Enrolment, PracticeLog, Vouch

    base = live_server.url
    library, council = people["library"], people["council"]
    carmen = people["carmen"]
    log_in(page, base, carmen)

    # --- Carmen follows the study path from its page in the library.
    page.goto(base + library.path.url)
    page.get_by_role("button", name=es("Follow this study path")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("El agua como escuela")
    enrolment = Enrolment.objects.get(user=carmen)
    assert page.url.endswith(f"/formacion/trayectos/{enrolment.pk}/")
    checklist_url = page.url

    # --- She marks the reading as done, with a private reflection.
    page.get_by_role("link", name=f"{es('Mark as done')} · Pedagogía del oprimido").click()
    page.locator("textarea[name=reflection]").fill(REFLECTION)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(checklist_url)
    expect(page.locator(".checklist__item.is-done")).to_contain_text("Pedagogía del oprimido")
    assert Completion.objects.get(user=carmen).reflection == REFLECTION

    # --- She logs the practice of the path's assignment, then shares it with her council.
    page.get_by_role(
        "link", name=f"{es('Log practice')} · Convocar la mesa técnica de agua"
    ).click()
    expect(page.locator("select[name=material]")).to_have_value(str(library.practice.pk))
    page.locator("input[name=hours]").fill("3")
    page.locator("textarea[name=what_was_done]").fill(PRACTICE)
    page.locator("textarea[name=what_was_learned]").fill("Sin cuido de niños, la mitad no viene.")
    page.locator("main form.stack-form button[type=submit]").click()
    entry = PracticeLog.objects.get(user=carmen)
    expect(page).to_have_url(f"{base}/formacion/practica/{entry.pk}/")
    expect(page.locator(".banner--private")).to_be_visible()

    page.locator("select[name=council]").select_option(str(council.pk))
    page.locator("form[action$='/compartir/'] button[type=submit]").click()
    expect(page.locator(".banner--shared")).to_contain_text(council.name)

    page.locator("select[name=voucher]").select_option(str(people["rosa"].pk))
    page.get_by_role("button", name=es("Ask to vouch")).click()
    expect(page.locator(".vouch-list")).to_contain_text("Rosa")

    # --- Rosa, in her own browser, confirms that the practice happened.
    rosa_context = browser.new_context()
    rosa = rosa_context.new_page()
    log_in(rosa, base, people["rosa"])
    rosa.goto(f"{base}/formacion/avales/")
    request = rosa.locator(".vouch-request", has_text=PRACTICE)
    expect(request).to_contain_text("Carmen la de las redes")
    request.get_by_role("button", name=es("I confirm it happened")).click()
    expect(rosa.locator(".vouch-request--confirmed")).to_contain_text(PRACTICE)
    rosa_context.close()
    assert Vouch.objects.get().status == Vouch.Status.CONFIRMED

    # --- Nelly takes attendance at the workshop held earlier today.
    nelly_context = browser.new_context()
    nelly = nelly_context.new_page()
    log_in(nelly, base, people["nelly"])
    nelly.goto(f"{base}/formacion/consejo/{council.slug}/asistencia/{people['session'].pk}/")
    nelly.locator(f"input[name=present][value='{carmen.pk}']").check()
    nelly.get_by_role("button", name=es("Save attendance")).click()
    expect(nelly.locator(".messages")).to_contain_text(es("Attendance saved."))
    expect(nelly.locator(f"input[name=present][value='{carmen.pk}']")).to_be_checked()
    nelly_context.close()

    # --- Carmen's record: this year's hours, the completed path, and the chart.
    page.goto(f"{base}/formacion/")
    expect(page.locator("svg.chart__svg")).to_be_visible()
    expect(page.locator("svg.chart__svg rect.bar")).to_have_count(3)
    year = str(timezone.localdate().year)
    row = page.locator(".year-table tbody tr", has=page.locator("th", has_text=year))
    cells = row.locator("td")
    expect(cells.nth(0)).to_have_text(es_hours("0.5"))  # reading
    expect(cells.nth(1)).to_have_text(es_hours("1.5"))  # workshop attended
    expect(cells.nth(2)).to_have_text("0")  # self-reported practice
    expect(cells.nth(3)).to_have_text("3")  # practice vouched by Rosa
    expect(cells.nth(5)).to_have_text("1")  # the path, completed
    totals = page.locator(".record-totals")
    expect(totals).to_contain_text(es("Study paths completed"))
    expect(page.locator(".path-progress")).to_contain_text(es("Completed"))
    assert Enrolment.objects.get(user=carmen).status == Enrolment.Status.COMPLETED
    # Her reflection is hers: it is not on the record page, only on the print and export.
    expect(page.locator("main")).not_to_contain_text(REFLECTION)
