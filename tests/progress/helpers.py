"""Readers of what a person sees on the formation pages: tables, chart bars, visible text."""

from __future__ import annotations

import re
from decimal import Decimal
from html import unescape
from html.parser import HTMLParser

from django.template.defaultfilters import date as date_filter
from django.urls import reverse
from django.utils import timezone


def url(name: str, *args) -> str:
    return reverse(f"progress:{name}", args=args)


def shown_date(value) -> str:
    """A date or datetime the way templates print it with ``|date`` in the active language."""
    if hasattr(value, "tzinfo") and value.tzinfo is not None:
        value = timezone.localtime(value)
    return date_filter(value)


class _TableReader(HTMLParser):
    """Rows of the table whose class contains ``css_class``: each row a list of cell texts."""

    def __init__(self, css_class: str):
        super().__init__(convert_charrefs=True)
        self.css_class = css_class
        self.depth = 0  # > 0 inside the wanted table
        self.rows: list[list[str]] = []
        self.header: list[str] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._in_head = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            if self.depth:
                self.depth += 1
            elif self.css_class in (attrs.get("class") or "").split():
                self.depth = 1
            return
        if not self.depth:
            return
        if tag == "thead":
            self._in_head = True
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if not self.depth:
            return
        if tag == "table":
            self.depth -= 1
        elif tag == "thead":
            self._in_head = False
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._in_head:
                self.header = self._row
            else:
                self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        if self.depth and self._cell is not None:
            self._cell.append(data)


def table(html: str, css_class: str) -> tuple[list[str], list[list[str]]]:
    reader = _TableReader(css_class)
    reader.feed(html)
    reader.close()
    return reader.header, reader.rows


def year_table(html: str) -> dict[str, dict[str, str]]:
    """The record's year table: {"2024": {"Reading (h)": "1.5", ...}, ..., "Total": {...}}."""
    header, rows = table(html, "year-table")
    assert header, "no year table on the page"
    return {row[0]: dict(zip(header[1:], row[1:], strict=True)) for row in rows}


class _ChartReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_svg = False
        self.svg_count = 0
        self.bars: list[dict] = []
        self.labels: list[tuple[float, str]] = []
        self._bar: dict | None = None
        self._label: list | None = None
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "svg":
            self.in_svg = True
            self.svg_count += 1
        elif self.in_svg and tag == "rect" and "bar" in (attrs.get("class") or "").split():
            self._bar = {
                "css": attrs["class"],
                "x": float(attrs["x"]),
                "width": float(attrs["width"]),
                "title": "",
            }
        elif self.in_svg and tag == "title" and self._bar is not None:
            self._in_title = True
        elif self.in_svg and tag == "text" and "chart__year" in (attrs.get("class") or ""):
            self._label = [float(attrs["x"]), ""]

    def handle_endtag(self, tag):
        if tag == "svg":
            self.in_svg = False
        elif tag == "title":
            self._in_title = False
        elif tag == "rect" and self._bar is not None:
            self.bars.append(self._bar)
            self._bar = None
        elif tag == "text" and self._label is not None:
            self.labels.append((self._label[0], self._label[1].strip()))
            self._label = None

    def handle_data(self, data):
        if self._in_title and self._bar is not None:
            self._bar["title"] += data
        elif self._label is not None:
            self._label[1] += data


SERIES = {
    "bar--reading": "Reading (h)",
    "bar--workshop": "Workshops (h)",
    "bar--practice": "Practice, self-reported (h)",
    "bar--vouched": "Practice, vouched (h)",
}


def chart_hours(html: str) -> dict[str, dict[str, Decimal]]:
    """The hours each bar of the SVG chart says (its tooltip), by year label and table column."""
    reader = _ChartReader()
    reader.feed(html)
    reader.close()
    assert reader.svg_count, "no <svg> chart on the page"
    result: dict[str, dict[str, Decimal]] = {}
    for bar in reader.bars:
        centre = bar["x"] + bar["width"] / 2
        year = min(reader.labels, key=lambda label: abs(label[0] - centre))[1]
        series = next(SERIES[c] for c in bar["css"].split() if c in SERIES)
        hours = re.search(r"([\d.,]+)\s*h\s*$", " ".join(bar["title"].split()))
        assert hours, f"bar without hours in its title: {bar['title']!r}"
        result.setdefault(year, {})[series] = Decimal(hours.group(1).replace(",", ""))
    return result


class _TextReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(response) -> str:
    """The page's text with whitespace collapsed, the way a reader meets it."""
    reader = _TextReader()
    reader.feed(response.content.decode())
    reader.close()
    return " ".join(" ".join(reader.parts).split())


def checklist(html: str) -> dict[str, bool]:
    """The path checklist: {material title: done?}, whatever the interface language."""
    items = {}
    for chunk in html.split('<li class="checklist__item')[1:]:
        done = chunk.startswith(" is-done")
        title = re.search(r'class="checklist__title">.*?<a [^>]*>([^<]+)</a>', chunk, re.S)
        assert title, "a checklist item without a title"
        items[unescape(title.group(1)).strip()] = done
    return items


def record_totals(html: str) -> dict[str, str]:
    """The record's totals ({"Reading": "1.5 h", "Workshops facilitated": "2", ...})."""
    block = re.search(r'<dl class="record-totals">(.*?)</dl>', html, re.S)
    assert block, "no totals on the page"
    pairs = re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", block.group(1), re.S)
    return {
        unescape(" ".join(re.sub("<[^>]+>", "", k).split())): unescape(
            " ".join(re.sub("<[^>]+>", "", v).split())
        )
        for k, v in pairs
    }
