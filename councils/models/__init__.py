"""Councils, their members, their formation plans, assemblies and sessions.

The assembly of citizens is the only authority: a plan's parts are agreed by
recorded assembly outcomes, which are permanent (a correction is a new record).
Split by area; everything is re-exported here so ``councils.models.X`` keeps working.
"""

from .assemblies import Assembly, AssemblyOutcome, Outcome
from .membership import (
    Council,
    Invitation,
    JoinRequest,
    Membership,
    Role,
    TerritoryKind,
    new_invitation_code,
    new_token,
)
from .notices import Notice, ResetGrant
from .plans import (
    FormationPlan,
    PlanItem,
    PlanSection,
    PlanStatus,
    PlanVersion,
    SectionStatus,
    VersionEvent,
)
from .sessions import PersonalCalendar, Reminder, Session, SessionStatus

__all__ = [
    "Assembly",
    "AssemblyOutcome",
    "Council",
    "FormationPlan",
    "Invitation",
    "JoinRequest",
    "Membership",
    "Notice",
    "Outcome",
    "PersonalCalendar",
    "PlanItem",
    "PlanSection",
    "PlanStatus",
    "PlanVersion",
    "Reminder",
    "ResetGrant",
    "Role",
    "SectionStatus",
    "Session",
    "SessionStatus",
    "TerritoryKind",
    "VersionEvent",
    "new_invitation_code",
    "new_token",
]
