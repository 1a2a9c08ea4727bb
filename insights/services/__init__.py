"""Writes of insights: summaries rebuilt from events, the rebuild outbox, the self-description."""

from .outbox import (
    NETWORK,
    rebuild_all,
    rebuild_requested,
    schedule_rebuild,
)
from .self_description import self_description_set
from .summaries import rebuild_council, rebuild_network

__all__ = [
    "NETWORK",
    "rebuild_all",
    "rebuild_council",
    "rebuild_network",
    "rebuild_requested",
    "schedule_rebuild",
    "self_description_set",
]
