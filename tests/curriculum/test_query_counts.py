"""Pages cost the same number of queries whether the library holds ten materials or a hundred.

Rural connections are slow and servers are small: a page that runs one query per
material gets slower every year the library grows. Each test measures a page with
some content, then with ten times as much, after a warm-up request each time.
"""

import traceback
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ..factories import (
    PracticeAssignmentPageFactory,
    ReadingPageFactory,
    StudyPathPageFactory,
    ThemeFactory,
    UserFactory,
    WorkshopPageFactory,
    agenda_data,
    stages_data,
)
from ..utils import login, publish

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    assert client.get(url).status_code == 200  # warm-up: Wagtail caches site root paths
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in context.captured_queries]


def assert_same_cost(small, large, what):
    assert len(large) == len(small), (
        f"{what}: {len(small)} queries with little content, {len(large)} with ten times more.\n"
        + "\n".join(sorted(set(large) - set(small))[:10])
    )


def add_materials(tree, start, count):
    """``count`` materials of each type, each with its own theme and one shared theme."""
    materials = []
    for number in range(start, start + count):
        theme = ThemeFactory(name=f"Tema comunal {number}")
        materials += [
            ReadingPageFactory(
                parent=tree.library,
                title=f"Lectura de formación {number}",
                themes=[theme, "Agua"],
            ),
            WorkshopPageFactory(
                parent=tree.library,
                title=f"Taller comunal {number}",
                themes=[theme, "Agua"],
                follow_up_practice=None,
            ),
            PracticeAssignmentPageFactory(
                parent=tree.library,
                title=f"Práctica en el territorio {number}",
                estimated_hours=Decimal("1.5"),
                themes=[theme],
            ),
        ]
    return materials


def add_paths(tree, start, count, materials, run_on_commit):
    paths = []
    for number in range(start, start + count):
        path = StudyPathPageFactory(
            parent=tree.paths_index,
            title=f"Trayecto de formación {number}",
            stages=stages_data([(f"Etapa {number}", "", materials[:3])]),
        )
        with run_on_commit():
            publish(path)
        paths.append(path)
    return paths


def test_home_page(client, tree, run_on_commit):
    materials = add_materials(tree, 0, 1)
    add_paths(tree, 0, 1, materials, run_on_commit)
    small = queries_for(client, tree.home.url)
    materials += add_materials(tree, 1, 9)
    add_paths(tree, 1, 9, materials, run_on_commit)
    large = queries_for(client, tree.home.url)
    assert_same_cost(small, large, "home page")


@pytest.mark.parametrize("query", ["", "?theme=agua", "?kind=workshop&duration=medium"])
def test_library_index(client, tree, query):
    add_materials(tree, 0, 1)
    small = queries_for(client, tree.library.url + query)
    add_materials(tree, 1, 9)
    large = queries_for(client, tree.library.url + query)
    assert_same_cost(small, large, f"library {query}")


def test_study_path_index(client, tree, run_on_commit):
    materials = add_materials(tree, 0, 1)
    add_paths(tree, 0, 1, materials, run_on_commit)
    small = queries_for(client, tree.paths_index.url)
    add_paths(tree, 1, 9, materials, run_on_commit)
    large = queries_for(client, tree.paths_index.url)
    assert_same_cost(small, large, "study path index")


def test_study_path(client, tree, run_on_commit):
    materials = add_materials(tree, 0, 10)
    short = StudyPathPageFactory(
        parent=tree.paths_index,
        title="Trayecto corto",
        stages=stages_data([("Única etapa", "Leer y practicar.", materials[:3])]),
    )
    long = StudyPathPageFactory(
        parent=tree.paths_index,
        title="Trayecto largo",
        stages=stages_data(
            [
                (f"Etapa {number}", "Leer y practicar.", materials[number * 3 : number * 3 + 3])
                for number in range(10)
            ]
        ),
    )
    with run_on_commit():
        publish(short)
        publish(long)
    assert_same_cost(
        queries_for(client, short.url), queries_for(client, long.url), "study path page"
    )


def test_workshop_page(client, tree, run_on_commit):
    practice = PracticeAssignmentPageFactory(parent=tree.library, title="Convocar la asamblea")
    themes = [ThemeFactory(name=f"Tema del taller {number}") for number in range(10)]

    def workshop(title, size):
        return WorkshopPageFactory(
            parent=tree.library,
            title=title,
            agenda=agenda_data([(f"Actividad {n}", 15) for n in range(2 * size)]),
            follow_up_practice=practice,
            themes=themes[:size],
        )

    small_workshop = workshop("Taller pequeño", 1)
    large_workshop = workshop("Taller grande", 10)
    add_paths(tree, 0, 1, [small_workshop], run_on_commit)
    add_paths(tree, 1, 10, [large_workshop], run_on_commit)
    assert_same_cost(
        queries_for(client, small_workshop.url),
        queries_for(client, large_workshop.url),
        "workshop page",
    )


def test_reading_page(client, tree, run_on_commit):
    small_reading = ReadingPageFactory(parent=tree.library, title="Lectura corta", themes=["Agua"])
    large_reading = ReadingPageFactory(
        parent=tree.library,
        title="Lectura larga",
        themes=[f"Tema de lectura {n}" for n in range(10)],
    )
    add_paths(tree, 0, 1, [small_reading], run_on_commit)
    add_paths(tree, 1, 10, [large_reading], run_on_commit)
    assert_same_cost(
        queries_for(client, small_reading.url),
        queries_for(client, large_reading.url),
        "reading page",
    )


# The library's own reads on a search: themes (list and filter choices, one query), the
# count, and one page of results with their themes. The rest of the page is the site's
# frame (session, routing, menus, settings), the same on every page.
LIBRARY_OWN_QUERIES = 4
OWN_CODE = ("curriculum/selectors/", "curriculum/search.py", "django/core/paginator.py")


def own_queries(client, url):
    """The queries the library's selectors and its paginated results run on this page."""
    assert client.get(url).status_code == 200  # warm-up
    own = []

    def record(execute, sql, params, many, context):
        if any(part in frame.filename for frame in traceback.extract_stack() for part in OWN_CODE):
            own.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        assert client.get(url).status_code == 200
    return own


@pytest.mark.parametrize("signed_in", [False, True])
def test_library_search_is_flat_and_light(client, tree, signed_in):
    if signed_in:
        login(client, UserFactory(username="lectora"))
    add_materials(tree, 0, 1)
    search = tree.library.url + "?q=agua"
    small = queries_for(client, search)
    add_materials(tree, 1, 20)
    assert_same_cost(small, queries_for(client, search), "library search")
    for url in (search, search + "&theme=agua&kind=workshop", tree.library.url):
        own = own_queries(client, url)
        assert len(own) <= LIBRARY_OWN_QUERIES, "\n".join(own)
