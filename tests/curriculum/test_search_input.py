"""Library search takes anything a visitor types: no 500, accents and plurals do not matter.

Runs on SQLite by default and on PostgreSQL when DATABASE_URL points there (CI),
so both backends' query parsers (FTS5 MATCH, to_tsquery) are exercised.
"""

import pytest
from django.db import connection
from django.utils import translation

from curriculum.search import MAX_WORDS, build_query, parse_search_text, word_forms

from ..factories import PracticeAssignmentPageFactory, ReadingPageFactory, WorkshopPageFactory
from ..utils import translate

pytestmark = pytest.mark.django_db

HOSTILE = [
    '"',
    '"educación',
    "educación\"'",
    "'; DROP TABLE wagtailcore_page; --",
    "agua; cooperativa",
    "> agua",
    "agua*",
    "*",
    "-agua",
    "agua -cooperativa",
    "(agua",
    "agua)",
    "((()))",
    "AND",
    "agua OR",
    "NOT agua",
    "NEAR(agua cooperativa)",
    "agua:*",
    "agua & | ! <->",
    "title:agua",
    "^agua",
    "\\",
    "agua\\'",
    "agua\x00",
    "\x00",
    "\x01\x02\x1b[31m\x7f",
    "💧🔥✊🏾",
    "agua 💧",
    "\u200f\u202eagua\u202c",
    "\u200b\ufeff",
    "²³①",
    "١٢٣ مياه",
    "水 协作社",
    "e\u0301ducacio\u0301n",
    "_",
    "%_%",
    "<script>alert(1)</script>",
    "a" * 1000,
    "educación " * 100,
    '"' * 1000,
    "-" * 1000,
]


def titles(response):
    assert response.status_code == 200
    return {material.title for material in response.context["page_obj"].object_list}


@pytest.fixture
def library(tree):
    """A small library in Spanish, with the reading also in English under /en/."""
    lib = tree.library
    freire = ReadingPageFactory(
        parent=lib,
        title="Pedagogía del oprimido",
        body="<p>La educación verdadera es praxis: reflexión y acción sobre el mundo.</p>",
    )
    WorkshopPageFactory(
        parent=lib,
        title="Escuela de vecinos",
        local_problem="<p>EDUCACIÓN de adultos en la casa comunal.</p>",
    )
    ReadingPageFactory(
        parent=lib,
        title="Una cooperativa de pescadores",
        body="<p>La organización del trabajo en el muelle.</p>",
    )
    ReadingPageFactory(
        parent=lib,
        title="Las cooperativas del barrio",
        body="<p>Las organizaciones de mujeres sostienen la asamblea.</p>",
    )
    PracticeAssignmentPageFactory(
        parent=lib,
        title="Visitar a una mujer del consejo",
        task="<p>Conversar sobre la cooperación entre consejos.</p>",
    )
    english = translate(
        freire,
        "en",
        title="Pedagogy of the oppressed",
        body="<p>True education is praxis: reflection and action upon the world.</p>",
    )
    return lib, english.get_parent()


def test_any_text_answers_200_in_both_languages(client, library):
    failures = []
    for index in library:
        for text in HOSTILE:
            response = client.get(index.url, {"q": text})
            if response.status_code != 200 or response.context["page_obj"] is None:
                failures.append((index.url, text[:40], response.status_code))
    assert not failures


def test_the_english_library_is_under_en(library):
    spanish, english = library
    assert english.url.startswith("/en/")
    assert spanish.url == "/biblioteca/"


@pytest.mark.parametrize("language", ["es", "en"])
def test_long_text_is_shortened_with_a_message(client, library, language):
    index = dict(zip(["es", "en"], library, strict=True))[language]
    with translation.override(language):
        message = translation.gettext("Search words were shortened.")
    response = client.get(index.url, {"q": "educación " * 100})
    assert response.status_code == 200
    assert response.context["search_shortened"]
    assert message in response.content.decode()
    short = client.get(index.url, {"q": "educación"})
    assert not short.context["search_shortened"]
    assert message not in short.content.decode()


