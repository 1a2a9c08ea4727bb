"""Writes of councils, plans, assemblies and sessions: every rule of issue #3 lives here.

Each function is keyword-only, checks who acts and on what, and raises
``ValidationError`` with a message in the visitor's language when a rule says no,
before changing anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from curriculum.models import MaterialPage, StudyPathPage

from .models import (
    Assembly,
    AssemblyOutcome,
    Council,
    FormationPlan,
    Invitation,
    Membership,
    Outcome,
    PersonalCalendar,
    PlanItem,
    PlanSection,
    PlanStatus,
    PlanVersion,
    Reminder,
    SectionStatus,
    Session,
    new_token,
)

# --- Councils and membership -------------------------------------------------


def _unique_slug(name: str) -> str:
    base = slugify(name)[:60] or "consejo"
    slug, n = base, 1
    while Council.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def council_create(
    *,
    user,
    name: str,
    state: str,
    municipality: str,
    territory_kind: str,
    main_production: str = "",
    description: str = "",
) -> Council:
    """Create a council; whoever creates it becomes its first coordinator."""
    if not user.is_authenticated:
        raise PermissionDenied
    council = Council(
        name=name.strip(),
        slug=_unique_slug(name),
        state=state.strip(),
        municipality=municipality.strip(),
        territory_kind=territory_kind,
        main_production=main_production.strip(),
        description=description.strip(),
    )
    council.full_clean()
    council.save()
    Membership.objects.create(council=council, user=user, is_participant=True, is_coordinator=True)
    return council


def require_membership(*, council: Council, user) -> Membership:
    membership = (
        Membership.objects.filter(council=council, user_id=getattr(user, "pk", None)).first()
        if user.is_authenticated
        else None
    )
    if membership is None:
        raise PermissionDenied
    return membership


def require_coordinator(*, council: Council, user) -> Membership:
    membership = require_membership(council=council, user=user)
    if not membership.is_coordinator:
        raise PermissionDenied
    return membership


def require_organiser(*, council: Council, user) -> Membership:
    """Coordinators and facilitators organise sessions."""
    membership = require_membership(council=council, user=user)
    if not (membership.is_coordinator or membership.is_facilitator):
        raise PermissionDenied
    return membership


def council_update(*, council: Council, by, **fields) -> Council:
    require_coordinator(council=council, user=by)
    allowed = {"name", "state", "municipality", "territory_kind", "main_production", "description"}
    for key, value in fields.items():
        if key not in allowed:
            raise TypeError(key)
        setattr(council, key, value)
    council.full_clean()
    council.save()
    return council


def invitation_create(
    *, council: Council, by, valid_days: int, max_uses: int | None = None
) -> Invitation:
    require_coordinator(council=council, user=by)
    if not 1 <= valid_days <= 90:
        raise ValidationError(_("An invitation is valid for 1 to 90 days."))
    if max_uses is not None and not 1 <= max_uses <= 500:
        raise ValidationError(_("An invitation can be used by 1 to 500 people."))
    return Invitation.objects.create(
        council=council,
        created_by=by,
        expires_at=timezone.now() + dt.timedelta(days=valid_days),
        max_uses=max_uses,
    )


def invitation_revoke(*, invitation: Invitation, by) -> Invitation:
    require_coordinator(council=invitation.council, user=by)
    if invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation


@transaction.atomic
def invitation_accept(*, code: str, user) -> Membership:
    """Join the council of an invitation; joining twice keeps the one membership."""
    code = (code or "").strip().upper().replace(" ", "").replace("-", "")
    invitation = (
        Invitation.objects.select_for_update().select_related("council").filter(code=code).first()
    )
    if invitation is None:
        raise ValidationError(_("There is no invitation with this code. Check it and try again."))
    existing = Membership.objects.filter(council=invitation.council, user=user).first()
    if existing:
        return existing
    if invitation.revoked_at is not None:
        raise ValidationError(_("This invitation was withdrawn by the council. Ask for a new one."))
    if invitation.expires_at <= timezone.now():
        raise ValidationError(_("This invitation has expired. Ask the council for a new one."))
    if invitation.max_uses is not None and invitation.uses >= invitation.max_uses:
        raise ValidationError(_("This invitation has already been used as many times as allowed."))
    Invitation.objects.filter(pk=invitation.pk).update(uses=F("uses") + 1)
    return Membership.objects.create(council=invitation.council, user=user, is_participant=True)


@transaction.atomic
def membership_set_roles(
    *,
    membership: Membership,
    by,
    is_participant: bool,
    is_facilitator: bool,
    is_coordinator: bool,
) -> Membership:
    require_coordinator(council=membership.council, user=by)
    locked = Membership.objects.select_for_update().get(pk=membership.pk)
    if not (is_participant or is_facilitator or is_coordinator):
        raise ValidationError(_("A member holds at least one role."))
    if locked.is_coordinator and not is_coordinator:
        _ensure_other_coordinator(locked)
    locked.is_participant = is_participant
    locked.is_facilitator = is_facilitator
    locked.is_coordinator = is_coordinator
    locked.save(update_fields=["is_participant", "is_facilitator", "is_coordinator"])
    return locked


def _ensure_other_coordinator(membership: Membership) -> None:
    others = (
        Membership.objects.select_for_update()
        .filter(council_id=membership.council_id, is_coordinator=True)
        .exclude(pk=membership.pk)
    )
    if not others.exists():
        raise ValidationError(
            _("A council always keeps at least one coordinator. Name another one first.")
        )


@transaction.atomic
def membership_remove(*, membership: Membership, by) -> None:
    """A coordinator removes a member, or a member leaves; never the last coordinator."""
    if membership.user_id != by.pk:
        require_coordinator(council=membership.council, user=by)
    locked = Membership.objects.select_for_update().get(pk=membership.pk)
    if locked.is_coordinator:
        _ensure_other_coordinator(locked)
    locked.delete()


def calendar_rotate_council_token(*, council: Council, by) -> Council:
    require_coordinator(council=council, user=by)
    council.calendar_token = new_token()
    council.save(update_fields=["calendar_token"])
    return council


def calendar_for_person(*, user) -> PersonalCalendar:
    feed, _created = PersonalCalendar.objects.get_or_create(user=user)
    return feed


def calendar_rotate_personal_token(*, user) -> PersonalCalendar:
    feed = calendar_for_person(user=user)
    feed.token = new_token()
    feed.save(update_fields=["token"])
    return feed


# --- Plans ---------------------------------------------------------------------


class StaleEdit(ValidationError):
    """Someone else changed the plan since the form was loaded."""


def can_edit_plan(*, plan: FormationPlan, user) -> bool:
    if plan.council_id is None:
        return user.is_authenticated and user.has_perm("councils.coordinate_network")
    return Membership.objects.filter(
        council_id=plan.council_id, user_id=user.pk, is_coordinator=True
    ).exists()


def _require_plan_editor(plan: FormationPlan, user) -> None:
    if not can_edit_plan(plan=plan, user=user):
        raise PermissionDenied


def plan_snapshot(plan: FormationPlan) -> dict:
    """The plan's whole content as plain data: stored with each version, compared by key."""
    sections = list(plan.sections.order_by("position", "pk"))
    items = list(
        PlanItem.objects.filter(section__plan=plan).order_by("section_id", "position", "pk")
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
                "target_period": item.target_period,
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


def _record_version(plan: FormationPlan, by, summary: str, *, adopted: bool = False) -> PlanVersion:
    number = (plan.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    return PlanVersion.objects.create(
        plan=plan,
        number=number,
        created_by=by if getattr(by, "is_authenticated", False) else None,
        summary=summary[:300],
        is_adopted=adopted,
        snapshot=plan_snapshot(plan),
    )


def _lock_plan(plan: FormationPlan, expected_revision: int | None) -> FormationPlan:
    locked = FormationPlan.objects.select_for_update().get(pk=plan.pk)
    if expected_revision is not None and locked.revision != expected_revision:
        raise StaleEdit(
            _(
                "Someone else changed this plan while you were editing it. "
                "Your text is kept below: look at the plan again, then save."
            )
        )
    return locked


def _bump(plan: FormationPlan) -> None:
    FormationPlan.objects.filter(pk=plan.pk).update(revision=F("revision") + 1)
    plan.revision += 1


def _validate_period(period_start: int, period_end: int) -> None:
    if period_end < period_start:
        raise ValidationError(_("The plan's period must end in or after the year it starts."))
    if period_end - period_start > 15:
        raise ValidationError(_("A plan covers at most fifteen years."))


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
) -> FormationPlan:
    if council is None:
        if not by.has_perm("councils.coordinate_network"):
            raise PermissionDenied
    else:
        require_coordinator(council=council, user=by)
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
    _record_version(plan, by, _("Plan created"))
    return plan


def can_copy_plan(*, plan: FormationPlan, user) -> bool:
    if plan.is_network_template or plan.shared:
        return True
    return (
        plan.council_id is not None
        and Membership.objects.filter(council_id=plan.council_id, user_id=user.pk).exists()
    )


@transaction.atomic
def plan_copy(*, source: FormationPlan, council: Council | None, by) -> FormationPlan:
    """Copy a template, a shared plan or one's own plan, to adapt it; the copy remembers its source.

    Parts of split sections are copied as sections of their own (the split was
    the source assembly's decision, not the new council's), and every section
    starts again as a draft.
    """
    if not can_copy_plan(plan=source, user=by):
        raise PermissionDenied
    origin = (
        _("network template “%(title)s”") % {"title": source.title}
        if source.is_network_template
        else _("“%(title)s” of %(council)s")
        % {"title": source.title, "council": source.council.name if source.council else ""}
    )
    plan = plan_create(
        council=council,
        by=by,
        title=source.title,
        period_start=source.period_start,
        period_end=source.period_end,
        local_problems=source.local_problems,
        goals=source.goals,
    )
    plan.copied_from = source
    plan.copied_from_label = origin[:300]
    plan.save(update_fields=["copied_from", "copied_from_label"])
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
                )
            )
    PlanItem.objects.bulk_create(new_items)
    plan.versions.all().delete()
    _record_version(plan, by, _("Copied from %(origin)s") % {"origin": origin})
    return plan


