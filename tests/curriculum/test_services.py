"""Against the real services: a Celery worker on Redis, and PostgreSQL's Spanish search.

Skipped without REDIS_URL / a PostgreSQL DATABASE_URL; with TRAYECTO_REQUIRE_SERVICES=1
a skip is a failure, so CI cannot pass without them.
"""

import os
import threading
import time

import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import after_task_publish, task_postrun
from django.conf import settings
from django.db import connection, connections

from curriculum.models import StudyPathMaterial

from ..factories import ReadingPageFactory, StudyPathPageFactory, WorkshopPageFactory, stages_data
from ..utils import publish

pytestmark = pytest.mark.services

REFRESH_TASK = "curriculum.tasks.refresh_study_path"


def forget_result_backend(app):
    """Celery caches the result backend (per app, or per thread): drop it after a change."""
    app._backend_cache = None
    vars(app._local).pop("backend", None)


@pytest.fixture
def celery_worker():
    """A real worker thread consuming from the Redis broker, with a Redis result backend."""
    if not os.environ.get("REDIS_URL"):
        pytest.skip("REDIS_URL is not set: no Redis broker to test Celery against")
    from cms.celery import app

    saved = {
        key: app.conf[key]
        for key in (
            "task_always_eager",
            "broker_url",
            "result_backend",
            "worker_hijack_root_logger",
        )
    }
    app.conf.task_always_eager = False
    app.conf.broker_url = settings.CELERY_BROKER_URL
    app.conf.result_backend = settings.CELERY_RESULT_BACKEND or settings.REDIS_URL
    app.conf.worker_hijack_root_logger = False
    forget_result_backend(app)

    def close_worker_connections(**kwargs):
        # The worker thread has its own database connections: close them after each task
        # so the test database can be flushed and dropped.
        if threading.current_thread() is not threading.main_thread():
            connections.close_all()

    task_postrun.connect(close_worker_connections, weak=False)
    app.control.purge()
    try:
        with start_worker(app, perform_ping_check=False, shutdown_timeout=20) as worker:
            yield app, worker
    finally:
        task_postrun.disconnect(close_worker_connections)
        for key, value in saved.items():
            app.conf[key] = value
        forget_result_backend(app)


@pytest.fixture
def sent_tasks():
    """Ids of the refresh tasks sent to the broker during the test."""
    ids = []

    def record(sender=None, headers=None, **kwargs):
        if sender == REFRESH_TASK:
            ids.append(headers["id"])

    after_task_publish.connect(record, weak=False)
    yield ids
    after_task_publish.disconnect(record)


def test_publishing_a_path_refreshes_entries_through_a_real_worker(
    live_tree, celery_worker, sent_tasks
):
    app, _ = celery_worker
    reading = ReadingPageFactory(parent=live_tree.library, title="Pedagogía del oprimido")
    workshop = WorkshopPageFactory(parent=live_tree.library, title="El agua que no llega")
    path = StudyPathPageFactory(
        parent=live_tree.paths_index,
        title="El agua como escuela",
        stages=stages_data([("Entender", "", [reading]), ("Actuar", "", [workshop])]),
    )
    assert not StudyPathMaterial.objects.filter(path=path).exists()

    publish(path)  # committed: the task goes to Redis once the transaction commits

    assert len(sent_tasks) == 1, "publishing did not send exactly one refresh task to the broker"
    assert app.AsyncResult(sent_tasks[0]).get(timeout=30) == 2
    assert list(
        StudyPathMaterial.objects.filter(path=path).values_list("material_id", "stage_number")
    ) == [(reading.pk, 1), (workshop.pk, 2)]

    # Calling the task directly through the broker returns its result as well.
    from curriculum.tasks import refresh_study_path

    result = refresh_study_path.delay(path.pk)
    assert result.get(timeout=30) == 2
    assert result.successful()


def test_unpublishing_through_a_real_worker_clears_entries(live_tree, celery_worker, sent_tasks):
    app, _ = celery_worker
    reading = ReadingPageFactory(parent=live_tree.library, title="Reforma social o revolución")
    path = StudyPathPageFactory(
        parent=live_tree.paths_index,
        title="Lecturas de base",
        stages=stages_data([("Leer", "", [reading])]),
    )
    publish(path)
    path.unpublish()
    assert len(sent_tasks) == 2
    results = [app.AsyncResult(task_id).get(timeout=30) for task_id in sent_tasks]
    assert results == [1, 0]
    deadline = time.monotonic() + 5
    while StudyPathMaterial.objects.filter(path=path).exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not StudyPathMaterial.objects.filter(path=path).exists()


@pytest.fixture
def postgres(db):
    if not settings.DATABASES["default"]["ENGINE"].endswith("postgresql") and not os.environ.get(
        "DATABASE_URL", ""
    ).startswith("postgres"):
        pytest.skip("DATABASE_URL is not PostgreSQL")
    assert connection.vendor == "postgresql"


def test_postgresql_search_understands_spanish(client, tree, postgres):
    ReadingPageFactory(
        parent=tree.library,
        title="Cuadernos de la comuna",
        body="<p>La organización de las cooperativas comunales y la educación popular.</p>",
    )
    ReadingPageFactory(
        parent=tree.library,
        title="Crónica del barrio",
        body="<p>Historias de la lucha por la vivienda.</p>",
    )

    def found(query):
        response = client.get(tree.library.url, {"q": query})
        assert response.status_code == 200
        return {m.title for m in response.context["page_obj"].object_list}

    assert found("organización") == {"Cuadernos de la comuna"}
    assert found("educación") == {"Cuadernos de la comuna"}
    # Spanish stemming: plural and singular forms meet.
    assert found("organizaciones") == {"Cuadernos de la comuna"}
    assert found("cooperativa") == {"Cuadernos de la comuna"}
    assert found("viviendas") == {"Crónica del barrio"}
    assert found("ferrocarril") == set()
    assert found("educación vivienda") == set()  # every word must match
