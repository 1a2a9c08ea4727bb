"""The council's and the network's dashboards: who sees them, what they show, what they hide.

Every URL is asked by an anonymous visitor, a member of another council, a member, a
facilitator, a coordinator and a network coordinator. Then what a coordinator reads:
tables and SVG charts of the same numbers, "fewer than 5" for small counts, nothing
recoverable by subtraction, in Spanish and English, in a constant number of queries,
and a new number as soon as the summaries change.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from councils.models import Membership
from insights import services
from insights.rules import FEW, HIDDEN, Cell

from ..councils.factories import CouncilFactory, PlanItemFactory, add_member
from ..factories import UserFactory
from .conftest import counted_assembly, counted_session, describe
from .test_rules import attack

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "other_council", "member", "facilitator", "coordinator", "network")


def person(world, role):
    return {
        "anonymous": None,
        "other_council": world.outsider,
        "member": world.member,
        "facilitator": world.facilitator,
        "coordinator": world.coordinator,
        "network": world.network,
    }[role]


def urls(world):
    return {
        "council_dashboard": reverse("insights:council_dashboard", args=[world.council.slug]),
        "network_dashboard": reverse("insights:network_dashboard"),
        "network_csv": reverse("insights:network_csv"),
        "self_description": reverse("insights:self_description"),
    }


EXPECTED = {
    # role: (council dashboard, network dashboard, network CSV, self-description)
    "anonymous": (302, 302, 302, 302),
    "other_council": (404, 403, 403, 200),
    "member": (403, 403, 403, 200),
    "facilitator": (403, 403, 403, 200),
    "coordinator": (200, 403, 403, 200),
    "network": (404, 200, 200, 200),
}


@pytest.mark.parametrize("role", ROLES)
def test_who_may_see_each_page(world, as_user, role):
    client = as_user(person(world, role))
    got = tuple(client.get(url).status_code for url in urls(world).values())
    assert got == EXPECTED[role]
    if role == "anonymous":
        response = client.get(urls(world)["council_dashboard"])
        assert "/accounts/login/" in response["Location"]


def test_the_dashboards_take_no_writes(world, as_user):
    client = as_user(world.coordinator)
    assert client.post(urls(world)["council_dashboard"]).status_code == 405
    assert as_user(world.network).post(urls(world)["network_dashboard"]).status_code == 405


# --- What the page shows ---------------------------------------------------------------------


def tables(html: str) -> dict[str, tuple[list[str], list[list[str]]]]:
    """{caption: (column headers, rows of cell texts)} of the page's data tables."""
    found = {}
    for block in re.findall(r"<table class=\"data-table\">(.*?)</table>", html, re.S):
        caption = re.search(r"<caption[^>]*>(.*?)</caption>", block, re.S).group(1).strip()
        head = re.findall(r"<th scope=\"col\">(.*?)</th>", block, re.S)
        rows = []
        for row in re.findall(r"<tr><th scope=\"row\">(.*?)</tr>", block, re.S):
            label, _sep, rest = row.partition("</th>")
            cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", rest)]
            rows.append([label.strip(), *cells])
        found[caption] = (head[1:], rows)
    return found


def as_cell(text: str) -> Cell | None:
    if text == "fewer than 5":
        return Cell(None, FEW)
    if text == "hidden":
        return Cell(None, HIDDEN)
    digits = text.replace(",", "").replace(".", "")
    return Cell(int(digits)) if digits.isdigit() else None


def group_rows(head, rows):
    """(parts, total) for every "X: Women / Men / Others / total" group of every row."""
    for row in rows:
        cells = row[1:]
        for index, title in enumerate(head):
            if title.endswith(": Women"):
                group = [as_cell(c) for c in cells[index : index + 4]]
                if None not in group:
                    yield group[:3], group[3]


def recoverable(html: str) -> list[str]:
    """Every suppressed cell that subtraction from a shown total gives back (none, we hope)."""
    broken = []
    for caption, (head, rows) in tables(html).items():
        for parts, total in group_rows(head, rows):
            if attack(parts, total):
                broken.append(f"{caption}: {parts} / {total}")
        if rows and rows[-1][0] == "With a stage reached":
            column = [as_cell(r[1]) for r in rows]
            if attack(column[:-1], column[-1]):
                broken.append(f"{caption}: {column}")
    return broken


def test_the_coordinator_reads_tables_and_charts_with_small_numbers_hidden(world, as_user):
    html = as_user(world.coordinator).get(urls(world)["council_dashboard"]).content.decode()
    found = tables(html)
    members = found["Members and roles at the end of each year"][1]
    assert (
        members[-1][1:] == ["fewer than 5"] * 3
    )  # three members, one facilitator, one coordinator
    sessions_head, sessions = found["Sessions held and who attended"]
    year = str(timezone.localdate().year)
    row = next(r for r in sessions if r[0] == year)
    assert row[1] == "2"
    # 26 women, 14 men, 1 other: the 1 is "fewer than 5", and the 14 goes with it.
    assert row[3:7] == ["26", "hidden", "fewer than 5", "41"]
    assert "<svg" in html and "Sessions held per year" in html
    assert "fewer than 5" in html and "Private practice and reflections count nowhere" in html
    assert recoverable(html) == []