def _require_draft_plan(plan: FormationPlan) -> None:
    if plan.status == PlanStatus.ADOPTED:
        raise ValidationError(
            _(
                "This plan was adopted by the assembly. Propose an amendment to a section "
                "to change it."
            )
        )


def _require_open_section(section: PlanSection) -> None:
    if section.status in (SectionStatus.AGREED, SectionStatus.SPLIT):
        raise ValidationError(
            _("The assembly already decided on “%(title)s”. Propose an amendment to change it.")
            % {"title": section.title}
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
) -> FormationPlan:
    _require_plan_editor(plan, by)
    locked = _lock_plan(plan, expected_revision)
    content_changed = (
        locked.title,
        locked.period_start,
        locked.period_end,
        locked.local_problems,
        locked.goals,
    ) != (title.strip(), period_start, period_end, local_problems.strip(), goals.strip())
    if content_changed:
        _require_draft_plan(locked)
    _validate_period(period_start, period_end)
    locked.title = title.strip()
    locked.period_start = period_start
    locked.period_end = period_end
    locked.local_problems = local_problems.strip()
    locked.goals = goals.strip()
    locked.shared = shared
    locked.full_clean()
    locked.save()
    _bump(locked)
    _record_version(locked, by, _("Plan details edited"))
    return locked


