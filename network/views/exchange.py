"""The exchange: shared experiences as the network's councils read them.

These pages are not under a council's slug, so each checks its reader itself:
members of any council and the network's coordinators; anonymous visitors are
sent to log in and anyone else gets 404. An experience is found by its own uuid,
never by its council, and a private or withdrawn one does not exist.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from ..forms import ExchangeForm, QuestionForm
from ..selectors import experiences as selectors


def network_reader(request) -> list:
    """The visitor's memberships; 404 for a person the network's pages are not for."""
    memberships = selectors.reader_memberships(user=request.user)
    if not selectors.can_read_network(user=request.user, memberships=memberships):
        raise Http404
    return memberships


@login_required
@require_http_methods(["GET", "HEAD"])
def exchange(request):
    memberships = network_reader(request)
    form = ExchangeForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    queryset = selectors.exchange(
        text=filters.get("q") or "",
        theme=filters.get("theme"),
        territory=filters.get("territory") or "",
        material=filters.get("material"),
        lesson=filters.get("lesson") or "",
    )
    page = selectors.exchange_page(queryset, number=filters.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "network/exchange.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "filtered": bool(filters),
            "memberships": memberships,
        },
    )


def asking_memberships(memberships: list, experience) -> list:
    """The reader's councils that may ask the authoring council: every one but the author."""
    return [m for m in memberships if m.council_id != experience.council_id]


def exchange_context(request, experience, memberships, question_form=None) -> dict:
    askers = asking_memberships(memberships, experience)
    own = any(m.council_id == experience.council_id for m in memberships)
    if question_form is None and askers:
        question_form = QuestionForm(memberships=askers)
    return {
        "experience": experience,
        "view": selectors.shared_view(experience),
        "questions": selectors.visible_questions(experience=experience),
        "question_form": question_form,
        "own_council": own,
    }


@login_required
@require_http_methods(["GET", "HEAD"])
def exchange_detail(request, uuid):
    memberships = network_reader(request)
    experience = selectors.shared_experience(uuid=uuid)
    return render(
        request,
        "network/experience_shared.html",
        exchange_context(request, experience, memberships),
    )
