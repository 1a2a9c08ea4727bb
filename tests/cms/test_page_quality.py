"""What outside judges check: a favicon, a description on every page, absolute hreflang, light pages."""

from __future__ import annotations

import re

from django.urls import reverse

from curriculum.models import MaterialPage, StudyPathPage
from progress.management.commands.benchmark_record import benchmark_world, build_long_record
from tests.utils import login, parse_html

PAGE_BUDGET = 60 * 1024


def _head_tags(html: str, tag: str) -> list[dict]:
    return [
        dict(re.findall(r'(\w[\w-]*)="([^"]*)"', m)) for m in re.findall(rf"<{tag}\b([^>]*)>", html)
    ]


def _description(html: str) -> str:
    found = [t for t in _head_tags(html, "meta") if t.get("name") == "description"]
    assert len(found) == 1, found
    return found[0]["content"]


def test_favicon_answers_with_a_tiny_icon(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert 0 < len(response.content) < 2048


def test_every_public_page_has_a_meaningful_description(client, content):
    pages = {
        "/": "Formación política permanente",
        "/en/": "Permanent political formation",
        content.tree.library.url: None,
        content.reading.url: "Freire propone",
        content.workshop.url: "Un taller que parte",
        content.path.url: None,
        "/accounts/login/": "Trayecto",
    }
    for url, expected in pages.items():
        description = _description(client.get(url).content.decode())
        assert len(description) >= 30, (url, description)
        assert "<" not in description
        if expected:
            assert expected in description, (url, description)


def test_search_description_wins(client, content):
    reading = content.reading
    reading.search_description = "Una lectura para empezar a formarse en colectivo."
    reading.save_revision().publish()
    html = client.get(reading.url).content.decode()
    assert _description(html) == "Una lectura para empezar a formarse en colectivo."


def test_hreflang_alternates_are_absolute(client, content):
    for url in ["/", content.workshop.url, content.english["path"].url]:
        html = client.get(url).content.decode()
        alternates = [t for t in _head_tags(html, "link") if t.get("rel") == "alternate"]
        assert {t["hreflang"] for t in alternates} == {"es", "en"}, url
        for link in alternates:
            assert link["href"].startswith("http://testserver/"), link


def test_page_without_translation_has_no_alternates(client, tree):
    html = client.get(tree.library.url).content.decode()
    assert 'rel="alternate"' not in html


def test_printable_record_of_ten_years_stays_light(client, content):
    user, council, neighbours, item = benchmark_world(username="diez-anos")
    record = build_long_record(
        user=user,
        council=council,
        item=item,
        neighbours=neighbours,
        materials=list(MaterialPage.objects.live()),
        paths=list(StudyPathPage.objects.live()),
        years=10,
        events=1000,
    )
    login(client, user)
    response = client.get(reverse("progress:record_print"))
    assert response.status_code == 200
    assert len(response.content) < PAGE_BUDGET, len(response.content)
    html = response.content.decode()
    assert f"of {record.completions}" in html or f"de {record.completions}" in html
    assert parse_html(html) is not None


def test_public_pages_stay_under_the_budget(client, content):
    for url in ["/", "/en/", content.tree.library.url, content.workshop.url, content.path.url]:
        assert len(client.get(url).content) < PAGE_BUDGET, url


def test_robots_txt_keeps_only_the_admin_out(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response.content.decode().splitlines() == ["User-agent: *", "Disallow: /admin/"]
