"""Saves and deletes in councils and progress that change what the summaries count.

Councils and progress must not import insights, so insights listens. A queryset
``update()`` sends no signal: the plan's changes also write a ``PlanVersion`` (caught
here), and the nightly rebuild catches anything else.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

from councils.models import (
    Assembly,
    AssemblyOutcome,
    Council,
    FormationPlan,
    Membership,
    PlanItem,
    PlanSection,
    PlanVersion,
    Session,
)
from progress.models import YearSummary

from .models import GenderSelfDescription
from .services import schedule_rebuild

# model -> (kind, the attribute naming it)
WATCHED = {
    Council: ("council", "pk"),
    Session: ("council", "council_id"),
    Assembly: ("council", "council_id"),
    Membership: ("council", "council_id"),
    FormationPlan: ("council", "council_id"),
    PlanVersion: ("plan", "plan_id"),
    # Section statuses and the plan's adoption are written with update(): their outcome is saved.
    AssemblyOutcome: ("assembly", "assembly_id"),
    PlanSection: ("plan", "plan_id"),
    PlanItem: ("section", "section_id"),
    # A person's formation stages change with their yearly summaries.
    YearSummary: ("person", "user_id"),
    GenderSelfDescription: ("person", "user_id"),
}


def changed(sender, instance, **kwargs) -> None:
    if kwargs.get("raw"):
        return  # fixtures loading
    kind, attribute = WATCHED[sender]
    schedule_rebuild(kind=kind, pk=getattr(instance, attribute, None))


def connect() -> None:
    for model in WATCHED:
        post_save.connect(changed, sender=model, dispatch_uid=f"insights-save-{model.__name__}")
        post_delete.connect(changed, sender=model, dispatch_uid=f"insights-del-{model.__name__}")
