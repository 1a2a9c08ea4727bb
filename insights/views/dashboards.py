"""The council's and the network's dashboards, and the network's CSV.

The rendered body is cached under the summaries' digest: a rebuild that changes any
number changes the key, so nothing stale is served and nothing is invalidated by hand.
"""

from __future__ import annotations

import csv

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from councils.selectors import standing_for_request
from councils.views.gate import council_view

from .. import selectors
from ..templatetags.insights_tags import cell_text

CACHE_SECONDS = 60 * 60 * 24


def _cached_body(key_parts: tuple, digest: str | None, build) -> str:
    key = ":".join(["insights", *map(str, key_parts), digest or "none"])
    body = cache.get(key) if digest else None
    if body is None:
        body = build()
        if digest:
            cache.set(key, body, CACHE_SECONDS)
    return mark_safe(body)  # noqa: S308 — our own template's output


@council_view(role="coordinator", methods=["GET"])
def council_dashboard(request, *, council, membership):
    language = request.LANGUAGE_CODE
    digest = selectors.council_digest(council_id=council.pk)

    def build() -> str:
        dashboard = selectors.council_dashboard(council_id=council.pk, language_code=language)
        return render_to_string(
            "insights/includes/council_body.html", {"dashboard": dashboard, "council": council}
        )

    body = _cached_body(("council", council.pk, language), digest, build)
    return render(
        request,
        "insights/council_dashboard.html",
        {"council": council, "membership": membership, "body": body},
    )


def _require_network(request) -> None:
    # The person's standing answers the permission in the query the menu needs anyway.
    if not standing_for_request(request).network_coordinator:
        raise PermissionDenied


@login_required
@require_GET
def network_dashboard(request):
    _require_network(request)
    language = request.LANGUAGE_CODE
    digest = selectors.network_digest()

    def build() -> str:
        dashboard = selectors.network_dashboard(language_code=language)
        return render_to_string("insights/includes/network_body.html", {"dashboard": dashboard})

    body = _cached_body(("network", language), digest, build)
    return render(request, "insights/network_dashboard.html", {"body": body})


@login_required
@require_GET
def network_csv(request):
    """The network dashboard's tables, cell for cell as on the page (suppressed ones too)."""
    _require_network(request)
    dashboard = selectors.network_dashboard(language_code=request.LANGUAGE_CODE)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="trayecto-red.csv"'
    writer = csv.writer(response)
    if dashboard is None:
        writer.writerow([_("The network's figures are not computed yet.")])
        return response
    for table in dashboard.tables:
        writer.writerow([table.caption])
        writer.writerow(["", *table.columns])
        for row in table.rows:
            writer.writerow([row.label, *(cell_text(c) for c in row.cells)])
        writer.writerow([])
    return response
