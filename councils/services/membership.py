"""Councils, their members and invitations."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from .. import rules
from ..models import Council, Invitation, JoinRequest, Membership, new_token
from .common import acting_membership, require_coordinator
from .notices import notify, notify_coordinators

# First path segments of /consejos/ that are not councils: a council named "Nuevo" must
# not get a slug its own pages could never be reached by.
RESERVED_SLUGS = frozenset({"nuevo", "unirse", "planes", "avisos", "calendario"})


def _unique_slug(name: str) -> str:
    base = slugify(name)[:60] or "consejo"
    slug, n = base, 1
    while slug in RESERVED_SLUGS or Council.objects.filter(slug=slug).exists():
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


COUNCIL_FIELDS = {
    "name",
    "state",
    "municipality",
    "territory_kind",
    "main_production",
    "description",
    "approve_joins",
    "listed_in_directory",
    "directory_anonymised",
}


def council_update(*, council: Council, by, actor: Membership | None = None, **fields) -> Council:
    require_coordinator(council=council, user=by, actor=actor)
    for key, value in fields.items():
        if key not in COUNCIL_FIELDS:
            raise TypeError(key)
        setattr(council, key, value)
    council.full_clean()
    council.save()
    return council


def invitation_create(
    *,
    council: Council,
    by,
    valid_days: int,
    max_uses: int | None = None,
    actor: Membership | None = None,
) -> Invitation:
    require_coordinator(council=council, user=by, actor=actor)
    if error := rules.invitation_error(valid_days=valid_days, max_uses=max_uses):
        raise ValidationError(error)
    return Invitation.objects.create(
        council=council,
        created_by=by,
        expires_at=timezone.now() + dt.timedelta(days=valid_days),
        max_uses=max_uses,
    )


def invitation_revoke(*, invitation: Invitation, by, actor: Membership | None = None) -> Invitation:
    acting_membership(council_id=invitation.council_id, by=by, actor=actor, role=rules.COORDINATOR)
    if invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation


def normalise_code(code: str) -> str:
    """Codes are read aloud and typed on phones: case, spaces and dashes don't count."""
    return (code or "").strip().upper().replace(" ", "").replace("-", "")


def dead_code_message() -> str:
    """One answer for unknown, expired, withdrawn and used-up codes: a dead code reveals nothing."""
    return _(
        "This code does not open any council. Check it, or ask the coordinators for a new one."
    )


@transaction.atomic
def invitation_accept(*, code: str, user) -> Membership | JoinRequest:
    """Join the council of an invitation, or ask to, where its coordinators approve joins.

    Joining twice keeps the one membership (or the one request) and spends no second use.
    """
    invitation = (
        Invitation.objects.select_for_update()
        .select_related("council")
        .filter(code=normalise_code(code))
        .first()
    )
    if invitation is None:
        raise ValidationError(dead_code_message())
    council = invitation.council
    existing = Membership.objects.filter(council=council, user=user).first()
    if existing:
        return existing
    waiting = JoinRequest.objects.filter(council=council, user=user).first()
    if waiting:
        return waiting
    if not invitation.is_usable:
        raise ValidationError(dead_code_message())
    Invitation.objects.filter(pk=invitation.pk).update(uses=F("uses") + 1)
    if council.approve_joins:
        request = JoinRequest.objects.create(council=council, user=user, invitation=invitation)
        notify_coordinators(
            council=council,
            message=gettext_noop("%(person)s asks to join %(council)s."),
            params={"person": user.public_name, "council": council.name},
            url=reverse("councils:members", args=[council.slug]) + "#join-requests",
        )
        return request
    return Membership.objects.create(council=council, user=user, is_participant=True)


@transaction.atomic
def join_request_approve(
    *, join_request: JoinRequest, by, actor: Membership | None = None
) -> Membership:
    """A coordinator lets a waiting person in, as a participant."""
    acting_membership(
        council_id=join_request.council_id, by=by, actor=actor, role=rules.COORDINATOR
    )
    membership, _created = Membership.objects.get_or_create(
        council_id=join_request.council_id,
        user_id=join_request.user_id,
        defaults={"is_participant": True},
    )
    join_request.delete()
    council = membership.council
    notify(
        users=[membership.user],
        council=council,
        message=gettext_noop("You are now a member of %(council)s."),
        params={"council": council.name},
        url=council.get_absolute_url(),
    )
    return membership


def join_request_refuse(*, join_request: JoinRequest, by, actor: Membership | None = None) -> None:
    """A coordinator turns a request down; the person learns nothing more about the council."""
    acting_membership(
        council_id=join_request.council_id, by=by, actor=actor, role=rules.COORDINATOR
    )
    join_request.delete()


def _rotate_council_secrets(council_id: int) -> None:
    """A coordinator who loses the role must lose the council's calendar feed with it."""
    Council.objects.filter(pk=council_id).update(calendar_token=new_token())


@transaction.atomic
def membership_set_roles(
    *,
    membership: Membership,
    by,
    is_participant: bool,
    is_facilitator: bool,
    is_coordinator: bool,
    actor: Membership | None = None,
) -> Membership:
    acting_membership(council_id=membership.council_id, by=by, actor=actor, role=rules.COORDINATOR)
    locked = Membership.objects.select_for_update().get(pk=membership.pk)
    if not (is_participant or is_facilitator or is_coordinator):
        raise ValidationError(_("A member holds at least one role."))
    if locked.is_coordinator and not is_coordinator:
        _ensure_other_coordinator(locked)
        _rotate_council_secrets(locked.council_id)
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
def membership_remove(*, membership: Membership, by, actor: Membership | None = None) -> None:
    """A coordinator removes a member, or a member leaves; never the last coordinator."""
    if membership.user_id != by.pk:
        acting_membership(
            council_id=membership.council_id, by=by, actor=actor, role=rules.COORDINATOR
        )
    locked = Membership.objects.select_for_update().get(pk=membership.pk)
    if locked.is_coordinator:
        _ensure_other_coordinator(locked)
        _rotate_council_secrets(locked.council_id)
    locked.delete()
