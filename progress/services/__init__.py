"""Writes of the formation record, one module per area. Events are written here; summaries are derived here.

Every change to an event marks its person in the recompute outbox and enqueues
``progress.tasks.recompute_record`` on commit (by name, see ``outbox``), which rebuilds
the person's yearly summaries from events (idempotent) and appends any stage newly
reached; the beat runs whatever a broker outage left marked. Callers import from
``progress.services``; the modules are an arrangement, not an interface.
"""

from .attendance import attendance_record, facilitators_of_sessions_held_since
from .enrolment import (
    completion_remove,
    completion_update_reflection,
    enrol,
    enrolment_set_status,
    mark_read,
)
from .erase import erase_person_record
from .outbox import pending_recomputes, recompute_requested, schedule_recompute
from .practice import (
    practice_log_create,
    practice_log_delete,
    practice_log_update,
    practice_share,
    vouch_decide,
    vouch_request,
    vouch_withdraw,
)
from .record import recompute_record

__all__ = [
    "attendance_record",
    "completion_remove",
    "completion_update_reflection",
    "enrol",
    "enrolment_set_status",
    "erase_person_record",
    "facilitators_of_sessions_held_since",
    "mark_read",
    "pending_recomputes",
    "practice_log_create",
    "practice_log_delete",
    "practice_log_update",
    "practice_share",
    "recompute_record",
    "recompute_requested",
    "schedule_recompute",
    "vouch_decide",
    "vouch_request",
    "vouch_withdraw",
]
