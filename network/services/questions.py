"""Questions between councils on a shared experience, and the authoring council's answers.

The council answers as a council: the network never learns which person answered,
so an anonymised council is not given away by a member's name. Whoever asked is
told on the site when the answer comes; the authoring coordinators are told of new
questions.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from councils import rules as council_rules
from councils.models import Membership
from councils.services.common import acting_membership
from councils.services.notices import notify, notify_coordinators

from ..models import Experience, Question
from .experiences import public_text

MAX_OPEN_QUESTIONS_PER_PERSON = 20


def _text(value: str, *, empty: str, limit: int) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(empty)
    if len(value) > limit:
        raise ValidationError(_("Write at most %(limit)s characters.") % {"limit": limit})
    return value


@transaction.atomic
def question_ask(*, experience: Experience, by, actor: Membership, text: str) -> Question:
    """A member of another council asks, on behalf of that council (``actor``)."""
    if actor.user_id != getattr(by, "pk", None):
        raise PermissionDenied
    if not experience.is_shared or actor.council_id == experience.council_id:
        raise PermissionDenied
    text = _text(text, empty=_("Write your question."), limit=3000)
    waiting = Question.objects.filter(
        experience=experience, asked_by=by, answered_at__isnull=True, hidden_at__isnull=True
    ).count()
    if waiting >= MAX_OPEN_QUESTIONS_PER_PERSON:
        raise ValidationError(_("Wait for the council to answer your earlier questions first."))
    question = Question.objects.create(
        experience=experience, asker_council=actor.council, asked_by=by, text=text
    )
    notify_coordinators(
        council=experience.council,
        message=gettext_noop("Another council asked a question on your experience “%(title)s”."),
        params={"title": experience.title},
        url=experience.get_absolute_url(),
    )
    return question


@transaction.atomic
def question_answer(
    *, question: Question, by, answer: str, actor: Membership | None = None
) -> Question:
    """A facilitator or coordinator of the authoring council answers; whoever asked is told."""
    experience = question.experience
    acting_membership(
        council_id=experience.council_id, by=by, actor=actor, role=council_rules.FACILITATOR
    )
    question.answer = _text(answer, empty=_("Write the council's answer."), limit=5000)
    question.answered_by = by
    question.answered_at = timezone.now()
    question.save(update_fields=["answer", "answered_by", "answered_at"])
    if question.asked_by_id and experience.is_shared:
        notify(
            users=[question.asked_by],
            council=question.asker_council,
            message=gettext_noop("Your question on “%(title)s” has an answer."),
            params={"title": public_text(experience, experience.title)},
            url=experience.get_exchange_url(),
        )
    return question


@transaction.atomic
def question_hide(
    *, question: Question, by, hidden: bool, actor: Membership | None = None
) -> Question:
    """The authoring council hides a question from the network (or shows it again)."""
    acting_membership(
        council_id=question.experience.council_id,
        by=by,
        actor=actor,
        role=council_rules.FACILITATOR,
    )
    question.hidden_at = timezone.now() if hidden else None
    question.save(update_fields=["hidden_at"])
    return question
