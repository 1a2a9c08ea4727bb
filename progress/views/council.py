"""What a council's organisers see of its members' formation: attendance and the overview.

These are council pages: councils' single gate resolves ``(council, membership)``
once. They are ``hidden``: a member without the role gets a 404, as a non-member
does, because the pages are about other people.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from councils import services as council_services
from councils.count_forms import SessionCountsForm, session_counts_initial
from councils.views.gate import council_view

from .. import selectors, services
from ..forms import AttendanceForm
from ._input import checked


@council_view(role="facilitator", methods=["GET", "POST"], hidden=True)
def attendance(request, session_pk, *, council, membership):
    session = selectors.council_session_or_404(council=council, session_pk=session_pk)
    members = selectors.council_memberships(council=council)
    counts = SessionCountsForm(
        request.POST if request.method == "POST" else None,
        initial=session_counts_initial(session),
    )
    if request.method == "POST":
        form = AttendanceForm(request.POST, members=selectors.members_of(council_id=council.pk))
        data = checked(form, request=request)
        if data is not None and counts.is_valid():
            try:
                with transaction.atomic():  # both or neither: the page confirms them together
                    services.attendance_record(
                        session=session,
                        by=request.user,
                        present_user_ids={user.pk for user in data["present"]},
                    )
                    council_services.session_record_counts(
                        session=session, by=request.user, actor=membership, counts=counts.counts()
                    )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            except PermissionDenied as denied:
                raise Http404 from denied
            else:
                messages.success(request, _("Attendance saved."))
                return redirect("progress:attendance", slug=council.slug, session_pk=session.pk)
    present = selectors.present_user_ids(session=session)
    return render(
        request,
        "progress/attendance.html",
        {
            "council": council,
            "session": session,
            "rows": [(m, m.user_id in present) for m in members],
            "present_count": len(present),
            "form": counts,
        },
    )


@council_view(role="coordinator", methods=["GET"], hidden=True)
def council_overview(request, *, council, membership):
    return render(
        request,
        "progress/council_overview.html",
        {
            "council": council,
            "members": selectors.council_progress(council=council),
            "roles": selectors.responsibility_counts(council=council),
        },
    )


@council_view(methods=["GET"])
def council_practice(request, *, council, membership):
    return render(
        request,
        "progress/council_practice.html",
        {
            "council": council,
            "entries": selectors.shared_practice_for_council(council=council, viewer=request.user),
        },
    )
