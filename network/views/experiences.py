"""A council's own experiences: write them together, keep their versions, share or withdraw them.

Every page here is under ``/red/consejos/<slug>/`` and goes through councils' gate:
a non-member gets 404, a member without the role 403.
"""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from councils import rules as council_rules
from councils.views.common import attempt, submit
from councils.views.gate import council_view

from ..forms import (
    CompareForm,
    ExperienceForm,
    LessonFormSet,
    MomentFormSet,
    PreviewForm,
    ShareForm,
    share_choices,
)
from ..models import ShareMode
from ..selectors import experiences as selectors
from ..services import experiences as services


@council_view()
def experience_list(request, *, council, membership):
    return render(
        request,
        "network/experience_list.html",
        {
            "council": council,
            "membership": membership,
            "experiences": list(selectors.experiences_of_council(council=council)),
            "can_write": council_rules.has_role(membership, council_rules.FACILITATOR),
        },
    )


def _forms(request, council, experience=None):
    posted = request.POST if request.method == "POST" else None
    initial_moments = initial_lessons = None
    if experience is not None:
        initial_moments = [
            {
                "happened_on": m.happened_on,
                "text": m.text,
                "session": m.session_id,
                "assembly": m.assembly_id,
            }
            for m in experience.timeline.all()
        ]
        initial_lessons = [
            {"kind": lesson.kind, "text": lesson.text, "theme": lesson.theme_id}
            for lesson in experience.lessons.all()
        ]
    form = ExperienceForm(
        posted,
        instance=experience,
        council=council,
        initial={"revision": experience.revision}
        if experience
        else {"language": request.LANGUAGE_CODE},
    )
    moments = MomentFormSet(
        posted, prefix="moments", initial=initial_moments, form_kwargs={"council": council}
    )
    lessons = LessonFormSet(posted, prefix="lessons", initial=initial_lessons)
    share_choices(moments, "session", "assembly")
    share_choices(lessons, "theme")
    return form, moments, lessons


def _kept(formset) -> list[dict]:
    return [
        f.cleaned_data for f in formset.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")
    ]


def _content(form, moments, lessons) -> services.ExperienceContent:
    data = form.cleaned_data
    return services.ExperienceContent(
        **{name: data.get(name) or "" for name in services.TEXT_FIELDS},
        language=data["language"],
        timeline=[
            services.Moment(
                happened_on=m["happened_on"],
                text=m["text"],
                session=m.get("session"),
                assembly=m.get("assembly"),
            )
            for m in _kept(moments)
        ],
        lessons=[
            services.LessonData(kind=lesson["kind"], text=lesson["text"], theme=lesson.get("theme"))
            for lesson in _kept(lessons)
        ],
        materials=list(data.get("materials") or []),
        plan_sections=list(data.get("plan_sections") or []),
        themes=list(data.get("themes") or []),
    )


def _valid(form, moments, lessons) -> bool:
    return all([form.is_valid(), moments.is_valid(), lessons.is_valid()])


@council_view(role=council_rules.FACILITATOR, methods=["GET", "POST"])
def experience_create(request, *, council, membership):
    form, moments, lessons = _forms(request, council)
    if request.method == "POST" and _valid(form, moments, lessons):
        experience = submit(
            form,
            services.experience_create,
            council=council,
            by=request.user,
            actor=membership,
            content=_content(form, moments, lessons),
        )
        if experience:
            messages.success(request, _("Experience saved. Only your council sees it for now."))
            return redirect(experience.get_absolute_url())
    return render(
        request,
        "network/experience_form.html",
        {"council": council, "form": form, "moments": moments, "lessons": lessons},
    )


@council_view(role=council_rules.FACILITATOR, methods=["GET", "POST"])
def experience_edit(request, pk, *, council, membership):
    experience = selectors.experience_of_council(council=council, pk=pk)
    form, moments, lessons = _forms(request, council, experience)
    if request.method == "POST" and _valid(form, moments, lessons):
        saved = submit(
            form,
            services.experience_update,
            experience=experience,
            by=request.user,
            actor=membership,
            expected_revision=form.cleaned_data.get("revision") or 0,
            content=_content(form, moments, lessons),
        )
        if saved:
            messages.success(request, _("Experience saved; its earlier version is kept."))
            return redirect(saved.get_absolute_url())
    return render(
        request,
        "network/experience_form.html",
        {
            "council": council,
            "experience": experience,
            "form": form,
            "moments": moments,
            "lessons": lessons,
        },
    )


@council_view()
def experience_detail(request, pk, *, council, membership):
    experience = selectors.experience_of_council(council=council, pk=pk)
    can_write = council_rules.has_role(membership, council_rules.FACILITATOR)
    return render(
        request,
        "network/experience_detail.html",
        {
            "council": council,
            "membership": membership,
            "experience": experience,
            "view": selectors.shared_view(experience, mode=ShareMode.NAMED),
            "questions": selectors.questions_for_council(experience=experience),
            "can_write": can_write,
            "can_share": council_rules.has_role(membership, council_rules.COORDINATOR),
        },
    )


@council_view()
def experience_versions(request, pk, *, council, membership):
    """The versions; ``?a=&b=`` compares two of them."""
    experience = selectors.experience_of_council(council=council, pk=pk)
    diff = older = newer = None
    if "a" in request.GET or "b" in request.GET:
        compare = CompareForm(request.GET)
        pair = (
            selectors.versions_to_compare(experience=experience, **compare.cleaned_data)
            if compare.is_valid()
            else None
        )
        if pair:
            older, newer = pair
            diff = selectors.compare_versions(older=older, newer=newer)
        else:
            messages.error(request, _("Choose two existing versions to compare."))
    return render(
        request,
        "network/experience_versions.html",
        {
            "council": council,
            "experience": experience,
            "versions": list(selectors.versions_of(experience=experience)),
            "diff": diff,
            "older": older,
            "newer": newer,
        },
    )


@council_view(role=council_rules.COORDINATOR, methods=["GET", "POST"])
def experience_share(request, pk, *, council, membership):
    """Choose how to share, preview exactly what others will read, and record the agreement."""
    experience = selectors.experience_of_council(council=council, pk=pk)
    if request.method == "POST":
        choice = PreviewForm(request.POST)
        form = ShareForm(request.POST, council=council)
    else:
        choice = PreviewForm(request.GET or None)
        form = ShareForm(council=council, initial=request.GET.dict() if choice.is_bound else None)
    view = warnings = None
    if choice.is_valid():
        view = selectors.shared_view(experience, mode=choice.cleaned_data["mode"])
        warnings = selectors.name_warnings(view, council=council)
    if request.method == "POST" and form.is_valid():
        shared = submit(
            form,
            services.experience_share,
            experience=experience,
            by=request.user,
            actor=membership,
            mode=form.cleaned_data["mode"],
            assembly=form.cleaned_data.get("assembly"),
        )
        if shared:
            messages.success(request, _("Shared: the councils of the network can read it now."))
            return redirect(shared.get_absolute_url())
    return render(
        request,
        "network/experience_share.html",
        {
            "council": council,
            "experience": experience,
            "choice": choice,
            "form": form,
            "view": view,
            "warnings": warnings,
        },
    )


@council_view(role=council_rules.FACILITATOR, methods=["POST"])
def experience_withdraw(request, pk, *, council, membership):
    experience = selectors.experience_of_council(council=council, pk=pk)
    if attempt(
        request,
        services.experience_withdraw,
        experience=experience,
        by=request.user,
        actor=membership,
    ):
        messages.success(request, _("Withdrawn: only your council sees it again."))
    return redirect(experience.get_absolute_url())
