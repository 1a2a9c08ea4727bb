"""Anonymous Wagtail pages served from Django's cache.

Public pages are the same for every anonymous visitor, and rendering one costs a
dozen queries. The middleware here answers an anonymous GET from the cache before
Wagtail routes anything (0 queries without a session cookie, 1 with one), and keeps
the rendered response of a Wagtail page when nothing in it is personal.

Invalidation is one "generation" number in the cache, part of every key: any change
to pages, sites, locales, site settings, library data, images or documents bumps it
(``cms.apps``), so a publish shows at once in every language. Old entries are never
read again and expire by themselves.

Never cached: signed-in visitors, any response that used a CSRF token (forms), set a
cookie, touched the session or carried messages, pages with view restrictions,
anything but 200, and query strings other than the library's filters (searches ``q``
are never cached: their keys would be unbounded).
"""

from __future__ import annotations

import hashlib
import logging
import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
CANDIDATE_ATTR = "_trayecto_page_cache_candidate"
# The library's filters, its sort and the page number: few values each, so few keys.
ALLOWED_PARAMS = frozenset({"page", "theme", "kind", "duration", "level", "sort"})
SORTS = frozenset({"", "newest"})  # the library's one sort; other values would only add keys
MAX_PARAM_LENGTH = 40
# Headers that belong to one response, or that the outer middleware adds again.
_SKIPPED_HEADERS = frozenset({"set-cookie", "content-length"})


def enabled() -> bool:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0


def generation() -> int:
    """The current generation; a fresh one (time-based, never reused) when the cache lost it."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY, 0)
    return value


# A bump the cache could not take (Redis away at that moment): retried by this process
# at its next request, so the change does not wait for old entries to expire.
_pending_bump = False


def bump_generation(**_signal_kwargs) -> None:
    """Make every cached page stale, in every language; usable as a signal receiver."""
    global _pending_bump
    try:
        taken = cache.incr(GENERATION_KEY)
    except ValueError:  # evicted or never set: a new number that no old key used
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)
        taken = cache.get(GENERATION_KEY)
    # A generation is never 0 (it starts from the clock): 0 or None means the cache was away.
    _pending_bump = not taken
    if _pending_bump:
        logger.warning("page cache generation not bumped (cache away); retrying next request")


def retry_lost_bump() -> None:
    if _pending_bump:
        bump_generation()


def _normalized_query(request) -> str | None:
    """The query string in a canonical order, or None when this query is not cacheable."""
    if not request.GET:
        return ""
    pairs = []
    for name, values in request.GET.lists():
        if name not in ALLOWED_PARAMS:
            return None
        for value in values:
            if len(value) > MAX_PARAM_LENGTH or (name == "sort" and value not in SORTS):
                return None
            if value:
                pairs.append((name, value))
    return urlencode(sorted(pairs))


def _key(request, query: str) -> str:
    url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"pagecache:{generation()}:{get_language()}:{digest}"


def _has_messages(request) -> bool:
    storage = getattr(request, "_messages", None)
    return storage is not None and len(storage) > 0


def _anonymous(request) -> bool:
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def _cacheable_request(request) -> str | None:
    """The normalized query when this request may be answered from the cache, else None."""
    if not enabled() or request.method != "GET" or not _anonymous(request):
        return None
    if _has_messages(request):
        return None
    return _normalized_query(request)


def _cacheable_response(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    session = getattr(request, "session", None)
    if session is not None and (session.modified or session.accessed and not session.is_empty()):
        return False
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-store" in cache_control:
        return False
    return _anonymous(request) and not _has_messages(request)


def mark_candidate(page, request) -> None:
    """Called as Wagtail serves a page: its response may be kept if nothing in it is personal."""
    if _cacheable_request(request) is not None:
        if not page.get_view_restrictions().exists():
            setattr(request, CANDIDATE_ATTR, True)


class AnonymousPageCacheMiddleware:
    """Answer anonymous GETs of public pages from the cache; keep what Wagtail renders.

    Goes after the session, auth and messages middleware: it needs to know who asks.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        retry_lost_bump()
        query = _cacheable_request(request)
        # The key is taken before rendering: a publish during the render makes it stale.
        key = _key(request, query) if query is not None else None
        if key is not None:
            cached = cache.get(key)
            if cached is not None:
                return self._rebuild(cached)
        response = self.get_response(request)
        if getattr(request, CANDIDATE_ATTR, False):
            patch_vary_headers(response, ["Cookie"])
            if key is not None and _cacheable_response(request, response):
                self._store(key, response)
        return response

    def _store(self, key: str, response) -> None:
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in _SKIPPED_HEADERS
        ]
        cache.set(
            key,
            (response.status_code, headers, response.content),
            timeout=settings.PAGE_CACHE_SECONDS,
        )

    @staticmethod
    def _rebuild(cached) -> HttpResponse:
        status, headers, content = cached
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response
