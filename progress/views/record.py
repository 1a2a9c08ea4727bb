"""The person's formation record: the page, its printable form and the JSON export."""

from __future__ import annotations

import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from .. import chart, export, selectors
from ..models import Completion, Enrolment


@login_required
def record(request):
    rec = selectors.formation_record(user=request.user, language_code=request.LANGUAGE_CODE)
    return render(
        request,
        "progress/record.html",
        {
            "record": rec,
            "chart": chart.year_chart(rec.years),
            "paths": selectors.paths_progress(user=request.user),
        },
    )


@login_required
def record_print(request):
    rec = selectors.formation_record(user=request.user, language_code=request.LANGUAGE_CODE)
    return render(
        request,
        "progress/record_print.html",
        {
            "record": rec,
            "chart": chart.year_chart(rec.years),
            "completions": Completion.objects.filter(user=request.user).order_by("completed_on"),
            "practice": selectors.practice_entries(user=request.user).order_by("practiced_on"),
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
