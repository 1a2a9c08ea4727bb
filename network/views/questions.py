"""Questions between councils: another council asks on the exchange, the author answers or hides.

Asking happens on the exchange (by the experience's uuid, checked per object like
its page); answering and hiding are the authoring council's pages, behind its gate.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from councils import rules as council_rules
from councils.views.common import submit
from councils.views.gate import council_view

from ..forms import AnswerForm, HideForm, QuestionForm
from ..models import Question
from ..selectors import experiences as selectors
from ..services import questions as services
from .exchange import asking_memberships, exchange_context, network_reader


@login_required
@require_http_methods(["POST"])
def question_ask(request, uuid):
    memberships = network_reader(request)
    experience = selectors.shared_experience(uuid=uuid)
    askers = asking_memberships(memberships, experience)
    if not askers:
        raise Http404
    form = QuestionForm(request.POST, memberships=askers)
    if form.is_valid():
        try:
            asked = submit(
                form,
                services.question_ask,
                experience=experience,
                by=request.user,
                actor=form.membership,
                text=form.cleaned_data["text"],
            )
        except PermissionDenied as denied:
            raise Http404 from denied
        if asked:
            messages.success(
                request, _("Question sent. You will find a notice here when the council answers.")
            )
            return redirect(experience.get_exchange_url())
    return render(
        request,
        "network/experience_shared.html",
        exchange_context(request, experience, memberships, question_form=form),
        status=400,
    )


def _question(council, pk) -> Question:
    return get_object_or_404(
        Question.objects.select_related("experience__council", "asked_by", "asker_council"),
        pk=pk,
        experience__council=council,
    )


@council_view(role=council_rules.FACILITATOR, methods=["POST"])
def question_answer(request, pk, *, council, membership):
    question = _question(council, pk)
    form = AnswerForm(request.POST)
    if form.is_valid() and submit(
        form,
        services.question_answer,
        question=question,
        by=request.user,
        actor=membership,
        answer=form.cleaned_data["answer"],
    ):
        messages.success(request, _("Answer sent on behalf of the council."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect(question.experience.get_absolute_url())


@council_view(role=council_rules.FACILITATOR, methods=["POST"])
def question_hide(request, pk, *, council, membership):
    question = _question(council, pk)
    form = HideForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose whether to hide the question or show it again."))
    elif submit(
        form,
        services.question_hide,
        question=question,
        by=request.user,
        actor=membership,
        hidden=form.cleaned_data["hidden"],
    ):
        messages.success(
            request,
            _("The question is hidden from the network.")
            if form.cleaned_data["hidden"]
            else _("The question shows on the network again."),
        )
    return redirect(question.experience.get_absolute_url())
