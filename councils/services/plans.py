"""Formation plans as a whole: create, edit details, copy, publish as a network template."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import events, rules
from ..models import (
    Council,
    FormationPlan,
    Membership,
    PlanItem,
    PlanSection,
    PlanStatus,
    VersionEvent,
)
from ..selectors.plans import can_copy_plan
from .common import acting_membership, require_coordinator
from .versions import bump, lock_plan, record_version


def can_edit_plan(*, plan: FormationPlan, user, actor: Membership | None = None) -> bool:
    """Network templates: network coordinators; a council's plan: its coordinators."""
    if plan.council_id is None:
        return user.is_authenticated and user.has_perm(rules.NETWORK_PERMISSION)
    try:
        acting_membership(council_id=plan.council_id, by=user, actor=actor, role=rules.COORDINATOR)
    except PermissionDenied:
        return False
    return True


def require_plan_editor(plan: FormationPlan, user, actor: Membership | None = None) -> None:
    if not can_edit_plan(plan=plan, user=user, actor=actor):
        raise PermissionDenied


def _validate_period(period_start: int, period_end: int) -> None:
    if error := rules.period_error(period_start=period_start, period_end=period_end):
        raise ValidationError(error)


@transaction.atomic
def plan_create(
    *,
    council: Council | None,
    by,
    title: str,
    period_start: int,
    period_end: int,
    local_problems: str,
    goals: str,
    actor: Membership | None = None,
) -> FormationPlan:
    if council is None:
        if not by.has_perm(rules.NETWORK_PERMISSION):
            raise PermissionDenied
    else:
        require_coordinator(council=council, user=by, actor=actor)
    _validate_period(period_start, period_end)
    plan = FormationPlan(
        council=council,
        is_network_template=council is None,
        title=title.strip(),
        period_start=period_start,
        period_end=period_end,
        local_problems=local_problems.strip(),
        goals=goals.strip(),
        created_by=by,
    )
    plan.full_clean()
    plan.save()
    record_version(plan, by, VersionEvent.CREATED)
    return plan


@transaction.atomic
def plan_copy(
    *,
    source: FormationPlan,
    council: Council | None,
    by,
    title: str,
    actor: Membership | None = None,
) -> FormationPlan:
    """Copy a template, a shared plan or one's own plan, to adapt it; the copy remembers its source.

    The copy gets its own ``title`` (a council names its own plan). Parts of
    split sections are copied as sections of their own (the split was the
    source assembly's decision, not the new council's), every section starts
    again as a draft, and local activities are marked "to adapt": they name
    another place until someone edits them.
    """
    if not can_copy_plan(plan=source, user=by):
        raise PermissionDenied
    if council is not None and (
        error := rules.copy_title_error(title=title, source_title=source.title)
    ):
        raise ValidationError(error)
    origin = events.origin_data(source=source, on=timezone.localdate())
    plan = plan_create(
        council=council,
        by=by,
        actor=actor,
        title=title,
        period_start=source.period_start,
        period_end=source.period_end,
        local_problems=source.local_problems,
        goals=source.goals,
    )
    plan.copied_from = source
    plan.copied_from_data = origin
    plan.save(update_fields=["copied_from", "copied_from_data"])
    sections = list(source.sections.order_by("position", "pk"))
    items = list(PlanItem.objects.filter(section__plan=source).order_by("position", "pk"))
    children: dict[int | None, list[PlanSection]] = {}
    for section in sections:
        children.setdefault(section.parent_id, []).append(section)
    items_of: dict[int, list[PlanItem]] = {}
    for item in items:
        items_of.setdefault(item.section_id, []).append(item)

    def leaves(section_list):
        for section in section_list:
            if section.pk in children:
                yield from leaves(children[section.pk])
            else:
                yield section

    new_items = []
    for position, section in enumerate(leaves(children.get(None, [])), start=1):
        copy = PlanSection.objects.create(
            plan=plan, title=section.title, rationale=section.rationale, position=position
        )
        for item_position, item in enumerate(items_of.get(section.pk, []), start=1):
            new_items.append(
                PlanItem(
                    section=copy,
                    position=item_position,
                    material_id=item.material_id,
                    study_path_id=item.study_path_id,
                    title=item.title,
                    description=item.description,
                    estimated_hours=item.estimated_hours,
                    target_period=item.target_period,
                    to_adapt=not (item.material_id or item.study_path_id),
                )
            )
    PlanItem.objects.bulk_create(new_items)
    plan.versions.all().delete()
    record_version(plan, by, VersionEvent.COPIED, origin)
    return plan


def require_draft_plan(plan: FormationPlan) -> None:
    if plan.status == PlanStatus.ADOPTED:
        raise ValidationError(
            _(
                "This plan was adopted by the assembly. Propose an amendment to a section "
                "to change it."
            )
        )


@transaction.atomic
def plan_update(
    *,
    plan: FormationPlan,
    by,
    expected_revision: int,
    title: str,
    period_start: int,
    period_end: int,
    local_problems: str,
    goals: str,
    shared: bool,
    actor: Membership | None = None,
) -> FormationPlan:
    require_plan_editor(plan, by, actor)
    locked = lock_plan(plan, expected_revision)
    content_changed = (
        locked.title,
        locked.period_start,
        locked.period_end,
        locked.local_problems,
        locked.goals,
    ) != (title.strip(), period_start, period_end, local_problems.strip(), goals.strip())
    if content_changed:
        require_draft_plan(locked)
    _validate_period(period_start, period_end)
    locked.title = title.strip()
    locked.period_start = period_start
    locked.period_end = period_end
    locked.local_problems = local_problems.strip()
    locked.goals = goals.strip()
    locked.shared = shared
    locked.full_clean()
    locked.save()
    bump(locked)
    record_version(locked, by, VersionEvent.DETAILS_EDITED)
    return locked


def plan_publish_as_template(
    *, plan: FormationPlan, by, actor: Membership | None = None
) -> FormationPlan:
    """Copy a council's shared plan as a network template: the council's consent comes first.

    Publishing needs the network permission *and* a coordinator's role in the plan's own council;
    a plan the council has not shared with other councils is never published.
    """
    if plan.council_id is None or not by.has_perm(rules.NETWORK_PERMISSION):
        raise PermissionDenied
    acting_membership(council_id=plan.council_id, by=by, actor=actor, role=rules.COORDINATOR)
    if not plan.shared:
        raise ValidationError(
            _("Only a plan the council has shared with other councils can be published.")
        )
    return plan_copy(source=plan, council=None, by=by, title=plan.title)
