"""Template tags of the public site: navigation, language links and durations.

Every tag here costs a constant number of queries per request, whatever the
amount of content: results are cached on the request object, so a template
may call them as often as it likes, and the menu and the translations' URLs are
kept in ``cms.frame_cache`` until pages change (usually no query at all).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from progress.rules import hours_from_minutes

from .. import frame_cache

register = template.Library()

_NAV_CACHE = "_trayecto_nav"
_LANG_CACHE = "_trayecto_language_links"


@dataclass
class NavItem:
    label: str
    url: str
    current: bool = False


@dataclass(frozen=True)
class NavPage:
    """An index page as the menu and breadcrumbs need it: no model instance to keep."""

    title: str
    url: str


@dataclass
class Nav:
    """The way around the site in the active language."""

    language_code: str
    home_url: str
    library: NavPage | None = None
    paths_index: NavPage | None = None
    library_url: str = ""
    paths_url: str = ""
    items: list[NavItem] = field(default_factory=list)


def _content_language(language_code: str | None = None) -> str:
    try:
        return get_supported_content_language_variant(language_code or translation.get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def home_url_for(language_code: str) -> str:
    """The home page's URL in a language, without a query: the site root sits at the prefix."""
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def _site_root_path(request, language_code: str) -> str | None:
    """url_path of the site's home in that language, from Wagtail's cached site root paths."""
    site = Site.find_for_request(request) if request is not None else None
    for root in Site.get_site_root_paths():
        if root.language_code == language_code and (site is None or root.site_id == site.pk):
            return root.root_path
    return None


def _index_pages(request, language_code: str) -> dict[str, NavPage]:
    """The library and study-path index of that language (one query), by kind."""
    # Deferred import: the curriculum app's models import nothing from here, but keep
    # the tag library importable even while apps are loading.
    from curriculum.models import LibraryIndexPage, StudyPathIndexPage

    kinds = {
        ContentType.objects.get_for_model(LibraryIndexPage).pk: "library",
        ContentType.objects.get_for_model(StudyPathIndexPage).pk: "paths",
    }
    pages = Page.objects.live().filter(
        content_type__in=list(kinds), locale__language_code=language_code
    )
    root_path = _site_root_path(request, language_code)
    if root_path:
        pages = pages.filter(url_path__startswith=root_path)
    found: dict[str, NavPage] = {}
    # The shallowest page of each type wins.
    for page in pages.order_by("depth", "path"):
        kind = kinds[page.content_type_id]
        if kind not in found:
            found[kind] = NavPage(title=page.title, url=page.get_url(request) or "")
    return found


def _build_nav(request, language_code: str) -> Nav:
    nav = Nav(language_code=language_code, home_url=home_url_for(language_code))
    site = Site.find_for_request(request) if request is not None else None
    indexes = frame_cache.cached(
        "nav",
        site.pk if site is not None else "-",
        language_code,
        compute=lambda: _index_pages(request, language_code),
    )
    nav.library = indexes.get("library")
    nav.paths_index = indexes.get("paths")
    if nav.library is not None:
        nav.library_url = nav.library.url
    if nav.paths_index is not None:
        nav.paths_url = nav.paths_index.url

    current_path = request.path if request is not None else ""
    nav.items.append(NavItem(_("Home"), nav.home_url, current_path == nav.home_url))
    if nav.library_url:
        nav.items.append(
            NavItem(_("Library"), nav.library_url, current_path.startswith(nav.library_url))
        )
    if nav.paths_url:
        nav.items.append(
            NavItem(_("Study paths"), nav.paths_url, current_path.startswith(nav.paths_url))
        )
    _hooked_items(request, nav, current_path)
    return nav


