"""Questions between councils: asked on the exchange, answered by the council, with notices."""

from __future__ import annotations

import pytest

from councils.models import Notice
from network.models import Question, ShareMode

from . import experiences_support as support
from .experiences_support import FISHING, services, share, url, write

english, net = support.english, support.net

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


@pytest.fixture
def cava(net):
    by = net.people["coordinator"]
    return share(write(net.fishing, by), by, ShareMode.ANONYMISED)


def ask(net, experience, role="other", text="¿Cuánto costaba la cava?"):
    return net.client(role).post(
        url("question_ask", experience.uuid),
        {"council": net.farming.pk, "text": text},
    )


def test_another_council_asks_and_the_authoring_coordinators_are_told(net, cava):
    response = ask(net, cava)
    assert response.status_code == 302
    question = Question.objects.get()
    assert (question.asker_council, question.asked_by) == (net.farming, net.people["other"])
    notice = Notice.objects.get(user=net.people["coordinator"])
    assert notice.url == cava.get_absolute_url()
    assert not Notice.objects.filter(user=net.people["participant"]).exists()
    page = net.client("facilitator").get(cava.get_absolute_url()).content.decode()
    assert "¿Cuánto costaba la cava?" in page and "El Tacal" in page


def test_the_council_answers_as_a_council_and_whoever_asked_is_told(net, cava):
    ask(net, cava)
    question = Question.objects.get()
    answer_url = url("question_answer", net.fishing.slug, question.pk)
    assert net.client("participant").post(answer_url, {"answer": "No."}).status_code == 403
    assert net.client("other_coordinator").post(answer_url, {"answer": "x"}).status_code == 404
    empty = net.client("facilitator").post(answer_url, {"answer": "  "})
    assert empty.status_code == 302
    question.refresh_from_db()
    assert question.answered_at is None
    net.client("facilitator").post(answer_url, {"answer": "Costó lo que diez faenas."})
    question.refresh_from_db()
    assert question.answer == "Costó lo que diez faenas."
    notice = Notice.objects.get(user=net.people["other"])
    assert notice.url == cava.get_exchange_url()
    assert notice.council == net.farming
    assert FISHING not in notice.text and "Playa" not in notice.text

    page = net.client("other").get(cava.get_exchange_url()).content.decode()
    assert "Costó lo que diez faenas." in page
    assert "Nelly" not in page and FISHING not in page and net.fishing.slug not in page
    assert "Coastal, fishing" in page


def test_the_council_hides_a_question_from_the_network(net, cava):
    ask(net, cava, text="Pregunta fuera de lugar")
    question = Question.objects.get()
    hide = url("question_hide", net.fishing.slug, question.pk)
    assert net.client("facilitator").post(hide, {"hidden": "maybe"}).status_code == 302
    assert net.client("facilitator").post(hide, {"hidden": "1"}).status_code == 302
    question.refresh_from_db()
    assert question.hidden_at is not None
    assert (
        "Pregunta fuera de lugar"
        not in net.client("other").get(cava.get_exchange_url()).content.decode()
    )
    own = net.client("participant").get(cava.get_absolute_url()).content.decode()
    assert "Pregunta fuera de lugar" in own and "hidden from the network" in own
    net.client("facilitator").post(hide, {"hidden": "0"})
    assert (
        "Pregunta fuera de lugar"
        in net.client("other").get(cava.get_exchange_url()).content.decode()
    )


def test_who_cannot_ask(net, cava):
    # The authoring council itself, the network coordinator (no council), a foreign council id.
    own = net.client("participant").post(
        url("question_ask", cava.uuid), {"council": net.fishing.pk, "text": "¿Y?"}
    )
    assert own.status_code == 404
    assert (
        net.client("network").post(url("question_ask", cava.uuid), {"text": "¿Y?"}).status_code
        == 404
    )
    forged = net.client("other").post(
        url("question_ask", cava.uuid), {"council": net.fishing.pk, "text": "¿Y?"}
    )
    assert forged.status_code == 400
    empty = ask(net, cava, text="   ")
    assert empty.status_code == 400
    assert not Question.objects.exists()
    services.experience_withdraw(experience=cava, by=net.people["coordinator"])
    assert ask(net, cava).status_code == 404
    assert net.client("other").get(url("question_ask", cava.uuid)).status_code == 405
