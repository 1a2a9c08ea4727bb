"""Practice a person logs, shares with a council, and neighbours vouch for."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from councils.models import Membership
from curriculum.models import MaterialPage

from ..models import PracticeLog, Vouch
from ._shared import check_date
from .outbox import schedule_recompute


def _validate_practice(practiced_on: dt.date, hours: Decimal, what_was_done: str) -> None:
    check_date(practiced_on, _("The date of the practice"))
    if hours is None or not Decimal("0.5") <= Decimal(hours) <= Decimal("24"):
        raise ValidationError(_("Hours of practice go from 0.5 to 24 for one day."))
    if not (what_was_done or "").strip():
        raise ValidationError(_("Say what was done."))


@transaction.atomic
def practice_log_create(
    *,
    user,
    practiced_on: dt.date,
    hours: Decimal,
    what_was_done: str,
    material: MaterialPage | None = None,
    what_worked: str = "",
    what_failed: str = "",
    what_was_learned: str = "",
) -> PracticeLog:
    _validate_practice(practiced_on, hours, what_was_done)
    entry = PracticeLog.objects.create(
        user=user,
        practiced_on=practiced_on,
        hours=Decimal(hours),
        material=material,
        what_was_done=what_was_done.strip(),
        what_worked=what_worked.strip(),
        what_failed=what_failed.strip(),
        what_was_learned=what_was_learned.strip(),
    )
    schedule_recompute(user.pk)
    return entry


@transaction.atomic
def practice_log_update(*, entry: PracticeLog, user, **fields) -> PracticeLog:
    if entry.user_id != user.pk:
        raise PermissionDenied
    allowed = {
        "practiced_on",
        "hours",
        "what_was_done",
        "material",
        "what_worked",
        "what_failed",
        "what_was_learned",
    }
    # Read from the database: a bound ModelForm has already changed the instance in memory.
    vouched_for = (
        PracticeLog.objects.select_for_update()
        .filter(pk=entry.pk)
        .values_list("practiced_on", "hours")
        .get()
    )
    for key, value in fields.items():
        if key not in allowed:
            raise TypeError(key)
        setattr(entry, key, value.strip() if isinstance(value, str) else value)
    _validate_practice(entry.practiced_on, entry.hours, entry.what_was_done)
    entry.save()
    # The form sends every field: compare values (2.0 h is 2 h), not which keys came.
    if (entry.practiced_on, Decimal(entry.hours)) != vouched_for:
        # What neighbours vouched for changed: their word no longer holds.
        entry.vouches.filter(status=Vouch.Status.CONFIRMED).update(
            status=Vouch.Status.REQUESTED, decided_at=None
        )
    schedule_recompute(user.pk)
    return entry


@transaction.atomic
def practice_log_delete(*, entry: PracticeLog, user) -> None:
    if entry.user_id != user.pk:
        raise PermissionDenied
    entry.delete()
    schedule_recompute(user.pk)


@transaction.atomic
def practice_share(*, entry: PracticeLog, user, council_id: int | None) -> PracticeLog:
    """Share an entry with one of the person's councils, or make it private again."""
    if entry.user_id != user.pk:
        raise PermissionDenied
    if (
        council_id is not None
        and not Membership.objects.filter(user=user, council_id=council_id).exists()
    ):
        raise ValidationError(_("You can share only with a council you belong to."))
    entry.shared_with_id = council_id
    entry.save(update_fields=["shared_with", "updated_at"])
    # Members of the council it left no longer read it, so their pending asks end. Their
    # confirmed word stays theirs: it counts again only if the entry comes back to them.
    pending = entry.vouches.filter(status=Vouch.Status.REQUESTED)
    if council_id is not None:
        pending = pending.exclude(council_id=council_id)
    pending.update(status=Vouch.Status.WITHDRAWN, decided_at=timezone.now())
    schedule_recompute(user.pk)
    return entry


@transaction.atomic
def vouch_request(*, entry: PracticeLog, by, voucher) -> Vouch:
    if entry.user_id != by.pk:
        raise PermissionDenied
    if entry.shared_with_id is None:
        raise ValidationError(_("Share the entry with your council before asking for a vouch."))
    if voucher.pk == by.pk:
        raise ValidationError(_("You can't vouch for yourself: ask a neighbour who was there."))
    if not Membership.objects.filter(user=voucher, council_id=entry.shared_with_id).exists():
        raise ValidationError(_("Only members of the council the entry is shared with can vouch."))
    vouch, created = Vouch.objects.get_or_create(
        entry=entry, voucher=voucher, council_id=entry.shared_with_id
    )
    if not created:
        if vouch.status == Vouch.Status.CONFIRMED:
            raise ValidationError(_("This neighbour already vouched for this practice."))
        vouch.status = Vouch.Status.REQUESTED
        vouch.decided_at = None
        vouch.save(update_fields=["status", "decided_at"])
    return vouch


@transaction.atomic
def vouch_decide(*, vouch: Vouch, by, confirm: bool) -> Vouch:
    if vouch.voucher_id != by.pk:
        raise PermissionDenied
    entry = vouch.entry
    if entry.user_id == by.pk:
        raise ValidationError(_("You can't vouch for yourself."))
    if (
        entry.shared_with_id is None
        or vouch.council_id != entry.shared_with_id
        or not Membership.objects.filter(user=by, council_id=entry.shared_with_id).exists()
    ):
        raise ValidationError(_("Only members of the council the entry is shared with can vouch."))
    if vouch.status != Vouch.Status.REQUESTED:
        raise ValidationError(_("This request was already answered."))
    vouch.status = Vouch.Status.CONFIRMED if confirm else Vouch.Status.DECLINED
    vouch.decided_at = timezone.now()
    vouch.save(update_fields=["status", "decided_at"])
    schedule_recompute(entry.user_id)
    return vouch


@transaction.atomic
def vouch_withdraw(*, vouch: Vouch, by) -> Vouch:
    if vouch.voucher_id != by.pk:
        raise PermissionDenied
    if vouch.status != Vouch.Status.CONFIRMED:
        raise ValidationError(_("Only a confirmed vouch can be withdrawn."))
    vouch.status = Vouch.Status.WITHDRAWN
    vouch.decided_at = timezone.now()
    vouch.save(update_fields=["status", "decided_at"])
    schedule_recompute(vouch.entry.user_id)
    return vouch
