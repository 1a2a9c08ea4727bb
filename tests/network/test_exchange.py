"""The exchange lists, filters and searches shared experiences; material pages show theirs."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from network.models import ShareMode

from . import experiences_support as support
from .experiences_support import FARMING, FISHING, services, share, url, write

english, net = support.english, support.net

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


@pytest.fixture
def shared(net):
    fishing, farming = net.people["coordinator"], net.people["other_coordinator"]
    content = net.content
    cava = share(
        write(
            net.fishing,
            fishing,
            title="La cava comunal que nunca enfrió",
            starting_point="En Playa Colorada la educación de las cuentas llegó tarde: la cava "
            "se dañó.",
            materials=[content.workshop],
            themes=[content.themes["agua"]],
        ),
        fishing,
        ShareMode.ANONYMISED,
    )
    seeds = share(
        write(
            net.farming,
            farming,
            title="El banco de semillas",
            starting_point="Las abuelas guardaban semilla criolla en potes.",
            lessons=[services.LessonData(kind="worked", text="Partir de la semilla guardada.")],
            themes=[content.themes["educacion"]],
        ),
        farming,
    )
    private = write(net.fishing, fishing, title="Borrador interno de la pesca")
    return {"cava": cava, "seeds": seeds, "private": private}


def titles(response) -> list[str]:
    html = response.content.decode()
    return [t for t in ("La cava comunal", "El banco de semillas", "Borrador interno") if t in html]


def test_members_of_any_council_and_network_coordinators_read_the_exchange(net, shared):
    for role in ("other", "participant", "network"):
        assert titles(net.client(role).get(url("exchange"))) == [
            "La cava comunal",
            "El banco de semillas",
        ], role
    anonymous = Client().get(url("exchange"))
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    assert net.client("outsider").get(url("exchange")).status_code == 404
    assert net.client("outsider").get(shared["seeds"].get_exchange_url()).status_code == 404


def test_filters_by_theme_territory_material_and_kind_of_lesson(net, shared):
    client = net.client("other")
    content = net.content
    cases = [
        ({"theme": content.themes["agua"].slug}, ["La cava comunal"]),
        ({"territory": "agriculture"}, ["El banco de semillas"]),
        ({"material": content.workshop.pk}, ["La cava comunal"]),
        ({"material": content.english["workshop"].pk}, ["La cava comunal"]),
        ({"lesson": "did_not_work"}, ["La cava comunal"]),
        ({"lesson": "worked"}, ["La cava comunal", "El banco de semillas"]),
    ]
    for query, expected in cases:
        assert titles(client.get(url("exchange"), query)) == expected, query


def test_bad_filter_values_are_form_errors_never_500(net, shared):
    client = net.client("other")
    for query in (
        {"theme": "no-such-theme"},
        {"territory": "luna"},
        {"material": "99999999999999999999999"},
        {"material": "abc"},
        {"lesson": "maybe"},
        {"page": "-3"},
        {"page": "zz"},
        {"q": "x" * 5000},
        {"q": "\x00"},
    ):
        response = client.get(url("exchange"), query)
        assert response.status_code == 200, query
    assert "errorlist" in client.get(url("exchange"), {"territory": "luna"}).content.decode()


def test_a_spanish_search_finds_the_same_with_and_without_accents(net, shared):
    client = net.client("other")
    for words in ("dañó", "dano", "DAÑO", "educación cuentas", "EDUCACION Cuentas"):
        assert titles(client.get(url("exchange"), {"q": words})) == ["La cava comunal"], words
    assert titles(client.get(url("exchange"), {"q": "semillas"})) == ["El banco de semillas"]
    assert titles(client.get(url("exchange"), {"q": "interno"})) == []


def test_an_anonymised_experience_cannot_be_found_by_its_councils_name(net, shared):
    client = net.client("other")
    assert titles(client.get(url("exchange"), {"q": "Playa Colorada"})) == []
    assert titles(client.get(url("exchange"), {"q": "Tacal"})) == ["El banco de semillas"]
    html = client.get(url("exchange")).content.decode()
    assert FISHING not in html and net.fishing.slug not in html
    assert FARMING in html


def test_the_exchange_pages_its_results(net):
    fishing = net.people["coordinator"]
    for n in range(23):
        share(write(net.fishing, fishing, title=f"Experiencia número {n:02d}"), fishing)
    client = net.client("other")
    first = client.get(url("exchange")).content.decode()
    second = client.get(url("exchange"), {"page": 2}).content.decode()
    beyond = client.get(url("exchange"), {"page": 99}).content.decode()
    assert first.count("Experiencia número") == 20
    assert second.count("Experiencia número") == 3
    assert beyond.count("Experiencia número") == 3
    assert 'rel="next"' in first


def test_material_pages_show_how_many_councils_shared_an_experience_with_them(net, shared):
    farming = net.people["other_coordinator"]
    share(
        write(net.farming, farming, title="Otro taller del agua", materials=[net.content.workshop]),
        farming,
    )
    page = net.content.workshop.url
    html = net.client("other").get(page).content.decode()
    block = html[html.index("material-experiences") :]
    assert "2 councils shared an experience" in block or "2 consejos" in block
    assert shared["cava"].get_exchange_url() in block
    assert FISHING not in block
    english = net.client("other").get(net.content.english["workshop"].url).content.decode()
    assert "material-experiences" in english
    for visitor in (Client(), net.client("outsider")):
        assert "material-experiences" not in visitor.get(page).content.decode()


def test_a_withdrawn_experience_leaves_the_material_page(net, shared):
    services.experience_withdraw(experience=shared["cava"], by=net.people["coordinator"])
    html = net.client("other").get(net.content.workshop.url).content.decode()
    with translation.override("es"):
        empty = gettext("No council has shared an experience with this material yet.")
    assert empty.split(".")[0] in html


def test_the_menu_leads_members_and_network_coordinators_to_the_exchange(net):
    exchange = url("exchange")
    for role in ("participant", "other", "network"):
        html = net.client(role).get(url("exchange")).content.decode()
        assert f'href="{exchange}"' in html, role
    home = net.content.tree.home.url
    for visitor in (Client(), net.client("outsider")):
        assert f'href="{exchange}"' not in visitor.get(home).content.decode()
    own = net.client("participant").get(exchange).content.decode()
    assert url("experience_list", net.fishing.slug) in own


def test_the_anonymous_cached_material_page_never_carries_the_networks_block(net, shared, settings):
    settings.PAGE_CACHE_SECONDS = 300
    page = net.content.workshop.url
    first = Client().get(page)
    again = Client().get(page)
    assert again.get("X-Page-Cache") == "hit"
    member = net.client("other").get(page)
    assert member.get("X-Page-Cache") is None
    assert "material-experiences" in member.content.decode()
    for response in (first, again, Client().get(page)):
        assert "material-experiences" not in response.content.decode()
