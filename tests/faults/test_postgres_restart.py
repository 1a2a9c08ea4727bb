"""PostgreSQL restarted under the running site: the next requests answer 200.

What a restart looks like from Django is every backend of its database going
away; here a second connection terminates them (the shared cluster keeps running).
``conn_health_checks`` finds the dead connection at the next request and reconnects.
"""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from progress.models import PracticeLog

from ..factories import UserFactory
from ..utils import login
from .conftest import needs_postgres

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def terminate_backends() -> int:
    """What a server restart does to this database's clients: their sessions end."""
    db = connection.settings_dict
    with psycopg.connect(
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        user=db["USER"],
        password=db["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    ) as admin:
        rows = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            [db["NAME"]],
        ).fetchall()
    return len(rows)


def test_the_site_recovers_from_a_postgresql_restart(base_tree, client, request_boundaries):
    needs_postgres()
    assert connection.settings_dict["CONN_HEALTH_CHECKS"]
    person = UserFactory(username="carmen_red")
    login(client, person)
    pages = [reverse("progress:record"), reverse("progress:practice_list"), "/"]
    for page in pages:
        assert client.get(page).status_code == 200, page
    assert connection.connection is not None, "the connection is kept between requests"

    assert terminate_backends() >= 1

    for _ in range(2):
        for page in pages:
            assert client.get(page).status_code == 200, page
    response = client.post(
        reverse("progress:practice_new"),
        {
            "practiced_on": (timezone.localdate() - dt.timedelta(days=1)).isoformat(),
            "hours": "1",
            "material": "",
            "what_was_done": "Reunión después del corte.",
        },
    )
    assert response.status_code == 302
    assert PracticeLog.objects.filter(user=person).exists()
