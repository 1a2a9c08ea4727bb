"""The version of each summary (its digest), kept in the cache beside the database.

A rebuild writes the new digest here as it commits its rows, so a dashboard learns
whether its cached body is still current without asking the database. With Redis every
process sees the new digest at once; with a per-process cache (no Redis) another process
may keep the old one for at most ``SECONDS``.
"""

from __future__ import annotations

from django.core.cache import cache
from django.db import transaction

SECONDS = 30
NETWORK = "network"


def key(scope) -> str:
    return f"insights:digest:{scope}"


def remember(scope, digest: str | None) -> None:
    """Once the rebuild commits: the digest (or its absence) is the version to serve."""
    transaction.on_commit(lambda: cache.set(key(scope), digest or "", SECONDS))


def recall(scope, load) -> str | None:
    """The cached digest, else ``load()`` from the database (and cached)."""
    digest = cache.get(key(scope))
    if digest is None:
        digest = load() or ""
        cache.set(key(scope), digest, SECONDS)
    return digest or None