def test_english_search_finds_the_translation(client, library):
    _, english = library
    expected = {"Pedagogy of the oppressed"}
    assert titles(client.get(english.url, {"q": "education"})) == expected
    assert titles(client.get(english.url, {"q": "EDUCATION"})) == expected


@pytest.mark.parametrize(
    "variants",
    [
        ["educación", "educacion", "EDUCACIÓN", "Educacion", "EDUCACION"],
        ["organización", "organizacion", "ORGANIZACIÓN", "organizaciones"],
        ["cooperación", "cooperacion", "COOPERACIÓN"],
    ],
)
def test_accents_and_case_do_not_matter(client, library, variants):
    lib, _ = library
    results = [titles(client.get(lib.url, {"q": text})) for text in variants]
    assert results[0], f"{variants[0]!r} finds nothing on {connection.vendor}"
    assert all(result == results[0] for result in results), dict(
        zip(variants, results, strict=True)
    )


def test_accented_words_are_found(client, library):
    lib, _ = library
    assert titles(client.get(lib.url, {"q": "educacion"})) == {
        "Pedagogía del oprimido",
        "Escuela de vecinos",
    }


@pytest.mark.parametrize(
    "singular, plural, expected",
    [
        (
            "cooperativa",
            "cooperativas",
            {"Una cooperativa de pescadores", "Las cooperativas del barrio"},
        ),
        (
            "organización",
            "organizaciones",
            {"Una cooperativa de pescadores", "Las cooperativas del barrio"},
        ),
        ("mujer", "mujeres", {"Las cooperativas del barrio", "Visitar a una mujer del consejo"}),
    ],
)
def test_singular_and_plural_find_the_same(client, library, singular, plural, expected):
    lib, _ = library
    assert titles(client.get(lib.url, {"q": singular})) == expected
    assert titles(client.get(lib.url, {"q": plural})) == expected


def test_every_word_must_match(client, library):
    lib, _ = library
    assert titles(client.get(lib.url, {"q": "cooperativa muelle"})) == {
        "Una cooperativa de pescadores"
    }


def test_punctuation_only_lists_the_whole_library(client, library):
    lib, _ = library
    assert len(titles(client.get(lib.url, {"q": '"*();-'}))) == 5


def test_text_becomes_plain_lower_case_words():
    parsed = parse_search_text('"Educación"; DROP\x00 -agua* (NEAR) 💧 \u200fmar²')
    assert parsed.words == ("educación", "drop", "agua", "near", "mar2")
    assert not parsed.shortened


def test_words_and_characters_are_capped():
    assert parse_search_text("agua " * (MAX_WORDS + 1)).words == ("agua",) * MAX_WORDS
    assert parse_search_text("agua " * (MAX_WORDS + 1)).shortened
    assert parse_search_text("a" * 1000).shortened
    assert len(parse_search_text("a" * 1000).words[0]) == 200
    assert build_query(()) is None


def test_word_forms_cover_singular_and_plural():
    assert {"cooperativa", "cooperativas"} <= set(word_forms("cooperativas"))
    assert {"organizacion", "organizaciones"} <= set(word_forms("organizacion"))
    assert {"clase", "clases"} <= set(word_forms("clases"))
    assert {"luz", "luces"} <= set(word_forms("luces"))


def test_postgresql_search_configuration_folds_accents(settings):
    """The migration's configuration is the one Wagtail indexes and queries with."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's FTS5 tokenizer folds accents itself")
    config = settings.WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"]
    assert config == "trayecto_spanish"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT to_tsvector(%s, 'Educación pública') @@ to_tsquery(%s, 'educacion & PUBLICA')",
            [config, config],
        )
        assert cursor.fetchone()[0] is True
