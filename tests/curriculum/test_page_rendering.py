"""Every page type renders in Spanish (no URL prefix) and in English (under /en/)."""

import pytest

from ..utils import html_lang

pytestmark = pytest.mark.django_db


def get_page(client, page):
    url = page.url
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return response.content.decode()


def assert_language(page, html, language):
    if language == "en":
        assert page.url.startswith("/en/"), page.url
    else:
        assert not page.url.startswith("/en/"), page.url
    assert html_lang(html) == language


def test_home_page_in_both_languages(client, content):
    html = get_page(client, content.tree.home)
    assert_language(content.tree.home, html, "es")
    assert content.tree.home.url == "/"
    assert "Formación política permanente para consejos comunales." in html
    assert "El agua como escuela" in html  # the published path
    assert "El agua que no llega" in html  # a recent material
    assert "Water as a school" not in html

    english = content.english["home"]
    html = get_page(client, english)
    assert_language(english, html, "en")
    assert english.url == "/en/"
    assert "Permanent political formation for communal councils." in html
    assert "Water as a school" in html
    assert "El agua como escuela" not in html


def test_library_in_both_languages(client, content):
    html = get_page(client, content.tree.library)
    assert_language(content.tree.library, html, "es")
    for title in (
        "Pedagogía del oprimido",
        "El agua que no llega",
        "Convocar la mesa técnica de agua",
    ):
        assert title in html
    assert "Pedagogy of the Oppressed" not in html

    english = content.english["library"]
    html = get_page(client, english)
    assert_language(english, html, "en")
    for title in (
        "Pedagogy of the Oppressed",
        "The water that does not come",
        "Call the water committee",
    ):
        assert title in html
    assert "Pedagogía del oprimido" not in html


def test_reading_in_both_languages(client, content):
    html = get_page(client, content.reading)
    assert_language(content.reading, html, "es")
    assert "<h1>Pedagogía del oprimido</h1>" in html
    assert "Paulo Freire" in html
    assert "1968" in html
    assert "Freire propone una educación" in html
    assert "¿Qué problema de nuestra comunidad ilumina este texto?" in html
    assert "30 min" in html
    # The path that uses it is listed on the material.
    assert "El agua como escuela" in html

    english = content.english["reading"]
    html = get_page(client, english)
    assert_language(english, html, "en")
    assert "<h1>Pedagogy of the Oppressed</h1>" in html
    assert "Water as a school" in html


def test_workshop_in_both_languages(client, content):
    html = get_page(client, content.workshop)
    assert_language(content.workshop, html, "es")
    assert "<h1>El agua que no llega</h1>" in html
    assert "Desde hace tres meses el agua llega un solo día por semana." in html
    assert "Ronda de presentación" in html
    assert "Mapa del agua en el sector" in html
    assert "1,5 h" in html  # 20 + 70 minutes, with a Spanish decimal comma
    assert "Convocar la mesa técnica de agua" in html  # the follow-up practice
    assert "Agua" in html and "Educación popular" in html

    english = content.english["workshop"]
    html = get_page(client, english)
    assert_language(english, html, "en")
    assert "<h1>The water that does not come</h1>" in html
    assert "For three months water has come only one day a week." in html
    assert "Map of water in the sector" in html
    assert "1.5 h" in html
    assert "Call the water committee" in html


def test_practice_assignment_in_both_languages(client, content):
    html = get_page(client, content.practice)
    assert_language(content.practice, html, "es")
    assert "<h1>Convocar la mesa técnica de agua</h1>" in html
    assert "levanten el acta de la reunión" in html
    assert "2,5 h" in html

    english = content.english["practice"]
    html = get_page(client, english)
    assert_language(english, html, "en")
    assert "<h1>Call the water committee</h1>" in html
    assert "write the minutes of the meeting" in html
    assert "2.5 h" in html


def test_study_path_index_in_both_languages(client, content):
    html = get_page(client, content.tree.paths_index)
    assert_language(content.tree.paths_index, html, "es")
    assert "<h1>Trayectos</h1>" in html
    assert "El agua como escuela" in html
    assert "Water as a school" not in html

    english = content.english["paths_index"]
    html = get_page(client, english)
    assert_language(english, html, "en")
    assert "<h1>Study paths</h1>" in html
    assert "Water as a school" in html
    assert "El agua como escuela" not in html


def test_study_path_in_both_languages(client, content):
    html = get_page(client, content.path)
    assert_language(content.path, html, "es")
    assert "<h1>El agua como escuela</h1>" in html
    for text in (
        "Entender el problema",
        "Organizarse",
        "Pedagogía del oprimido",
        "El agua que no llega",
        "Convocar la mesa técnica de agua",
    ):
        assert text in html
    assert html.index("Entender el problema") < html.index("Organizarse")

    english = content.english["path"]
    html = get_page(client, english)
    assert_language(english, html, "en")
    assert "<h1>Water as a school</h1>" in html
    for text in ("Understand the problem", "Get organised", "Pedagogy of the Oppressed"):
        assert text in html


def test_unpublished_material_is_not_served(client, content):
    content.workshop.unpublish()
    assert client.get("/biblioteca/el-agua-que-no-llega/").status_code == 404
    html = client.get(content.tree.library.url).content.decode()
    assert "El agua que no llega" not in html
