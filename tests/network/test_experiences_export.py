"""A council takes its experiences and its questions with its data (the project's export rule)."""

from __future__ import annotations

import json

import pytest

from councils.models import Membership
from councils.services.export import council_export
from network.services import questions

from . import experiences_support as support
from .experiences_support import share, write

pytestmark = pytest.mark.django_db
net = support.net


def test_the_council_export_carries_experiences_versions_and_questions(net):
    coordinator, other = net.people["coordinator"], net.people["other_coordinator"]
    experience = share(write(net.fishing, coordinator), coordinator)
    asked = questions.question_ask(
        experience=experience,
        by=other,
        actor=Membership.objects.get(council=net.farming, user=other),
        text="¿Quién cuidaba la cava de noche?",
    )
    questions.question_answer(question=asked, by=coordinator, answer="Nadie: ese fue el error.")

    mine = council_export(council=net.fishing, by=coordinator)
    [exported] = mine["experiences"]
    assert exported["title"] == experience.title
    assert {lesson["kind"] for lesson in exported["lessons"]} == {"worked", "did_not_work"}
    assert exported["versions"] and exported["versions"][0]["snapshot"]
    assert exported["questions_received"][0]["answer"] == "Nadie: ese fue el error."
    assert "Quién cuidaba" in json.dumps(mine, ensure_ascii=False)

    theirs = council_export(council=net.farming, by=other)
    assert theirs["experiences"] == []
    assert theirs["questions_asked"][0]["text"] == "¿Quién cuidaba la cava de noche?"
    # The asking council's export names no person of the authoring council.
    assert "Yusmary" not in json.dumps(theirs, ensure_ascii=False)
