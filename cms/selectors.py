"""Reads for the account pages: councils that depend on the person, recovery codes left."""

from __future__ import annotations

from django.db.models import Count, Q

from councils.models import Council, Membership

from .models import RecoveryCode


def _councils_of(user):
    # A subquery, not a join: a join on memberships would restrict the counts below to the person.
    mine = Membership.objects.filter(user=user).values("council_id")
    return Council.objects.filter(pk__in=mine).annotate(
        others=Count("memberships", filter=~Q(memberships__user=user), distinct=True),
        other_coordinators=Count(
            "memberships",
            filter=~Q(memberships__user=user) & Q(memberships__is_coordinator=True),
            distinct=True,
        ),
    )


def councils_needing_another_coordinator(*, user) -> list[Council]:
    """Councils where the person is the last coordinator while others remain: they would be
    left with nobody able to manage, export or erase them."""
    return list(
        _councils_of(user)
        .filter(
            pk__in=Membership.objects.filter(user=user, is_coordinator=True).values("council_id")
        )
        .filter(others__gt=0, other_coordinators=0)
        .order_by("name")
    )


def councils_where_alone(*, user) -> list[Council]:
    """Councils with no member but the person."""
    return list(_councils_of(user).filter(others=0).order_by("name"))


def recovery_codes_left(*, user) -> int:
    return RecoveryCode.objects.filter(user=user, used_at__isnull=True).count()
