"""Where a person stands: member of some council, facilitator in one, network coordinator.

The menu and the library's pages ask on every signed-in page. ``user.has_perm`` costs
two queries (the person's own permissions and their groups'), each membership check
another; here they are one query, kept on the user object for the request (as Django
keeps permissions), so every hook asking shares it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Exists, OuterRef, Q

from .. import rules
from ..models import Membership

_USER_ATTR = "_trayecto_standing"


@dataclass(frozen=True)
class Standing:
    member: bool = False
    facilitator: bool = False
    network_coordinator: bool = False


NOBODY = Standing()


def standing_of(*, user) -> Standing:
    """One query; the same answers as memberships and ``user.has_perm`` for the network.

    As in Django's ModelBackend: inactive people hold no permission, active superusers all.
    """
    if not getattr(user, "is_authenticated", False) or user.pk is None:
        return NOBODY
    app_label, codename = rules.NETWORK_PERMISSION.split(".")
    permission = Permission.objects.filter(codename=codename, content_type__app_label=app_label)
    row = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            is_member=Exists(Membership.objects.filter(user_id=OuterRef("pk"))),
            # The facilitator role as ``rules.has_role`` reads it: coordinators too.
            facilitates=Exists(
                Membership.objects.filter(
                    Q(is_facilitator=True) | Q(is_coordinator=True), user_id=OuterRef("pk")
                )
            ),
            granted=Exists(permission.filter(user=OuterRef("pk"))),
            granted_to_group=Exists(permission.filter(group__user=OuterRef("pk"))),
        )
        .values_list("is_member", "facilitates", "granted", "granted_to_group")
        .first()
    )
    if row is None:
        return NOBODY
    is_member, facilitates, granted, granted_to_group = row
    coordinates = user.is_active and (user.is_superuser or granted or granted_to_group)
    return Standing(
        member=bool(is_member),
        facilitator=bool(facilitates),
        network_coordinator=bool(coordinates),
    )


def standing_for_user(user) -> Standing:
    """``standing_of``, asked once per user object (a request's person is a new object)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return NOBODY
    found = getattr(user, _USER_ATTR, None)
    if found is None:
        found = standing_of(user=user)
        setattr(user, _USER_ATTR, found)
    return found


def standing_for_request(request) -> Standing:
    """``standing_of`` the request's person, asked once per request."""
    return standing_for_user(getattr(request, "user", None) if request is not None else None)