def _hooked_items(request, nav: Nav, current_path: str) -> None:
    """Menu entries of newer apps (the network), which cms never imports: they register
    ``trayecto_main_nav_items`` hooks returning ``(label, url)`` pairs for this request."""
    from wagtail import hooks

    for items_for in hooks.get_hooks("trayecto_main_nav_items"):
        for label, url in items_for(request) or ():
            nav.items.append(NavItem(label, url, current_path.startswith(url)))


@register.simple_tag(takes_context=True)
def main_nav(context) -> Nav:
    """Home, library and study paths of the active language: ``{% main_nav as nav %}``.

    ``nav.library`` and ``nav.paths_index`` are the index pages (or None),
    ``nav.library_url``/``nav.paths_url`` their URLs and ``nav.items`` the menu.
    """
    request = context.get("request")
    language_code = _content_language()
    cache = getattr(request, _NAV_CACHE, None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            setattr(request, _NAV_CACHE, cache)
    if language_code not in cache:
        cache[language_code] = _build_nav(request, language_code)
    return cache[language_code]


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool
    # False when the page has no translation in that language and the link falls back to its home.
    is_translation: bool = True


def _query_without_page(request) -> str:
    if request is None or not request.GET:
        return ""
    query = request.GET.copy()
    query.pop("page", None)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else ""


def _translation_urls(request, page: Page) -> dict[str, str]:
    """The URL of each live translation of the page, by language (one query)."""
    urls = {}
    for found in page.get_translations(inclusive=True).live().select_related("locale"):
        url = found.get_url(request)
        if url:
            urls[found.locale.language_code] = url
    return urls


@register.simple_tag(takes_context=True)
def language_links(context) -> list[LanguageLink]:
    """One link per language that keeps the visitor on the same page.

    On a Wagtail page: its live translation (one query for all of them), else
    that language's home. On any other view: Django's ``translate_url``.
    """
    request = context.get("request")
    cached = getattr(request, _LANG_CACHE, None) if request is not None else None
    if cached is not None:
        return cached

    current = _content_language()
    page = context.get("page")
    is_wagtail_page = isinstance(page, Page) and page.pk is not None and page.live
    translations: dict[str, str] = {}
    if is_wagtail_page:
        site = Site.find_for_request(request) if request is not None else None
        translations = frame_cache.cached(
            "translations",
            site.pk if site is not None else "-",
            page.pk,
            compute=lambda: _translation_urls(request, page),
        )
    query = _query_without_page(request)
    full_path = request.get_full_path() if request is not None else "/"

    links = []
    for code, name in settings.LANGUAGES:
        is_translation = True
        if code == current:
            url = full_path
        elif is_wagtail_page:
            url = translations.get(code)
            if url:
                url = f"{url}{query}"
            else:
                url, is_translation = home_url_for(code), False
        else:
            url = translate_url(full_path, code)
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                current=code == current,
                is_translation=is_translation,
            )
        )

    if request is not None:
        setattr(request, _LANG_CACHE, links)
    return links


def _to_hours(minutes) -> Decimal:
    """Through ``progress.rules``: the one rounding of hours, so every page agrees."""
    try:
        value = Decimal(minutes or 0)
    except (ArithmeticError, TypeError, ValueError):
        value = Decimal(0)
    return hours_from_minutes(value)


def _format_hours(hours: Decimal) -> str:
    decimals = 0 if hours == hours.to_integral_value() else 1
    return _("%(hours)s h") % {"hours": number_format(hours, decimal_pos=decimals)}


@register.filter
def hours(minutes) -> str:
    """Minutes as localized hours: 150 → "2,5 h" in Spanish, "2.5 h" in English."""
    return _format_hours(_to_hours(minutes))


@register.filter
def duration(minutes) -> str:
    """A material's length in the words a facilitator plans with: "45 min", "1,5 h"."""
    try:
        minutes = int(minutes or 0)
    except (TypeError, ValueError):
        minutes = 0
    if minutes < 60:
        return _("%(minutes)s min") % {"minutes": minutes}
    return _format_hours(_to_hours(minutes))
