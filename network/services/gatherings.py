"""Encuentros: convene, change, cancel; the agenda; registrations; outcomes and commitments.

Keyword-only and validated like every service: forms call the same rules first to
show messages next to fields, the services call them again because the demo and the
tests have no form. A cancelled encuentro is never deleted; every change raises its
SEQUENCE, and members of the registered councils get an on-site notice.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from councils import rules as council_rules
from councils.models import Council, Membership
from councils.services.common import acting_membership
from councils.services.notices import notify

from .. import rules_gatherings as rules
from ..models import AgendaEntry, Experience, Gathering, GatheringStatus, Registration
from ..selectors import gatherings as selectors

CHANGED = gettext_noop("The encuentro “%(title)s” changed: %(when)s, %(place)s.")
CANCELLED = gettext_noop("The encuentro “%(title)s” was cancelled.")


def _raise(errors) -> None:
    if errors:
        raise ValidationError([message for _field, message in errors])


def _require_manager(gathering: Gathering, by) -> None:
    if not selectors.can_manage(gathering=gathering, user=by):
        raise PermissionDenied


def _require_host(host_council: Council | None, by) -> None:
    """A network coordinator convenes with or without a host; anyone else for a council they coordinate."""
    if host_council is None:
        if not selectors.is_network_coordinator(by):
            raise PermissionDenied
        return
    if selectors.is_network_coordinator(by):
        return
    acting_membership(council_id=host_council.pk, by=by, role=council_rules.COORDINATOR)


def _when(gathering: Gathering) -> str:
    local = timezone.localtime(gathering.starts_at)
    return f"{local:%Y-%m-%d %H:%M}"


@transaction.atomic
def gathering_convene(
    *,
    by,
    title: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    place: str,
    host_council: Council | None = None,
    description: str = "",
) -> Gathering:
    _require_host(host_council, by)
    _raise(rules.gathering_errors(title=title, place=place, starts_at=starts_at, ends_at=ends_at))
    if error := rules.convene_time_error(starts_at=starts_at, now=timezone.now()):
        raise ValidationError(error)
    gathering = Gathering(
        title=title.strip(),
        starts_at=starts_at,
        ends_at=ends_at,
        place=place.strip(),
        host_council=host_council,
        description=(description or "").strip(),
        convened_by=by,
    )
    gathering.full_clean()
    gathering.save()
    return gathering


def _tell_registered(gathering: Gathering, message: str, by) -> int:
    told = 0
    params = {"title": gathering.title, "when": _when(gathering), "place": gathering.place}
    for council_id, users in selectors.members_to_tell(gathering=gathering).items():
        told += notify(
            users=users,
            message=message,
            params=params,
            url=gathering.get_absolute_url(),
            council=Council(pk=council_id),
            exclude=by,
        )
    return told


def _lock(gathering: Gathering, expected_sequence: int | None) -> Gathering:
    locked = Gathering.objects.select_for_update().get(pk=gathering.pk)
    if expected_sequence is not None and locked.sequence != expected_sequence:
        raise ValidationError(
            _(
                "Someone else changed this encuentro while you were editing it. "
                "Your text is kept below: look at the current version and save again."
            )
        )
    return locked


@transaction.atomic
def gathering_update(
    *,
    gathering: Gathering,
    by,
    title: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    place: str,
    host_council: Council | None,
    description: str = "",
    expected_sequence: int | None = None,
) -> Gathering:
    """Change an encuentro that has not started: SEQUENCE goes up, registered members are told."""
    _require_manager(gathering, by)
    locked = _lock(gathering, expected_sequence)
    now = timezone.now()
    if error := rules.may_change_error(
        is_cancelled=locked.is_cancelled, starts_at=locked.starts_at, now=now
    ):
        raise ValidationError(error)
    if host_council is None or host_council.pk != locked.host_council_id:
        _require_host(host_council, by)
    _raise(rules.gathering_errors(title=title, place=place, starts_at=starts_at, ends_at=ends_at))
    if error := rules.convene_time_error(starts_at=starts_at, now=now):
        raise ValidationError(error)
    before = (locked.title, locked.starts_at, locked.ends_at, locked.place, locked.description)
    locked.title = title.strip()
    locked.starts_at = starts_at
    locked.ends_at = ends_at
    locked.place = place.strip()
    locked.host_council = host_council
    locked.description = (description or "").strip()
    after = (locked.title, locked.starts_at, locked.ends_at, locked.place, locked.description)
    locked.full_clean()
    if before != after:
        locked.sequence += 1
    locked.save()
    if before != after:
        _tell_registered(locked, CHANGED, by)
    return locked


@transaction.atomic
def gathering_cancel(*, gathering: Gathering, by) -> Gathering:
    """Cancel, never delete: the feeds say STATUS:CANCELLED and registered members are told."""
    _require_manager(gathering, by)
    locked = _lock(gathering, None)
    if error := rules.may_change_error(
        is_cancelled=locked.is_cancelled, starts_at=locked.starts_at, now=timezone.now()
    ):
        raise ValidationError(error)
    locked.status = GatheringStatus.CANCELLED
    locked.cancelled_at = timezone.now()
    locked.sequence += 1
    locked.save(update_fields=["status", "cancelled_at", "sequence", "updated_at"])
    _tell_registered(locked, CANCELLED, by)
    return locked


@transaction.atomic
def agenda_add(*, gathering: Gathering, by, experience: Experience) -> AgendaEntry:
    """Only a shared experience goes on an agenda; it shows there as the network sees it."""
    _require_manager(gathering, by)
    if gathering.is_cancelled:
        raise ValidationError(
            rules.may_change_error(
                is_cancelled=True, starts_at=gathering.starts_at, now=timezone.now()
            )
        )
    if not selectors.shared_experiences().filter(pk=experience.pk).exists():
        raise ValidationError(
            _("Only an experience its council shared with the network can be presented.")
        )
    if AgendaEntry.objects.filter(gathering=gathering, experience=experience).exists():
        raise ValidationError(_("This experience is already on the agenda."))
    position = (gathering.agenda.aggregate(p=Max("position"))["p"] or 0) + 1
    return AgendaEntry.objects.create(gathering=gathering, experience=experience, position=position)


@transaction.atomic
def agenda_remove(*, entry: AgendaEntry, by) -> None:
    _require_manager(entry.gathering, by)
    entry.delete()


@transaction.atomic
def outcomes_record(*, gathering: Gathering, by, outcomes: str) -> Gathering:
    """After the encuentro: what came out of it, in the conveners' words (replaces the last text)."""
    _require_manager(gathering, by)
    if error := rules.record_open_error(
        is_cancelled=gathering.is_cancelled, starts_at=gathering.starts_at, now=timezone.now()
    ):
        raise ValidationError(error)
    text = (outcomes or "").strip()
    if len(text) > 10000:
        raise ValidationError(_("Outcomes have at most 10,000 characters."))
    Gathering.objects.filter(pk=gathering.pk).update(
        outcomes=text, outcomes_recorded_at=timezone.now(), updated_at=timezone.now()
    )
    gathering.refresh_from_db()
    return gathering


