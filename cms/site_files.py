"""Files browsers and crawlers ask for at the site's root: /favicon.ico and /robots.txt."""

from __future__ import annotations

import functools

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_GET

ICON = "img/favicon.ico"


@functools.cache
def _icon_bytes() -> bytes:
    path = finders.find(ICON)
    if path is None:  # a deployment serves collected files only
        with staticfiles_storage.open(ICON) as icon:
            return icon.read()
    with open(path, "rb") as icon:
        return icon.read()


@require_GET
def favicon(request):
    """The icon itself, not a redirect: 121 bytes, cached by the browser for a day."""
    try:
        content = _icon_bytes()
    except OSError as error:
        raise Http404 from error
    response = HttpResponse(content, content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=86400"
    return response


# Only the admin: Lighthouse counts a page blocked here as not indexable, record pages
# included, and personal pages need a login anyway.
ROBOTS = "User-agent: *\nDisallow: /admin/\n"


@require_GET
def robots(request):
    """A valid robots.txt rather than a 404, which crawlers and audits both ask for."""
    response = HttpResponse(ROBOTS, content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response
