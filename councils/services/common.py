"""Who acts: the acting person's membership, checked on the object the gate resolved.

Views hand services the ``actor`` membership the gate found, so no service asks
the database again who the visitor is. Callers without a request (tasks, the
demo, tests) give only ``by``: then the membership is looked up once, here.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from .. import rules
from ..models import Council, Membership


def acting_membership(
    *, council_id: int, by, actor: Membership | None = None, role: str | None = None
) -> Membership:
    """``actor`` when it is ``by``'s membership of the council with ``role``; else PermissionDenied."""
    if actor is None:
        actor = (
            Membership.objects.filter(council_id=council_id, user_id=by.pk).first()
            if getattr(by, "is_authenticated", False)
            else None
        )
    elif actor.council_id != council_id or actor.user_id != getattr(by, "pk", None):
        raise PermissionDenied
    if actor is None or not rules.has_role(actor, role):
        raise PermissionDenied
    return actor


def require_membership(*, council: Council, user, actor: Membership | None = None) -> Membership:
    return acting_membership(council_id=council.pk, by=user, actor=actor)


def require_coordinator(*, council: Council, user, actor: Membership | None = None) -> Membership:
    return acting_membership(council_id=council.pk, by=user, actor=actor, role=rules.COORDINATOR)


def require_organiser(*, council: Council, user, actor: Membership | None = None) -> Membership:
    """Coordinators and facilitators organise sessions."""
    return acting_membership(council_id=council.pk, by=user, actor=actor, role=rules.FACILITATOR)
