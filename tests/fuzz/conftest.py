"""The fuzz world, built once per module inside a transaction that is rolled back at the end.

Building two councils, a bilingual library and five people takes seconds; each
test (one view, one role) then runs in a savepoint, and each example in another.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from http.cookies import SimpleCookie

import pytest
from django.conf import settings
from django.db import transaction
from django.shortcuts import resolve_url
from django.test import Client, override_settings

from ..utils import login
from .forms import Catalogue
from .urlconf import CRAWLED_PAGES, Target, targets
from .world import World, build_world

EXAMPLES = int(os.environ.get("TRAYECTO_FUZZ_EXAMPLES", "8"))
SEED = int(os.environ.get("TRAYECTO_FUZZ_SEED", "0"))


@dataclass
class Fuzz:
    world: World
    cookies: dict[str, SimpleCookie]
    catalogue: Catalogue
    crawled: dict[str, int | str]  # "role path" -> status of the crawl's GET (or its error)
    unreachable: set[tuple[str, str]] = field(default_factory=set)  # sent to log in

    def examples(self, target: Target, role: str) -> int:
        """Fewer examples where the role is only sent to log in: they all meet the same gate."""
        if (target.name, role) in self.unreachable:
            return max(2, EXAMPLES // 4)
        return EXAMPLES

    def client(self, role: str) -> Client:
        """A fresh client holding the role's session (an example may log out or delete it)."""
        client = Client(raise_request_exception=True)
        client.cookies = SimpleCookie()
        client.cookies.load(self.cookies[role].output(header="", sep=";").strip())
        return client


def own_path(target: Target, world: World, role: str) -> str | None:
    """The target's URL with the role's own values, or None if a keyword has no value."""
    from django.urls import reverse

    if target.is_page:
        return world.page_paths()[target.name]
    kwargs = {}
    for keyword, noun in target.nouns().items():
        values = world.own(noun, role) if noun else []
        if not values:
            return None
        kwargs[keyword] = values[0]
    return reverse(target.name, kwargs=kwargs)


def crawl(fuzz: Fuzz) -> None:
    """GET every target as every role and file the forms each page offers."""
    pages = fuzz.world.page_paths()
    login_url = resolve_url(settings.LOGIN_URL)
    crawled_only = [Target(name=name, route="") for name in CRAWLED_PAGES]
    for role in fuzz.world.users:
        for target in targets() + crawled_only:
            path = own_path(target, fuzz.world, role)
            if path is None:
                continue
            try:
                with transaction.atomic():
                    response = fuzz.client(role).get(path)
                    transaction.set_rollback(True)
            except Exception as error:  # the fuzz test of this view reports it
                fuzz.crawled[f"{role} {path}"] = repr(error)[:200]
                continue
            fuzz.crawled[f"{role} {path}"] = response.status_code
            if response.status_code == 302 and response["Location"].startswith(login_url):
                fuzz.unreachable.add((target.name, role))
            if response.status_code == 200 and "html" in response.get("Content-Type", ""):
                fuzz.catalogue.feed(response.content.decode(), path, pages)


@pytest.fixture(scope="package")
def fuzz(django_db_setup, django_db_blocker):
    from cms.celery import app

    eager = app.conf.task_always_eager, app.conf.task_eager_propagates
    app.conf.task_always_eager = app.conf.task_eager_propagates = True
    fast = override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
    with fast, django_db_blocker.unblock(), transaction.atomic():
        world = build_world()
        cookies = {}
        for role, user in world.users.items():
            client = Client()
            if user is not None:
                login(client, user)
            cookies[role] = client.cookies
        result = Fuzz(world=world, cookies=cookies, catalogue=Catalogue(), crawled={})
        crawl(result)
        yield result
        transaction.set_rollback(True)
    app.conf.task_always_eager, app.conf.task_eager_propagates = eager
