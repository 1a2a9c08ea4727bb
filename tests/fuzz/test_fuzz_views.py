"""Every view, as every role, with hostile values: no 5xx, no partial write, nothing from council B.

One test per (view, role); hypothesis draws TRAYECTO_FUZZ_EXAMPLES requests each
(8 by default, for CI; a deep run sets 200). Examples are seeded per test, so a run
is repeatable; TRAYECTO_FUZZ_SEED changes the seed, TRAYECTO_FUZZ_SHRINK=1 shrinks a
failing payload to a minimal one (slow), TRAYECTO_FUZZ_REPORT=<file> appends one JSON
line per failure, for triage across many views at once.
"""

from __future__ import annotations

import json
import os
import zlib

import pytest
from django.db import transaction
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from .checks import VOLATILE_TABLES, body, changed, confirms_save, counts, leaks, where
from .conftest import EXAMPLES, SEED
from .strategies import Request, requests
from .urlconf import targets
from .world import ROLES

pytestmark = pytest.mark.django_db

TARGETS = targets()
CASES = [(target, role) for target in TARGETS for role in ROLES]
SHRINK = os.environ.get("TRAYECTO_FUZZ_SHRINK", "") == "1"
REPORT = os.environ.get("TRAYECTO_FUZZ_REPORT", "")
_reported: set[str] = set()

FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
    # Repeatable through @seed below (one seed per view and role), not derandomize,
    # which would give every test the same draws.
    derandomize=False,
    database=None,
    phases=[Phase.explicit, Phase.generate] + ([Phase.shrink] if SHRINK else []),
    print_blob=False,
)


def send(client, request: Request):
    if request.method == "GET":
        return client.get(request.query_path())
    return client.post(request.path, request.data)


class Broken(AssertionError):
    """One broken promise, with everything needed to reproduce it."""

    def __init__(self, target, role, request: Request, problem: str, kind: str):
        super().__init__(f"{target} as {role}: {problem}\n  request: {request.describe()}")
        if REPORT:  # hypothesis replays a failing example once more: write it once
            line = {
                "view": str(target),
                "role": role,
                "kind": kind,
                "problem": problem,
                "request": request.describe()[:2000],
            }
            text = json.dumps(line, ensure_ascii=False)
            if text not in _reported:
                _reported.add(text)
                with open(REPORT, "a", encoding="utf-8") as out:
                    out.write(text + "\n")


def check(target, role, request: Request, client, baseline: dict[str, int]) -> None:
    """Send ``request`` and check the three promises; raise Broken on the first one broken."""
    try:
        response = send(client, request)
    except Exception as error:
        raise Broken(target, role, request, where(error), "exception") from error
    if response.status_code >= 500:
        raise Broken(target, role, request, f"answered {response.status_code}", "5xx")
    try:
        diff = changed(baseline, counts())
    except Exception as error:  # a view swallowed a database error and left it broken
        raise Broken(target, role, request, f"after the request: {where(error)}", "db") from error
    if diff and not confirms_save(response):
        problem = f"rows changed without a confirmed save ({response.status_code}): {diff}"
        raise Broken(target, role, request, problem, "partial write")
    sent = request.describe() + "".join(v for vs in request.data.values() for v in vs)
    if leaks(response, sent):
        at = body(response).find("ZQXB")
        excerpt = body(response)[max(0, at - 80) : at + 40]
        raise Broken(target, role, request, f"council B's data shown: …{excerpt}…", "leak")


@pytest.mark.parametrize(("target", "role"), CASES, ids=[f"{t}-{r}" for t, r in CASES])
def test_no_500_no_partial_write_no_leak(fuzz, target, role):
    baseline = counts()

    @seed(zlib.crc32(f"{SEED}:{target}:{role}".encode()))
    @settings(FUZZ_SETTINGS, max_examples=fuzz.examples(target, role))
    @given(st.data())
    def example(data):
        request = data.draw(requests(target, role, fuzz.world, fuzz.catalogue), label="request")
        with transaction.atomic():
            check(target, role, request, fuzz.client(role), baseline)
            transaction.set_rollback(True)

    example()


def test_volatile_tables_are_real_tables():
    """A renamed table must not silently leave the no-partial-write check."""
    from django.db import connection

    existing = set(connection.introspection.table_names())
    unknown = {t for t in VOLATILE_TABLES if t not in existing}
    assert not unknown, f"VOLATILE_TABLES names tables that do not exist: {unknown}"
