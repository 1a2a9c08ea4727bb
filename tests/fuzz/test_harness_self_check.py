"""The harness's checks catch what they promise to: a crash, a silent write, a leak."""

from __future__ import annotations

import pytest
from django.test import Client

from .checks import counts
from .forms import Catalogue
from .strategies import Request
from .test_fuzz_views import Broken, check
from .urlconf import Target

pytestmark = pytest.mark.django_db
broken_site = pytest.mark.urls("tests.fuzz.broken_urls")

TARGET = Target(name="broken", route="")


@pytest.fixture(autouse=True)
def _no_report(monkeypatch):
    """These faults are planted: keep them out of TRAYECTO_FUZZ_REPORT."""
    monkeypatch.setattr("tests.fuzz.test_fuzz_views.REPORT", "")


def run(method: str, path: str, **data) -> None:
    request = Request(method=method, path=path, data={k: [v] for k, v in data.items()})
    check(TARGET, "participant", request, Client(), counts())


@broken_site
def test_a_crash_is_reported_with_its_place_in_the_code():
    with pytest.raises(Broken, match=r"ValueError.*broken_urls.py:\d+ in crash"):
        run("GET", "/crash/", n="²")


@broken_site
def test_a_write_without_a_confirmed_save_is_reported():
    with pytest.raises(Broken, match="rows changed without a confirmed save"):
        run("POST", "/half-write/")


@broken_site
def test_a_write_with_a_success_message_is_a_save():
    run("POST", "/saved/")


@broken_site
def test_another_councils_data_is_reported():
    with pytest.raises(Broken, match="council B's data shown"):
        run("GET", "/leak/")


def test_forms_are_read_from_html():
    html = """
    <form method="post" action="/consejos/x/planes/1/items/2/up/">
      <input type="hidden" name="revision" value="7">
      <select name="item"><option value="">-</option><option value="3">A</option></select>
      <textarea name="notes">hola</textarea>
      <input type="checkbox" name="present" value="4"><input type="checkbox" name="present" value="5">
      <button name="action" value="confirm">OK</button>
    </form>
    <a href="/formacion/practica/?page=2">2</a>"""
    catalogue = Catalogue()
    catalogue.feed(html, "/consejos/x/planes/1/", pages={})
    (form,) = catalogue.for_target("councils:item_action")
    assert form.method == "POST"
    assert form.fields["revision"].value == "7"
    assert form.fields["item"].options == ["", "3"]
    assert form.fields["notes"].value == "hola"
    assert form.fields["present"].options == ["4", "5"]
    assert form.fields["action"].options == ["confirm"]
    (link,) = catalogue.for_target("progress:practice_list")
    assert link.method == "GET" and link.fields["page"].value == "2"
