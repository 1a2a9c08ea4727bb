"""Find the forms a role is offered: GET every page as that role and read its <form> elements.

Each form is filed under the URL name its ``action`` resolves to, so a POST-only
view (an item's "move up" button, "remove member") gets the fields of the form that
posts to it, wherever that form is rendered. Links with a query string (pagination,
version comparison) count as GET forms.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

from django.urls import Resolver404, resolve


@dataclass
class Field:
    name: str
    kind: str = "text"  # input type, "select", "textarea"
    value: str = ""  # the value the page offered (hidden revision, current text...)
    options: list[str] = field(default_factory=list)  # select options, checkbox/radio values


@dataclass
class Form:
    method: str  # "GET" or "POST"
    action: str  # path (with query, if any) the browser would send to
    fields: dict[str, Field] = field(default_factory=dict)
    found_on: str = ""

    def add(self, name: str, kind: str, value: str) -> None:
        known = self.fields.setdefault(name, Field(name=name, kind=kind))
        if kind in ("checkbox", "radio", "submit", "option"):
            if value not in known.options:
                known.options.append(value)
        elif value and not known.value:
            known.value = value


class _FormParser(HTMLParser):
    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.forms: list[Form] = []
        self.by_id: dict[str, Form] = {}
        self.links: list[str] = []
        self._form: Form | None = None
        self._select: tuple[Form, str] | None = None
        self._textarea: tuple[Form, str] | None = None

    def _owner(self, attrs: dict) -> Form | None:
        return self.by_id.get(attrs.get("form", "")) or self._form

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if tag == "form":
            method = attrs.get("method", "get").upper()
            action = urljoin(self.page, attrs.get("action") or self.page)
            self._form = Form(method="POST" if method == "POST" else "GET", action=action)
            self._form.found_on = self.page
            self.forms.append(self._form)
            if attrs.get("id"):
                self.by_id[attrs["id"]] = self._form
        elif tag == "a" and "?" in attrs.get("href", ""):
            self.links.append(urljoin(self.page, attrs["href"]))
        form = self._owner(attrs)
        name = attrs.get("name")
        if form is None:
            return
        if tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            form.add(name, kind, attrs.get("value", "on" if kind == "checkbox" else ""))
        elif tag == "button" and name:
            form.add(name, "submit", attrs.get("value", ""))
        elif tag == "select" and name:
            form.add(name, "select", "")
            self._select = (form, name)
        elif tag == "option" and self._select:
            owner, select = self._select
            owner.fields[select].options.append(attrs.get("value", ""))
        elif tag == "textarea" and name:
            form.add(name, "textarea", "")
            self._textarea = (form, name)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if self._textarea and data.strip():
            owner, name = self._textarea
            owner.fields[name].value = owner.fields[name].value or data.strip()

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def parse_forms(html: str, page: str) -> tuple[list[Form], list[Form]]:
    """The page's forms, and its links with a query string read as GET forms."""
    parser = _FormParser(page)
    parser.feed(html)
    parser.close()
    link_forms = []
    for link in parser.links:
        parts = urlsplit(link)
        form = Form(method="GET", action=parts.path, found_on=page)
        for name, value in parse_qsl(parts.query, keep_blank_values=True):
            form.add(name, "text", value)
        link_forms.append(form)
    return parser.forms, link_forms


def url_name(path: str, pages: dict[str, str]) -> str | None:
    """The harness's name for a path: the URL pattern's name, or a page target's."""
    path = urlsplit(path).path
    bare = path[3:] if path.startswith("/en/") else path
    for name, page_path in pages.items():
        if bare == page_path:
            return name
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


class Catalogue:
    """Forms found while crawling, filed by the URL name they send to."""

    def __init__(self):
        self.forms: dict[str, list[Form]] = defaultdict(list)
        self._seen: set[tuple] = set()

    def add(self, name: str, form: Form) -> None:
        key = (name, form.method, urlsplit(form.action).path, tuple(sorted(form.fields)))
        if key not in self._seen:
            self._seen.add(key)
            self.forms[name].append(form)

    def for_target(self, name: str) -> list[Form]:
        return self.forms.get(name, [])

    def fields_for(self, name: str, method: str) -> dict[str, Field]:
        """All fields any form sends to ``name`` with ``method`` (for requests built by hand)."""
        merged: dict[str, Field] = {}
        for form in self.forms.get(name, []):
            if form.method == method:
                for fname, f in form.fields.items():
                    merged.setdefault(fname, f)
        return merged

    def feed(self, html: str, page: str, pages: dict[str, str]) -> None:
        forms, links = parse_forms(html, page)
        for form in forms + links:
            name = url_name(form.action, pages)
            if name:
                form.action = urlsplit(form.action).path
                self.add(name, form)
