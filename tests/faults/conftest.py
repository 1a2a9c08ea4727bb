"""Real services, made to fail: a private Redis we can stop, a real worker we can kill.

The machine's shared Redis (6379) and PostgreSQL cluster are never stopped: each
test starts its own ``redis-server`` on a free port, and a PostgreSQL restart is
what its clients see of one, the test database's backends terminated.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
import redis
from django.core.signals import request_started
from django.db import close_old_connections, connection

pytestmark = pytest.mark.services

ROOT = Path(__file__).resolve().parents[2]


def needs_redis() -> None:
    if not os.environ.get("REDIS_URL"):
        pytest.skip("REDIS_URL is not set: no Redis to make fail")
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed")


def needs_postgres() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("DATABASE_URL is not PostgreSQL")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivateRedis:
    """A throwaway ``redis-server`` on its own port, stopped and started at will."""

    def __init__(self, tmp: Path):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.tmp = tmp
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no", "--dir", str(self.tmp)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                if self.client().ping():
                    return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url, socket_connect_timeout=0.5, socket_timeout=2)


@pytest.fixture
def private_redis(tmp_path):
    needs_redis()
    server = PrivateRedis(tmp_path)
    server.start()
    yield server
    server.stop()


def forget_connections(app) -> None:
    """Celery keeps its connection and producer pools per app: drop them after a URL change."""
    if app._pool is not None:
        app._pool.force_close_all()
    app._pool = None
    vars(app.amqp).pop("_producer_pool", None)


@pytest.fixture
def broker(private_redis, settings):
    """Celery and the cache on the private Redis, as in production (no eager tasks)."""
    from cms.celery import app

    saved = {k: app.conf[k] for k in ("broker_url", "task_always_eager", "result_backend")}
    settings.CACHES = {
        "default": {
            "BACKEND": "cms.cache.ResilientRedisCache",
            "LOCATION": private_redis.url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        }
    }
    app.conf.broker_url = private_redis.url
    app.conf.task_always_eager = False
    app.conf.result_backend = None
    forget_connections(app)
    yield app
    for key, value in saved.items():
        app.conf[key] = value
    forget_connections(app)


@pytest.fixture
def request_boundaries():
    """Connections checked at each request start, as the real WSGI handler does.

    Django's test client switches that off so a test's transaction survives; the
    fault tests run outside one (``transactional_db``) and need it back.
    """

    def check(**kwargs):
        close_old_connections()

    request_started.connect(check, weak=False)
    yield
    request_started.disconnect(check)


def worker_env(broker_url: str, **extra: str) -> dict[str, str]:
    """The environment of a worker process reaching this test's database and broker."""
    db = connection.settings_dict
    database_url = (
        f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}"
        f":{db['PORT'] or 5432}/{db['NAME']}"
    )
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        REDIS_URL=broker_url,
        CELERY_BROKER_URL=broker_url,
        CELERY_TASK_ALWAYS_EAGER="0",
        DB_CONN_MAX_AGE="0",
        PYTHONPATH=str(ROOT),
        **extra,
    )
    return env


def start_worker(env: dict[str, str], log: Path, *extra_args: str) -> subprocess.Popen:
    celery = ROOT / ".venv" / "bin" / "celery"
    command = [str(celery), "-A", "cms", "worker", "-P", "solo", "--concurrency", "1"]
    command += ["-Q", "celery", "--without-gossip", "--without-mingle", "--without-heartbeat"]
    command += ["-l", "info", *extra_args]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT
    )


def wait_for(condition, *, timeout: float, step: float = 0.05, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")
