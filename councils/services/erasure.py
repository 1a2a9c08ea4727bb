"""Erasing a council: asked with the password again, carried out after a 7-day grace period.

Any coordinator can cancel during the grace period, and every coordinator is told
of the request and of a cancellation. The beat's ``purge_councils_due`` erases
for good; nothing that names the council is left, and other councils' copies read
"adapted from a plan of another council".
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from .. import events, rules
from ..models import (
    AssemblyOutcome,
    Council,
    FormationPlan,
    Membership,
    Notice,
    PlanVersion,
    Session,
    VersionEvent,
)
from ..signals import council_erased
from .common import require_coordinator
from .notices import notify_coordinators

GRACE = rules.ERASE_GRACE
erase_due_at = rules.erase_due_at


@transaction.atomic
def council_request_erase(
    *, council: Council, by, confirmation: str, password: str, actor: Membership | None = None
) -> dt.datetime:
    """Start the grace period; returns when the council will be erased for good."""
    require_coordinator(council=council, user=by, actor=actor)
    council = Council.objects.select_for_update().get(pk=council.pk)
    if council.erase_requested_at:
        raise ValidationError(_("This council is already going to be erased."))
    if confirmation.strip() != council.name:
        raise ValidationError(_("Type the council's name exactly to confirm."))
    if not password or not by.check_password(password):
        raise ValidationError(_("That is not your current password."))
    council.erase_requested_at = timezone.now()
    council.erase_requested_by = by
    council.save(update_fields=["erase_requested_at", "erase_requested_by"])
    due = erase_due_at(council)
    notify_coordinators(
        council=council,
        kind=Notice.Kind.SECURITY,
        message=gettext_noop(
            "%(person)s asked to erase %(council)s. It will be erased for good on %(date)s "
            "unless a coordinator cancels."
        ),
        params={
            "person": by.public_name,
            "council": council.name,
            "date": formats.date_format(timezone.localtime(due), "DATE_FORMAT"),
        },
        url=council.get_absolute_url(),
    )
    return due


@transaction.atomic
def council_cancel_erase(*, council: Council, by, actor: Membership | None = None) -> None:
    require_coordinator(council=council, user=by, actor=actor)
    council = Council.objects.select_for_update().get(pk=council.pk)
    if not council.erase_requested_at:
        raise ValidationError(_("This council is not going to be erased."))
    council.erase_requested_at = None
    council.erase_requested_by = None
    council.save(update_fields=["erase_requested_at", "erase_requested_by"])
    notify_coordinators(
        council=council,
        kind=Notice.Kind.SECURITY,
        message=gettext_noop("%(person)s cancelled the erasure of %(council)s."),
        params={"person": by.public_name, "council": council.name},
        url=council.get_absolute_url(),
    )


def councils_due_for_purge(*, now: dt.datetime | None = None) -> list[int]:
    now = now or timezone.now()
    return list(
        Council.objects.filter(erase_requested_at__lte=now - GRACE).values_list("pk", flat=True)
    )


@transaction.atomic
def council_purge(*, council_id: int, now: dt.datetime | None = None) -> bool:
    """Erase a council whose grace period is over; False if it was cancelled or is gone."""
    now = now or timezone.now()
    council = (
        Council.objects.select_for_update()
        .filter(pk=council_id, erase_requested_at__lte=now - GRACE)
        .first()
    )
    if council is None:
        return False
    _erase_now(council)
    return True


def _erase_now(council: Council) -> None:
    member_ids = list(council.memberships.values_list("user_id", flat=True))
    council_erased.send(sender=Council, council_id=council.pk, member_ids=member_ids)
    outcomes = AssemblyOutcome.objects.filter(assembly__council=council)
    # Corrections point at what they correct (protected): delete the latest first.
    while outcomes.exists():
        outcomes.filter(corrected_by__isnull=True).delete()
    Session.objects.filter(council=council).delete()
    _forget_in_copies(council)
    council.delete()


def _forget_in_copies(council: Council) -> None:
    """Other councils' copies keep their content but no longer name this council or its plans."""
    copies = FormationPlan.objects.filter(copied_from__council=council)
    anonymous = {"kind": events.ORIGIN_PLAN}
    PlanVersion.objects.filter(plan__in=copies, event=VersionEvent.COPIED).update(
        event_data=anonymous
    )
    copies.update(copied_from=None, copied_from_data=anonymous)
