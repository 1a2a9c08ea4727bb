"""The inside of a plan: its sections and items, their order, and amendments to agreed sections."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from curriculum.models import MaterialPage, StudyPathPage

from .. import rules
from ..models import (
    FormationPlan,
    Membership,
    PlanItem,
    PlanSection,
    SectionStatus,
    Session,
    SessionStatus,
    VersionEvent,
)
from .plans import require_draft_plan, require_plan_editor
from .versions import after_structure_change, lock_plan


def _require_open_section(section: PlanSection) -> None:
    if section.status in (SectionStatus.AGREED, SectionStatus.SPLIT):
        raise ValidationError(
            _("The assembly already decided on “%(title)s”. Propose an amendment to change it.")
            % {"title": section.title}
        )


def _next_position(queryset) -> int:
    return (queryset.aggregate(p=Max("position"))["p"] or 0) + 1


def _swap(queryset, obj, direction: str) -> bool:
    siblings = list(queryset.order_by("position", "pk"))
    index = next(i for i, s in enumerate(siblings) if s.pk == obj.pk)
    other = index - 1 if direction == "up" else index + 1
    if not 0 <= other < len(siblings):
        return False
    siblings[index], siblings[other] = siblings[other], siblings[index]
    for position, sibling in enumerate(siblings, start=1):
        if sibling.position != position:
            type(sibling).objects.filter(pk=sibling.pk).update(position=position)
    return True


@transaction.atomic
def section_add(
    *,
    plan: FormationPlan,
    by,
    expected_revision: int,
    title: str,
    rationale: str = "",
    actor: Membership | None = None,
) -> PlanSection:
    require_plan_editor(plan, by, actor)
    locked = lock_plan(plan, expected_revision)
    require_draft_plan(locked)
    if not title.strip():
        raise ValidationError(_("A section needs a title."))
    section = PlanSection.objects.create(
        plan=locked,
        title=title.strip()[:200],
        rationale=rationale.strip(),
        position=_next_position(locked.sections.filter(parent=None)),
    )
    after_structure_change(locked, by, VersionEvent.SECTION_ADDED, {"title": section.title})
    return section


@transaction.atomic
def section_update(
    *,
    section: PlanSection,
    by,
    expected_revision: int,
    title: str,
    rationale: str,
    actor: Membership | None = None,
) -> PlanSection:
    require_plan_editor(section.plan, by, actor)
    locked = lock_plan(section.plan, expected_revision)
    section.refresh_from_db()
    _require_open_section(section)
    if not title.strip():
        raise ValidationError(_("A section needs a title."))
    section.title = title.strip()[:200]
    section.rationale = rationale.strip()
    section.save(update_fields=["title", "rationale"])
    after_structure_change(locked, by, VersionEvent.SECTION_EDITED, {"title": section.title})
    return section


@transaction.atomic
def section_remove(
    *, section: PlanSection, by, expected_revision: int, actor: Membership | None = None
) -> None:
    require_plan_editor(section.plan, by, actor)
    locked = lock_plan(section.plan, expected_revision)
    section.refresh_from_db()
    _require_open_section(section)
    if section.outcomes.exists() or section.parent_id:
        raise ValidationError(
            _("This section has been before an assembly; it stays in the record.")
        )
    sessions = Session.objects.filter(item__section=section)
    if sessions.exclude(status=SessionStatus.CANCELLED).exists():
        raise ValidationError(_("Sessions are scheduled for this section; it can't be removed."))
    title = section.title
    sessions.delete()  # cancelled ones only
    section.delete()
    after_structure_change(locked, by, VersionEvent.SECTION_REMOVED, {"title": title})


@transaction.atomic
def section_move(
    *,
    section: PlanSection,
    by,
    expected_revision: int,
    direction: str,
    actor: Membership | None = None,
) -> None:
    require_plan_editor(section.plan, by, actor)
    locked = lock_plan(section.plan, expected_revision)
    require_draft_plan(locked)
    if _swap(locked.sections.filter(parent_id=section.parent_id), section, direction):
        after_structure_change(locked, by, VersionEvent.SECTION_MOVED, {"title": section.title})


@transaction.atomic
def item_add(
    *,
    section: PlanSection,
    by,
    expected_revision: int,
    material: MaterialPage | None = None,
    study_path: StudyPathPage | None = None,
    title: str = "",
    description: str = "",
    estimated_hours: Decimal | None = None,
    target_period: str = "",
    actor: Membership | None = None,
) -> PlanItem:
    """Add a library material, a study path, or a local activity (title, description, hours)."""
    require_plan_editor(section.plan, by, actor)
    locked = lock_plan(section.plan, expected_revision)
    section.refresh_from_db()
    _require_open_section(section)
    if section.parts.exists():
        raise ValidationError(_("Add items to the parts of a split section, not to the section."))
    if material is not None and study_path is not None:
        raise ValidationError(_("Choose a material or a study path, not both."))
    errors = rules.item_errors(
        source=rules.item_source(material=material, study_path=study_path),
        material=material,
        study_path=study_path,
        title=title,
        description=description,
    )
    if errors:
        raise ValidationError(errors[0][1])
    if material is not None:
        # Without typed hours the item follows the material's own length (PlanItem.minutes).
        title = title or material.title
    elif study_path is not None:
        title = title or study_path.title
    if error := rules.hours_error(estimated_hours):
        raise ValidationError(error)
    item = PlanItem.objects.create(
        section=section,
        position=_next_position(section.items.all()),
        material=material,
        study_path=study_path,
        title=title.strip()[:200],
        description=description.strip(),
        estimated_hours=estimated_hours,
        target_period=target_period.strip()[:100],
    )
    after_structure_change(locked, by, VersionEvent.ITEM_ADDED, {"title": item.title})
    return item


@transaction.atomic
def item_remove(
    *, item: PlanItem, by, expected_revision: int, actor: Membership | None = None
) -> None:
    section = item.section
    require_plan_editor(section.plan, by, actor)
    locked = lock_plan(section.plan, expected_revision)
    section.refresh_from_db()
    _require_open_section(section)
    if item.sessions.exclude(status=SessionStatus.CANCELLED).exists():
        raise ValidationError(_("Sessions are scheduled for this item; it can't be removed."))
    title = item.title
    item.sessions.all().delete()  # cancelled ones only
    item.delete()
    after_structure_change(locked, by, VersionEvent.ITEM_REMOVED, {"title": title})


@transaction.atomic
def item_update(
    *,
    item: PlanItem,
    by,
    expected_revision: int,
    title: str,
    description: str = "",
    estimated_hours: Decimal | None = None,
    target_period: str = "",
    actor: Membership | None = None,
) -> PlanItem:
    """Edit an item in place; a library item keeps its material or path. Clears "to adapt".

    Like a section, an item of an agreed section changes only through an amendment.
    """
    section = item.section
    require_plan_editor(section.plan, by, actor)
    locked = lock_plan(section.plan, expected_revision)
    section.refresh_from_db()
    item.refresh_from_db()
    _require_open_section(section)
    library = item.material or item.study_path
    if library is None:
        errors = rules.item_errors(
            source="local", material=None, study_path=None, title=title, description=description
        )
        if errors:
            raise ValidationError(errors[0][1])
    elif not (title or "").strip():
        title = library.title
    if error := rules.hours_error(estimated_hours):
        raise ValidationError(error)
    item.title = title.strip()[:200]
    item.description = description.strip()
    item.estimated_hours = estimated_hours
    item.target_period = target_period.strip()[:100]
    item.to_adapt = False
    item.save(
        update_fields=["title", "description", "estimated_hours", "target_period", "to_adapt"]
    )
    after_structure_change(locked, by, VersionEvent.ITEM_EDITED, {"title": item.title})
    return item


@transaction.atomic
def item_move(
    *,
    item: PlanItem,
    by,
    expected_revision: int,
    direction: str,
    actor: Membership | None = None,
) -> None:
    section = item.section
    require_plan_editor(section.plan, by, actor)
    locked = lock_plan(section.plan, expected_revision)
    section.refresh_from_db()
    _require_open_section(section)
    if _swap(section.items.all(), item, direction):
        after_structure_change(locked, by, VersionEvent.ITEM_MOVED, {"title": item.title})


@transaction.atomic
def section_propose_amendment(
    *,
    section: PlanSection,
    by,
    expected_revision: int,
    reason: str,
    actor: Membership | None = None,
) -> PlanSection:
    """Reopen an agreed section: it goes back before an assembly; the adopted version stays readable."""
    require_plan_editor(section.plan, by, actor)
    locked = lock_plan(section.plan, expected_revision)
    section.refresh_from_db()
    if section.status != SectionStatus.AGREED:
        raise ValidationError(_("Only an agreed section can be amended."))
    if not reason.strip():
        raise ValidationError(_("Say why the section should change: the assembly will ask."))
    PlanSection.objects.filter(pk=section.pk).update(
        status=SectionStatus.UNDER_DEBATE, agreed_in=None, agreed_at=None
    )
    section.refresh_from_db()
    after_structure_change(
        locked, by, VersionEvent.AMENDED, {"title": section.title, "reason": reason.strip()}
    )
    return section
