"""The encuentro's page, the list and the feed cost the same for a small and a large encuentro."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from councils.models import TerritoryKind
from network.models import AgendaEntry, Registration, ShareMode
from network.services import gatherings as services

from ..councils.factories import add_member, make_council
from ..factories import UserFactory
from ..utils import login
from . import gatherings_support as support
from .gatherings_support import experience, next_saturday, url

pytestmark = pytest.mark.django_db
net = support.net


def count_queries(client, address) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200
    return len(captured)


def grow(net, gathering, size: int) -> None:
    """``size`` more councils registered, each presenting a shared experience (half anonymised)."""
    for n in range(size):
        coordinator = UserFactory()
        council = make_council(
            coordinator,
            name=f"Consejo Comunal Sector {gathering.pk}-{n}",
            territory_kind=TerritoryKind.URBAN_BARRIO,
        )
        add_member(council, UserFactory())
        Registration.objects.create(
            gathering=gathering,
            council=council,
            people=5,
            children=1,
            commitments="Volver con el plan de agua.",
        )
        mode = ShareMode.ANONYMISED if n % 2 else ShareMode.NAMED
        AgendaEntry.objects.create(
            gathering=gathering,
            experience=experience(council, f"Experiencia {n}", mode=mode),
            position=n,
        )


def second_gathering(net):
    return services.gathering_convene(
        by=net.network,
        title="Otro encuentro",
        starts_at=next_saturday(weeks=5),
        ends_at=next_saturday(weeks=5) + dt.timedelta(hours=6),
        place="Carúpano",
    )


@pytest.mark.parametrize("who", ["network", "fishing_coordinator", "farming_member"])
def test_the_encuentro_page_costs_the_same_for_2_and_30_councils(client, net, who):
    small, large = net.gathering, second_gathering(net)
    grow(net, small, 2)
    grow(net, large, 30)
    login(client, getattr(net, who))
    count_queries(client, small.get_absolute_url())  # warm the caches
    assert count_queries(client, small.get_absolute_url()) == count_queries(
        client, large.get_absolute_url()
    )


def test_the_list_costs_the_same_for_2_and_30_encuentros(client, net):
    login(client, net.farming_member)
    count_queries(client, url("gathering_list"))
    few = count_queries(client, url("gathering_list"))
    for n in range(28):
        services.gathering_convene(
            by=net.network,
            title=f"Encuentro {n}",
            starts_at=next_saturday(weeks=3 + n),
            ends_at=next_saturday(weeks=3 + n) + dt.timedelta(hours=4),
            place="Cumaná",
            host_council=net.fishing,
        )
    assert count_queries(client, url("gathering_list")) == few


def test_the_feed_costs_the_same_for_1_and_20_registered_encuentros(client, net):
    services.registration_save(
        gathering=net.gathering,
        council=net.fishing,
        by=net.fishing_coordinator,
        people=3,
        children=0,
    )
    feed = reverse("councils:council_feed", args=[net.fishing.calendar_token])
    count_queries(client, feed)
    one = count_queries(client, feed)
    for n in range(19):
        other = services.gathering_convene(
            by=net.network,
            title=f"Encuentro {n}",
            starts_at=next_saturday(weeks=3 + n),
            ends_at=next_saturday(weeks=3 + n) + dt.timedelta(hours=4),
            place="Cumaná",
        )
        services.registration_save(
            gathering=other, council=net.fishing, by=net.fishing_coordinator, people=3, children=0
        )
    assert count_queries(client, feed) == one
