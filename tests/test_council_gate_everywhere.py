"""Every page of any app that takes a council's slug goes through councils' single gate.

tests/councils/test_gate.py proves how the gate answers for every councils URL; this
walk extends the rule to newer apps (progress and whatever comes next), so a council
page added anywhere without ``@council_view`` fails here.
"""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, get_resolver

from councils.views.gate import Gate

PROJECT_APPS = ("councils", "progress", "network", "insights")


def walk(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from walk(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry


def council_pages():
    for route, pattern in walk(get_resolver().url_patterns):
        module = getattr(pattern.callback, "__module__", "")
        if "slug" in pattern.pattern.converters and module.split(".")[0] in PROJECT_APPS:
            yield route, pattern


def test_the_walk_finds_council_pages_of_several_apps():
    modules = {pattern.callback.__module__.split(".")[0] for _, pattern in council_pages()}
    assert {"councils", "progress"} <= modules


def test_every_council_page_of_every_app_goes_through_the_gate():
    missing = [
        route
        for route, pattern in council_pages()
        if not isinstance(getattr(pattern.callback, "council_gate", None), Gate)
    ]
    assert missing == []
