"""The person's formation record: the page, its printable form and the JSON export."""

from __future__ import annotations

import hashlib
import json

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from .. import chart, export, selectors
from ..models import Completion, Enrolment

# A rendered record is kept this long at most: its version key changes with the person's
# record, and this bounds how long an edit of a library title or a stage name takes to show.
RECORD_CACHE_SECONDS = 600
# The printed record: the latest entries of each list (a sheet of paper, not an archive).
PRINTED_COMPLETIONS = 20
PRINTED_PRACTICE = 10


@login_required
def record(request):
    """The record, rendered once per version of it (see ``selectors.record_version``).

    One query finds the version; the page's own seven run only when it changed.
    """
    version = selectors.record_version(user=request.user)
    digest = hashlib.sha256(version.encode()).hexdigest()[:32]
    key = f"progress:record:{request.user.pk}:{request.LANGUAGE_CODE}:{digest}"
    body = cache.get(key)
    if body is None:
        rec = selectors.formation_record(user=request.user, language_code=request.LANGUAGE_CODE)
        body = render_to_string(
            "progress/includes/record_body.html",
            {
                "record": rec,
                "chart": chart.year_chart(rec.years),
                "paths": selectors.paths_progress(user=request.user),
            },
            request=request,
        )
        cache.set(key, body, timeout=RECORD_CACHE_SECONDS)
    return render(request, "progress/record.html", {"record_body": mark_safe(body)})  # noqa: S308


@login_required
def record_print(request):
    rec = selectors.formation_record(user=request.user, language_code=request.LANGUAGE_CODE)
    # Paper holds the latest entries; the year table counts them all, the JSON holds them all.
    completions, completions_total = selectors.latest_with_total(
        Completion.objects.filter(user=request.user),
        newest_first=("-completed_on", "-pk"),
        limit=PRINTED_COMPLETIONS,
    )
    practice, practice_total = selectors.latest_with_total(
        selectors.practice_entries(user=request.user),
        newest_first=("-practiced_on", "-pk"),
        limit=PRINTED_PRACTICE,
    )
    return render(
        request,
        "progress/record_print.html",
        {
            "record": rec,
            "chart": chart.year_chart(rec.years),
            "completions": completions,
            "completions_total": completions_total,
            "practice": practice,
            "practice_total": practice_total,
            "enrolments": Enrolment.objects.filter(user=request.user).order_by("enrolled_on"),
        },
    )


@login_required
def record_json(request):
    data = export.person_record(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="trayecto-formacion.json"'
    return response