def _next_position(queryset) -> int:
    return (queryset.aggregate(p=Max("position"))["p"] or 0) + 1


@transaction.atomic
def section_add(
    *, plan: FormationPlan, by, expected_revision: int, title: str, rationale: str = ""
) -> PlanSection:
    _require_plan_editor(plan, by)
    locked = _lock_plan(plan, expected_revision)
    _require_draft_plan(locked)
    if not title.strip():
        raise ValidationError(_("A section needs a title."))
    section = PlanSection.objects.create(
        plan=locked,
        title=title.strip()[:200],
        rationale=rationale.strip(),
        position=_next_position(locked.sections.filter(parent=None)),
    )
    _after_structure_change(locked, by, _("Section “%(title)s” added") % {"title": section.title})
    return section


@transaction.atomic
def section_update(
    *, section: PlanSection, by, expected_revision: int, title: str, rationale: str
) -> PlanSection:
    _require_plan_editor(section.plan, by)
    locked = _lock_plan(section.plan, expected_revision)
    section.refresh_from_db()
    _require_open_section(section)
    if not title.strip():
        raise ValidationError(_("A section needs a title."))
    section.title = title.strip()[:200]
    section.rationale = rationale.strip()
    section.save(update_fields=["title", "rationale"])
    _after_structure_change(locked, by, _("Section “%(title)s” edited") % {"title": section.title})
    return section


