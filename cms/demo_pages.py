"""Writing the demo's Wagtail pages idempotently: find by slug or translation, publish on change.

Used by ``manage.py load_demo``; a page whose content already matches the data is
left alone, so a second run creates no pages and no revisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models
from wagtail.fields import StreamField
from wagtail.models import Locale, Page

LANGUAGES = ("es", "en")


def tr(value, lang: str):
    """The value in one language: bilingual values are ``{"es": ..., "en": ...}`` dicts."""
    if isinstance(value, dict) and set(value) == set(LANGUAGES):
        return value[lang]
    return value


@dataclass
class Tally:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    themes_created: int = 0
    themes_updated: int = 0

    def record(self, outcome: str, page: Page) -> None:
        getattr(self, outcome).append(f"[{page.locale.language_code}] {page.url_path}")


def _strip_block_ids(value):
    if isinstance(value, list):
        return [_strip_block_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: _strip_block_ids(item) for key, item in value.items() if key != "id"}
    return value


def page_state(page: Page, names) -> dict:
    """The comparable content of the given fields, with StreamField block ids left out."""
    state = {}
    for name in names:
        if name == "tags":
            state[name] = sorted(tag.pk for tag in page.tags.all())
            continue
        model_field = page._meta.get_field(name)
        if isinstance(model_field, StreamField):
            value = _strip_block_ids(model_field.stream_block.get_prep_value(getattr(page, name)))
        elif isinstance(model_field, models.ForeignKey):
            value = getattr(page, model_field.attname)
        else:
            value = getattr(page, name)
            if isinstance(value, Decimal):
                value = value.normalize()
        state[name] = value
    return state


def apply_fields(page: Page, fields: dict, tags) -> None:
    for name, value in fields.items():
        setattr(page, name, value)
    if tags is not None:
        page.tags.set(tags)


def publish_if_changed(
    page: Page, *, created: bool, before: dict | None, fields: dict, tags, tally
) -> Page:
    names = [*fields, *(["tags"] if tags is not None else [])]
    changed = created or before != page_state(page, names)
    if changed or not page.live or page.has_unpublished_changes or page.alias_of_id:
        page.alias_of = None
        page.save_revision(log_action=True).publish()
        tally.record("created" if created else "updated", page)
    else:
        tally.record("unchanged", page)
    return page


def upsert_child(*, parent: Page, model, slug: str, fields: dict, tally, tags=None) -> Page:
    """Create or update the ``model`` page with this slug under ``parent``, and publish it."""
    fields = {"slug": slug, **fields}
    names = [*fields, *(["tags"] if tags is not None else [])]
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        page = existing.specific
        if not isinstance(page, model):
            raise TypeError(
                f"{page.url_path} is a {type(page).__name__}, expected {model.__name__}"
            )
        before = page_state(page, names)
        apply_fields(page, fields, tags)
        return publish_if_changed(
            page, created=False, before=before, fields=fields, tags=tags, tally=tally
        )
    page = model(locale=parent.locale, live=False, **fields)
    if tags is not None:
        page.tags.set(tags)
    parent.add_child(instance=page)
    return publish_if_changed(
        page, created=True, before=None, fields=fields, tags=tags, tally=tally
    )


def upsert_translation(*, source: Page, locale: Locale, slug: str, fields: dict, tally, tags=None):
    """Create or update the translation of ``source`` in ``locale``, and publish it."""
    fields = {"slug": slug, **fields}
    names = [*fields, *(["tags"] if tags is not None else [])]
    page = source.get_translation_or_none(locale)
    if page is not None:
        page = page.specific
        before = page_state(page, names)
        created = False
    else:
        page = source.copy_for_translation(locale, copy_parents=True, alias=False).specific
        before = None
        created = True
        if page.slug != slug:
            # The copy is a draft that was never published: rename it in place, so that no
            # redirect is created from the copied Spanish slug.
            page.slug = slug
            page.set_url_path(page.get_parent())
            Page.objects.filter(pk=page.pk).update(slug=page.slug, url_path=page.url_path)
    apply_fields(page, fields, tags)
    return publish_if_changed(
        page, created=created, before=before, fields=fields, tags=tags, tally=tally
    )


def upsert_bilingual(*, parent_es: Page, model, data: dict, fields_for, tally, tags_for=None):
    """The Spanish page under ``parent_es`` and its English translation; returns both by language."""
    locale_en = Locale.objects.get(language_code="en")
    page_es = upsert_child(
        parent=parent_es,
        model=model,
        slug=data["slug"]["es"],
        fields=fields_for("es"),
        tags=tags_for("es") if tags_for else None,
        tally=tally,
    )
    page_en = upsert_translation(
        source=page_es,
        locale=locale_en,
        slug=data["slug"]["en"],
        fields=fields_for("en"),
        tags=tags_for("en") if tags_for else None,
        tally=tally,
    )
    return {"es": page_es, "en": page_en}
