"""A facilitator finds a workshop by theme and reads it in English, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.services]


def test_filter_by_theme_open_a_workshop_and_switch_to_english(page, live_server, browser_content):
    content = browser_content
    page.goto(live_server.url + content.tree.library.url)
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", level=1)).to_have_text("Biblioteca")
    expect(page.get_by_role("link", name="Pedagogía del oprimido")).to_be_visible()

    # Filter the library by the theme "Agua" with the filter form.
    page.locator("select[name=theme]").select_option("agua")
    page.locator("form[role=search] button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"[?&]theme=agua"))
    expect(page.get_by_role("link", name="El agua que no llega", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Pedagogía del oprimido")).to_have_count(0)

    # Open the workshop.
    page.get_by_role("link", name="El agua que no llega", exact=True).click()
    expect(page).to_have_url(live_server.url + content.workshop.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("El agua que no llega")
    expect(page.get_by_role("heading", name="Mapa del agua en el sector")).to_be_visible()

    # Switch it to English with the language switcher.
    page.get_by_role("link", name="English", exact=True).click()
    expect(page).to_have_url(live_server.url + content.english["workshop"].url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("The water that does not come")
    expect(page.get_by_role("heading", name="Map of water in the sector")).to_be_visible()
    assert page.url.startswith(live_server.url + "/en/")
