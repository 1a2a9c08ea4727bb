"""Study paths followed, and readings marked done (with the way back to the checklist)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from curriculum.models import Kind, MaterialPage, StudyPathPage

from .. import selectors, services
from ..forms import EnrolmentStatusForm, MarkDoneForm, NextForm
from ..locks import locked_page, private_texts_locked
from ..models import Completion, Enrolment
from ._input import checked, refused

# PAGE_ID: a library page is looked up by ``id``, not ``pk``. A page's ``pk`` is its
# ``page_ptr`` link, which Django does not guard against integers too large for the
# database (SQLite raises OverflowError, a 500); ``id`` is Wagtail's own integer
# column, which it does: an id from the URL past 64 bits is simply not found (404).


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
    path = get_object_or_404(StudyPathPage.objects.live(), id=path_id)  # see PAGE_ID
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
    data = checked(EnrolmentStatusForm(request.POST), request=request)
    if data is None:
        return redirect("progress:paths")
    try:
        services.enrolment_set_status(enrolment=enrolment, user=request.user, status=data["status"])
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
    material = get_object_or_404(MaterialPage.objects.live(), id=material_id).specific  # PAGE_ID
    existing = Completion.objects.filter(user=request.user, material=material).first()
    if existing is not None and private_texts_locked(request.user):
        return locked_page(request)
    form = MarkDoneForm(
        request.POST or None,
        initial={"reflection": existing.reflection if existing else ""},
    )
    # A ``next`` that is not a path on this site is ignored, never an error.
    next_url = checked(NextForm(request.POST if request.method == "POST" else request.GET))["next"]
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
            refused(form, error)
        else:
            messages.success(request, _("Saved in your formation record."))
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
            "next": next_url,
        },
    )
