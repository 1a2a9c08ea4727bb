"""Helpers shared by the tests: the Wagtail tree, translations, logging in, reading HTML."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

from django.core.cache import cache
from wagtail.models import Locale, Page, Site

from cms.models import HomePage
from curriculum.models import LibraryIndexPage, StudyPathIndexPage

from .factories import LibraryIndexPageFactory, StudyPathIndexPageFactory

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


@dataclass
class Tree:
    locale_es: Locale
    locale_en: Locale
    root: Page
    home: HomePage
    library: LibraryIndexPage | None = None
    paths_index: StudyPathIndexPage | None = None


def build_base_tree(*, with_english_locale: bool = True) -> Tree:
    """What a freshly migrated database holds: root, Spanish home page as the default site.

    Works after a transactional flush too (then nothing at all is left, not even the root).
    """
    cache.clear()  # Wagtail caches site root paths; they must not leak between tests.
    locale_es, _ = Locale.objects.get_or_create(language_code="es")
    locale_en = None
    if with_english_locale:
        locale_en, _ = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale_es))
    home = HomePage.objects.filter(depth=2, locale=locale_es).first()
    if home is None:
        home = root.add_child(
            instance=HomePage(
                title="Trayecto",
                slug="inicio",
                locale=locale_es,
                intro="<p>Formación política permanente para consejos comunales.</p>",
            )
        )
    Site.objects.exclude(root_page=home).delete()
    Site.objects.update_or_create(
        root_page=home,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "is_default_site": True,
            "site_name": "Trayecto",
        },
    )
    Site.clear_site_root_paths_cache()
    return Tree(locale_es=locale_es, locale_en=locale_en, root=root, home=home)


def build_tree() -> Tree:
    """The base tree plus the Spanish library and study path index."""
    tree = build_base_tree()
    tree.library = LibraryIndexPageFactory(parent=tree.home)
    tree.paths_index = StudyPathIndexPageFactory(parent=tree.home)
    return tree


def publish(page):
    """Publish a page the way the admin does (a revision, then ``publish``: signals fire)."""
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return page


def translate(page, language: str = "en", **fields):
    """An English (or other) translation of ``page``, published, with ``fields`` overridden.

    Ancestors that are not translated yet are translated (not aliased) first, so
    every English page sits under the English home page, served under /en/.
    """
    locale = Locale.objects.get(language_code=language)
    page = page.specific
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.has_translation(locale):
            _copy_and_publish(ancestor, locale, {})
    translation = _copy_and_publish(page, locale, fields)
    Site.clear_site_root_paths_cache()
    cache.clear()
    return translation


def _copy_and_publish(page, locale, fields):
    copy = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return publish(copy).specific


def login(client, user):
    client.force_login(user, backend=MODEL_BACKEND)


def html_lang(html: str) -> str | None:
    match = re.search(r"<html[^>]*\blang=\"([^\"]+)\"", html)
    return match.group(1) if match else None


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {name: (value or "") for name, value in attrs}))
        if tag == "style":
            self._in_style = True

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, {name: (value or "") for name, value in attrs}))

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def parse_html(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector


def links(html: str) -> list[str]:
    return [attrs.get("href", "") for tag, attrs in parse_html(html).tags if tag == "a"]


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


@dataclass
class Content:
    tree: Tree
    themes: dict
    reading: object
    workshop: object
    practice: object
    path: object
    english: dict


def build_content(tree: Tree, *, english: bool = True) -> Content:
    """A small library in Spanish (and English): a reading, a workshop, a practice, one path.

    The path is published the way the admin does it and its on-commit work runs,
    so the study path entries exist.
    """
    from django.test import TestCase

    from .factories import (
        PracticeAssignmentPageFactory,
        ReadingPageFactory,
        StudyPathPageFactory,
        ThemeFactory,
        WorkshopPageFactory,
        agenda_data,
        stages_data,
    )

    themes = {
        "agua": ThemeFactory(name="Agua"),
        "educacion": ThemeFactory(name="Educación popular"),
    }
    reading = ReadingPageFactory(
        parent=tree.library,
        title="Pedagogía del oprimido",
        slug="pedagogia-del-oprimido",
        author="Paulo Freire",
        work="Pedagogía del oprimido",
        year=1968,
        estimated_minutes=30,
        summary="Freire propone una educación que parte de la realidad de quien aprende.",
        link="https://www.example.org/freire/pedagogia-del-oprimido",
        themes=[themes["educacion"]],
    )
    practice = PracticeAssignmentPageFactory(
        parent=tree.library,
        title="Convocar la mesa técnica de agua",
        slug="convocar-la-mesa-tecnica-de-agua",
        summary="Reunir a las vecinas y vecinos que siguen el problema del agua.",
        task="<p>Convoquen la mesa técnica de agua y levanten el acta de la reunión.</p>",
        estimated_hours=Decimal("2.5"),
        themes=[themes["agua"]],
    )
    workshop = WorkshopPageFactory(
        parent=tree.library,
        title="El agua que no llega",
        slug="el-agua-que-no-llega",
        summary="Un taller que parte de la falta de agua en el sector y termina en un plan.",
        local_problem="<p>Desde hace tres meses el agua llega un solo día por semana.</p>",
        agenda=agenda_data([("Ronda de presentación", 20), ("Mapa del agua en el sector", 70)]),
        follow_up_practice=practice,
        themes=[themes["agua"], themes["educacion"]],
    )
    path = StudyPathPageFactory(
        parent=tree.paths_index,
        title="El agua como escuela",
        slug="el-agua-como-escuela",
        stages=stages_data(
            [
                ("Entender el problema", "Leer y discutir juntas.", [reading, workshop]),
                ("Organizarse", "Pasar a la práctica en el territorio.", [practice]),
            ]
        ),
    )
    with TestCase.captureOnCommitCallbacks(execute=True):
        publish(path)

    translations = {}
    if english:
        translations["home"] = translate(
            tree.home, intro="<p>Permanent political formation for communal councils.</p>"
        )
        translations["library"] = translate(
            tree.library, title="Library", intro="<p>Readings, workshops and practice.</p>"
        )
        translations["paths_index"] = translate(tree.paths_index, title="Study paths")
        translations["reading"] = translate(
            reading,
            title="Pedagogy of the Oppressed",
            summary="Freire proposes an education that starts from the learner's reality.",
        )
        translations["practice"] = translate(
            practice,
            title="Call the water committee",
            summary="Bring together the neighbours who follow the water problem.",
            task="<p>Call the water committee and write the minutes of the meeting.</p>",
        )
        translations["workshop"] = translate(
            workshop,
            title="The water that does not come",
            summary="A workshop that starts from the lack of water and ends with a plan.",
            local_problem="<p>For three months water has come only one day a week.</p>",
            agenda=agenda_data([("Introductions", 20), ("Map of water in the sector", 70)]),
            follow_up_practice=translations["practice"],
        )
        with TestCase.captureOnCommitCallbacks(execute=True):
            translations["path"] = translate(
                path,
                title="Water as a school",
                stages=stages_data(
                    [
                        (
                            "Understand the problem",
                            "Read and discuss together.",
                            [translations["reading"], translations["workshop"]],
                        ),
                        ("Get organised", "Practice in the territory.", [translations["practice"]]),
                    ]
                ),
            )
    return Content(
        tree=tree,
        themes=themes,
        reading=reading,
        workshop=workshop,
        practice=practice,
        path=path,
        english=translations,
    )