@transaction.atomic
def registration_save(
    *,
    gathering: Gathering,
    council: Council,
    by,
    people: int,
    children: int,
    actor: Membership | None = None,
) -> Registration:
    """Register the council, change its numbers, or register it again after withdrawing."""
    acting_membership(council_id=council.pk, by=by, actor=actor, role=council_rules.COORDINATOR)
    locked = Gathering.objects.select_for_update().get(pk=gathering.pk)
    if error := rules.registration_open_error(
        is_cancelled=locked.is_cancelled, starts_at=locked.starts_at, now=timezone.now()
    ):
        raise ValidationError(error)
    _raise(rules.registration_errors(people=people, children=children))
    registration = Registration.objects.filter(gathering=locked, council=council).first()
    if registration is None:
        return Registration.objects.create(
            gathering=locked, council=council, people=people, children=children, registered_by=by
        )
    registration.people = people
    registration.children = children
    registration.registered_by = by
    fields = ["people", "children", "registered_by", "updated_at"]
    if registration.withdrawn_at is not None:
        registration.withdrawn_at = None
        registration.sequence = F("sequence") + 1
        fields += ["withdrawn_at", "sequence"]
    registration.save(update_fields=fields)
    registration.refresh_from_db()
    return registration


@transaction.atomic
def registration_withdraw(
    *, gathering: Gathering, council: Council, by, actor: Membership | None = None
) -> Registration:
    """The council won't come: its feed says CANCELLED for it; the row stays for re-registering."""
    acting_membership(council_id=council.pk, by=by, actor=actor, role=council_rules.COORDINATOR)
    locked = Gathering.objects.select_for_update().get(pk=gathering.pk)
    if error := rules.registration_open_error(
        is_cancelled=locked.is_cancelled, starts_at=locked.starts_at, now=timezone.now()
    ):
        raise ValidationError(error)
    registration = Registration.objects.filter(
        gathering=locked, council=council, withdrawn_at__isnull=True
    ).first()
    if registration is None:
        raise ValidationError(_("Your council is not registered for this encuentro."))
    registration.withdrawn_at = timezone.now()
    registration.sequence = F("sequence") + 1
    registration.save(update_fields=["withdrawn_at", "sequence", "updated_at"])
    registration.refresh_from_db()
    return registration


@transaction.atomic
def commitments_record(
    *,
    gathering: Gathering,
    council: Council,
    by,
    commitments: str,
    actor: Membership | None = None,
) -> Registration:
    """After the encuentro, a registered council writes what it committed to."""
    acting_membership(council_id=council.pk, by=by, actor=actor, role=council_rules.COORDINATOR)
    if error := rules.record_open_error(
        is_cancelled=gathering.is_cancelled, starts_at=gathering.starts_at, now=timezone.now()
    ):
        raise ValidationError(error)
    registration = Registration.objects.filter(
        gathering=gathering, council=council, withdrawn_at__isnull=True
    ).first()
    if registration is None:
        raise ValidationError(
            _("Only a council that registered for the encuentro records commitments there.")
        )
    text = (commitments or "").strip()
    if len(text) > 5000:
        raise ValidationError(_("Commitments have at most 5,000 characters."))
    registration.commitments = text
    registration.commitments_recorded_at = timezone.now()
    registration.save(update_fields=["commitments", "commitments_recorded_at", "updated_at"])
    return registration