def test_a_share_is_shown_only_when_the_counts_behind_it_are(world, as_user):
    html = as_user(world.coordinator).get(urls(world)["council_dashboard"]).content.decode()
    found = tables(html)
    year = str(timezone.localdate().year)
    row = next(r for r in found["The responsibility gap, year by year"][1] if r[0] == year)
    # Women and totals of attendance are shown (26 of 41 in sessions, 20 of 32 in the
    # assembly): the share of women, 46 of 73, tells nothing new. Of the 8 who facilitated
    # 3 were women, "fewer than 5": their share would give the 3 away, so it is not shown.
    assert row[1:] == ["63 %", "fewer than 5", "fewer than 5"]
    facilitated = next(r for r in found["Who facilitated the sessions"][1] if r[0] == year)
    assert facilitated[1] == "fewer than 5"
    numbers_in_chart = re.findall(r"<circle[^>]*><title>[^<]*: (\d+) %</title>", html)
    assert numbers_in_chart == ["63"]


@pytest.fixture
def busy_world(world):
    """Many people, counted sessions and self-descriptions: the gap is shown."""
    council = world.council
    for n in range(8):
        member = add_member(council, UserFactory(), is_facilitator=True).user
        describe(member, "woman" if n < 5 else "man")
    for days in (3, 5, 8):
        counted_session(
            council, world.item, days_ago=days, women=20, men=10, other=5, fw=4, fm=3, fo=0
        )
    services.rebuild_all()
    return world


def test_the_gap_shows_once_enough_people_count(busy_world, as_user):
    html = (
        as_user(busy_world.coordinator).get(urls(busy_world)["council_dashboard"]).content.decode()
    )
    gap = tables(html)["The responsibility gap, year by year"][1]
    row = next(r for r in gap if r[0] == str(timezone.localdate().year))
    assert all(cell not in ("fewer than 5", "hidden") for cell in row[1:]), row
    participants, responsible, points = (int(re.sub(r"\D", "", c) or 0) for c in row[1:])
    assert re.search(rf"<circle[^>]*><title>[^<]*: {participants} %</title>", html)
    assert recoverable(html) == []


def test_the_page_speaks_spanish_and_english(world, as_user):
    client = as_user(world.coordinator)
    with translation.override("es"):
        spanish = client.get(reverse("insights:council_dashboard", args=[world.council.slug]))
    assert spanish.status_code == 200
    assert '<html lang="es">' in spanish.content.decode()
    english = client.get(urls(world)["council_dashboard"])
    assert '<html lang="en">' in english.content.decode()
    assert "The council in numbers" in english.content.decode()


def test_the_network_csv_holds_the_same_suppressed_cells(world, as_user):
    client = as_user(world.network)
    page = client.get(urls(world)["network_dashboard"]).content.decode()
    response = client.get(urls(world)["network_csv"])
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert ["The network now"] in rows
    gap_rows = [r for r in rows if r and " · " in r[0]]
    assert gap_rows, rows
    for row in gap_rows:
        for value in row[1:]:
            assert value == "fewer than 5" or re.fullmatch(r"-?\d+ (%|points)", value), row
    # Whatever a cell says on the page, the CSV says the same.
    for row in gap_rows:
        assert row[0] in page
    assert recoverable(page) == []


# --- Speed: queries and the cache ------------------------------------------------------------


def grow(world, *, councils: int, years: int):
    for n in range(councils):
        council = CouncilFactory(territory_kind=["agriculture", "urban_barrio", "mixed"][n % 3])
        item = PlanItemFactory(section__plan__council=council)
        for year in range(years):
            counted_session(council, item, days_ago=365 * year + 2, women=9, men=6, other=1)
            counted_assembly(
                council,
                item.section.plan,
                held_on=timezone.localdate() - dt.timedelta(days=365 * year),
                women=15,
                men=9,
            )
    for year in range(years):
        counted_session(world.council, world.item, days_ago=365 * year + 3, women=9, men=6)
    services.rebuild_all()