@transaction.atomic
def section_remove(*, section: PlanSection, by, expected_revision: int) -> None:
    _require_plan_editor(section.plan, by)
    locked = _lock_plan(section.plan, expected_revision)
    section.refresh_from_db()
    _require_open_section(section)
    if section.outcomes.exists() or section.parent_id:
        raise ValidationError(
            _("This section has been before an assembly; it stays in the record.")
        )
    if Session.objects.filter(item__section=section).exists():
        raise ValidationError(_("Sessions are scheduled for this section; it can't be removed."))
    title = section.title
    section.delete()
    _after_structure_change(locked, by, _("Section “%(title)s” removed") % {"title": title})


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
def section_move(*, section: PlanSection, by, expected_revision: int, direction: str) -> None:
    _require_plan_editor(section.plan, by)
    locked = _lock_plan(section.plan, expected_revision)
    _require_draft_plan(locked)
    if _swap(locked.sections.filter(parent_id=section.parent_id), section, direction):
        _after_structure_change(
            locked, by, _("Section “%(title)s” moved") % {"title": section.title}
        )


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
) -> PlanItem:
    """Add a library material, a study path, or a local activity (title, description, hours)."""
    _require_plan_editor(section.plan, by)
    locked = _lock_plan(section.plan, expected_revision)
    section.refresh_from_db()
    _require_open_section(section)
    if section.parts.exists():
        raise ValidationError(_("Add items to the parts of a split section, not to the section."))
    if material is not None and study_path is not None:
        raise ValidationError(_("Choose a material or a study path, not both."))
    if material is not None:
        if not material.live:
            raise ValidationError(_("That material is not published."))
        title = title or material.title
        estimated_hours = (
            estimated_hours
            if estimated_hours is not None
            else (Decimal(material.duration_minutes) / 60).quantize(Decimal("0.1"))
        )
    elif study_path is not None:
        if not study_path.live:
            raise ValidationError(_("That study path is not published."))
        title = title or study_path.title
    else:
        if not title.strip():
            raise ValidationError(_("A local activity needs a title."))
        if not description.strip():
            raise ValidationError(_("Describe the local activity in a few words."))
    if estimated_hours is not None and not Decimal(0) <= estimated_hours <= Decimal(2000):
        raise ValidationError(_("Estimated hours must be between 0 and 2000."))
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
    _after_structure_change(locked, by, _("“%(title)s” added") % {"title": item.title})
    return item


@transaction.atomic
def item_remove(*, item: PlanItem, by, expected_revision: int) -> None:
    section = item.section
    _require_plan_editor(section.plan, by)
    locked = _lock_plan(section.plan, expected_revision)
    section.refresh_from_db()
    _require_open_section(section)
    if item.sessions.exists():
        raise ValidationError(_("Sessions are scheduled for this item; it can't be removed."))
    title = item.title
    item.delete()
    _after_structure_change(locked, by, _("“%(title)s” removed") % {"title": title})


@transaction.atomic
def item_move(*, item: PlanItem, by, expected_revision: int, direction: str) -> None:
    section = item.section
    _require_plan_editor(section.plan, by)
    locked = _lock_plan(section.plan, expected_revision)
    section.refresh_from_db()
    _require_open_section(section)
    if _swap(section.items.all(), item, direction):
        _after_structure_change(locked, by, _("“%(title)s” moved") % {"title": item.title})


def _after_structure_change(plan: FormationPlan, by, summary: str) -> None:
    _bump(plan)
    _refresh_plan_status(plan)
    _record_version(plan, by, summary)


@transaction.atomic
def section_propose_amendment(
    *, section: PlanSection, by, expected_revision: int, reason: str
) -> PlanSection:
    """Reopen an agreed section: it goes back before an assembly; the adopted version stays readable."""
    _require_plan_editor(section.plan, by)
    locked = _lock_plan(section.plan, expected_revision)
    section.refresh_from_db()
    if section.status != SectionStatus.AGREED:
        raise ValidationError(_("Only an agreed section can be amended."))
    if not reason.strip():
        raise ValidationError(_("Say why the section should change: the assembly will ask."))
    PlanSection.objects.filter(pk=section.pk).update(
        status=SectionStatus.UNDER_DEBATE, agreed_in=None, agreed_at=None
    )
    section.refresh_from_db()
    _after_structure_change(
        locked,
        by,
        _("Amendment proposed to “%(title)s”: %(reason)s")
        % {"title": section.title, "reason": reason.strip()},
    )
    return section


