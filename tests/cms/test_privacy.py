"""No page sends a visitor to a third party: every resource comes from the site itself.

Participating in political formation has put people at risk: a font, a script or an
image from another host would tell that host who reads what. Links to other sites are
allowed (a reader chooses to follow them) but must carry rel="noopener".
"""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from ..utils import parse_html

pytestmark = pytest.mark.django_db

OWN_HOSTS = {"testserver", "localhost", "127.0.0.1"} | {
    host for host in settings.ALLOWED_HOSTS if host and "*" not in host
}
RESOURCE_ATTRIBUTES = ("src", "srcset", "poster", "data", "background", "formaction", "action")
CSS_URL = re.compile(r"""url\(\s*(['"]?)(.*?)\1\s*\)""", re.IGNORECASE)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*['"]?([^'")\s;]+)""", re.IGNORECASE)


def is_external(url: str) -> bool:
    url = url.strip()
    if not url or url.startswith("#"):
        return False
    parts = urlsplit(url)
    if parts.scheme in {"data", "mailto", "tel"}:
        return False
    if parts.netloc:  # includes scheme-relative //host/...
        return parts.hostname not in OWN_HOSTS
    return parts.scheme not in {"", "http", "https"}  # e.g. ftp:, or a custom scheme


def css_problems(css: str, where: str) -> list[str]:
    problems = []
    for _, url in CSS_URL.findall(css):
        if is_external(url):
            problems.append(f"{where}: CSS url({url}) loads from another host")
    for url in CSS_IMPORT.findall(css):
        if is_external(url):
            problems.append(f"{where}: CSS @import {url} loads from another host")
    return problems


def third_party_problems(html: str, url: str) -> list[str]:
    """Everything in the page that would make the browser talk to another host."""
    parsed = parse_html(html)
    problems = []
    for tag, attrs in parsed.tags:
        for name in RESOURCE_ATTRIBUTES:
            if name not in attrs:
                continue
            values = [attrs[name]]
            if name == "srcset":
                values = [item.strip().split(" ")[0] for item in attrs[name].split(",")]
            for value in values:
                if is_external(value):
                    problems.append(f"{url}: <{tag} {name}={value!r}> points to another host")
        if tag == "link" and is_external(attrs.get("href", "")):
            problems.append(f"{url}: <link rel={attrs.get('rel')!r} href={attrs['href']!r}>")
        if tag == "link" and "stylesheet" in attrs.get("rel", "").split():
            href = attrs.get("href", "")
            if href.startswith(settings.STATIC_URL):
                path = finders.find(urlsplit(href).path[len(settings.STATIC_URL) :])
                assert path, f"{url}: stylesheet {href} is not among the static files"
                with open(path, encoding="utf-8") as css:
                    problems += css_problems(css.read(), href)
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            target = attrs.get("content", "").partition("url=")[2]
            if is_external(target):
                problems.append(f"{url}: <meta refresh> to {target}")
        if "style" in attrs:
            problems += css_problems(attrs["style"], f"{url}: style attribute of <{tag}>")
        if tag == "a" and is_external(attrs.get("href", "")):
            if "noopener" not in attrs.get("rel", "").split():
                problems.append(f"{url}: <a href={attrs['href']!r}> lacks rel=noopener")
    for style in parsed.styles:
        problems += css_problems(style, f"{url}: <style>")
    return problems


def public_urls(content):
    english = content.english
    return [
        content.tree.home.url,
        content.tree.library.url,
        content.tree.library.url + "?theme=agua&kind=workshop",
        content.tree.paths_index.url,
        content.workshop.url,
        content.reading.url,
        content.practice.url,
        content.path.url,
        english["home"].url,
        english["library"].url,
        english["workshop"].url,
        english["reading"].url,
        english["path"].url,
        "/accounts/login/",
        "/accounts/signup/",
        "/en/accounts/login/",
        "/en/accounts/signup/",
    ]


def test_no_page_loads_anything_from_another_host(client, content):
    urls = public_urls(content)
    assert all(url.startswith("/en/") for url in urls[8:13])
    problems = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        problems += third_party_problems(response.content.decode(), url)
    assert problems == []


def test_link_to_the_full_text_elsewhere_is_marked_noopener(client, content):
    html = client.get(content.reading.url).content.decode()
    external = [
        attrs
        for tag, attrs in parse_html(html).tags
        if tag == "a" and "example.org" in attrs.get("href", "")
    ]
    assert external, "the reading's link to the full text is not shown"
    for attrs in external:
        assert "noopener" in attrs.get("rel", "").split()


def test_links_written_by_editors_in_rich_text_are_marked_noopener(client, content):
    content.reading.body = '<p>El texto completo está en <a href="https://www.example.org/freire">otra biblioteca</a>.</p>'
    content.reading.save_revision().publish()
    html = client.get(content.reading.url).content.decode()
    assert "otra biblioteca" in html
    assert third_party_problems(html, content.reading.url) == []


def test_public_pages_send_a_content_security_policy(client, content):
    for url in public_urls(content):
        response = client.get(url)
        policy = response.headers.get("Content-Security-Policy")
        assert policy, f"{url} has no Content-Security-Policy header"
        directives = {
            part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()
        }
        assert directives.get("default-src") == ["'self'"], policy
        for name, sources in directives.items():
            for source in sources:
                # Only keywords and data: images, never another host.
                assert source.startswith("'") or source == "data:", f"{url}: {name} {source}"
        assert "'unsafe-inline'" not in directives.get("script-src", [])


def test_the_checker_catches_third_party_resources():
    page = (
        '<html><head><link rel="stylesheet" href="https://fonts.example.com/css">'
        '<style>body{background:url("//cdn.example.net/bg.png")}</style></head>'
        '<body><img src="https://tracker.example.com/p.gif">'
        '<a href="https://example.org/">fuera</a>'
        '<form action="https://collect.example.com/"></form>'
        '<a href="/biblioteca/" style="background:url(/static/x.png)">aquí</a></body></html>'
    )
    problems = third_party_problems(page, "/prueba/")
    assert len(problems) == 5, problems
