"""The summaries always equal a recomputation from the events, whatever happened before.

Hypothesis plays a network's life (people join, change roles and leave, describe
themselves or stop, sessions are held with or without counts, cancelled or removed,
assemblies are held and removed) through saves and deletes, with the on-commit rebuild
running as in production (signals, outbox, eager task). After the changes the stored
summaries must equal ``oracle``'s slow recomputation, and rebuilding everything again
must change nothing: not a row, not a digest.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councils.models import Assembly, Membership, Session, SessionStatus
from insights import services
from insights.models import CouncilSummary, Gender, NetworkSummary, PendingInsight

from ..councils.factories import CouncilFactory, PlanItemFactory
from ..factories import UserFactory
from .oracle import (
    expected_state,
    expected_territories,
    expected_years,
    stored_state,
    stored_territories,
    stored_years,
)

pytestmark = pytest.mark.django_db

COUNT = st.one_of(st.none(), st.integers(min_value=0, max_value=30))
PICK = st.integers(min_value=0, max_value=1000)
COUNCIL = st.integers(min_value=0, max_value=1)
DAYS_BACK = st.integers(min_value=0, max_value=5 * 365)

OPS = st.one_of(
    st.tuples(st.just("join"), COUNCIL, st.integers(0, 6), st.booleans(), st.booleans()),
    st.tuples(st.just("roles"), PICK, st.booleans(), st.booleans()),
    st.tuples(st.just("leave"), PICK),
    st.tuples(st.just("describe"), PICK, st.sampled_from([None, *Gender.values])),
    st.tuples(st.just("session"), COUNCIL, DAYS_BACK, st.tuples(*[COUNT] * 6)),
    st.tuples(st.just("session_later"), COUNCIL),
    st.tuples(st.just("cancel"), PICK),
    st.tuples(st.just("drop_session"), PICK),
    st.tuples(st.just("assembly"), COUNCIL, DAYS_BACK, st.tuples(*[COUNT] * 6)),
    st.tuples(st.just("drop_assembly"), PICK),
)
SESSION_COUNTS = (
    "attended_women",
    "attended_men",
    "attended_other",
    "facilitated_women",
    "facilitated_men",
    "facilitated_other",
)
ASSEMBLY_COUNTS = (
    "attended_women",
    "attended_men",
    "attended_other",
    "spoke_women",
    "spoke_men",
    "spoke_other",
)


def pick(queryset, index):
    rows = list(queryset.order_by("pk"))
    return rows[index % len(rows)] if rows else None


def play(op, councils, items):
    kind, *args = op
    now = timezone.now()
    if kind == "join":
        council, years_back, fac, coord = args
        membership = Membership.objects.create(
            council=councils[council],
            user=UserFactory(),
            is_facilitator=fac,
            is_coordinator=coord,
        )
        membership.joined_at = now - dt.timedelta(days=365 * years_back)
        membership.save()
    elif kind == "roles":
        index, fac, coord = args
        membership = pick(Membership.objects.filter(council__in=councils), index)
        if membership:
            membership.is_facilitator, membership.is_coordinator = fac, coord
            membership.save()
    elif kind == "leave":
        membership = pick(Membership.objects.filter(council__in=councils), args[0])
        if membership:
            membership.delete()
    elif kind == "describe":
        index, gender = args
        membership = pick(Membership.objects.filter(council__in=councils), index)
        if membership:
            services.self_description_set(user=membership.user, gender=gender)
    elif kind in ("session", "session_later"):
        council = args[0]
        if kind == "session":
            starts = now - dt.timedelta(days=args[1], hours=1)
            counts = dict(zip(SESSION_COUNTS, args[2], strict=True))
        else:
            starts, counts = now + dt.timedelta(days=3), {}
        Session.objects.create(
            council=councils[council],
            item=items[council],
            starts_at=starts,
            ends_at=starts + dt.timedelta(minutes=150),
            place="Casa comunal",
            **counts,
        )
    elif kind == "cancel":
        session = pick(Session.objects.filter(council__in=councils), args[0])
        if session:
            session.status = SessionStatus.CANCELLED
            session.save()
    elif kind == "drop_session":
        session = pick(Session.objects.filter(council__in=councils), args[0])
        if session:
            session.delete()
    elif kind == "assembly":
        council, days_back, counts = args
        Assembly.objects.create(
            council=councils[council],
            plan=items[council].section.plan,
            held_on=timezone.localdate() - dt.timedelta(days=days_back),
            place="Cancha techada",
            attendance=100,
            **dict(zip(ASSEMBLY_COUNTS, counts, strict=True)),
        )
    elif kind == "drop_assembly":
        assembly = pick(Assembly.objects.filter(council__in=councils), args[0])
        if assembly:
            assembly.delete()


def snapshot(councils):
    return (
        [stored_years(c) for c in councils],
        [stored_state(c) for c in councils],
        stored_territories(),
        list(CouncilSummary.objects.order_by("pk").values_list("digest", flat=True)),
        NetworkSummary.objects.values_list("digest", flat=True).first(),
    )


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(OPS, min_size=1, max_size=10))
def test_summaries_equal_a_recomputation_from_events(django_capture_on_commit_callbacks, ops):
    with django_capture_on_commit_callbacks(execute=True):
        councils = [
            CouncilFactory(territory_kind="coastal_fishing"),
            CouncilFactory(territory_kind="agriculture"),
        ]
        items = [PlanItemFactory(section__plan__council=c) for c in councils]
    for op in ops:
        with django_capture_on_commit_callbacks(execute=True):
            play(op, councils, items)
    for council in councils:
        assert stored_years(council) == expected_years(council), ops
        assert stored_state(council) == expected_state(council), ops
    assert stored_territories() == expected_territories(), ops
    assert not PendingInsight.objects.exists()

    before = snapshot(councils)
    services.rebuild_all()
    assert snapshot(councils) == before, "rebuilding again changed the summaries"
    for council in councils:
        assert stored_years(council) == expected_years(council)
