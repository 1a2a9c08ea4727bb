"""The plan's history: locking against concurrent edits, snapshots, versions, derived status."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import rules
from ..models import FormationPlan, PlanItem, PlanSection, PlanStatus, PlanVersion, VersionEvent


class StaleEdit(ValidationError):
    """Someone else changed the plan since the form was loaded."""


def plan_snapshot(plan: FormationPlan) -> dict:
    """The plan's whole content as plain data: stored with each version, compared by key."""
    sections = list(plan.sections.order_by("position", "pk"))
    items = list(
        PlanItem.objects.filter(section__plan=plan)
        .select_related("material")
        .order_by("section_id", "position", "pk")
    )
    by_section: dict[int, list] = {}
    for item in items:
        by_section.setdefault(item.section_id, []).append(
            {
                "key": str(item.key),
                "title": item.title,
                "kind": item.kind,
                "material_id": item.material_id,
                "study_path_id": item.study_path_id,
                "description": item.description,
                "estimated_hours": str(item.estimated_hours)
                if item.estimated_hours is not None
                else None,
                "minutes": item.minutes,
                "target_period": item.target_period,
                "to_adapt": item.to_adapt,
            }
        )
    keys = {s.pk: str(s.key) for s in sections}
    return {
        "title": plan.title,
        "period": plan.period,
        "local_problems": plan.local_problems,
        "goals": plan.goals,
        "status": plan.status,
        "sections": [
            {
                "key": str(s.key),
                "parent": keys.get(s.parent_id),
                "title": s.title,
                "rationale": s.rationale,
                "status": s.status,
                "items": by_section.get(s.pk, []),
            }
            for s in sections
        ],
    }


def record_version(
    plan: FormationPlan,
    by,
    event: VersionEvent,
    data: dict | None = None,
    *,
    adopted: bool = False,
) -> PlanVersion:
    """Store what happened (``event`` and its ``data``), never a sentence: see ``councils.events``."""
    number = (plan.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    return PlanVersion.objects.create(
        plan=plan,
        number=number,
        created_by=by if getattr(by, "is_authenticated", False) else None,
        event=event,
        event_data=data or {},
        is_adopted=adopted,
        snapshot=plan_snapshot(plan),
    )


def lock_plan(plan: FormationPlan, expected_revision: int | None) -> FormationPlan:
    """The plan, locked for this transaction; StaleEdit when it changed since the form was read."""
    locked = FormationPlan.objects.select_for_update().get(pk=plan.pk)
    if expected_revision is not None and locked.revision != expected_revision:
        raise StaleEdit(
            _(
                "Someone else changed this plan while you were editing it. "
                "Your text is kept below: look at the plan again, then save."
            )
        )
    return locked


def bump(plan: FormationPlan) -> None:
    FormationPlan.objects.filter(pk=plan.pk).update(revision=F("revision") + 1)
    plan.revision += 1


def refresh_plan_status(plan: FormationPlan, *, decided_on: dt.date | None = None) -> None:
    """Derive the plan's status from its sections: adopted when every part is agreed."""
    sections = list(plan.sections.all())
    children: dict[int | None, list[PlanSection]] = {}
    for section in sections:
        children.setdefault(section.parent_id, []).append(section)
    top = children.get(None, [])
    all_agreed = bool(top) and all(rules.section_is_agreed(s, children) for s in top)
    decided_before = plan.adopted_at is not None
    if all_agreed:
        status = PlanStatus.ADOPTED
    elif decided_before:
        status = PlanStatus.AMENDING
    elif plan.assemblies.exists():
        status = PlanStatus.UNDER_DEBATE
    else:
        status = PlanStatus.DRAFT
    updates = {"status": status}
    if status == PlanStatus.ADOPTED and plan.status != PlanStatus.ADOPTED:
        # The plan is adopted on the day of the assembly that agreed its last part.
        updates["adopted_at"] = (
            timezone.make_aware(dt.datetime.combine(decided_on, dt.time(12, 0)))
            if decided_on
            else timezone.now()
        )
    FormationPlan.objects.filter(pk=plan.pk).update(**updates)
    for key, value in updates.items():
        setattr(plan, key, value)


def after_structure_change(
    plan: FormationPlan, by, event: VersionEvent, data: dict | None = None
) -> None:
    bump(plan)
    refresh_plan_status(plan)
    record_version(plan, by, event, data)
