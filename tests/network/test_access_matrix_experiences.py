"""Every experience URL × every kind of visitor: who gets what, and nothing leaks.

Visitors: anonymous, a member of another council, a member (participant), a coordinator
of the authoring council, and a network coordinator who belongs to no council. An
anonymised experience never shows its council's name or slug to anyone on the exchange.
"""

from __future__ import annotations

import pytest

from network.models import Question, ShareMode

from . import experiences_support as support
from .experiences_support import FISHING, share, url, write

english, net = support.english, support.net

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

ROLES = ("anonymous", "other", "participant", "coordinator", "network")
LOGIN = "login"

# (url name, method, expected status by role); the slug is always the fishing council's.
COUNCIL_PAGES = [
    ("experience_list", "get", (LOGIN, 404, 200, 200, 404)),
    ("experience_create", "get", (LOGIN, 404, 403, 200, 404)),
    ("experience_detail", "get", (LOGIN, 404, 200, 200, 404)),
    ("experience_edit", "get", (LOGIN, 404, 403, 200, 404)),
    ("experience_versions", "get", (LOGIN, 404, 200, 200, 404)),
    ("experience_share", "get", (LOGIN, 404, 403, 200, 404)),
    ("experience_withdraw", "post", (LOGIN, 404, 403, 302, 404)),
    ("question_answer", "post", (LOGIN, 404, 403, 302, 404)),
    ("question_hide", "post", (LOGIN, 404, 403, 302, 404)),
]
EXCHANGE_PAGES = [
    ("exchange", "get", (LOGIN, 200, 200, 200, 200)),
    ("exchange_detail", "get", (LOGIN, 200, 200, 200, 200)),
    ("question_ask", "post", (LOGIN, 302, 404, 404, 404)),
]


@pytest.fixture
def world(net):
    coordinator = net.people["coordinator"]
    secret = write(
        net.fishing,
        coordinator,
        title="Experiencia del Consejo Comunal Playa Colorada",
        starting_point="Contamos en Playa Colorada cómo se dañó la cava.",
    )
    share(secret, coordinator, ShareMode.ANONYMISED)
    private = write(net.fishing, coordinator, title="Borrador privado de la pesca")
    question = Question.objects.create(
        experience=secret, asker_council=net.farming, asked_by=net.people["other"], text="¿Y?"
    )
    return {"shared": secret, "private": private, "question": question}


def request(net, role, method, address, data=None):
    client = net.client(None if role == "anonymous" else role)
    return getattr(client, method)(address, data or {})


def council_url(name, net, world, experience):
    if name in ("experience_list", "experience_create"):
        return url(name, net.fishing.slug)
    if name.startswith("question_"):
        return url(name, net.fishing.slug, world["question"].pk)
    return url(name, net.fishing.slug, experience.pk)


def check(response, expected):
    if expected == LOGIN:
        assert response.status_code == 302 and "/login/" in response["Location"]
    else:
        assert response.status_code == expected


@pytest.mark.parametrize("name,method,expected", COUNCIL_PAGES)
def test_council_pages(net, world, name, method, expected):
    for experience in (world["private"], world["shared"]):
        for role, status in zip(ROLES, expected, strict=True):
            address = council_url(name, net, world, experience)
            data = {"answer": "Sí.", "hidden": "1"}
            response = request(net, role, method, address, data)
            check(response, status)
            if role in ("other", "network", "anonymous"):
                body = response.content.decode()
                assert "Borrador privado" not in body and "Yusmary" not in body
                assert FISHING not in body
            if name == "experience_withdraw" and status == 302:
                share(experience, net.people["coordinator"], ShareMode.ANONYMISED)


@pytest.mark.parametrize("name,method,expected", EXCHANGE_PAGES)
def test_exchange_pages(net, world, name, method, expected):
    shared = world["shared"]
    for role, status in zip(ROLES, expected, strict=True):
        address = url(name) if name == "exchange" else url(name, shared.uuid)
        data = {"council": net.farming.pk, "text": "¿Cuánto costó?"}
        response = request(net, role, method, address, data)
        check(response, status)
        body = response.content.decode()
        if role in ("participant", "coordinator"):  # their own links name their council
            main = body.find("<main")
            start = body.find("</header>", main) if name == "exchange" else main
            body = body[start : body.find("</main>")]
        assert FISHING not in body and "Playa Colorada" not in body, role
        assert net.fishing.slug not in body and "Yusmary" not in body, role
        assert "Borrador privado" not in body
        if status == 200 and name != "exchange":
            assert "Coastal, fishing" in body and "Sucre" in body


def test_a_private_experience_does_not_exist_on_the_exchange(net, world):
    private = world["private"]
    for role in ROLES[1:]:
        assert net.client(role).get(private.get_exchange_url()).status_code == 404
        assert (
            net.client(role)
            .post(url("question_ask", private.uuid), {"council": net.farming.pk, "text": "¿Y?"})
            .status_code
            == 404
        )


def test_another_councils_slug_never_reaches_this_councils_objects(net, world):
    """The farming coordinator, with the fishing council's object ids under her own slug."""
    ana = net.client("other_coordinator")
    for name in ("experience_detail", "experience_edit", "experience_share", "experience_versions"):
        assert ana.get(url(name, net.farming.slug, world["shared"].pk)).status_code == 404
    for name in ("question_answer", "question_hide"):
        response = ana.post(url(name, net.farming.slug, world["question"].pk), {"answer": "x"})
        assert response.status_code == 404
