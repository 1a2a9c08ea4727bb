"""Reads about councils, their members and invitations."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from ..models import Council, Invitation, JoinRequest, Membership


def memberships_of(*, user) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user).select_related("council").order_by("council__name")


def coordinated_memberships(*, user) -> list[Membership]:
    return [m for m in memberships_of(user=user) if m.is_coordinator]


def council_for_member(*, slug: str, user) -> tuple[Council, Membership]:
    """The council and the visitor's membership, or 404: non-members learn nothing, not even that it exists."""
    if not user.is_authenticated:
        raise Http404
    membership = (
        Membership.objects.select_related("council").filter(council__slug=slug, user=user).first()
    )
    if membership is None:
        raise Http404
    return membership.council, membership


def council_members(*, council: Council) -> QuerySet[Membership]:
    return council.memberships.select_related("user").order_by(
        "user__display_name", "user__username"
    )


def member_count(*, council: Council) -> int:
    return council.memberships.count()


def member_of_council(*, council: Council, pk: int) -> Membership:
    return get_object_or_404(Membership.objects.select_related("user"), pk=pk, council=council)


def invitations_of(*, council: Council) -> QuerySet[Invitation]:
    return council.invitations.select_related("created_by")


def invitation_of_council(*, council: Council, pk: int) -> Invitation:
    return get_object_or_404(Invitation, pk=pk, council=council)


def invitation_by_code(*, code: str) -> Invitation | None:
    """Only a usable code names its council: a dead one reveals nothing."""
    if not code:
        return None
    invitation = Invitation.objects.select_related("council").filter(code=code).first()
    return invitation if invitation is not None and invitation.is_usable else None


def join_requests_of(*, council: Council) -> QuerySet[JoinRequest]:
    return council.join_requests.select_related("user").order_by("created_at")


def join_request_of_council(*, council: Council, pk: int) -> JoinRequest:
    return get_object_or_404(JoinRequest, pk=pk, council=council)


def councils_awaiting_approval(*, user) -> QuerySet[Council]:
    """The councils this person coordinates where someone waits to join, with how many wait."""
    return (
        Council.objects.filter(memberships__user=user, memberships__is_coordinator=True)
        .annotate(waiting=Count("join_requests", distinct=True))
        .filter(Q(waiting__gt=0))
        .order_by("name")
    )
