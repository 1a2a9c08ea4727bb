"""Anonymous public pages come from the cache; a publish shows at once in both languages."""

from __future__ import annotations

import pytest
from django.test import TestCase

from cms import page_cache
from tests.factories import UserFactory
from tests.utils import login, publish


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_SECONDS = 300
    return settings


def _warm(client, url):
    first = client.get(url)
    assert first.status_code == 200
    assert "X-Page-Cache" not in first
    second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    return second


def test_anonymous_pages_are_cached_in_both_languages(cached, client, content):
    urls = [
        "/",
        "/en/",
        content.tree.library.url,
        content.english["library"].url,
        content.workshop.url,
        content.path.url,
        content.english["path"].url,
        content.tree.paths_index.url,
    ]
    for url in urls:
        response = _warm(client, url)
        assert "Cookie" in response["Vary"]
        assert response.content == client.get(url).content


def test_cached_page_runs_at_most_two_queries(
    cached, client, content, django_assert_max_num_queries
):
    _warm(client, content.tree.library.url)
    with django_assert_max_num_queries(2):
        response = client.get(content.tree.library.url)
    assert response["X-Page-Cache"] == "hit"


def test_publishing_shows_at_once_in_both_languages(cached, client, content):
    home_en = content.english["home"]
    _warm(client, "/")
    _warm(client, "/en/")
    reading = content.reading
    reading.title = "Pedagogía de la esperanza"
    with TestCase.captureOnCommitCallbacks(execute=True):
        publish(reading)
    assert "Pedagogía de la esperanza" in client.get("/").content.decode()
    english = content.english["reading"]
    english.title = "Pedagogy of Hope"
    with TestCase.captureOnCommitCallbacks(execute=True):
        publish(english)
    assert "Pedagogy of Hope" in client.get(home_en.url).content.decode()


def test_unpublish_move_and_delete_make_pages_stale(cached, client, content):
    library_url = content.tree.library.url
    _warm(client, library_url)
    content.reading.unpublish()
    assert "Pedagogía del oprimido" not in client.get(library_url).content.decode()

    before = page_cache.generation()
    content.workshop.move(content.tree.library, pos="first-child")
    assert page_cache.generation() != before

    _warm(client, library_url)
    content.practice.delete()
    assert "Convocar la mesa técnica de agua" not in client.get(library_url).content.decode()


def test_signed_in_visitors_never_get_the_cached_page(cached, client, content):
    url = content.tree.library.url
    _warm(client, url)
    user = UserFactory(username="ana_signed_in", display_name="Ana Firmada")
    login(client, user)
    response = client.get(url)
    assert "X-Page-Cache" not in response
    assert "Ana Firmada" in response.content.decode()
    client.get(url)
    # ...and what they see is never kept for others.
    client.logout()
    assert "Ana Firmada" not in client.get(url).content.decode()


def test_searches_and_unknown_parameters_are_not_cached(cached, client, content):
    url = content.tree.library.url
    client.get(f"{url}?q=agua")
    assert "X-Page-Cache" not in client.get(f"{url}?q=agua")
    client.get(f"{url}?utm_source=x")
    assert "X-Page-Cache" not in client.get(f"{url}?utm_source=x")
    client.get(f"{url}?kind=reading&page=1")
    assert client.get(f"{url}?page=1&kind=reading")["X-Page-Cache"] == "hit"
    # The library's own sort (newest first) is one of its filters: kept too.
    client.get(f"{url}?sort=newest&theme=agua")
    assert client.get(f"{url}?theme=agua&sort=newest")["X-Page-Cache"] == "hit"
    client.get(f"{url}?sort=whatever")  # only the sorts the library knows make keys
    assert "X-Page-Cache" not in client.get(f"{url}?sort=whatever")


def test_responses_with_a_csrf_token_are_not_cached(cached, client, content, rf):
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponse

    request = rf.get(content.tree.library.url)
    request.user = AnonymousUser()
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    setattr(request, page_cache.CANDIDATE_ATTR, True)
    assert not page_cache._cacheable_response(request, HttpResponse("<form>"))


def test_non_page_views_are_not_cached(cached, client, tree):
    client.get("/accounts/login/")
    assert "X-Page-Cache" not in client.get("/accounts/login/")


def test_cache_off_when_seconds_is_zero(settings, client, content):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/")
    assert "X-Page-Cache" not in client.get("/")


def test_changing_site_settings_makes_pages_stale(cached, client, content):
    from wagtail.models import Site

    from cms.models import SiteSettings

    _warm(client, "/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.tagline = "Nadie se forma sola"
    site_settings.save()
    assert "Nadie se forma sola" in client.get("/").content.decode()
