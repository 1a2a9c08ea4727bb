"""Reads about encuentros: who sees and manages them, their agenda, registrations and feeds.

Who sees an encuentro: whoever belongs to a council, and the network's coordinators;
never anonymous visitors, nor someone who only signed up. Who manages one (edits,
cancels, sets the agenda, records outcomes): the network's coordinators and the
coordinators of its host council. Each page reads in a constant number of queries.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from councils.models import Council, Membership
from councils.selectors import standing_for_user

from ..experience_rules import anonymised_label
from ..models import AgendaEntry, Experience, Gathering, Registration, ShareMode
from ..services.experiences import author_label, public_text
from .experiences import can_read_network

SHARED_MODES = (ShareMode.NAMED, ShareMode.ANONYMISED)


def is_network_coordinator(user) -> bool:
    """The permission, read from the person's standing (one query the menu shares)."""
    return standing_for_user(user).network_coordinator


def can_see_gatherings(user) -> bool:
    """The exchange's readers: members of any council and the network's coordinators."""
    return can_read_network(user=user)


def host_choices(*, user) -> QuerySet[Council]:
    """The councils a person may name as host: those they coordinate."""
    if not user.is_authenticated:
        return Council.objects.none()
    return Council.objects.filter(
        memberships__user_id=user.pk, memberships__is_coordinator=True
    ).order_by("name")


def can_convene(user) -> bool:
    return is_network_coordinator(user) or host_choices(user=user).exists()


def can_manage(*, gathering: Gathering, user) -> bool:
    if is_network_coordinator(user):
        return True
    if gathering.host_council_id is None or not user.is_authenticated:
        return False
    return Membership.objects.filter(
        council_id=gathering.host_council_id, user_id=user.pk, is_coordinator=True
    ).exists()


def _gatherings() -> QuerySet[Gathering]:
    return Gathering.objects.select_related("host_council")


def gathering_for(*, pk: int, user) -> Gathering:
    """The encuentro, or 404 for whoever may not see encuentros at all."""
    if not can_see_gatherings(user):
        raise Http404
    found = _gatherings().filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def gathering_to_manage(*, pk: int, user) -> Gathering:
    """The encuentro for its managers; 404 for everyone else (whether they may see it or not)."""
    gathering = gathering_for(pk=pk, user=user)
    if not can_manage(gathering=gathering, user=user):
        raise Http404
    return gathering


def gathering_of_council_page(*, pk: int) -> Gathering:
    """For pages behind the council gate: the member already may see encuentros."""
    found = _gatherings().filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def gatherings_overview(*, user) -> dict:
    """Coming encuentros first (soonest first), then past ones (latest first): two queries."""
    now = timezone.now()
    coming = list(_gatherings().filter(ends_at__gte=now).order_by("starts_at", "pk"))
    past = list(_gatherings().filter(ends_at__lt=now).order_by("-starts_at", "-pk")[:50])
    return {"coming": coming, "past": past}


def council_label(council: Council, *, anonymised: bool) -> str:
    """The council's name, or its kind of territory and state: never its name nor slug."""
    if not anonymised:
        return council.name
    return anonymised_label(
        territory_label=str(council.get_territory_kind_display()), state=council.state
    )


def experience_label(experience: Experience) -> tuple[str, str]:
    """An experience's title and author as the network reads them (anonymised: no name)."""
    return public_text(experience, experience.title), author_label(experience)


def shared_experiences() -> QuerySet[Experience]:
    return Experience.objects.filter(share_mode__in=SHARED_MODES)


def agenda_candidates(*, gathering: Gathering) -> QuerySet[Experience]:
    """Shared experiences not yet on the agenda (withdrawn ones are not shared any more)."""
    return (
        shared_experiences()
        .exclude(agenda_entries__gathering=gathering)
        .select_related("council")
        .order_by("title", "pk")
    )


def agenda_entry_of(*, gathering: Gathering, pk: int) -> AgendaEntry:
    entry = AgendaEntry.objects.filter(gathering=gathering, pk=pk).first()
    if entry is None:
        raise Http404
    return entry


