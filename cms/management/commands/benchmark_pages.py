"""How fast are the main pages, warm, on the configured database?

    .venv/bin/python manage.py benchmark_pages [--runs 20] [--user yusmary] [--language es]

Prints one line per page, exactly::

    page=<name> median_ms=<number> queries=<number> rows=<events in the database>

for home, library, workshop, study path (``study_path``), search and record (the
formation record of ``--user`` while logged in; by default the demo participant of
``manage.py load_demo``). Each page is requested once to warm it (templates,
translations, the page cache) and then ``--runs`` times with Django's test client,
in-process; ``queries`` is the most any run needed. ``rows`` counts the formation
events stored (enrolments, completions, practice logs, vouches, attendance), so
figures from a small and a large database can be told apart.

Then the council dashboard (``council_dashboard``, the first council seen by its first
coordinator) and the network dashboard (``network_dashboard``, by a network coordinator).
"""

from __future__ import annotations

import statistics
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Model, Q
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from councils.models import Membership
from curriculum.models import LibraryIndexPage, StudyPathPage, WorkshopPage
from progress.management.commands.benchmark_record import QueryCounter
from progress.models import Attendance, Completion, Enrolment, PracticeLog, Vouch

EVENT_MODELS: tuple[type[Model], ...] = (Enrolment, Completion, PracticeLog, Vouch, Attendance)
SEARCH_TEXT = "agua"


def count_events() -> int:
    return sum(model.objects.count() for model in EVENT_MODELS)


def _first_url(model: type[Page], language: str) -> str:
    page = model.objects.live().filter(locale__language_code=language).order_by("path").first()
    if page is None:
        raise CommandError(
            f"No live {model._meta.verbose_name} in '{language}': "
            "load the demo library first (manage.py load_demo)."
        )
    return page.get_url()


def dashboard_pages(language: str) -> list[tuple[str, Model, str]]:
    """The council dashboard (as the first council's first coordinator) and the network's one."""
    coordinator = (
        Membership.objects.filter(is_coordinator=True)
        .select_related("user", "council")
        .order_by("council_id", "pk")
        .first()
    )
    network = (
        get_user_model()
        .objects.filter(
            Q(user_permissions__codename="coordinate_network")
            | Q(groups__permissions__codename="coordinate_network")
        )
        .order_by("pk")
        .first()
    )
    if coordinator is None or network is None:
        raise CommandError("No council coordinator or network coordinator: load the demo first.")
    with translation.override(language):
        return [
            (
                "council_dashboard",
                coordinator.user,
                reverse("insights:council_dashboard", args=[coordinator.council.slug]),
            ),
            ("network_dashboard", network, reverse("insights:network_dashboard")),
        ]


class Command(BaseCommand):
    help = (
        "Time home, library, workshop, study path, search and record pages in-process, warm, "
        "and the council and network dashboards, and print "
        "'page=<name> median_ms=<n> queries=<n> rows=<events>' for each."
    )

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=20, help="requests per page (default 20)")
        parser.add_argument(
            "--user",
            default="yusmary",
            help="login name whose formation record is measured (default: the demo participant)",
        )
        parser.add_argument("--language", default=settings.LANGUAGE_CODE, help="es or en")

    def handle(self, *args, **options):
        if options["runs"] < 1:
            raise CommandError("--runs must be at least 1.")
        language = options["language"]
        if language not in dict(settings.LANGUAGES):
            raise CommandError(f"Unknown language '{language}'.")
        user = get_user_model().objects.filter(username=options["user"]).first()
        if user is None:
            raise CommandError(
                f"No person '{options['user']}': load the demo (manage.py load_demo) or pass --user."
            )
        with translation.override(language):
            library_url = _first_url(LibraryIndexPage, language)
            anonymous_pages = [
                ("home", reverse("wagtail_serve", args=[""])),
                ("library", library_url),
                ("workshop", _first_url(WorkshopPage, language)),
                ("study_path", _first_url(StudyPathPage, language)),
                ("search", f"{library_url}?q={SEARCH_TEXT}"),
            ]
            record_url = reverse("progress:record")
        rows = count_events()
        host = (settings.ALLOWED_HOSTS or ["localhost"])[0].lstrip(".")
        anonymous = Client(HTTP_HOST=host)
        for name, url in anonymous_pages:
            self._measure(anonymous, name, url, rows=rows, runs=options["runs"])
        signed_in = Client(HTTP_HOST=host)
        signed_in.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        self._measure(signed_in, "record", record_url, rows=rows, runs=options["runs"])
        for name, person, url in dashboard_pages(language):
            viewer = Client(HTTP_HOST=host)
            viewer.force_login(person, backend="django.contrib.auth.backends.ModelBackend")
            self._measure(viewer, name, url, rows=rows, runs=options["runs"])

    def _measure(self, client: Client, name: str, url: str, *, rows: int, runs: int) -> None:
        client.get(url)  # warm-up: templates, catalogues, site root paths, the page cache
        timings, most_queries = [], 0
        for _ in range(runs):
            with QueryCounter() as queries:
                begin = time.perf_counter()
                response = client.get(url)
                timings.append(1000 * (time.perf_counter() - begin))
            if response.status_code != 200:
                raise CommandError(f"{url} answered {response.status_code}.")
            most_queries = max(most_queries, queries.count)
        self.stdout.write(
            f"page={name} median_ms={statistics.median(timings):.1f} "
            f"queries={most_queries} rows={rows}"
        )
