"""Demo encuentros, read from ``data/gatherings.toml``: one past, one to come.

The coming one is convened and registered through the services, as people would do it.
The past one is written to the tables (the services only convene and register for a time
to come), then its outcomes and commitments are recorded through the services. The demo
network coordinator joins the "Network coordinators" group; the demo councils choose to
be listed in the network's directory, one by name and one anonymised. Idempotent: an
encuentro is found by a uid derived from its ``key``; existing ones are left alone.
"""

from __future__ import annotations

import datetime as dt
import tomllib
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from councils.models import Council, Membership

from ..models import AgendaEntry, Experience, Gathering, Registration, ShareMode
from ..services import gatherings as services

DATA = Path(__file__).resolve().parent / "data" / "gatherings.toml"
NAMESPACE = uuid.UUID("6f1c2a57-5b7e-4f0e-9a51-2c9f3e1d8b40")
NETWORK_LOGIN = "red.coordinacion"
GROUP = "Network coordinators"
DIRECTORY = {"playa-azul": False, "barrio-la-esperanza": True}  # slug: anonymised


def read_data(path: Path = DATA) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def uid_for(key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, key)


def _text(value, language: str) -> str:
    if isinstance(value, dict):
        return value.get(language) or value[settings.LANGUAGE_CODE]
    return value or ""


def _saturday(weeks: int) -> dt.date:
    today = timezone.localdate()
    days = (5 - today.weekday()) % 7 or 7
    return today + dt.timedelta(days=days + 7 * weeks)


def _at(day: dt.date, clock: str) -> dt.datetime:
    hour, minute = (int(part) for part in clock.split(":"))
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


def _coordinator(council: Council):
    membership = (
        Membership.objects.filter(council=council, is_coordinator=True)
        .select_related("user")
        .order_by("pk")
        .first()
    )
    return membership.user if membership else None


def _agenda(gathering: Gathering, titles: list[str]) -> None:
    shared = Experience.objects.exclude(share_mode=ShareMode.PRIVATE)
    for position, title in enumerate(titles, start=1):
        experience = shared.filter(title=title).order_by("pk").first()
        if experience is not None:
            AgendaEntry.objects.get_or_create(
                gathering=gathering, experience=experience, defaults={"position": position}
            )


def _past(item: dict, network, councils: dict, language: str) -> Gathering:
    day = _saturday(item["weeks"])
    host = councils.get(item.get("host") or "")
    gathering = Gathering.objects.create(
        uid=uid_for(item["key"]),
        title=_text(item["title"], language),
        starts_at=_at(day, item["start"]),
        ends_at=_at(day, item["end"]),
        place=_text(item["place"], language),
        host_council=host,
        description=_text(item["description"], language),
        convened_by=network,
    )
    _agenda(gathering, item.get("agenda", []))
    for entry in item.get("registrations", []):
        council = councils.get(entry["council"])
        coordinator = _coordinator(council) if council else None
        if coordinator is None:
            continue
        Registration.objects.create(
            gathering=gathering,
            council=council,
            people=entry["people"],
            children=entry["children"],
            registered_by=coordinator,
        )
        if entry.get("commitments"):
            services.commitments_record(
                gathering=gathering,
                council=council,
                by=coordinator,
                commitments=_text(entry["commitments"], language),
            )
    if item.get("outcomes"):
        services.outcomes_record(
            gathering=gathering, by=network, outcomes=_text(item["outcomes"], language)
        )
    return gathering


def _coming(item: dict, network, councils: dict, language: str) -> Gathering:
    day = _saturday(item["weeks"])
    gathering = services.gathering_convene(
        by=network,
        title=_text(item["title"], language),
        starts_at=_at(day, item["start"]),
        ends_at=_at(day, item["end"]),
        place=_text(item["place"], language),
        host_council=councils.get(item.get("host") or ""),
        description=_text(item["description"], language),
    )
    Gathering.objects.filter(pk=gathering.pk).update(uid=uid_for(item["key"]))
    gathering.refresh_from_db()
    _agenda(gathering, item.get("agenda", []))
    for entry in item.get("registrations", []):
        council = councils.get(entry["council"])
        coordinator = _coordinator(council) if council else None
        if coordinator is not None:
            services.registration_save(
                gathering=gathering,
                council=council,
                by=coordinator,
                people=entry["people"],
                children=entry["children"],
            )
    return gathering


@transaction.atomic
def load(*, path: Path = DATA, language: str | None = None) -> dict:
    """Create the missing demo encuentros; returns how many were created."""
    created = {"gatherings": 0}
    network = get_user_model().objects.filter(username=NETWORK_LOGIN).first()
    if network is None:  # the councils demo did not run (no library yet)
        return created
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        network.groups.add(group)
    network = get_user_model().objects.get(pk=network.pk)  # fresh permission cache
    language = language or settings.LANGUAGE_CODE
    councils = {c.slug: c for c in Council.objects.filter(slug__in=DIRECTORY)}
    for item in read_data(path).get("gatherings", []):
        if Gathering.objects.filter(uid=uid_for(item["key"])).exists():
            continue
        in_the_past = _saturday(item["weeks"]) <= timezone.localdate()
        (_past if in_the_past else _coming)(item, network, councils, language)
        created["gatherings"] += 1
        for slug, anonymised in DIRECTORY.items():
            if slug in councils:
                Council.objects.filter(pk=councils[slug].pk).update(
                    listed_in_directory=True, directory_anonymised=anonymised
                )
    return created
