"""The frame of every page (site, route, menu, language links, site settings), cached.

Before a Wagtail page shows its own content it needs the same few facts: which site
the host names, which page the path names, the menu, the links to the other
language and the site's settings. That was eight queries on every page, signed in
or not, and on a search the page cache cannot help (``q`` is unbounded). These facts
change only when pages, sites, locales or settings change, which is exactly when
``cms.page_cache``'s generation is bumped, so they are kept under that generation
for everyone: nothing in them is personal.

What is kept is small and plain (ids, titles, URLs), except the Site row, which
Wagtail itself pickles into its cache of site root paths. A routed page is fetched
fresh by its id, so a page object never outlives its row. Redis down means a miss:
the frame is computed as before.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from .page_cache import generation

_MISSING = object()


def enabled() -> bool:
    return getattr(settings, "FRAME_CACHE_SECONDS", 0) > 0


def cached(name: str, *parts: Any, compute: Callable[[], Any]) -> Any:
    """``compute()``, or what it gave for the same ``parts`` in this generation.

    The key is taken before computing: a publish during the computation leaves the
    result under the old generation, which nobody reads again.
    """
    if not enabled():
        return compute()
    key = _key(name, *parts)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, timeout=settings.FRAME_CACHE_SECONDS)
    return value


def _key(name: str, *parts: Any, at: int | None = None) -> str:
    number = generation() if at is None else at
    return ":".join(["frame", str(number), name, *(str(part) for part in parts)])


def _host(request) -> str | None:
    try:
        return request.get_host()  # checked against ALLOWED_HOSTS: a bounded set of keys
    except DisallowedHost:
        return None


@functools.cache
def _settings_models() -> tuple:
    from wagtail.contrib.settings.models import BaseSiteSetting

    return tuple(model for model in apps.get_models() if issubclass(model, BaseSiteSetting))


def _route_for(request, site: Site, path: str) -> None:
    """Fill Wagtail's own per-request route (``request._wagtail_route_for_request``).

    The route is remembered as the page's model and id; one query fetches that page.
    Paths that name no page are never remembered: visitors choose them freely.

    Whether the page (or an ancestor) has view restrictions is remembered too. Wagtail
    asks on every serve, two queries; when there are none, the page answers from memory
    with an empty queryset. Any change to a restriction bumps the generation, so a new
    one applies at once; a page with restrictions is always checked the normal way.
    """
    if hasattr(request, "_wagtail_route_for_request"):
        return
    digest = hashlib.sha256(path.encode()).hexdigest()  # a path can be any length
    key = _key("route", site.pk, get_language(), digest)
    remembered = cache.get(key) if enabled() else None
    if remembered is None:
        result = Page.route_for_request(request, path)  # Wagtail keeps it on the request
        if result is not None and enabled():
            page, args, kwargs = result
            restricted = page.get_view_restrictions().exists()
            label = page._meta.label_lower
            remembered = (label, page.pk, list(args or ()), dict(kwargs or {}), restricted)
            cache.set(key, remembered, timeout=settings.FRAME_CACHE_SECONDS)
        return
    label, page_id, args, kwargs, restricted = remembered
    try:
        # live=True: even if a bump were lost, an unpublished page is never served.
        page = apps.get_model(label)._default_manager.get(pk=page_id, live=True)
    except (LookupError, Page.DoesNotExist):
        return  # gone since: Wagtail routes it again
    if not restricted:
        page.get_view_restrictions = PageViewRestriction.objects.none
    request._wagtail_route_for_request = RouteResult(page, args, kwargs)


class FrameCacheMiddleware:
    """Give Wagtail the site, the site settings and the page's route from the cache.

    The site and settings are only read from the cache here; whatever Wagtail looks up
    itself while the view runs is kept afterwards, so a view that needs neither (the
    500 page) touches no database. After the page cache: a page served whole from
    there needs none of this.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = _host(request) if enabled() else None
        if host is None:
            return self.get_response(request)
        # The generation is read before the view runs: a publish during it leaves what
        # this request found under the old number, which nobody reads again.
        at = generation()
        site_key = _key("site", host, request.get_port(), at=at)
        site = cache.get(site_key, _MISSING)
        if site is not _MISSING:
            request._wagtail_site = site
        found = site not in (None, _MISSING)
        kept = self._prefill_settings(request, site, at) if found else set()

        response = self.get_response(request)

        if site is _MISSING and hasattr(request, "_wagtail_site"):
            site = request._wagtail_site
            cache.set(site_key, site, timeout=settings.FRAME_CACHE_SECONDS)
        if site not in (None, _MISSING):
            for model in _settings_models():
                instance = getattr(request, model.get_cache_attr_name(), None)
                if instance is not None and model not in kept:
                    key = _key("settings", model._meta.label_lower, site.pk, at=at)
                    cache.set(key, instance, timeout=settings.FRAME_CACHE_SECONDS)
        return response

    @staticmethod
    def _prefill_settings(request, site: Site, at: int) -> set:
        """What ``BaseSiteSetting.for_request`` would find, without its query, when kept."""
        kept = set()
        for model in _settings_models():
            instance = cache.get(_key("settings", model._meta.label_lower, site.pk, at=at))
            if instance is None:
                continue
            instance._request = request  # as for_request does, for page URLs in settings
            setattr(request, model.get_cache_attr_name(), instance)
            kept.add(model)
        return kept

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not enabled() or view_func is not wagtail_serve:
            return None
        site = Site.find_for_request(request)  # from the cache, or looked up (and kept) now
        if site is None:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        _route_for(request, site, path)
        return None
