"""Assemblies: open one on a plan's pending sections, record and correct what it decided."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import rules
from ..models import (
    Assembly,
    AssemblyOutcome,
    FormationPlan,
    Membership,
    Outcome,
    PlanItem,
    PlanSection,
    PlanStatus,
    SectionStatus,
    VersionEvent,
)
from ..selectors.plans import pending_sections
from .common import acting_membership
from .versions import bump, lock_plan, record_version, refresh_plan_status

ASSEMBLY_COUNT_FIELDS = tuple(
    f"{kind}_{group}" for kind in ("attended", "spoke") for group in rules.COUNT_GROUPS
)


@transaction.atomic
def assembly_open(
    *,
    plan: FormationPlan,
    by,
    held_on: dt.date,
    place: str,
    attendance: int,
    minutes: str = "",
    sections: Iterable[PlanSection],
    actor: Membership | None = None,
    counts: dict[str, int | None] | None = None,
) -> Assembly:
    """Open an assembly; ``counts``: optional aggregate ``attended_*`` and ``spoke_*`` counts."""
    if plan.council_id is None:
        raise ValidationError(rules.assembly_refusal(plan))
    acting_membership(council_id=plan.council_id, by=by, actor=actor, role=rules.COORDINATOR)
    locked = lock_plan(plan, None)
    if refusal := rules.assembly_refusal(locked):
        raise ValidationError(refusal)
    if error := rules.assembly_date_error(held_on, today=timezone.localdate()):
        raise ValidationError(error)
    if attendance < 1:
        raise ValidationError(_("At least one person attended the assembly."))
    counts = {name: (counts or {}).get(name) for name in ASSEMBLY_COUNT_FIELDS}
    if errors := rules.attendance_count_errors(
        counts, subgroup="spoke", maximum=rules.MAX_ASSEMBLY_COUNT, attendance=attendance
    ):
        raise ValidationError(errors[0][1])
    sections = list(sections)
    if not sections:
        raise ValidationError(_("Put at least one section of the plan before the assembly."))
    open_ids = {s.pk for s in pending_sections(locked)}
    for section in sections:
        if section.plan_id != locked.pk or section.pk not in open_ids:
            raise ValidationError(
                _("“%(title)s” is not waiting for a decision.") % {"title": section.title}
            )
        if not section.items.exists():
            raise ValidationError(
                _("“%(title)s” is empty: add items before the assembly debates it.")
                % {"title": section.title}
            )
    assembly = Assembly.objects.create(
        council_id=locked.council_id,
        plan=locked,
        held_on=held_on,
        place=place.strip(),
        attendance=attendance,
        minutes=minutes.strip(),
        opened_by=by,
        **counts,
    )
    assembly.agenda.set(sections)
    PlanSection.objects.filter(pk__in=[s.pk for s in sections]).update(
        status=SectionStatus.UNDER_DEBATE
    )
    refresh_plan_status(locked)
    return assembly


@transaction.atomic
def assembly_record_outcome(
    *,
    assembly: Assembly,
    section: PlanSection,
    by,
    outcome: str,
    note: str = "",
    parts: Sequence[str] = (),
    item_parts: dict[int, int] | None = None,
    actor: Membership | None = None,
) -> AssemblyOutcome:
    """Record what the assembly decided on one section of its agenda.

    ``parts`` are the titles of the smaller sections a split creates;
    ``item_parts`` maps each item's id to the (1-based) part it moves to.
    """
    acting_membership(council_id=assembly.council_id, by=by, actor=actor, role=rules.COORDINATOR)
    plan = lock_plan(assembly.plan, None)
    section = PlanSection.objects.select_for_update().get(pk=section.pk)
    if not assembly.agenda.filter(pk=section.pk).exists():
        raise ValidationError(_("This section was not put before this assembly."))
    if section.outcomes.filter(assembly=assembly, corrected_by__isnull=True).exists():
        raise ValidationError(
            _("This assembly already decided on this section; record a correction instead.")
        )
    if not rules.awaits_decision(section):
        raise ValidationError(_("This section is no longer waiting for a decision."))
    note = note.strip()
    titles = [t.strip()[:200] for t in parts if t and t.strip()]
    if errors := rules.outcome_errors(outcome=outcome, note=note, parts=titles):
        raise ValidationError(errors[0][1])
    record = AssemblyOutcome.objects.create(
        assembly=assembly, section=section, outcome=outcome, note=note, recorded_by=by
    )
    if outcome == Outcome.SPLIT:
        _split(section, titles, item_parts or {})
    _apply_outcome(section, outcome, assembly)
    refresh_plan_status(plan, decided_on=assembly.held_on)
    adopted = plan.status == PlanStatus.ADOPTED
    bump(plan)
    record_version(
        plan,
        by,
        VersionEvent.ASSEMBLY_OUTCOME,
        {
            "date": assembly.held_on.isoformat(),
            "title": section.title,
            "outcome": outcome,
            "adopted": adopted,
            "assembly_id": assembly.pk,
        },
        adopted=adopted,
    )
    return record


def _split(section: PlanSection, titles: Sequence[str], item_parts: dict[int, int]) -> None:
    items = list(section.items.all())
    for item in items:
        number = item_parts.get(item.pk, 1)
        if not 1 <= number <= len(titles):
            raise ValidationError(
                _("Each item goes to a part between 1 and %(n)s.") % {"n": len(titles)}
            )
    created = [
        PlanSection.objects.create(
            plan_id=section.plan_id,
            parent=section,
            title=title,
            rationale=section.rationale,
            position=position,
        )
        for position, title in enumerate(titles, start=1)
    ]
    counters = [0] * len(created)
    for item in items:
        index = item_parts.get(item.pk, 1) - 1
        counters[index] += 1
        PlanItem.objects.filter(pk=item.pk).update(section=created[index], position=counters[index])


def _apply_outcome(section: PlanSection, outcome: str, assembly: Assembly) -> None:
    if outcome == Outcome.CONSENSUS:
        section.status = SectionStatus.AGREED
        section.agreed_in = assembly
        section.agreed_at = assembly.held_on
    elif outcome == Outcome.SPLIT:
        section.status = SectionStatus.SPLIT
        section.agreed_in = None
        section.agreed_at = None
    else:
        section.status = SectionStatus.UNDER_DEBATE
        section.agreed_in = None
        section.agreed_at = None
    section.save(update_fields=["status", "agreed_in", "agreed_at"])


@transaction.atomic
def assembly_correct_outcome(
    *,
    original: AssemblyOutcome,
    by,
    outcome: str,
    note: str,
    actor: Membership | None = None,
) -> AssemblyOutcome:
    """Correct a recorded outcome with a new record; the old one stays in the minutes."""
    assembly = original.assembly
    acting_membership(council_id=assembly.council_id, by=by, actor=actor, role=rules.COORDINATOR)
    plan = lock_plan(assembly.plan, None)
    if hasattr(original, "corrected_by"):
        raise ValidationError(_("This outcome was already corrected; correct the latest record."))
    if original.outcome == Outcome.SPLIT or outcome == Outcome.SPLIT:
        raise ValidationError(
            _("A split can't be corrected; put the parts before a new assembly instead.")
        )
    if outcome not in (Outcome.CONSENSUS, Outcome.NO_CONSENSUS):
        raise ValidationError(_("Choose what the assembly decided."))
    if not note.strip():
        raise ValidationError(_("Say why the record is corrected."))
    if original.section.outcomes.filter(pk__gt=original.pk, corrected_by__isnull=True).exists():
        raise ValidationError(
            _("A later assembly decided on this section since; record the change there.")
        )
    try:
        record = AssemblyOutcome.objects.create(
            assembly=assembly,
            section=original.section,
            outcome=outcome,
            note=note.strip(),
            corrects=original,
            recorded_by=by,
        )
    except IntegrityError as error:  # two corrections at once
        raise ValidationError(_("This outcome was already corrected.")) from error
    _apply_outcome(original.section, outcome, assembly)
    was_adopted = plan.status == PlanStatus.ADOPTED
    refresh_plan_status(plan, decided_on=assembly.held_on)
    bump(plan)
    record_version(
        plan,
        by,
        VersionEvent.OUTCOME_CORRECTED,
        {
            "date": assembly.held_on.isoformat(),
            "title": original.section.title,
            "outcome": outcome,
            "assembly_id": assembly.pk,
        },
        adopted=plan.status == PlanStatus.ADOPTED and not was_adopted,
    )
    return record
