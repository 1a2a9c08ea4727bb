"""The harness covers the whole URL conf: a new view is fuzzed, or listed in EXCLUDED with a reason."""

from __future__ import annotations

import pytest
from django.urls import resolve

from .conftest import own_path
from .test_fuzz_views import CASES
from .urlconf import CATCH_ALL, EXCLUDED, PAGE_TARGETS, all_patterns, excluded_reason, targets
from .world import ROLES

pytestmark = pytest.mark.django_db


def test_every_pattern_is_fuzzed_or_excluded_with_a_reason():
    fuzzed = {target.name for target, _role in CASES}
    missing = []
    for route, name, _view in all_patterns():
        if excluded_reason(route, name):
            continue
        if name == CATCH_ALL:
            missing += [page for page in PAGE_TARGETS if page not in fuzzed]
        elif name not in fuzzed:
            missing.append(name)
    assert not missing, (
        f"URL patterns neither fuzzed nor in tests/fuzz/urlconf.py EXCLUDED: {missing}"
    )


def test_every_target_is_fuzzed_as_every_role():
    pairs = {(target.name, role) for target, role in CASES}
    assert pairs == {(target.name, role) for target in targets() for role in ROLES}


def test_excluded_entries_name_something_with_a_reason():
    routes = [(route, name) for route, name, _view in all_patterns()]
    for key, reason in EXCLUDED.items():
        assert len(reason) > 20, f"EXCLUDED[{key!r}] needs a real reason"
        if "/" not in key:  # a pattern name (route prefixes may exist only with DEBUG)
            assert any(name == key for _route, name in routes), f"stale EXCLUDED entry {key!r}"


def test_every_url_keyword_is_filled_from_the_world(fuzz):
    """A keyword the harness cannot fill would only ever be fuzzed with junk: teach it the noun."""
    unknown = []
    for target in targets():
        for keyword, noun in target.nouns().items():
            if noun is None or not fuzz.world.knows(noun):
                unknown.append(f"{target.name}: <{keyword}> (noun {noun!r})")
    assert not unknown, (
        "Add these keywords to KWARG_NOUNS/SEGMENT_NOUNS/OVERRIDES in tests/fuzz/urlconf.py "
        f"(and the values to tests/fuzz/world.py), or list the pattern in EXCLUDED: {unknown}"
    )


def test_the_urls_built_from_the_world_reach_their_own_view(fuzz):
    for target in targets():
        if target.is_page:
            continue
        path = own_path(target, fuzz.world, "coordinator")
        assert path is not None, target.name
        assert resolve(path).view_name == target.name, (path, target.name)


def test_the_crawl_finds_the_forms_people_use(fuzz):
    """Form discovery works: these forms must be found (a broken parser would fuzz nothing)."""
    catalogue = fuzz.catalogue
    expected = {
        "page:library": {"q"},
        "councils:plan_edit": {"title", "revision"},
        "councils:item_action": {"revision"},
        "councils:member_roles": {"is_coordinator"},
        "progress:practice_new": {"hours", "what_was_done"},
        "accounts:login": {"username", "password"},
    }
    for name, fields in expected.items():
        found = set().union(*(form.fields for form in catalogue.for_target(name)), set())
        assert fields <= found, f"{name}: forms offer {sorted(found)}"
    assert len(catalogue.forms) >= 25, sorted(catalogue.forms)
