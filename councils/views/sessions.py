"""Sessions, the council's calendar, the secret-link feeds and the notices of tomorrow's sessions."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import calendar as ical
from .. import rules, selectors, services
from ..forms import FeedForm, SessionForm
from .common import attempt, submit
from .gate import council_view


@council_view(role=rules.FACILITATOR, methods=["GET", "POST"])
def session_create(request, *, council, membership):
    items = selectors.schedulable_items(council=council)
    form = SessionForm(
        request.POST or None,
        items=items,
        members=selectors.council_members(council=council),
        initial={"item": request.GET.get("item")},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        session = submit(
            form,
            services.session_schedule,
            council=council,
            item=data["item"],
            by=request.user,
            actor=membership,
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            place=data["place"],
            facilitators=data["facilitators"],
            childcare=data["childcare"],
            capacity=data["capacity"],
            notes=data["notes"],
        )
        if session:
            messages.success(request, _("Session scheduled."))
            return redirect("councils:calendar", slug=council.slug)
    return render(
        request,
        "councils/session_form.html",
        {"council": council, "form": form, "has_items": bool(items)},
    )


@council_view(role=rules.FACILITATOR, methods=["GET", "POST"])
def session_edit(request, pk, *, council, membership):
    """Change a session that has not started: same form as scheduling it; the feeds update."""
    session = selectors.session_of_council(council=council, pk=pk)
    items = selectors.schedulable_items(council=council)
    form = SessionForm(
        request.POST or None,
        items=items,
        members=selectors.council_members(council=council),
        initial=selectors.session_form_initial(session=session),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        saved = submit(
            form,
            services.session_update,
            session=session,
            item=data["item"],
            by=request.user,
            actor=membership,
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            place=data["place"],
            facilitators=data["facilitators"],
            childcare=data["childcare"],
            capacity=data["capacity"],
            notes=data["notes"],
        )
        if saved:
            messages.success(request, _("Session saved. Calendars that follow the link update."))
            return redirect(reverse("councils:calendar", args=[council.slug]) + f"#session-{pk}")
    return render(
        request,
        "councils/session_form.html",
        {"council": council, "form": form, "has_items": bool(items), "session": session},
    )


@council_view(role=rules.FACILITATOR, methods=["POST"])
def session_cancel(request, pk, *, council, membership):
    session = selectors.session_of_council(council=council, pk=pk)
    if attempt(
        request, services.session_cancel, session=session, by=request.user, actor=membership
    ):
        messages.success(request, _("Session cancelled."))
    return redirect("councils:calendar", slug=council.slug)


@council_view()
def calendar(request, *, council, membership):
    personal = services.calendar_for_person(user=request.user)
    return render(
        request,
        "councils/calendar.html",
        {
            "council": council,
            "membership": membership,
            "sessions": selectors.upcoming_sessions(council=council),
            "council_feed_url": request.build_absolute_uri(
                reverse("councils:council_feed", args=[council.calendar_token])
            ),
            "personal_feed_url": request.build_absolute_uri(
                reverse("councils:personal_feed", args=[personal.token])
            ),
        },
    )


@council_view(methods=["POST"])
def calendar_rotate(request, *, council, membership):
    """Any member replaces their own link; the council's link is the coordinators' (the service checks)."""
    form = FeedForm(request.POST)
    if form.is_valid() and form.cleaned_data["feed"] == "council":
        services.calendar_rotate_council_token(council=council, by=request.user, actor=membership)
    else:
        services.calendar_rotate_personal_token(user=request.user)
    messages.success(request, _("A new secret link was made; the old one no longer works."))
    return redirect("councils:calendar", slug=council.slug)


def _ics_response(body: bytes, name: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.ics"'
    response["Cache-Control"] = "private, max-age=900"
    return response


def council_feed(request, token):
    """Secret-link feed: calendar apps can't log in, the unguessable token is the key."""
    council = selectors.council_by_feed_token(token=token)
    return _ics_response(ical.council_calendar(council=council), f"trayecto-{council.slug}")


def personal_feed(request, token):
    person = selectors.person_by_feed_token(token=token)
    return _ics_response(ical.personal_calendar(user=person), "trayecto")


@login_required
@require_POST
def notice_read(request, pk):
    reminder = selectors.notice_of(user=request.user, pk=pk)
    services.reminder_mark_read(reminder=reminder, user=request.user)
    return redirect("councils:list")
