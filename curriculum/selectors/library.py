"""Reads of the library page: filters, search and one page of materials."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, F
from wagtail.models import Locale

from curriculum.forms import DurationBand, LibraryFilterForm
from curriculum.models.materials import MaterialPage
from curriculum.models.themes import Theme
from curriculum.search import build_query


def library_themes(*, index_page) -> list[Theme]:
    """Themes in use by live materials of this library, with how many materials carry each."""
    return list(
        Theme.objects.filter(
            tagged_materials__content_object__live=True,
            tagged_materials__content_object__path__startswith=index_page.path,
        )
        .annotate(material_count=Count("tagged_materials", distinct=True))
        .order_by("name")
    )


def library_filter_form(
    *, data, locale: Locale | None = None, themes: list[Theme] | None = None
) -> LibraryFilterForm:
    """The bound filter form; its theme choices are ``themes`` (this library's), if given,
    else every theme in use by live materials of ``locale``."""
    if themes is not None:
        choices = [(theme.slug, theme.name) for theme in themes]
    else:
        choices = list(
            Theme.objects.filter(
                tagged_materials__content_object__live=True,
                tagged_materials__content_object__locale=locale,
            )
            .distinct()
            .order_by("name")
            .values_list("slug", "name")
        )
    form = LibraryFilterForm(data=data, theme_choices=choices)
    form.is_valid()
    return form


def library_materials(*, index_page, form: LibraryFilterForm):
    """Live materials of this library, filtered; search results keep their relevance order.

    The search text reaches the backend only as plain words (see curriculum.search),
    so no input can be read as query syntax by SQLite or PostgreSQL.
    """
    materials = MaterialPage.objects.live().descendant_of(index_page)
    data = form.cleaned_data if form.is_bound and hasattr(form, "cleaned_data") else {}
    if data.get("theme"):
        # Through ids: the search backends filter only on indexed fields, and `id` is one.
        tagged = MaterialPage.objects.filter(tags__slug=data["theme"]).values("id")
        materials = materials.filter(id__in=tagged)
    if data.get("kind"):
        materials = materials.filter(kind=data["kind"])
    if data.get("level"):
        materials = materials.filter(level=data["level"])
    if data.get("duration"):
        low, high = DurationBand.RANGES[data["duration"]]
        materials = materials.filter(duration_minutes__gte=low)
        if high is not None:
            materials = materials.filter(duration_minutes__lte=high)
    materials = materials.distinct().prefetch_related("tags")
    query = build_query(form.search_text.words)
    if query is not None:
        return materials.search(query)
    if data.get("sort") == "newest":
        # Never-published drafts are not listed; ties (a batch import) fall back to the newest id.
        return materials.order_by(F("first_published_at").desc(nulls_last=True), "-pk")
    return materials.order_by("kind", "title")


def library_listing(*, index_page, params) -> dict:
    """Everything the library page shows for these GET parameters.

    One query of themes serves both the theme list and the filter's choices (the themes
    of this library's live materials), so a search costs four queries of its own.
    """
    themes = library_themes(index_page=index_page)
    form = library_filter_form(data=params, themes=themes)
    paginator = Paginator(
        library_materials(index_page=index_page, form=form), settings.LIBRARY_PAGE_SIZE
    )
    query = params.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "search_shortened": form.search_text.shortened,
        "page_obj": paginator.get_page(params.get("page")),
        "themes": themes,
        "querystring": query.urlencode(),
    }
