"""Error pages that cannot fail in turn.

The 400 and 500 pages are rendered with a minimal context: no database, no
context processors, no request. Whatever broke the request (a lost database
connection, a bad Host header) must not break its error page too. The 500 page
gives a short reference that is logged with the exception, so an administrator
can find the traceback from what a participant reads out to them.
"""

from __future__ import annotations

import logging
import secrets
import sys

from django.http import HttpResponseBadRequest, HttpResponseServerError
from django.template import loader
from django.utils.log import log_response
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


def new_reference() -> str:
    """Eight hex characters: short enough to read over the phone, unique enough to grep."""
    return secrets.token_hex(4)


def _render(template_name: str, context: dict) -> str | None:
    try:
        return loader.get_template(template_name).render(context)
    except Exception:  # an error page falls back to plain text, never fails in turn
        logger.exception("could not render %s", template_name)
        return None


def bad_request(request, exception=None):
    """A request we cannot read (bad Host, malformed value): say so kindly."""
    body = _render("400.html", {})
    if body is None:
        return HttpResponseBadRequest(_("Bad request"), content_type="text/plain; charset=utf-8")
    return HttpResponseBadRequest(body)


def server_error(request):
    """The 500 page, with a reference logged once together with the exception."""
    reference = new_reference()
    body = _render("500.html", {"reference": reference})
    if body is None:
        response = HttpResponseServerError(
            _("Server error. Reference: %(reference)s") % {"reference": reference},
            content_type="text/plain; charset=utf-8",
        )
    else:
        response = HttpResponseServerError(body)
    # Logged here, with the reference, instead of by Django's handler (which skips a
    # response already logged), so the traceback appears once.
    log_response(
        "error reference %s: %s %s",
        reference,
        request.method,
        request.path,
        response=response,
        request=request,
        exception=sys.exc_info()[1],
    )
    return response