@dataclass
class AgendaLine:
    entry: AgendaEntry
    title: str
    label: str
    url: str


@dataclass
class CouncilLine:
    """One of the visitor's coordinated councils, and its registration if any."""

    council: Council
    registration: Registration | None


@dataclass
class GatheringPage:
    gathering: Gathering
    agenda: list[AgendaLine]
    registrations: list[Registration]
    people: int
    children: int
    council_count: int = 0
    registered_here: bool = False  # the visitor belongs to a registered council
    mine: list[CouncilLine] = field(default_factory=list)
    my_council_ids: set[int] = field(default_factory=set)
    commitments: list[tuple[str, Registration]] = field(default_factory=list)


def agenda_lines(*, gathering: Gathering) -> list[AgendaLine]:
    """Shared experiences only, each by its public label: a withdrawn one leaves the agenda."""
    entries = (
        AgendaEntry.objects.filter(gathering=gathering, experience__share_mode__in=SHARED_MODES)
        .select_related("experience__council")
        .order_by("position", "pk")
    )
    lines = []
    for entry in entries:
        title, label = experience_label(entry.experience)
        lines.append(
            AgendaLine(
                entry=entry, title=title, label=label, url=entry.experience.get_exchange_url()
            )
        )
    return lines


def _label_for(registration: Registration, *, user_councils: set[int], manager: bool) -> str:
    """Managers and the council's own members read its name; others only what it opted to show."""
    council = registration.council
    if manager or council.pk in user_councils:
        return council.name
    named = council.listed_in_directory and not council.directory_anonymised
    return council_label(council, anonymised=not named)


def gathering_page(*, gathering: Gathering, user, manager: bool) -> GatheringPage:
    """What the encuentro's page shows to this visitor: five queries."""
    registrations = list(
        Registration.objects.filter(gathering=gathering, withdrawn_at__isnull=True)
        .select_related("council")
        .order_by("council__name")
    )
    memberships = list(
        Membership.objects.filter(user_id=user.pk)
        .select_related("council")
        .order_by("council__name")
    )
    member_of = {m.council_id for m in memberships}
    coordinated = [m for m in memberships if m.is_coordinator]
    by_council = {
        r.council_id: r
        for r in Registration.objects.filter(
            gathering=gathering, council_id__in=[m.council_id for m in coordinated]
        )
    }
    return GatheringPage(
        gathering=gathering,
        agenda=agenda_lines(gathering=gathering),
        registrations=registrations if manager else [],
        people=sum(r.people for r in registrations),
        children=sum(r.children for r in registrations),
        council_count=len(registrations),
        registered_here=any(r.council_id in member_of for r in registrations),
        mine=[CouncilLine(m.council, by_council.get(m.council_id)) for m in coordinated],
        my_council_ids=member_of,
        commitments=[
            (_label_for(r, user_councils=member_of, manager=manager), r)
            for r in registrations
            if r.commitments
        ],
    )


def registration_of(*, gathering: Gathering, council: Council) -> Registration | None:
    return Registration.objects.filter(gathering=gathering, council=council).first()


def members_to_tell(*, gathering: Gathering) -> dict[int, list]:
    """The members of each council registered (and not withdrawn), by council id."""
    memberships = Membership.objects.filter(
        council__gathering_registrations__gathering=gathering,
        council__gathering_registrations__withdrawn_at__isnull=True,
    ).select_related("user")
    found: dict[int, list] = {}
    for membership in memberships:
        found.setdefault(membership.council_id, []).append(membership.user)
    return found


def registrations_for_feed(*, council: Council) -> QuerySet[Registration]:
    """The council's registrations of the last 90 days and to come, withdrawn ones included."""
    since = timezone.now() - timezone.timedelta(days=90)
    return (
        Registration.objects.filter(council=council, gathering__ends_at__gte=since)
        .select_related("gathering__host_council")
        .order_by("gathering__starts_at")
    )
