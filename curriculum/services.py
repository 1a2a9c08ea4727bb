"""Writes of the curriculum library that carry rules."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from .models import MaterialPage, StudyPathMaterial, StudyPathPage, Theme


@transaction.atomic
def refresh_study_path(*, path_id: int) -> int:
    """Rebuild the material entries of one published path; safe to run any number of times.

    Returns how many entries the path now has. A path that is gone or
    unpublished keeps no entries.
    """
    path = StudyPathPage.objects.filter(pk=path_id, live=True).first()
    StudyPathMaterial.objects.filter(path_id=path_id).delete()
    if path is None:
        return 0
    entries = []
    position = 0
    for stage_number, block in enumerate(path.stages, start=1):
        for material in block.value["materials"]:
            if material is None:
                continue
            position += 1
            entries.append(
                StudyPathMaterial(
                    path=path,
                    material_id=material.pk,
                    stage_number=stage_number,
                    stage_title=block.value["title"][:200],
                    position=position,
                )
            )
    StudyPathMaterial.objects.bulk_create(entries)
    return len(entries)


REMOVED_MATERIAL_ACTION = "curriculum.remove_deleted_material"


def _without_material(stages_raw: list, material_id: int) -> tuple[list, list[str]]:
    """The stages' raw data without the material; stages left with nothing are dropped."""
    kept, dropped = [], []
    for stage in stages_raw:
        value = dict(stage.get("value") or {})
        items = value.get("materials") or []
        remaining = [
            item
            for item in items
            if (item.get("value") if isinstance(item, dict) else item) not in (material_id, None)
        ]
        if items and not remaining:
            dropped.append(value.get("title", ""))
            continue
        value["materials"] = remaining
        kept.append({**stage, "value": value})
    return kept, dropped


@transaction.atomic
def drop_deleted_material(*, path_ids: list[int], material_id: int, material_title: str) -> int:
    """Remove a deleted material from these paths, with a revision that says so.

    A path that was live with nothing waiting is published again at once, so its
    totals follow and its next publish needs no repair; a path with unpublished
    changes gets the removal in a new draft. Returns how many paths changed.
    """
    from wagtail.log_actions import log

    changed = 0
    for path in StudyPathPage.objects.filter(pk__in=path_ids):
        publish_after = path.live and not path.has_unpublished_changes
        latest = path.get_latest_revision_as_object()
        stages, dropped = _without_material(list(latest.stages.raw_data), material_id)
        if stages == list(latest.stages.raw_data):
            continue
        latest.stages = stages
        revision = latest.save_revision(clean=False)
        log(
            instance=latest,
            action=REMOVED_MATERIAL_ACTION,
            revision=revision,
            data={"material_id": material_id, "title": material_title, "dropped_stages": dropped},
            content_changed=True,
        )
        if publish_after:
            revision.publish()
        changed += 1
    return changed


@dataclass(frozen=True)
class PreparedTranslation:
    """What ``prepare_translation`` did: the copy's slug and the themes it could not name."""

    slug: str
    themes: list[str]
    left_out: list[str]


@transaction.atomic
def prepare_translation(*, page: MaterialPage, user=None) -> PreparedTranslation:
    """Make a material's fresh copy in another language a draft of its own, ready to translate.

    The copy (an alias just converted, still holding the source's text) becomes:

    - **a draft**, never published in its language: left live it would present the
      source's text as a translation, which readers of that language cannot tell apart;
      the facilitator publishes it when she has translated it;
    - **its themes in its language**: each theme is replaced by the theme that names it
      there (``Theme.english``). A theme with no name in that language is **left out**,
      never created and never kept in Spanish: a Spanish word on an English page would
      show in English listings and theme filters as if it were English, and a theme
      made up here would be a guess nobody checked. The caller tells the facilitator
      which themes were left out, so she can link them or choose others in the editor
      she is taken to;
    - **a slug made from its title**, unique among its siblings. The title is still the
      source's; the editor then keeps the slug following the title until the first
      publishing (``TranslationPageForm``).
    """
    from .selectors.translation import slug_from_title, themes_in_language

    page = page.specific
    if not isinstance(page, MaterialPage):
        raise TypeError(f"{type(page).__name__} is not a library material")
    if page.alias_of_id is not None:
        raise ValueError("the page is still an alias: convert it first")
    language = page.locale.language_code
    if page.live:
        page.unpublish(user=user)
    page.first_published_at = None
    page.last_published_at = None
    parent = page.get_parent()
    page.slug = slug_from_title(parent=parent, title=page.title, page=page)
    page.set_url_path(parent)
    themes, missing = themes_in_language(themes=page.tags.all(), language=language)
    page.tags.set(themes)
    MaterialPage.objects.filter(pk=page.pk).update(
        slug=page.slug,
        url_path=page.url_path,
        first_published_at=None,
        last_published_at=None,
    )
    page.save(clean=False, update_fields=["tagged_items"])
    page.save_revision(user=user, clean=False)
    return PreparedTranslation(
        slug=page.slug,
        themes=[theme.name for theme in themes],
        left_out=[theme.name for theme in missing],
    )


def link_theme_translation(*, spanish: Theme, english: Theme) -> bool:
    """Name ``spanish`` in English by ``english``; returns whether anything changed."""
    if spanish.pk == english.pk:
        raise ValueError(f"«{spanish.name}» cannot be its own English name")
    if spanish.english_id == english.pk:
        return False
    spanish.english = english
    spanish.full_clean()
    spanish.save(update_fields=["english"])
    return True
