"""The exchange, an experience page and a material's block cost the same for 10 and 1,000 experiences."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from network.models import Experience, Lesson, Question, ShareMode, TimelineEntry
from network.services import experiences as services

from . import experiences_support as support
from .experiences_support import share, url, write

english, net = support.english, support.net

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def grow(net, total: int) -> None:
    """Shared experiences of both councils, up to ``total``, each with moments, lessons and cites."""
    missing = total - Experience.objects.count()
    now = timezone.now()
    councils = [net.fishing, net.farming]
    rows = Experience.objects.bulk_create(
        Experience(
            council=councils[n % 2],
            title=f"Experiencia {n} de la red",
            starting_point="Empezamos con la asamblea y el agua que no llega.",
            share_mode=ShareMode.ANONYMISED if n % 3 == 0 else ShareMode.NAMED,
            shared_at=now - dt.timedelta(minutes=n),
            search_text=f"experiencia {n} agua asamblea",
        )
        for n in range(missing)
    )
    TimelineEntry.objects.bulk_create(
        TimelineEntry(experience=e, happened_on=dt.date(2025, 1, 1), text="Primera reunión.")
        for e in rows
    )
    Lesson.objects.bulk_create(
        Lesson(experience=e, kind=kind, text="Una lección.", theme=net.content.themes["agua"])
        for e in rows
        for kind in ("worked", "did_not_work")
    )
    Experience.themes.through.objects.bulk_create(
        Experience.themes.through(experience=e, theme=theme)
        for e in rows
        for theme in net.content.themes.values()
    )
    Experience.materials.through.objects.bulk_create(
        Experience.materials.through(experience=e, materialpage=net.content.workshop) for e in rows
    )


def count(client, address, **query) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address, query)
    assert response.status_code == 200, address
    return len(captured)


def test_the_exchange_material_block_and_experience_pages_stay_flat(net):
    by = net.people["coordinator"]
    mine = share(write(net.fishing, by, materials=[net.content.workshop]), by)
    Question.objects.create(
        experience=mine, asker_council=net.farming, asked_by=net.people["other"], text="¿Y?"
    )
    other, own = net.client("other"), net.client("participant")
    pages = {
        "exchange": (other, url("exchange"), {}),
        "exchange filtered": (other, url("exchange"), {"q": "agua", "lesson": "worked"}),
        "shared experience": (other, mine.get_exchange_url(), {}),
        "own experience": (own, url("experience_detail", net.fishing.slug, mine.pk), {}),
        "material page": (other, net.content.workshop.url, {}),
    }
    grow(net, 10)
    for client, address, query in pages.values():
        count(client, address, **query)  # warm the caches
    small = {name: count(c, a, **q) for name, (c, a, q) in pages.items()}
    grow(net, 1000)
    large = {name: count(c, a, **q) for name, (c, a, q) in pages.items()}
    assert large == small
    assert Experience.objects.count() == 1000


def test_editing_a_long_experience_costs_what_a_short_one_does(net):
    """Each row of the timeline and lessons used to read the sessions, assemblies and themes."""
    by = net.people["coordinator"]
    client = net.client("coordinator")

    def edit_page_cost(moments: int) -> int:
        experience = write(
            net.fishing,
            by,
            timeline=[
                services.Moment(happened_on=dt.date(2025, 3, 1 + n), text=f"Paso {n}.")
                for n in range(moments)
            ],
            lessons=[
                services.LessonData(kind="worked", text=f"Lección {n}.") for n in range(moments)
            ],
        )
        address = url("experience_edit", net.fishing.slug, experience.pk)
        count(client, address)  # warm the caches
        return count(client, address)

    assert edit_page_cost(1) == edit_page_cost(20)
    assert count(client, url("experience_create", net.fishing.slug)) <= 10
