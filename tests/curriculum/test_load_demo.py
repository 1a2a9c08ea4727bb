"""``manage.py load_demo``: a believable starter library, safe to run again and again."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision, Site

from cms.models import HomePage
from curriculum.models import (
    Kind,
    LibraryIndexPage,
    MaterialPage,
    StudyPathIndexPage,
    StudyPathMaterial,
    StudyPathPage,
    Theme,
)

pytestmark = pytest.mark.django_db


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


@pytest.fixture
def demo(base_tree, run_on_commit):
    with run_on_commit():
        call_command("load_demo", stdout=StringIO(), stderr=StringIO())
    return base_tree


def test_running_twice_changes_nothing(demo, run_on_commit):
    first = snapshot()
    with run_on_commit():
        call_command("load_demo", stdout=StringIO(), stderr=StringIO())
    assert snapshot() == first


def test_demo_has_paths_materials_and_themes(demo):
    spanish = Locale.objects.get(language_code="es")
    paths = StudyPathPage.objects.live().filter(locale=spanish)
    assert paths.count() >= 3
    materials = MaterialPage.objects.live().filter(locale=spanish)
    assert materials.count() >= 15
    kinds = set(materials.values_list("kind", flat=True))
    assert kinds == {Kind.READING, Kind.WORKSHOP, Kind.PRACTICE}
    themes_in_use = Theme.objects.filter(tagged_materials__content_object__in=materials).distinct()
    assert themes_in_use.count() >= 10
    # Every material sits in the Spanish library of the site's home page.
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage) and home.locale == spanish
    library = LibraryIndexPage.objects.child_of(home).get()
    assert StudyPathIndexPage.objects.child_of(home).exists()
    assert materials.descendant_of(library).count() == materials.count()
    # Durations are derived from the materials' own fields.
    assert not materials.filter(duration_minutes=0).exists()


def test_demo_paths_mix_theory_and_practice(demo):
    spanish = Locale.objects.get(language_code="es")
    for path in StudyPathPage.objects.live().filter(locale=spanish):
        entries = StudyPathMaterial.objects.filter(path=path)
        assert entries.exists(), f"{path.title} has no entries: were they refreshed?"
        assert len(list(path.stages)) >= 2, f"{path.title} has a single stage"
        kinds = set(entries.values_list("material__kind", flat=True))
        assert Kind.PRACTICE in kinds, f"{path.title} has no practice"
        assert Kind.READING in kinds or Kind.WORKSHOP in kinds, f"{path.title} has no theory"
    used = StudyPathMaterial.objects.filter(path__locale=spanish).values("material")
    shared = [
        m
        for m in used.distinct()
        if StudyPathMaterial.objects.filter(material=m["material"], path__locale=spanish)
        .values("path")
        .distinct()
        .count()
        > 1
    ]
    assert shared, "no material is reused by two paths"


def test_demo_is_translated_into_english(demo):
    english = Locale.objects.get(language_code="en")
    spanish = Locale.objects.get(language_code="es")
    for page in Page.objects.filter(locale=spanish, depth__gte=2).specific():
        translation = page.get_translation_or_none(english)
        assert translation is not None, f"{page.url_path} has no English translation"
        assert translation.live, f"{translation.url_path} is not published"
        assert translation.alias_of_id is None, (
            f"{translation.url_path} is an alias, not a translation"
        )
        if isinstance(page, (MaterialPage, StudyPathPage)):
            assert translation.title != page.title, f"{page.title} was not translated"
    # English paths point at English materials.
    for path in StudyPathPage.objects.live().filter(locale=english):
        for block in path.stages:
            for material in block.value["materials"]:
                assert material.locale_id == english.pk, f"{path.title} links {material.title}"


def test_demo_pages_render_in_both_languages(client, demo):
    spanish = Locale.objects.get(language_code="es")
    english = Locale.objects.get(language_code="en")
    for locale, prefix in ((spanish, ""), (english, "/en")):
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
            assert url.startswith(prefix + "/"), url
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            assert f'<html lang="{locale.language_code}"' in html
            assert "lorem" not in html.lower(), url
