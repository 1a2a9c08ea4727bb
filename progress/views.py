"""Pages of the signed-in person's formation, plus attendance and the council's overview.

Private entries are fetched only through the owner's own queries (``user=request.user``);
no view reads another person's reflections.
"""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from councils.models import Membership, Session
from councils.selectors import council_for_member
from curriculum.models import Kind, MaterialPage, StudyPathPage

from . import chart, export, selectors, services
from .forms import MarkDoneForm, PracticeForm, ShareForm, VouchRequestForm
from .models import Attendance, Completion, Enrolment, PracticeLog, Vouch


def _form_errors(form, error: ValidationError) -> None:
    for message in error.messages:
        form.add_error(None, message)


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


# --- Paths ----------------------------------------------------------------------------


@login_required
def paths(request):
    enrolments = list(
        Enrolment.objects.filter(user=request.user).select_related("path").order_by("-enrolled_on")
    )
    active = [e for e in enrolments if e.status != Enrolment.Status.LEFT]
    return render(
        request,
        "progress/paths.html",
        {
            "progress": selectors.paths_progress(user=request.user, enrolments=active),
            "left": [e for e in enrolments if e.status == Enrolment.Status.LEFT],
        },
    )


@login_required
@require_POST
def enrol(request, path_id):
    path = get_object_or_404(StudyPathPage.objects.live(), pk=path_id)
    try:
        enrolment = services.enrol(user=request.user, path=path)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(path.url or "progress:paths")
    messages.success(request, _("You now follow “%(title)s”.") % {"title": path.title})
    return redirect("progress:path_detail", pk=enrolment.pk)


@login_required
@require_POST
def enrolment_status(request, pk):
    enrolment = get_object_or_404(Enrolment, pk=pk, user=request.user)
    try:
        services.enrolment_set_status(
            enrolment=enrolment, user=request.user, status=request.POST.get("status", "")
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Saved."))
    return redirect("progress:paths")


@login_required
def path_detail(request, pk):
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("path"), pk=pk, user=request.user
    )
    (progress,) = selectors.paths_progress(user=request.user, enrolments=[enrolment])
    return render(request, "progress/path_detail.html", {"progress": progress})


@login_required
@require_http_methods(["GET", "POST"])
def mark_done(request, material_id):
    material = get_object_or_404(MaterialPage.objects.live(), pk=material_id).specific
    existing = Completion.objects.filter(user=request.user, material=material).first()
    form = MarkDoneForm(
        request.POST or None,
        initial={"reflection": existing.reflection if existing else ""},
    )
    if request.method == "POST" and form.is_valid():
        try:
            if existing:
                services.completion_update_reflection(
                    completion=existing,
                    user=request.user,
                    reflection=form.cleaned_data["reflection"],
                )
            else:
                services.mark_read(
                    user=request.user,
                    material=material,
                    completed_on=form.cleaned_data["completed_on"],
                    reflection=form.cleaned_data["reflection"],
                )
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("Saved in your formation record."))
            next_url = request.POST.get("next", "")
            if not url_has_allowed_host_and_scheme(
                next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
            ):
                next_url = ""
            return redirect(next_url or "progress:record")
    questions = []
    for name in ("guiding_questions", "reflection_prompts"):
        for block in getattr(material, name, None) or []:
            questions.append(block.value)
    return render(
        request,
        "progress/mark_done.html",
        {
            "material": material,
            "form": form,
            "existing": existing,
            "questions": questions,
            "is_workshop": material.kind == Kind.WORKSHOP,
            "next": request.GET.get("next", ""),
        },
    )


# --- Practice -----------------------------------------------------------------------------


def _practice_materials(request, *also: int | None):
    """Materials of the interface language, plus any asked for (a checklist of another language)."""
    wanted = [pk for pk in also if pk]
    return list(
        MaterialPage.objects.live()
        .filter(Q(locale__language_code=request.LANGUAGE_CODE) | Q(pk__in=wanted))
        .order_by("kind", "title")
        .only("id", "title", "kind")
    )


@login_required
def practice_list(request):
    page_obj = Paginator(selectors.practice_entries(user=request.user), 50).get_page(
        request.GET.get("page")
    )
    return render(
        request, "progress/practice_list.html", {"entries": page_obj, "page_obj": page_obj}
    )