def queries_of(client, url, *, warm: bool = False) -> int:
    if not warm:
        client.get(url)  # process-wide caches (content types, locales) filled once
        cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_each_dashboard_runs_the_same_few_queries_at_any_size(world, as_user):
    coordinator, network = as_user(world.coordinator), as_user(world.network)
    grow(world, councils=2, years=2)
    small = (
        queries_of(coordinator, urls(world)["council_dashboard"]),
        queries_of(network, urls(world)["network_dashboard"]),
        queries_of(network, urls(world)["network_csv"]),
    )
    grow(world, councils=20, years=20)
    large = (
        queries_of(coordinator, urls(world)["council_dashboard"]),
        queries_of(network, urls(world)["network_dashboard"]),
        queries_of(network, urls(world)["network_csv"]),
    )
    assert small == large
    # Served from the cache, a dashboard adds to what every page of the site costs (the
    # session, the person, the header) only its gate and the summaries' digest.
    baseline = queries_of(coordinator, reverse("insights:self_description"), warm=True)
    council_warm = queries_of(coordinator, urls(world)["council_dashboard"], warm=True)
    network_baseline = queries_of(network, reverse("insights:self_description"), warm=True)
    network_warm = queries_of(network, urls(world)["network_dashboard"], warm=True)
    assert council_warm - baseline <= 2, (council_warm, baseline)
    assert network_warm - network_baseline <= 2, (network_warm, network_baseline)


def test_the_cached_dashboard_changes_as_soon_as_the_summaries_do(
    world, as_user, django_capture_on_commit_callbacks
):
    client = as_user(world.coordinator)
    url = urls(world)["council_dashboard"]
    first = tables(client.get(url).content.decode())
    with CaptureQueriesContext(connection) as warm:
        assert tables(client.get(url).content.decode()) == first
    cold = queries_of(client, url)
    assert len(warm) < cold  # the body came from the cache
    with django_capture_on_commit_callbacks(execute=True):
        counted_session(world.council, world.item, days_ago=1, women=30, men=10, other=6)
    second = client.get(url).content.decode()
    row = next(
        r
        for r in tables(second)["Sessions held and who attended"][1]
        if r[0] == str(timezone.localdate().year)
    )
    assert row[1] == "3" and row[3] == "56"


def test_members_and_roles_count_people_not_gender(world, as_user):
    """The member list and the dashboard never show anyone's self-description."""
    describe(world.facilitator, "woman")
    members_page = as_user(world.coordinator).get(
        reverse("councils:members", args=[world.council.slug])
    )
    assert "Woman" not in members_page.content.decode()
    assert Membership.objects.filter(council=world.council).count() == 3


def csv_tables(text: str) -> dict[str, tuple[list[str], list[list[str]]]]:
    """{caption: (columns, rows)} of the downloaded CSV: a caption line, a header, the rows."""
    found, lines = {}, list(csv.reader(io.StringIO(text)))
    index = 0
    while index < len(lines):
        if len(lines[index]) == 1 and index + 1 < len(lines):
            caption, head = lines[index][0], lines[index + 1][1:]
            rows, index = [], index + 2
            while index < len(lines) and lines[index]:
                rows.append(lines[index])
                index += 1
            found[caption] = (head, rows)
        index += 1
    return found


def test_stages_with_small_numbers_cannot_be_worked_out_from_page_or_csv(world, as_user):
    from ..progress.factories import FormationStageFactory, StageReachedFactory

    stages = [FormationStageFactory(sort_order=n) for n in range(3)]
    council = world.council
    for n in range(12):
        person = add_member(council, UserFactory()).user
        furthest = 0 if n < 9 else 1 if n < 11 else 2  # 9, 2 and 1 members
        for stage in stages[: furthest + 1]:
            StageReachedFactory(
                user=person, stage_key=stage.translation_key, reached_on=timezone.localdate()
            )
    services.rebuild_all()
    page = as_user(world.coordinator).get(urls(world)["council_dashboard"])
    network = as_user(world.network)
    csv_text = network.get(urls(world)["network_csv"]).content.decode()
    network_page = network.get(urls(world)["network_dashboard"]).content.decode()
    html = page.content.decode()
    stage_rows = next(rows for caption, (_h, rows) in tables(html).items() if "stage" in caption)
    assert [r[1] for r in stage_rows] == ["9", "fewer than 5", "fewer than 5", "12"]
    assert recoverable(html) == [] and recoverable(network_page) == []
    for caption, (_head, rows) in csv_tables(csv_text).items():
        if rows and rows[-1][0] == "With a stage reached":
            column = [as_cell(r[1]) for r in rows]
            assert None not in column, rows
            assert attack(column[:-1], column[-1]) == [], caption
            assert [r[1] for r in rows][-1] in ("12", "hidden")


def test_network_coordinators_find_their_dashboard_in_the_menu(world, as_user):
    target = urls(world)["network_dashboard"]
    network_home = as_user(world.network).get(urls(world)["self_description"]).content.decode()
    coordinator_home = (
        as_user(world.coordinator).get(urls(world)["self_description"]).content.decode()
    )
    assert f'href="{target}"' in network_home
    assert f'href="{target}"' not in coordinator_home