# --- Assemblies and consensus ------------------------------------------------------


def pending_sections(plan: FormationPlan) -> list[PlanSection]:
    """Sections that can go before an assembly: undecided leaves of the tree."""
    return [
        s
        for s in plan.sections.order_by("position", "pk")
        if s.status in (SectionStatus.DRAFT, SectionStatus.UNDER_DEBATE)
    ]


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
) -> Assembly:
    if plan.council_id is None:
        raise ValidationError(_("Network templates are adopted by councils, not by the network."))
    require_coordinator(council=plan.council, user=by)
    locked = _lock_plan(plan, None)
    if locked.status == PlanStatus.ADOPTED:
        raise ValidationError(
            _("This plan is already adopted. Propose an amendment to a section first.")
        )
    if held_on > timezone.localdate():
        raise ValidationError(_("Record an assembly on the day it is held, or after."))
    if attendance < 1:
        raise ValidationError(_("At least one person attended the assembly."))
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
        council=locked.council,
        plan=locked,
        held_on=held_on,
        place=place.strip(),
        attendance=attendance,
        minutes=minutes.strip(),
        opened_by=by,
    )
    assembly.agenda.set(sections)
    PlanSection.objects.filter(pk__in=[s.pk for s in sections]).update(
        status=SectionStatus.UNDER_DEBATE
    )
    _refresh_plan_status(locked)
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
) -> AssemblyOutcome:
    """Record what the assembly decided on one section of its agenda.

    ``parts`` are the titles of the smaller sections a split creates;
    ``item_parts`` maps each item's id to the (1-based) part it moves to.
    """
    require_coordinator(council=assembly.council, user=by)
    plan = _lock_plan(assembly.plan, None)
    section = PlanSection.objects.select_for_update().get(pk=section.pk)
    if not assembly.agenda.filter(pk=section.pk).exists():
        raise ValidationError(_("This section was not put before this assembly."))
    if section.outcomes.filter(assembly=assembly, corrected_by__isnull=True).exists():
        raise ValidationError(
            _("This assembly already decided on this section; record a correction instead.")
        )
    if section.status not in (SectionStatus.DRAFT, SectionStatus.UNDER_DEBATE):
        raise ValidationError(_("This section is no longer waiting for a decision."))
    if outcome not in Outcome.values:
        raise ValidationError(_("Choose what the assembly decided."))
    note = note.strip()
    if outcome == Outcome.NO_CONSENSUS and not note:
        raise ValidationError(_("Note the objections, so the next assembly can take them up."))
    record = AssemblyOutcome.objects.create(
        assembly=assembly, section=section, outcome=outcome, note=note, recorded_by=by
    )
    if outcome == Outcome.SPLIT:
        _split(section, parts, item_parts or {})
    _apply_outcome(section, outcome, assembly)
    _refresh_plan_status(plan, decided_on=assembly.held_on)
    label = Outcome(outcome).label
    adopted = plan.status == PlanStatus.ADOPTED
    _bump(plan)
    _record_version(
        plan,
        by,
        _("Assembly of %(date)s: “%(title)s”, %(outcome)s")
        % {"date": assembly.held_on.isoformat(), "title": section.title, "outcome": label}
        + (" · " + _("plan adopted") if adopted else ""),
        adopted=adopted,
    )
    return record


def _split(section: PlanSection, parts: Sequence[str], item_parts: dict[int, int]) -> None:
    titles = [t.strip()[:200] for t in parts if t and t.strip()]
    if len(titles) < 2:
        raise ValidationError(_("A split needs at least two parts, one title per line."))
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
    *, original: AssemblyOutcome, by, outcome: str, note: str
) -> AssemblyOutcome:
    """Correct a recorded outcome with a new record; the old one stays in the minutes."""
    assembly = original.assembly
    require_coordinator(council=assembly.council, user=by)
    plan = _lock_plan(assembly.plan, None)
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
    _refresh_plan_status(plan, decided_on=assembly.held_on)
    _bump(plan)
    _record_version(
        plan,
        by,
        _("Correction of the assembly of %(date)s on “%(title)s”: %(outcome)s")
        % {
            "date": assembly.held_on.isoformat(),
            "title": original.section.title,
            "outcome": Outcome(outcome).label,
        },
        adopted=plan.status == PlanStatus.ADOPTED and not was_adopted,
    )
    return record