@login_required
@require_http_methods(["GET", "POST"])
def practice_edit(request, pk=None):
    entry = get_object_or_404(PracticeLog, pk=pk, user=request.user) if pk else None
    initial = {}
    if entry is None and request.GET.get("material", "").isdigit():
        initial["material"] = int(request.GET["material"])
    posted = request.POST.get("material", "")
    materials = _practice_materials(
        request,
        initial.get("material"),
        entry.material_id if entry else None,
        int(posted) if posted.isdigit() and len(posted) < 12 else None,
    )
    form = PracticeForm(request.POST or None, instance=entry, materials=materials, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        material = next((m for m in materials if m.pk == data.get("material")), None)
        fields = {
            "practiced_on": data["practiced_on"],
            "hours": data["hours"],
            "what_was_done": data["what_was_done"],
            "material": material,
            "what_worked": data["what_worked"],
            "what_failed": data["what_failed"],
            "what_was_learned": data["what_was_learned"],
        }
        try:
            if entry is None:
                entry = services.practice_log_create(user=request.user, **fields)
            else:
                services.practice_log_update(entry=entry, user=request.user, **fields)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("Practice saved. It is private until you share it."))
            return redirect("progress:practice_detail", pk=entry.pk)
    return render(request, "progress/practice_form.html", {"form": form, "entry": entry})


@login_required
def practice_detail(request, pk):
    entry = get_object_or_404(selectors.practice_entries(user=request.user), pk=pk)
    memberships = list(Membership.objects.filter(user=request.user).select_related("council"))
    share_form = ShareForm(
        initial={"council": entry.shared_with_id}, councils=[m.council for m in memberships]
    )
    vouch_form = None
    if entry.shared_with_id:
        members = (
            Membership.objects.filter(council_id=entry.shared_with_id)
            .exclude(user=request.user)
            .select_related("user")
            .order_by("user__username")
        )
        vouch_form = VouchRequestForm(members=members)
    return render(
        request,
        "progress/practice_detail.html",
        {"entry": entry, "share_form": share_form, "vouch_form": vouch_form},
    )


@login_required
@require_POST
def practice_share(request, pk):
    entry = get_object_or_404(PracticeLog, pk=pk, user=request.user)
    councils = [
        m.council for m in Membership.objects.filter(user=request.user).select_related("council")
    ]
    form = ShareForm(request.POST, councils=councils)
    if form.is_valid():
        try:
            services.practice_share(
                entry=entry, user=request.user, council_id=form.cleaned_data["council"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("Shared with your council.")
                if form.cleaned_data["council"]
                else _("This entry is private again."),
            )
    else:
        messages.error(request, _("Choose one of your councils."))
    return redirect("progress:practice_detail", pk=pk)


@login_required
@require_POST
def practice_delete(request, pk):
    entry = get_object_or_404(PracticeLog, pk=pk, user=request.user)
    services.practice_log_delete(entry=entry, user=request.user)
    messages.success(request, _("Practice entry deleted."))
    return redirect("progress:practice_list")


@login_required
@require_POST
def vouch_request(request, pk):
    entry = get_object_or_404(PracticeLog, pk=pk, user=request.user)
    members = Membership.objects.filter(council_id=entry.shared_with_id).select_related("user")
    form = VouchRequestForm(request.POST, members=members)
    if form.is_valid():
        voucher = next(m.user for m in members if m.user_id == form.cleaned_data["voucher"])
        try:
            services.vouch_request(entry=entry, by=request.user, voucher=voucher)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Asked %(name)s to vouch.") % {"name": voucher.public_name})
    else:
        messages.error(request, _("Choose a member of the council the entry is shared with."))
    return redirect("progress:practice_detail", pk=pk)


@login_required
def vouches(request):
    return render(
        request,
        "progress/vouches.html",
        {"requests": selectors.vouch_requests_for(user=request.user)},
    )


@login_required
@require_POST
def vouch_answer(request, pk):
    vouch = get_object_or_404(Vouch.objects.select_related("entry"), pk=pk, voucher=request.user)
    action = request.POST.get("action")
    try:
        if action in ("confirm", "decline"):
            services.vouch_decide(vouch=vouch, by=request.user, confirm=action == "confirm")
        elif action == "withdraw":
            services.vouch_withdraw(vouch=vouch, by=request.user)
        else:
            raise ValidationError(_("Choose confirm, decline or withdraw."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Thank you: your answer was recorded."))
    return redirect("progress:vouches")


# --- Attendance and the council's overview -------------------------------------------------


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
        ids = set()
        for value in request.POST.getlist("present"):
            if value.isdigit():
                ids.add(int(value))
        try:
            services.attendance_record(session=session, by=request.user, present_user_ids=ids)
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
