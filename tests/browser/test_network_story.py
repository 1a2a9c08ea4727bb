"""Two councils learn from each other: a failed attempt shared anonymised, found, asked about.

The fishing council writes down a failed attempt and shares it anonymised after reading
the preview; a farming council finds it by searching without accents, asks a question,
and is told on the site when the fishing council answers. Both then register for the
network's coming encuentro. Driven in Spanish, the interface's default language.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.services]

FISHING = "Consejo Comunal Pescadores de Chacopata"
FARMING = "Consejo Comunal El Cardonal"
TITLE = "La convocatoria que no llegó"


def es(msgid: str) -> str:
    with translation.override("es"):
        return gettext(msgid)


@pytest.fixture
def story(browser_content):
    from django.contrib.auth.models import Permission

    from councils.models import TerritoryKind
    from network.services import gatherings

    from ..councils.factories import add_member, make_council
    from ..factories import UserFactory

    yusmary = UserFactory(username="yusmary_pesca", display_name="Yusmary")
    fishing = make_council(yusmary, name=FISHING, state="Sucre")
    add_member(fishing, UserFactory(username="nelly_taller", display_name="Nelly"))
    ana = UserFactory(username="ana_conuco", display_name="Ana")
    farming = make_council(
        ana, name=FARMING, state="Lara", territory_kind=TerritoryKind.AGRICULTURE
    )
    network = UserFactory(username="red_de_promotores", display_name="Red de promotores")
    network.user_permissions.add(
        Permission.objects.get(codename="coordinate_network", content_type__app_label="councils")
    )
    network = type(network).objects.get(pk=network.pk)
    starts = timezone.now() + dt.timedelta(days=20)
    encuentro = gatherings.gathering_convene(
        by=network,
        title="Encuentro de oriente",
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=8),
        place="Cumaná",
    )
    return {
        "yusmary": yusmary,
        "ana": ana,
        "fishing": fishing,
        "farming": farming,
        "encuentro": encuentro,
    }


def log_in(page, base_url, user):
    from ..factories import PASSWORD

    page.goto(f"{base_url}/accounts/login/")
    page.locator("input[name=username]").fill(user.username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def test_a_failed_attempt_travels_from_the_coast_to_the_mountains(
    page, browser, live_server, story
):
    from councils.models import Notice
    from network.models import Experience, Question, Registration

    base = live_server.url
    fishing, farming = story["fishing"], story["farming"]

    # --- The fishing council writes down what failed.
    log_in(page, base, story["yusmary"])
    page.goto(f"{base}/red/consejos/{fishing.slug}/experiencias/")
    page.get_by_role("link", name=es("Write an experience")).click()
    page.locator("input[name=title]").fill(TITLE)
    page.locator("textarea[name=starting_point]").fill(
        "Convocamos el taller de educación popular solo por mensajes de teléfono, "
        "como nos sugirió María Pérez. Vinieron cuatro personas."
    )
    page.locator("textarea[name=purpose]").fill("Que otros consejos no repitan el error.")
    page.locator("input[name='moments-0-happened_on']").fill("2025-05-10")
    page.locator("textarea[name='moments-0-text']").fill("Taller convocado por teléfono.")
    page.locator("select[name='lessons-0-kind']").select_option("did_not_work")
    page.locator("textarea[name='lessons-0-text']").fill(
        "Convocar solo por teléfono: muchas vecinas no tienen saldo."
    )
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    experience = Experience.objects.get(title=TITLE)

    # --- The coordinator previews the anonymised version, sees the warning, and shares it.
    page.get_by_role("link", name=es("Share with the network")).click()
    page.locator("input[name=mode][value=anonymised]").check()
    page.get_by_role("button", name=es("Preview")).click()
    warnings = page.locator(".name-warnings")
    expect(warnings).to_contain_text("María Pérez")
    preview = page.locator(".preview")
    expect(preview).not_to_contain_text(FISHING)
    expect(preview).to_contain_text("Sucre")
    page.locator("input[name=confirm]").check()
    page.get_by_role("button", name=es("Share it")).click()
    expect(page.locator(".messages")).to_be_visible()
    experience.refresh_from_db()
    assert experience.is_anonymised

    # --- The farming council finds it by searching without accents, and asks.
    context = browser.new_context()
    farm = context.new_page()
    log_in(farm, base, story["ana"])
    farm.get_by_role("link", name=es("Network"), exact=True).click()
    farm.locator("input[name=q]").fill("educacion telefono")
    farm.get_by_role("button", name=es("Search")).click()
    farm.get_by_role("link", name=TITLE).click()
    expect(farm.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(farm.locator("main")).not_to_contain_text(FISHING)
    assert fishing.slug not in farm.content()
    farm.locator("textarea[name=text]").fill("¿Qué usaron después para convocar?")
    farm.get_by_role("button", name=es("Ask the council")).click()
    expect(farm.locator(".messages")).to_be_visible()
    question = Question.objects.get(experience=experience)
    assert question.asker_council == farming

    # --- The fishing council answers, as a council.
    page.goto(f"{base}{experience.get_absolute_url()}")
    page.locator(f"#answer-{question.pk}").fill("Una cartelera en la bodega y el boca a boca.")
    page.get_by_role("button", name=es("Answer as the council")).click()
    expect(page.locator(".messages")).to_be_visible()

    # --- The farming coordinator is told, and reads the answer without anyone's name.
    notice = Notice.objects.get(user=story["ana"])
    farm.goto(f"{base}{notice.url}")
    answer = farm.locator("blockquote.answer")
    expect(answer).to_contain_text("Una cartelera en la bodega")
    expect(answer).not_to_contain_text("Yusmary")
    expect(answer).not_to_contain_text(FISHING)

    # --- Both councils register for the coming encuentro.
    encuentro = story["encuentro"]
    for tab, council, people in ((page, fishing, "6"), (farm, farming, "4")):
        tab.goto(f"{base}/red/encuentros/{encuentro.pk}/consejos/{council.slug}/inscripcion/")
        tab.locator("input[name=people]").fill(people)
        tab.locator("input[name=children]").fill("2")
        tab.get_by_role("button", name=es("Register the council")).click()
        expect(tab.locator(".messages")).to_be_visible()
    context.close()
    assert set(
        Registration.objects.filter(gathering=encuentro).values_list("council__slug", flat=True)
    ) == {fishing.slug, farming.slug}