def section_is_agreed(section: PlanSection, children: dict[int | None, list[PlanSection]]) -> bool:
    if section.status == SectionStatus.AGREED:
        return True
    if section.status == SectionStatus.SPLIT:
        parts = children.get(section.pk, [])
        return bool(parts) and all(section_is_agreed(p, children) for p in parts)
    return False


def _refresh_plan_status(plan: FormationPlan, *, decided_on: dt.date | None = None) -> None:
    """Derive the plan's status from its sections: adopted when every part is agreed."""
    sections = list(plan.sections.all())
    children: dict[int | None, list[PlanSection]] = {}
    for section in sections:
        children.setdefault(section.parent_id, []).append(section)
    top = children.get(None, [])
    all_agreed = bool(top) and all(section_is_agreed(s, children) for s in top)
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


# --- Sessions and reminders ------------------------------------------------------------


@transaction.atomic
def session_schedule(
    *,
    council: Council,
    item: PlanItem,
    by,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    place: str,
    facilitators: Iterable,
    childcare: bool,
    capacity: int | None = None,
    notes: str = "",
) -> Session:
    require_organiser(council=council, user=by)
    section = PlanSection.objects.select_related("plan").get(pk=item.section_id)
    if section.plan.council_id != council.pk:
        raise PermissionDenied
    if section.status != SectionStatus.AGREED:
        raise ValidationError(_("Sessions are scheduled for sections the assembly has agreed."))
    if starts_at <= timezone.now():
        raise ValidationError(_("A new session can't start in the past."))
    if ends_at <= starts_at:
        raise ValidationError(_("A session ends after it starts."))
    if ends_at - starts_at > dt.timedelta(hours=14):
        raise ValidationError(_("A session lasts at most 14 hours; schedule several days apart."))
    facilitators = list(facilitators)
    member_ids = set(
        Membership.objects.filter(council=council, user__in=facilitators).values_list(
            "user_id", flat=True
        )
    )
    if any(f.pk not in member_ids for f in facilitators):
        raise ValidationError(_("Facilitators must be members of the council."))
    if capacity is not None and capacity < 1:
        raise ValidationError(_("Capacity must be at least one person, or left empty."))
    session = Session.objects.create(
        council=council,
        item=item,
        starts_at=starts_at,
        ends_at=ends_at,
        place=place.strip(),
        childcare=childcare,
        capacity=capacity,
        notes=notes.strip(),
        created_by=by,
    )
    session.facilitators.set(facilitators)
    return session


@transaction.atomic
def session_cancel(*, session: Session, by) -> None:
    require_organiser(council=session.council, user=by)
    if session.starts_at <= timezone.now():
        raise ValidationError(_("A session that already started stays in the record."))
    session.delete()


def reminders_create_for(*, day: dt.date) -> list[int]:
    """Create, once, a reminder per member for each session on ``day``; returns new email reminder ids.

    The unique (session, person) constraint makes a second run create nothing.
    """
    tz = timezone.get_current_timezone()
    start = timezone.make_aware(dt.datetime.combine(day, dt.time.min), tz)
    end = start + dt.timedelta(days=1)
    sessions = list(Session.objects.filter(starts_at__gte=start, starts_at__lt=end))
    if not sessions:
        return []
    council_ids = {s.council_id for s in sessions}
    members = list(
        Membership.objects.filter(council_id__in=council_ids).values_list(
            "council_id", "user_id", "user__email"
        )
    )
    reminders = [
        Reminder(
            session=session,
            user_id=user_id,
            channel=Reminder.Channel.EMAIL if email else Reminder.Channel.SITE,
        )
        for session in sessions
        for council_id, user_id, email in members
        if council_id == session.council_id
    ]
    Reminder.objects.bulk_create(reminders, ignore_conflicts=True)
    return list(
        Reminder.objects.filter(
            session__in=sessions, channel=Reminder.Channel.EMAIL, sent_at__isnull=True
        ).values_list("pk", flat=True)
    )


