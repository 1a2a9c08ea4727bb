"""Writes of councils, one module per area; every rule of issue #3 lives in them or in ``rules``.

Each function is keyword-only, checks who acts (the ``actor`` membership the
view's gate resolved, or ``by`` alone for tasks and the demo) and raises
``ValidationError`` with a message in the visitor's language when a rule says
no, before changing anything. The names are re-exported here so other apps
write ``from councils import services; services.plan_create(...)``.
"""

from ..rules import section_is_agreed
from ..selectors.plans import can_copy_plan, pending_sections
from .assemblies import assembly_correct_outcome, assembly_open, assembly_record_outcome
from .common import acting_membership, require_coordinator, require_membership, require_organiser
from .erasure import (
    council_cancel_erase,
    council_purge,
    council_request_erase,
    councils_due_for_purge,
    erase_due_at,
)
from .export import council_export
from .membership import (
    council_create,
    council_update,
    dead_code_message,
    invitation_accept,
    invitation_create,
    invitation_revoke,
    join_request_approve,
    join_request_refuse,
    membership_remove,
    membership_set_roles,
)
from .notices import notice_mark_read, notices_mark_all_read, notify, notify_coordinators
from .plan_sections import (
    item_add,
    item_move,
    item_remove,
    item_update,
    section_add,
    section_move,
    section_propose_amendment,
    section_remove,
    section_update,
)
from .plans import (
    can_edit_plan,
    plan_copy,
    plan_create,
    plan_publish_as_template,
    plan_update,
)
from .reminders import (
    reminder_claim,
    reminder_mark_failed,
    reminder_mark_read,
    reminder_mark_sent,
    reminders_create_for,
    reminders_to_retry,
)
from .sessions import (
    calendar_for_person,
    calendar_rotate_council_token,
    calendar_rotate_personal_token,
    session_cancel,
    session_record_counts,
    session_schedule,
    session_update,
)
from .versions import StaleEdit, plan_snapshot

__all__ = [
    "StaleEdit",
    "notice_mark_read",
    "notices_mark_all_read",
    "notify",
    "notify_coordinators",
    "acting_membership",
    "assembly_correct_outcome",
    "assembly_open",
    "assembly_record_outcome",
    "calendar_for_person",
    "calendar_rotate_council_token",
    "calendar_rotate_personal_token",
    "can_copy_plan",
    "can_edit_plan",
    "council_create",
    "council_cancel_erase",
    "council_purge",
    "council_request_erase",
    "councils_due_for_purge",
    "erase_due_at",
    "council_export",
    "council_update",
    "dead_code_message",
    "invitation_accept",
    "invitation_create",
    "invitation_revoke",
    "join_request_approve",
    "join_request_refuse",
    "item_add",
    "item_move",
    "item_remove",
    "item_update",
    "membership_remove",
    "membership_set_roles",
    "pending_sections",
    "plan_copy",
    "plan_create",
    "plan_publish_as_template",
    "plan_snapshot",
    "plan_update",
    "reminder_claim",
    "reminder_mark_failed",
    "reminder_mark_read",
    "reminder_mark_sent",
    "reminders_create_for",
    "reminders_to_retry",
    "require_coordinator",
    "require_membership",
    "require_organiser",
    "section_add",
    "section_is_agreed",
    "section_move",
    "section_propose_amendment",
    "section_remove",
    "section_update",
    "session_cancel",
    "session_record_counts",
    "session_schedule",
    "session_update",
]
