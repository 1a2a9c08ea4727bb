"""``manage.py load_demo``: a believable starter library, safe to run again and again."""

from io import StringIO

from django.core.cache import cache
from django.core.management import call_command
from django.db.models import Count
from django.test import TestCase
from wagtail.models import Locale, Page, Revision, Site

from cms.models import HomePage
from curriculum.demo.loader import load_content
from curriculum.models import (
    Kind,
    LibraryIndexPage,
    MaterialPage,
    StudyPathIndexPage,
    StudyPathMaterial,
    StudyPathPage,
    Theme,
)

from ..utils import build_base_tree


def snapshot():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "materials": MaterialPage.objects.count(),
        "paths": StudyPathPage.objects.count(),
        "themes": Theme.objects.count(),
        "theme links": MaterialPage.tags.through.objects.count(),
        "entries": StudyPathMaterial.objects.count(),
        "revisions": Revision.objects.count(),
        "locales": Locale.objects.count(),
        "sites": Site.objects.count(),
    }


def load_demo():
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", stdout=StringIO(), stderr=StringIO())


class LoadDemoTests(TestCase):
    """The demo is loaded once for the class (it takes a while); each test rolls back to it."""

    @classmethod
    def setUpTestData(cls):
        # What a freshly migrated database holds, even after a transactional test flushed it.
        build_base_tree(with_english_locale=False)
        load_demo()

    def setUp(self):
        cache.clear()

    def test_running_twice_changes_nothing(self):
        first = snapshot()
        load_demo()
        self.assertEqual(snapshot(), first)

    def test_each_spanish_theme_is_named_in_english(self):
        themes = load_content().themes
        for key, data in themes.items():
            spanish = Theme.objects.get(name=data["name"]["es"])
            self.assertEqual(spanish.english.name, data["name"]["en"], key)
        self.assertEqual(Theme.objects.filter(english__isnull=False).count(), len(themes))
        # English pages carry the English themes: what translating a page would give them.
        english = Locale.objects.get(language_code="en")
        for page in MaterialPage.objects.filter(locale=english).live():
            source = page.get_translation(Locale.objects.get(language_code="es"))
            expected = sorted(theme.english.name for theme in source.tags.all())
            self.assertEqual(sorted(page.tags.names()), expected, page.url_path)

    def test_demo_has_paths_materials_and_themes(self):
        spanish = Locale.objects.get(language_code="es")
        paths = StudyPathPage.objects.live().filter(locale=spanish)
        self.assertGreaterEqual(paths.count(), 3)
        materials = MaterialPage.objects.live().filter(locale=spanish)
        self.assertGreaterEqual(materials.count(), 15)
        kinds = set(materials.values_list("kind", flat=True))
        self.assertEqual(kinds, {Kind.READING, Kind.WORKSHOP, Kind.PRACTICE})
        themes_in_use = Theme.objects.filter(
            tagged_materials__content_object__in=materials
        ).distinct()
        self.assertGreaterEqual(themes_in_use.count(), 10)
        # Every material sits in the Spanish library of the site's home page.
        home = Site.objects.get(is_default_site=True).root_page.specific
        self.assertIsInstance(home, HomePage)
        self.assertEqual(home.locale, spanish)
        library = LibraryIndexPage.objects.child_of(home).get()
        self.assertTrue(StudyPathIndexPage.objects.child_of(home).exists())
        self.assertEqual(materials.descendant_of(library).count(), materials.count())
        # Durations are derived from the materials' own fields.
        self.assertFalse(materials.filter(duration_minutes=0).exists())

    def test_demo_paths_mix_theory_and_practice(self):
        spanish = Locale.objects.get(language_code="es")
        for path in StudyPathPage.objects.live().filter(locale=spanish):
            entries = StudyPathMaterial.objects.filter(path=path)
            self.assertTrue(entries.exists(), f"{path.title} has no entries: were they refreshed?")
            self.assertGreaterEqual(len(list(path.stages)), 2, f"{path.title} has a single stage")
            kinds = set(entries.values_list("material__kind", flat=True))
            self.assertIn(Kind.PRACTICE, kinds, f"{path.title} has no practice")
            self.assertTrue(kinds & {Kind.READING, Kind.WORKSHOP}, f"{path.title} has no theory")
        paths_per_material = (
            StudyPathMaterial.objects.filter(path__locale=spanish)
            .values("material")
            .annotate(paths=Count("path", distinct=True))
        )
        self.assertTrue(
            any(row["paths"] > 1 for row in paths_per_material),
            "no material is reused by two paths",
        )

    def test_demo_is_translated_into_english(self):
        english = Locale.objects.get(language_code="en")
        spanish = Locale.objects.get(language_code="es")
        for page in Page.objects.filter(locale=spanish, depth__gte=2).specific():
            translation = page.get_translation_or_none(english)
            self.assertIsNotNone(translation, f"{page.url_path} has no English translation")
            self.assertTrue(translation.live, f"{translation.url_path} is not published")
            self.assertIsNone(translation.alias_of_id, f"{translation.url_path} is an alias")
            if isinstance(page, (MaterialPage, StudyPathPage)):
                self.assertNotEqual(translation.title, page.title, f"{page.title} not translated")
        # English paths point at English materials.
        for path in StudyPathPage.objects.live().filter(locale=english):
            for block in path.stages:
                for material in block.value["materials"]:
                    self.assertEqual(
                        material.locale_id, english.pk, f"{path.title} links {material.title}"
                    )

    def test_demo_pages_render_in_both_languages(self):
        for code, prefix in (("es", ""), ("en", "/en")):
            locale = Locale.objects.get(language_code=code)
            samples = [
                HomePage.objects.get(locale=locale, depth=2),
                LibraryIndexPage.objects.get(locale=locale),
                StudyPathIndexPage.objects.get(locale=locale),
                *StudyPathPage.objects.filter(locale=locale).live(),
            ]
            for kind in Kind.values:
                samples.append(MaterialPage.objects.live().filter(locale=locale, kind=kind).first())
            for page in samples:
                url = page.url
                self.assertTrue(url.startswith(prefix + "/"), url)
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200, url)
                html = response.content.decode()
                self.assertIn(f'<html lang="{code}"', html)
                self.assertNotIn("lorem", html.lower(), url)