def reminder_claim(*, reminder_id: int) -> Reminder | None:
    """Mark a reminder as sent before sending, so two workers never send it twice."""
    claimed = Reminder.objects.filter(pk=reminder_id, sent_at__isnull=True).update(
        sent_at=timezone.now()
    )
    if not claimed:
        return None
    return Reminder.objects.select_related("session__council", "session__item", "user").get(
        pk=reminder_id
    )


def reminder_mark_read(*, reminder: Reminder, user) -> None:
    if reminder.user_id != user.pk:
        raise PermissionDenied
    if reminder.read_at is None:
        reminder.read_at = timezone.now()
        reminder.save(update_fields=["read_at"])


def plan_publish_as_template(*, plan: FormationPlan, by) -> FormationPlan:
    """Copy a council's plan as a network template; only network coordinators may."""
    if not by.has_perm("councils.coordinate_network"):
        raise PermissionDenied
    if plan.council_id is not None:
        require_membership(council=plan.council, user=by)
    return plan_copy(source=plan, council=None, by=by)


def council_export(*, council: Council, by) -> dict:
    """Everything the council keeps, as plain data: plans with all versions, assemblies, sessions."""
    require_coordinator(council=council, user=by)

    def d(value):
        return value.isoformat() if value else None

    plans = list(council.plans.prefetch_related("versions").order_by("pk"))
    assemblies = list(
        council.assemblies.prefetch_related("outcomes__section", "agenda").order_by("held_on", "pk")
    )
    return {
        "format": "trayecto-council-export",
        "version": 1,
        "exported_at": timezone.now().isoformat(),
        "council": {
            "name": council.name,
            "state": council.state,
            "municipality": council.municipality,
            "territory_kind": council.territory_kind,
            "main_production": council.main_production,
            "description": council.description,
            "created_at": d(council.created_at),
        },
        "members": [
            {
                "display_name": m.user.public_name,
                "participant": m.is_participant,
                "facilitator": m.is_facilitator,
                "coordinator": m.is_coordinator,
                "joined_at": d(m.joined_at),
            }
            for m in council.memberships.select_related("user")
        ],
        "plans": [
            {
                "title": plan.title,
                "status": plan.status,
                "adopted_at": d(plan.adopted_at),
                "shared": plan.shared,
                "copied_from": plan.copied_from_label,
                "current": plan_snapshot(plan),
                "versions": [
                    {
                        "number": v.number,
                        "created_at": d(v.created_at),
                        "summary": v.summary,
                        "adopted": v.is_adopted,
                        "snapshot": v.snapshot,
                    }
                    for v in sorted(plan.versions.all(), key=lambda v: v.number)
                ],
            }
            for plan in plans
        ],
        "assemblies": [
            {
                "plan": a.plan.title,
                "held_on": d(a.held_on),
                "place": a.place,
                "attendance": a.attendance,
                "minutes": a.minutes,
                "agenda": [s.title for s in a.agenda.all()],
                "outcomes": [
                    {
                        "section": o.section.title,
                        "outcome": o.outcome,
                        "note": o.note,
                        "recorded_at": d(o.recorded_at),
                        "corrects_record_at": d(o.corrects.recorded_at) if o.corrects else None,
                    }
                    for o in a.outcomes.all()
                ],
            }
            for a in assemblies
        ],
        "sessions": [
            {
                "item": s.item.title,
                "starts_at": d(s.starts_at),
                "ends_at": d(s.ends_at),
                "place": s.place,
                "childcare": s.childcare,
                "capacity": s.capacity,
                "notes": s.notes,
            }
            for s in council.sessions.select_related("item").order_by("starts_at")
        ],
    }


@transaction.atomic
def council_erase(*, council: Council, by, confirmation: str) -> None:
    """Erase a council and everything it recorded; the coordinator types its name to confirm."""
    require_coordinator(council=council, user=by)
    if confirmation.strip() != council.name:
        raise ValidationError(_("Type the council's name exactly to confirm."))
    outcomes = AssemblyOutcome.objects.filter(assembly__council=council)
    # Corrections point at what they correct (protected): delete the latest first.
    while outcomes.exists():
        outcomes.filter(corrected_by__isnull=True).delete()
    Session.objects.filter(council=council).delete()
    FormationPlan.objects.filter(copied_from__council=council).update(copied_from=None)
    council.delete()
