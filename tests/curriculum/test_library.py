"""The library's filters, pagination and search: what a facilitator planning a weekend uses."""

from decimal import Decimal

import pytest
from django.test import override_settings

from ..factories import (
    PracticeAssignmentPageFactory,
    ReadingPageFactory,
    WorkshopPageFactory,
    agenda_data,
)
from ..utils import links, query_of

pytestmark = pytest.mark.django_db


def titles(response):
    assert response.status_code == 200
    return {material.title for material in response.context["page_obj"].object_list}


@pytest.fixture
def library(tree):
    """Materials of every type, theme, level and duration band."""
    lib = tree.library
    pages = {
        "freire": ReadingPageFactory(
            parent=lib,
            title="Pedagogía del oprimido",
            estimated_minutes=45,  # short
            level="starting",
            body="<p>La educación verdadera es praxis: reflexión y acción sobre el mundo.</p>",
            themes=["Educación popular"],
        ),
        "kropotkin": ReadingPageFactory(
            parent=lib,
            title="El apoyo mutuo",
            estimated_minutes=240,  # long
            level="deepening",
            body="<p>La cooperación entre iguales como factor de la evolución.</p>",
            themes=["Anarquismo", "Cooperativismo"],
        ),
        "agua": WorkshopPageFactory(
            parent=lib,
            title="El agua que no llega",
            agenda=agenda_data([("Mapa del problema", 60), ("Plan de acción", 60)]),  # medium
            level="starting",
            local_problem="<p>La organización del barrio frente a la falta de agua.</p>",
            themes=["Agua"],
        ),
        "cooperativa": WorkshopPageFactory(
            parent=lib,
            title="Cooperativas de producción en el barrio",
            agenda=agenda_data([("Historia de una cooperativa", 90), ("Diseño", 300)]),  # long
            level="facilitating",
            themes=["Cooperativismo"],
        ),
        "censo": PracticeAssignmentPageFactory(
            parent=lib,
            title="Levantar el censo de viviendas",
            estimated_hours=Decimal("12"),  # extended
            level="deepening",
            themes=["Vivienda"],
        ),
    }
    return lib, pages


def test_without_filters_every_live_material_is_listed(client, library):
    lib, pages = library
    assert titles(client.get(lib.url)) == {page.title for page in pages.values()}


def test_filter_by_theme(client, library):
    lib, _ = library
    response = client.get(lib.url, {"theme": "cooperativismo"})
    assert titles(response) == {"El apoyo mutuo", "Cooperativas de producción en el barrio"}
    html = response.content.decode()
    assert "El agua que no llega" not in html


def test_search_and_theme_filter_together(client, library):
    """A search inside one theme: the theme filter must reach the search backend as an indexed field."""
    lib, _ = library
    response = client.get(lib.url, {"q": "evolución", "theme": "cooperativismo"})
    assert titles(response) == {"El apoyo mutuo"}
    assert titles(client.get(lib.url, {"q": "censo", "theme": "cooperativismo"})) == set()


def test_theme_links_on_the_page_filter_the_library(client, library):
    lib, _ = library
    html = client.get(lib.url).content.decode()
    theme_links = [href for href in links(html) if query_of(href).get("theme") == ["agua"]]
    assert theme_links, "the library page shows no link to filter by the theme Agua"
    assert titles(client.get(theme_links[0])) == {"El agua que no llega"}


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("reading", {"Pedagogía del oprimido", "El apoyo mutuo"}),
        ("workshop", {"El agua que no llega", "Cooperativas de producción en el barrio"}),
        ("practice", {"Levantar el censo de viviendas"}),
    ],
)
def test_filter_by_type(client, library, kind, expected):
    lib, _ = library
    assert titles(client.get(lib.url, {"kind": kind})) == expected


@pytest.mark.parametrize(
    ("band", "expected"),
    [
        ("short", {"Pedagogía del oprimido"}),
        ("medium", {"El agua que no llega"}),
        ("long", {"El apoyo mutuo", "Cooperativas de producción en el barrio"}),
        ("extended", {"Levantar el censo de viviendas"}),
    ],
)
def test_filter_by_duration_band(client, library, band, expected):
    lib, _ = library
    assert titles(client.get(lib.url, {"duration": band})) == expected


