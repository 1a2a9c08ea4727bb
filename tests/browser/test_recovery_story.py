"""Getting back in without email, and a council's erasure that waits 7 days (issue #9).

In Spanish: Carmen, a fisherwoman with no email, forgot her password. The two
coordinators of her council make her a reset code together; she sets a new
password, her private notes stay locked until she types one of her own paper
codes, and at her next login she reads who reset her password.

In English: a facilitator uses one of his own recovery codes.

Then a coordinator asks to erase the council; the other sees the notice and cancels.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from ..factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.services]

COUNCIL = "Consejo Comunal Boca de Uchire"
SECRET = "El intermediario nos amenazó en el muelle"
NEW_PASSWORD = "mi-nueva-clave-del-muelle-2026"


def es(msgid: str) -> str:
    with translation.override("es"):
        return gettext(msgid)


@pytest.fixture
def council_people(live_tree):
    from cms.services import recovery_codes_issue
    from progress import services as progress

    from ..councils.factories import add_member, make_council
    from ..factories import UserFactory

    yusmary = UserFactory(username="yusmary_pesca", display_name="Yusmary", email="")
    rafael = UserFactory(username="rafael_red", display_name="Rafael", email="")
    carmen = UserFactory(username="carmen_muelle", display_name="Carmen", email="")
    pedro = UserFactory(
        username="pedro_taller", display_name="Pedro", email="", preferred_language="en"
    )
    council = make_council(yusmary, name=COUNCIL)
    add_member(council, rafael, is_coordinator=True)
    add_member(council, carmen)
    add_member(council, pedro, is_facilitator=True)
    progress.practice_log_create(
        user=carmen,
        practiced_on=dt.date(2025, 6, 7),
        hours=Decimal("2"),
        what_was_done="Censo de lanchas",
        what_failed=SECRET,
    )
    return {
        "council": council,
        "yusmary": yusmary,
        "rafael": rafael,
        "carmen": carmen,
        "carmen_codes": recovery_codes_issue(user=carmen),
        "pedro": pedro,
        "pedro_codes": recovery_codes_issue(user=pedro),
    }


def log_in(page, base_url, username, password=PASSWORD, prefix=""):
    page.goto(f"{base_url}{prefix}/accounts/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(password)
    page.locator("main form button[type=submit]").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def test_a_member_without_email_gets_back_in_with_her_councils_code(
    browser, live_server, council_people
):
    people = council_people
    council = people["council"]
    base = live_server.url

    # Yusmary asks for a code for Carmen; her password again.
    yusmary = browser.new_context(locale="es-VE").new_page()
    log_in(yusmary, base, "yusmary_pesca")
    yusmary.goto(f"{base}/consejos/{council.slug}/miembros/")
    yusmary.get_by_role("link", name=f"{es('Password reset code')} · Carmen").click()
    yusmary.get_by_label(es("Your password, again")).fill(PASSWORD)
    yusmary.get_by_role("button", name=es("Ask for a reset code")).click()
    expect(yusmary.locator("#reset-codes")).to_contain_text(
        es("Waiting for another coordinator to agree.")
    )

    # Rafael, the second coordinator, is told, agrees, and sees the code once.
    rafael = browser.new_context(locale="es-VE").new_page()
    log_in(rafael, base, "rafael_red")
    rafael.get_by_role("link", name=re.compile(es("Notices"))).click()
    expect(rafael.locator("main")).to_contain_text("Yusmary")
    rafael.goto(f"{base}/consejos/{council.slug}/miembros/")
    rafael.get_by_role("link", name=f"{es('Agree')} · Carmen").click()
    rafael.get_by_label(es("Your password, again")).fill(PASSWORD)
    rafael.get_by_role("button", name=es("Agree and show the code")).click()
    code = rafael.locator("#reset-code code").inner_text()
    assert re.fullmatch(r"[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}", code)

    # Carmen, on her own phone, from the login page.
    carmen = browser.new_context(locale="es-VE").new_page()
    carmen.goto(f"{base}/accounts/login/")
    carmen.get_by_role("link", name=es("Forgot your password?")).click()
    carmen.get_by_role("link", name=es("I have a code from my council")).click()
    carmen.locator("input[name=username]").fill("carmen_muelle")
    carmen.locator("input[name=code]").fill(code)
    carmen.locator("input[name=new_password1]").fill(NEW_PASSWORD)
    carmen.locator("input[name=new_password2]").fill(NEW_PASSWORD)
    carmen.get_by_role("button", name=es("Set my new password")).click()
    expect(carmen.get_by_role("heading", level=1)).to_have_text(es("Open your private texts"))

    # Her record is there, but her private notes are locked, even to her.
    carmen.goto(f"{base}/formacion/practica/")
    expect(carmen.locator("main")).to_contain_text(es("Private text locked"))
    expect(carmen.locator("main")).not_to_contain_text("Censo de lanchas")

    # One of her paper codes opens them.
    carmen.goto(f"{base}/accounts/profile/unlock/")
    carmen.locator("input[name=code]").fill(people["carmen_codes"][0])
    carmen.get_by_role("button", name=es("Open my private texts")).click()
    expect(carmen.locator(".messages")).to_contain_text(
        es("Thank you. Your private texts are open again.")
    )
    carmen.goto(f"{base}/formacion/practica/")
    expect(carmen.locator("main")).to_contain_text("Censo de lanchas")

    # At her next login she reads who reset her password.
    carmen.context.clear_cookies()
    log_in(carmen, base, "carmen_muelle", NEW_PASSWORD)
    expect(carmen.locator(".messages")).to_contain_text("Yusmary")
    expect(carmen.locator(".messages")).to_contain_text("Rafael")


def test_a_facilitator_uses_his_own_recovery_code_in_english(page, live_server, council_people):
    base = live_server.url
    page.goto(f"{base}/en/accounts/login/")
    page.get_by_role("link", name="Forgot your password?").click()
    page.get_by_role("link", name="Use a recovery code").click()
    page.locator("input[name=username]").fill("pedro_taller")
    page.locator("input[name=code]").fill(council_people["pedro_codes"][2])
    page.locator("input[name=new_password1]").fill(NEW_PASSWORD)
    page.locator("input[name=new_password2]").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Set my new password").click()
    expect(page.locator(".messages")).to_contain_text(
        "Your new password is saved. Your formation record is as you left it."
    )
    page.context.clear_cookies()
    log_in(page, base, "pedro_taller", NEW_PASSWORD, prefix="/en")
    expect(page.get_by_role("link", name="Log out")).to_have_count(0)  # a form button
    expect(page.get_by_role("button", name="Log out")).to_be_visible()


def test_an_erasure_waits_and_another_coordinator_cancels_it(browser, live_server, council_people):
    council = council_people["council"]
    base = live_server.url

    yusmary = browser.new_context(locale="es-VE").new_page()
    log_in(yusmary, base, "yusmary_pesca")
    yusmary.goto(f"{base}/consejos/{council.slug}/borrar/")
    yusmary.locator("input[name=confirm]").fill(COUNCIL)
    yusmary.locator("input[name=password]").fill("no-es-mi-clave")
    yusmary.get_by_role("button", name=es("Erase the council in 7 days")).click()
    expect(yusmary.locator(".form-errors")).to_contain_text(
        es("That is not your current password.")
    )
    yusmary.locator("input[name=password]").fill(PASSWORD)
    yusmary.get_by_role("button", name=es("Erase the council in 7 days")).click()
    expect(yusmary.locator(".erase-banner")).to_contain_text(
        es("This council is going to be erased")
    )

    # Every member sees it; Rafael, a coordinator, has a notice and cancels.
    carmen = browser.new_context(locale="es-VE").new_page()
    log_in(carmen, base, "carmen_muelle")
    carmen.goto(f"{base}/consejos/{council.slug}/")
    expect(carmen.locator(".erase-banner")).to_be_visible()
    expect(carmen.get_by_role("button", name=es("Cancel the erasure"))).to_have_count(0)

    rafael = browser.new_context(locale="es-VE").new_page()
    log_in(rafael, base, "rafael_red")
    rafael.get_by_role("link", name=re.compile(es("Notices"))).click()
    expect(rafael.locator("main")).to_contain_text(COUNCIL)
    rafael.goto(f"{base}/consejos/{council.slug}/")
    rafael.get_by_role("button", name=es("Cancel the erasure")).click()
    expect(rafael.locator(".messages")).to_contain_text(
        es("The erasure is cancelled. The council stays as it was.")
    )
    expect(rafael.locator(".erase-banner")).to_have_count(0)
