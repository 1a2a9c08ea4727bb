"""Load Trayecto's starter library: Spanish pages with their English translations.

Safe to run any number of times: pages are found by slug under their parent
(Spanish) or by translation (English) and updated in place; a page whose
content already matches the data is left alone, so a second run creates no
pages, no themes and no revisions.

The content lives in ``curriculum/demo/data/*.toml``, read and checked by
``curriculum.demo.loader`` before anything is written; this command only
writes it. Later loaders (councils, progress) can be added as further
``load_*`` steps in ``Command.handle``.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError
from django.utils.text import slugify
from wagtail import hooks
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from cms.demo_pages import (
    LANGUAGES,
    Tally,
    apply_fields,
    page_state,
    publish_if_changed,
    tr,
    upsert_bilingual,
    upsert_child,
    upsert_translation,
)
from cms.models import HomePage
from councils import demo as councils_demo
from curriculum import services
from curriculum.demo.loader import DemoContent, DemoDataError, load_content
from curriculum.models import (
    LibraryIndexPage,
    PracticeAssignmentPage,
    ReadingPage,
    StudyPathIndexPage,
    StudyPathMaterial,
    StudyPathPage,
    Theme,
    WorkshopPage,
)
from progress import demo as progress_demo

# Loggers that write a line per publish or per in-process task, and the level to keep.
NOISY_LOGGERS = {
    "wagtail": logging.WARNING,
    "django_tasks": logging.WARNING,
    "celery": logging.WARNING,
    "kombu": logging.ERROR,
}


@contextmanager
def _quieter_logs(*, enabled: bool):
    """Every publish logs a line per in-process task; keep the output to the summary."""
    if not enabled:
        yield
        return
    previous = {name: logging.getLogger(name).level for name in NOISY_LOGGERS}
    try:
        for name, level in NOISY_LOGGERS.items():
            logging.getLogger(name).setLevel(level)
        yield
    finally:
        for name, level in previous.items():
            logging.getLogger(name).setLevel(level)


# --- Content steps -------------------------------------------------------------------


def ensure_locales() -> dict[str, Locale]:
    return {lang: Locale.objects.get_or_create(language_code=lang)[0] for lang in LANGUAGES}


def load_home(*, data: dict, locales, tally) -> dict[str, HomePage]:
    """The Spanish home page (site root) and its English translation."""
    home = HomePage.objects.filter(locale=locales["es"], depth=2).order_by("path").first()

    def fields_for(lang):
        return {
            "title": tr(data["title"], lang),
            "intro": tr(data["intro"], lang),
            "body": tr(data["body"], lang),
        }

    if home is None:
        root = Page.get_first_root_node()
        if root is None:
            root = Page.add_root(instance=Page(title="Root", slug="root", locale=locales["es"]))
        home = upsert_child(
            parent=root,
            model=HomePage,
            slug=data["slug"]["es"],
            fields=fields_for("es"),
            tally=tally,
        )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        else:
            site.root_page = home
            site.save()
    else:
        before = page_state(home, fields_for("es"))
        apply_fields(home, fields_for("es"), None)
        publish_if_changed(
            home, created=False, before=before, fields=fields_for("es"), tags=None, tally=tally
        )
    home_en = upsert_translation(
        source=home,
        locale=locales["en"],
        slug=data["slug"]["en"],
        fields=fields_for("en"),
        tally=tally,
    )
    return {"es": home, "en": home_en}


def load_themes(*, data: dict[str, dict], tally) -> dict[str, dict[str, Theme]]:
    """Themes in both languages, by key: ``{"water": {"es": <Theme agua>, "en": <Theme water>}}``."""
    themes = {}
    for key, theme_data in data.items():
        themes[key] = {}
        for lang in LANGUAGES:
            name, description = theme_data["name"][lang], theme_data["description"][lang]
            theme = Theme.objects.filter(name=name).first()
            if theme is None:
                slug = slugify(name)  # ASCII, for tidy ?theme= links
                if Theme.objects.filter(slug=slug).exists():
                    slug = ""  # taggit then derives a free one
                theme = Theme.objects.create(name=name, slug=slug, description=description)
                tally.themes_created += 1
            elif theme.description != description:
                theme.description = description
                theme.save(update_fields=["description"])
                tally.themes_updated += 1
            themes[key][lang] = theme
        if services.link_theme_translation(spanish=themes[key]["es"], english=themes[key]["en"]):
            tally.themes_updated += 1
    return themes


def load_indexes(*, content: DemoContent, homes, tally) -> tuple[dict, dict]:
    def index(model, data):
        return upsert_bilingual(
            parent_es=homes["es"],
            model=model,
            data=data,
            fields_for=lambda lang: {
                "title": tr(data["title"], lang),
                "intro": tr(data["intro"], lang),
            },
            tally=tally,
        )

    return (
        index(LibraryIndexPage, content.library_index),
        index(StudyPathIndexPage, content.study_path_index),
    )


def _questions(items, lang):
    return [("question", tr(item, lang)) for item in items]


def _common(data, lang):
    return {
        "title": tr(data["title"], lang),
        "summary": tr(data["summary"], lang),
        "level": data["level"],
    }


def load_materials(*, content: DemoContent, library, themes, tally) -> dict[str, dict[str, Page]]:
    """Readings, practice assignments and workshops (in that order: workshops point at practice)."""
    materials: dict[str, dict[str, Page]] = {}

    def tags_for(data):
        return lambda lang: [themes[key][lang] for key in data["themes"]]

    for data in content.readings:

        def fields_for(lang, data=data):
            return {
                **_common(data, lang),
                "author": tr(data["author"], lang),
                "work": tr(data["work"], lang),
                "year": data["year"],
                "estimated_minutes": data["estimated_minutes"],
                "body": tr(data["body"], lang),
                "link": "",
                "guiding_questions": _questions(data["questions"], lang),
            }

        materials[data["key"]] = upsert_bilingual(
            parent_es=library["es"],
            model=ReadingPage,
            data=data,
            fields_for=fields_for,
            tags_for=tags_for(data),
            tally=tally,
        )

    for data in content.practices:

        def fields_for(lang, data=data):
            return {
                **_common(data, lang),
                "task": tr(data["task"], lang),
                "expected_evidence": tr(data["expected_evidence"], lang),
                "reflection_prompts": _questions(data["reflection_prompts"], lang),
                "estimated_hours": Decimal(str(data["estimated_hours"])),
            }

        materials[data["key"]] = upsert_bilingual(
            parent_es=library["es"],
            model=PracticeAssignmentPage,
            data=data,
            fields_for=fields_for,
            tags_for=tags_for(data),
            tally=tally,
        )

    for data in content.workshops:

        def fields_for(lang, data=data):
            agenda = [
                (
                    "activity",
                    {
                        "title": tr(activity["title"], lang),
                        "minutes": activity["minutes"],
                        "method": tr(activity["method"], lang),
                        "materials": tr(activity["materials"], lang),
                        "instructions": RichText(tr(activity["instructions"], lang)),
                    },
                )
                for activity in data["agenda"]
            ]
            return {
                **_common(data, lang),
                "objectives": tr(data["objectives"], lang),
                "local_problem": tr(data["local_problem"], lang),
                "agenda": agenda,
                "facilitator_notes": tr(data["facilitator_notes"], lang),
                "discussion_questions": _questions(data["discussion_questions"], lang),
                "follow_up_practice": materials[data["follow_up_practice"]][lang],
                "follow_up_notes": tr(data["follow_up_notes"], lang),
            }

        materials[data["key"]] = upsert_bilingual(
            parent_es=library["es"],
            model=WorkshopPage,
            data=data,
            fields_for=fields_for,
            tags_for=tags_for(data),
            tally=tally,
        )
    return materials


def load_study_paths(*, path_data: list[dict], paths_index, materials, tally):
    pages: list[StudyPathPage] = []
    for data in path_data:

        def fields_for(lang, data=data):
            stages = [
                (
                    "stage",
                    {
                        "title": tr(stage["title"], lang),
                        "description": tr(stage["description"], lang),
                        "materials": [materials[key][lang] for key in stage["materials"]],
                    },
                )
                for stage in data["stages"]
            ]
            return {
                "title": tr(data["title"], lang),
                "intro": tr(data["intro"], lang),
                "audience": data["audience"],
                "level": data["level"],
                "stages": stages,
            }

        pages.extend(
            upsert_bilingual(
                parent_es=paths_index["es"],
                model=StudyPathPage,
                data=data,
                fields_for=fields_for,
                tally=tally,
            ).values()
        )
    # The publish signal already refreshed each path after commit; this is the idempotent safety net.
    for page in pages:
        services.refresh_study_path(path_id=page.pk)
    return pages


class Command(BaseCommand):
    help = (
        "Load the starter library: themes, readings, workshops, practice assignments and "
        "study paths in Spanish with English translations. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--quiet", action="store_true", help="Print nothing (same as --verbosity 0)."
        )
        parser.add_argument(
            "--admin",
            default="admin",
            help="Login name of an existing account to make coordinator of the demo councils.",
        )
        parser.add_argument(
            "--check", action="store_true", help="Only check the data files; write nothing."
        )

    def handle(self, *args, quiet=False, verbosity=1, check=False, **options):
        quiet = quiet or verbosity == 0
        try:
            content = load_content()
        except DemoDataError as error:
            raise CommandError(f"The demo data files have mistakes:\n{error}") from error
        if check:
            if not quiet:
                self.stdout.write(self.style.SUCCESS("The demo data files are valid."))
            return
        with _quieter_logs(enabled=quiet or verbosity < 2):
            tally = Tally()
            locales = ensure_locales()
            homes = load_home(data=content.home, locales=locales, tally=tally)
            themes = load_themes(data=content.themes, tally=tally)
            library, paths_index = load_indexes(content=content, homes=homes, tally=tally)
            materials = load_materials(content=content, library=library, themes=themes, tally=tally)
            paths = load_study_paths(
                path_data=content.paths, paths_index=paths_index, materials=materials, tally=tally
            )
            councils = councils_demo.load(admin_username=options.get("admin") or None)
            record = progress_demo.load()
            for load_more in hooks.get_hooks("trayecto_load_demo"):  # newer apps (the network)
                load_more()
        if quiet:
            return
        if verbosity >= 2:
            for outcome in ("created", "updated"):
                for line in getattr(tally, outcome):
                    self.stdout.write(f"{outcome}: {line}")
        entries = StudyPathMaterial.objects.filter(path__in=paths).count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Pages: {len(tally.created)} created, {len(tally.updated)} updated, "
                f"{len(tally.unchanged)} unchanged. "
                f"Themes: {tally.themes_created} created, {tally.themes_updated} updated "
                f"({len(themes) * len(LANGUAGES)} in all). "
                f"Materials: {len(materials)} per language; study paths: {len(paths) // 2} per "
                f"language, {entries} path entries. "
                f"Councils: {councils['councils']} created; plans: {councils['plans']} created; "
                f"people: {councils['people']} created; formation record events: {record['events']}."
            )
        )