def test_filter_by_level(client, library):
    lib, _ = library
    assert titles(client.get(lib.url, {"level": "deepening"})) == {
        "El apoyo mutuo",
        "Levantar el censo de viviendas",
    }
    assert titles(client.get(lib.url, {"level": "facilitating"})) == {
        "Cooperativas de producción en el barrio"
    }


def test_filters_combine(client, library):
    lib, _ = library
    response = client.get(
        lib.url, {"theme": "cooperativismo", "kind": "workshop", "level": "facilitating"}
    )
    assert titles(response) == {"Cooperativas de producción en el barrio"}
    response = client.get(lib.url, {"theme": "cooperativismo", "duration": "short"})
    assert titles(response) == set()
    assert response.status_code == 200


def test_unpublished_materials_are_not_listed(client, library):
    lib, pages = library
    pages["agua"].unpublish()
    assert "El agua que no llega" not in titles(client.get(lib.url))
    response = client.get(lib.url)
    theme_slugs = {slug for slug, _ in response.context["filter_form"].fields["theme"].choices}
    assert "agua" not in theme_slugs  # no live material carries it any more
    assert "agua" not in {theme.slug for theme in response.context["themes"]}


@override_settings(LIBRARY_PAGE_SIZE=4)
def test_pagination_keeps_the_filters(client, tree):
    lib = tree.library
    for number in range(1, 8):
        ReadingPageFactory(parent=lib, title=f"Cuaderno de formación {number}", themes=["Agua"])
    for number in range(1, 4):
        ReadingPageFactory(parent=lib, title=f"Crónica del barrio {number}", themes=["Vivienda"])

    first = client.get(lib.url, {"theme": "agua"})
    assert first.context["page_obj"].paginator.num_pages == 2
    assert len(titles(first)) == 4
    next_links = [
        href for href in links(first.content.decode()) if query_of(href).get("page") == ["2"]
    ]
    assert next_links, "no link to page 2"
    for href in next_links:
        assert query_of(href).get("theme") == ["agua"], f"page 2 link drops the filter: {href}"

    second = client.get(next_links[0] if next_links[0].startswith("/") else lib.url + next_links[0])
    second_titles = titles(second)
    assert len(second_titles) == 3
    assert all(title.startswith("Cuaderno de formación") for title in second_titles)
    assert titles(first) | second_titles == {f"Cuaderno de formación {n}" for n in range(1, 8)}


def test_search_finds_spanish_words_with_accents(client, library):
    lib, _ = library
    assert titles(client.get(lib.url, {"q": "organización"})) == {"El agua que no llega"}
    assert titles(client.get(lib.url, {"q": "educación"})) == {"Pedagogía del oprimido"}


def test_search_combines_with_filters(client, library):
    lib, _ = library
    assert titles(client.get(lib.url, {"q": "educación", "kind": "workshop"})) == set()
    assert titles(client.get(lib.url, {"q": "cooperación", "kind": "reading"})) == {
        "El apoyo mutuo"
    }


@pytest.mark.parametrize(
    "params",
    [
        {"theme": "no-existe"},
        {"theme": "<script>alert(1)</script>"},
        {"kind": "novela"},
        {"duration": "eterno"},
        {"level": "experto"},
        {"page": "abc"},
        {"page": "9999"},
        {"page": "-1"},
        {"page": "0"},
        {"q": "x" * 5000},
        {"q": '"educación" OR (agua* AND NOT) ^ : -- \'; DROP TABLE'},
        {"q": "\x00"},
        {"q": "*"},
        {"q": "   "},
        {"q": "ñandú 😀 ü", "page": "2"},
    ],
)
def test_bad_input_never_breaks_the_library(client, library, params):
    lib, _ = library
    response = client.get(lib.url, params)
    assert response.status_code == 200


def test_unknown_theme_is_ignored_not_fatal(client, library):
    lib, pages = library
    response = client.get(lib.url, {"theme": "no-existe"})
    assert titles(response) == {page.title for page in pages.values()}


def test_page_out_of_range_shows_the_last_page(client, tree):
    for number in range(1, 16):
        ReadingPageFactory(parent=tree.library, title=f"Cuaderno de formación {number}")
    response = client.get(tree.library.url, {"page": "9999"})
    page_obj = response.context["page_obj"]
    assert page_obj.number == page_obj.paginator.num_pages == 2
