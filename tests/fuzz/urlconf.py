"""Walk the URL conf: every pattern becomes a fuzz target, unless EXCLUDED says why not.

A URL keyword is filled from the world by its *noun*: the keyword's name
(``section_pk`` -> section) or, for a bare ``pk``/``token``, the path segment before
it (``miembros/<int:pk>`` -> membership). A new view whose keywords map to a known
noun is fuzzed without any change here; otherwise ``test_coverage`` says what to add.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from urllib.parse import quote

from django.urls import LocalePrefixPattern, URLPattern, URLResolver, get_resolver

# Route prefixes and pattern names the harness does not fuzz, each with the reason.
EXCLUDED: dict[str, str] = {
    "admin/": "Wagtail's admin: staff-only pages whose forms Wagtail itself tests",
    "documents/": "Wagtail document serving: files, no forms; no documents are published",
    "static/": "static files served only with DEBUG; no parameters",
    "media/": "uploaded media served only with DEBUG; no parameters",
    "wagtailcore_authenticate_with_password": (
        "Wagtail's password form for pages with a view restriction; the site sets none"
    ),
}

# Django-axes adds no URL; its lockout applies to the login form, which is fuzzed.

# The Wagtail catch-all is covered by real page URLs (see World.page_paths), not its pattern.
CATCH_ALL = "wagtail_serve"
PAGE_TARGETS = ("page:library", "page:workshop", "page:reading", "page:study_path")
# Pages only crawled for the forms and links they offer (none of them reads parameters).
CRAWLED_PAGES = ("page:home", "page:paths_index", "page:practice")

# A keyword's noun by its name.
KWARG_NOUNS = {
    "slug": "slug",
    "section_pk": "section",
    "item_pk": "item",
    "outcome_pk": "outcome",
    "session_pk": "session",
    "number": "version",
    "path_id": "path",
    "material_id": "material",
    "code": "code",
    "entry_pk": "agenda_entry",
    "uuid": "experience_uuid",
    "action": "action",
    "uidb64": "uidb64",
}

# A bare ``pk`` or ``token``: the noun of the path segment just before it.
SEGMENT_NOUNS = {
    "miembros": "membership",
    "invitaciones": "invitation",
    "solicitudes": "join_request",
    "planes": "plan",
    "asambleas": "assembly",
    "sesiones": "session",
    "avisos": "reminder",
    "encuentros": "gathering",
    "experiencias": "experience",
    "preguntas": "question",
    "plantillas": "template",
    "mensaje": "notice",
    "codigos": "reset_grant",
    "trayectos": "enrolment",
    "practica": "practice",
    "avales": "vouch",
    "calendario": "token",
    "persona": "personal_token",
}

# Where the segment rule guesses wrong.
OVERRIDES: dict[str, dict[str, str]] = {
    "councils:template_detail": {"pk": "template"},  # /consejos/planes/<pk>/: network templates
    "accounts:password_reset_confirm": {"token": "reset_token"},
    # A network template's own sections and items (not a council's plan).
    "network_space:section_edit": {"section_pk": "template_section"},
    "network_space:section_action": {"section_pk": "template_section"},
    "network_space:item_add": {"section_pk": "template_section"},
    "network_space:item_edit": {"item_pk": "template_item"},
    "network_space:item_action": {"item_pk": "template_item"},
}

_PARAM = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
_HELPER_CALL = re.compile(r"\b(_\w+)\(request\b")
_HAND_PARSED = re.compile(r"request\.(GET|POST)(?:\.get|\.getlist|\.pop)?[\[(]\s*[\"'](\w+)[\"']")


@dataclass(frozen=True)
class Target:
    """One URL pattern (or one real page behind the catch-all) the harness sends requests to."""

    name: str
    route: str
    params: tuple[tuple[str, str], ...] = ()  # (keyword, converter)
    callback: object = None
    i18n: bool = True  # served under /en/ too

    def __str__(self) -> str:
        return self.name

    @property
    def is_page(self) -> bool:
        return self.name.startswith("page:")

    def path(self, values: dict[str, object], language: str) -> str:
        """The route with ``values`` put in as they are: junk the converter's to_url would refuse."""

        def put(match: re.Match) -> str:
            return quote(str(values[match["name"]]), safe="")

        prefix = "/en/" if language == "en" and self.i18n else "/"
        return prefix + _PARAM.sub(put, self.route)

    def nouns(self) -> dict[str, str | None]:
        """Each keyword's noun, or None when the harness cannot fill it from the world."""
        found: dict[str, str | None] = {}
        for keyword, _converter in self.params:
            noun = OVERRIDES.get(self.name, {}).get(keyword) or KWARG_NOUNS.get(keyword)
            if noun is None and f"{keyword}>" in self.route:
                head = self.route[: self.route.index(f"{keyword}>")]
                words = [w for w in head.split("/") if w and not w.startswith("<")]
                noun = SEGMENT_NOUNS.get(words[-1]) if words else None
            found[keyword] = noun
        return found

    def hand_parsed(self) -> dict[str, set[str]]:
        """Field names the view reads from request.GET/POST by hand.

        Read from the view's source and from the module's helpers it hands the request to
        (``_revision(request)``), so a value parsed outside any form is still fuzzed.
        """
        names: dict[str, set[str]] = {"GET": set(), "POST": set()}
        view = inspect.unwrap(getattr(self.callback, "view_class", None) or self.callback)
        try:
            source = inspect.getsource(view)
        except (OSError, TypeError):
            return names
        module = inspect.getmodule(view)
        for helper in _HELPER_CALL.findall(source):
            function = getattr(module, helper, None)
            if inspect.isfunction(function):
                source += inspect.getsource(function)
        for method, name in _HAND_PARSED.findall(source):
            names[method].add(name)
        return names


def _walk(patterns, prefix: str = "", namespace: str | None = None, i18n: bool = False):
    for pattern in patterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            yield from _walk(pattern.url_patterns, prefix, namespace, i18n=True)
            continue
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace
            if inner:
                inner = f"{namespace}:{inner}" if namespace else inner
            yield from _walk(pattern.url_patterns, route, inner or namespace, i18n)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            yield route, name or route, pattern.callback, i18n


def excluded_reason(route: str, name: str) -> str | None:
    for key, reason in EXCLUDED.items():
        if name == key or route.startswith(key):
            return reason
    return None


def all_patterns() -> list[tuple[str, str, object]]:
    """Every (route, name, view) in the URL conf, i18n-prefixed ones once (without prefix)."""
    return [(route, name, view) for route, name, view, _i18n in _walk(get_resolver().url_patterns)]


def targets() -> list[Target]:
    """Every pattern not excluded, with the catch-all replaced by real page URLs."""
    found: dict[str, Target] = {}
    for route, name, callback, i18n in _walk(get_resolver().url_patterns):
        if excluded_reason(route, name) or name in found:
            continue
        if name == CATCH_ALL:
            for page in PAGE_TARGETS:
                found[page] = Target(name=page, route="", callback=callback)
            continue
        params = tuple((m["name"], m["converter"] or "str") for m in _PARAM.finditer(route))
        if not params and "(" in route:
            params = (("regex group", "regex"),)  # a re_path: the coverage test asks for a noun
        found[name] = Target(name, route, params=params, callback=callback, i18n=i18n)
    return list(found.values())
