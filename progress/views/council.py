"""What a council's organisers see of its members' formation: attendance and the overview."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from councils.models import Session
from councils.selectors import council_for_member

from .. import selectors, services
from ..forms import AttendanceForm
from ..models import Attendance
from ._input import checked


@login_required
@require_http_methods(["GET", "POST"])
def attendance(request, slug, session_pk):
    council, membership = council_for_member(slug=slug, user=request.user)
    if not (membership.is_coordinator or membership.is_facilitator):
        raise Http404
    session = get_object_or_404(
        Session.objects.select_related("item__material", "council"), pk=session_pk, council=council
    )
    members = list(
        council.memberships.select_related("user").order_by("user__display_name", "user__username")
    )
    if request.method == "POST":
        form = AttendanceForm(request.POST, members=selectors.members_of(council_id=council.pk))
        data = checked(form, request=request)
        if data is not None:
            try:
                services.attendance_record(
                    session=session,
                    by=request.user,
                    present_user_ids={user.pk for user in data["present"]},
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            except PermissionDenied as denied:
                raise Http404 from denied
            else:
                messages.success(request, _("Attendance saved."))
                return redirect("progress:attendance", slug=slug, session_pk=session.pk)
    present = set(
        Attendance.objects.filter(session=session, present=True).values_list("user_id", flat=True)
    )
    return render(
        request,
        "progress/attendance.html",
        {
            "council": council,
            "session": session,
            "rows": [(m, m.user_id in present) for m in members],
            "present_count": len(present),
        },
    )


@login_required
def council_overview(request, slug):
    council, membership = council_for_member(slug=slug, user=request.user)
    if not membership.is_coordinator:
        raise Http404
    return render(
        request,
        "progress/council_overview.html",
        {
            "council": council,
            "members": selectors.council_progress(
                council=council, language_code=request.LANGUAGE_CODE
            ),
            "roles": selectors.responsibility_counts(council=council),
        },
    )


@login_required
def council_practice(request, slug):
    council, membership = council_for_member(slug=slug, user=request.user)
    return render(
        request,
        "progress/council_practice.html",
        {
            "council": council,
            "entries": selectors.shared_practice_for_council(council=council, viewer=request.user),
        },
    )
