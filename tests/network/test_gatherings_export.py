"""A council takes its encuentros with its data, and erasing it leaves the network's encuentros."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from councils.services.export import council_export
from network.models import Gathering, Registration
from network.services import gatherings as services

from . import gatherings_support as support
from .gatherings_support import in_the_past, next_saturday

pytestmark = pytest.mark.django_db
net = support.net


def test_the_council_export_carries_its_registrations_and_commitments(net):
    services.registration_save(
        gathering=net.gathering,
        council=net.fishing,
        by=net.fishing_coordinator,
        people=8,
        children=3,
    )
    in_the_past(net.gathering)
    services.commitments_record(
        gathering=net.gathering,
        council=net.fishing,
        by=net.fishing_coordinator,
        commitments="Organizar la mesa de cuentas claras.",
    )
    hosted = services.gathering_convene(
        by=net.fishing_coordinator,
        title="Encuentro en la playa",
        starts_at=next_saturday(weeks=4),
        ends_at=next_saturday(weeks=4) + dt.timedelta(hours=5),
        place="Playa Colorada",
        host_council=net.fishing,
    )
    data = council_export(council=net.fishing, by=net.fishing_coordinator)
    json.dumps(data)  # plain data
    (registration,) = data["encuentros"]
    assert registration["title"] == "Encuentro regional de oriente"
    assert (registration["people"], registration["children_needing_childcare"]) == (8, 3)
    assert registration["commitments"] == "Organizar la mesa de cuentas claras."
    assert [g["title"] for g in data["encuentros_hosted"]] == [hosted.title]
    assert data["council"]["listed_in_directory"] is False
    other = council_export(council=net.farming, by=net.farming_coordinator)
    assert other["encuentros"] == [] and other["encuentros_hosted"] == []


def test_erasing_a_council_removes_its_registrations_and_keeps_the_encuentro(net):
    services.registration_save(
        gathering=net.gathering,
        council=net.farming,
        by=net.farming_coordinator,
        people=4,
        children=0,
    )
    hosted = services.gathering_convene(
        by=net.farming_coordinator,
        title="Encuentro campesino",
        starts_at=next_saturday(weeks=4),
        ends_at=next_saturday(weeks=4) + dt.timedelta(hours=5),
        place="El Tacal",
        host_council=net.farming,
    )
    net.farming.delete()
    assert not Registration.objects.exists()
    hosted.refresh_from_db()
    assert hosted.host_council is None
    assert Gathering.objects.filter(pk=net.gathering.pk).exists()
