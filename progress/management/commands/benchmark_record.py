"""How fast is the formation record of someone with fifteen years of formation?

    DJANGO_DEBUG=1 .venv/bin/python manage.py benchmark_record [--runs 20] [--keep]

Creates a person with 15 years and 5,000 events (readings and workshops done,
practice logs, neighbours' vouches, sessions facilitated), recomputes the yearly
summaries, then renders the record page ``--runs`` times with Django's test
client and prints server time (min / median / p95, in ms) and the number of
queries. Figures, not pass/fail. Everything happens in a transaction rolled back
at the end, unless ``--keep`` is given (then the person, a benchmark council and
its neighbours stay in the current database).

``build_long_record`` is also what the test suite uses to check that the record
page needs as many queries for 5,000 events as for 10.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import random
import statistics
import time
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from councils.models import (
    Council,
    FormationPlan,
    Membership,
    PlanItem,
    PlanSection,
    Session,
    TerritoryKind,
)
from councils.services import council_create
from curriculum.models import Kind, MaterialPage, StudyPathPage
from progress import services
from progress.models import Completion, Enrolment, PracticeLog, Vouch

DONE_TEXTS = [
    "Convocamos la mesa técnica de agua casa por casa.",
    "Levantamos el censo de viviendas del sector La Playa.",
    "Registramos el acta de la asamblea sobre la cava comunal.",
    "Acompañamos a la cooperativa pesquera en su reunión de cuentas.",
    "Organizamos el cuido de niñas y niños para el taller del sábado.",
]
LEARNED_TEXTS = [
    "Sin cuido de niños, la mitad de las vecinas no puede venir.",
    "Cuando se parte del problema del agua, la gente se queda.",
    "Las decisiones por consenso toman más tiempo pero duran más.",
]
REMOVED_TITLES = [
    ("Lectura retirada de la biblioteca", Kind.READING),
    ("Taller de una edición anterior", Kind.WORKSHOP),
]


@dataclass
class LongRecord:
    """What ``build_long_record`` created, for tests and for the printed summary."""

    user: object
    completions: int = 0
    practice_logs: int = 0
    vouches: int = 0
    sessions_facilitated: int = 0
    enrolments: int = 0
    years: list[int] = field(default_factory=list)

    @property
    def events(self) -> int:
        return self.completions + self.practice_logs + self.vouches + self.sessions_facilitated


def _spread_dates(rng: random.Random, count: int, years: int, today: dt.date) -> list[dt.date]:
    """``count`` dates over the last ``years`` calendar years (this one included), none in the future."""
    start = dt.date(today.year - years + 1, 1, 1)
    span = (today - start).days
    return sorted(start + dt.timedelta(days=rng.randint(0, span)) for _ in range(count))


def build_long_record(
    *,
    user,
    council: Council,
    item: PlanItem,
    neighbours: list,
    materials: list[MaterialPage],
    paths: list[StudyPathPage] = (),
    years: int = 15,
    events: int = 5000,
    seed: int = 15,
) -> LongRecord:
    """Bulk-create ``events`` formation events of ``user`` spread over ``years`` years.

    About a quarter are readings and workshops done (each live material once, the rest
    snapshots of materials since removed from the library), an eighth are neighbours'
    vouches, one in 25 is a session the person facilitated, the rest practice logs
    (half of them shared with ``council``). Summaries are *not* recomputed here.
    """
    if not neighbours:
        raise ValueError("Vouches need at least one neighbour in the council.")
    rng = random.Random(seed)
    today = timezone.localdate()
    n_sessions = events // 25
    n_vouches = events // 8
    n_completions = events // 4
    n_logs = events - n_sessions - n_vouches - n_completions
    if n_logs < 2 * n_vouches:
        raise ValueError("Too few events for the shape of the record.")
    result = LongRecord(user=user)

    completions = []
    for index, day in enumerate(_spread_dates(rng, n_completions, years, today)):
        if index < len(materials):
            material = materials[index]
            title, kind, minutes = material.title, material.kind, material.duration_minutes
        else:
            material = None
            title, kind = REMOVED_TITLES[index % len(REMOVED_TITLES)]
            minutes = rng.choice([30, 45, 60, 90, 120, 180])
        completions.append(
            Completion(
                user=user,
                material=material,
                title=title,
                kind=kind,
                completed_on=day,
                source=Completion.Source.ATTENDANCE
                if kind == Kind.WORKSHOP
                else Completion.Source.SELF,
                reflection=f"Reflexión {index}: {rng.choice(LEARNED_TEXTS)}",
                minutes=minutes,
            )
        )
    Completion.objects.bulk_create(completions, batch_size=500)
    result.completions = len(completions)

    practice_materials = [m for m in materials if m.kind == Kind.PRACTICE]
    logs = []
    for index, day in enumerate(_spread_dates(rng, n_logs, years, today)):
        logs.append(
            PracticeLog(
                user=user,
                practiced_on=day,
                hours=Decimal(rng.randint(1, 12)) / 2,
                material=practice_materials[index % len(practice_materials)]
                if practice_materials and index % 7 == 0
                else None,
                what_was_done=rng.choice(DONE_TEXTS),
                what_worked="La convocatoria casa por casa.",
                what_failed="La hora: muchas vecinas estudian de noche.",
                what_was_learned=rng.choice(LEARNED_TEXTS),
                shared_with=council if index % 2 == 0 else None,
            )
        )
    logs = PracticeLog.objects.bulk_create(logs, batch_size=500)
    if logs and logs[0].pk is None:  # a database that returns no primary keys
        logs = list(PracticeLog.objects.filter(user=user).order_by("pk"))
    result.practice_logs = len(logs)

    shared = [log for log in logs if log.shared_with_id is not None]
    now = timezone.now()
    vouches = [
        Vouch(
            entry=log,
            voucher=neighbours[index % len(neighbours)],
            council=council,
            status=Vouch.Status.CONFIRMED,
            decided_at=now,
        )
        for index, log in enumerate(rng.sample(shared, n_vouches))
    ]
    Vouch.objects.bulk_create(vouches, batch_size=500)
    result.vouches = len(vouches)

    sessions = []
    for day in _spread_dates(rng, n_sessions, years, today - dt.timedelta(days=1)):
        starts_at = timezone.make_aware(dt.datetime.combine(day, dt.time(9, 0)))
        sessions.append(
            Session(
                council=council,
                item=item,
                uid=uuid.uuid4(),
                starts_at=starts_at,
                ends_at=starts_at + dt.timedelta(hours=3),
                place="Casa comunal",
                childcare=True,
            )
        )
    sessions = Session.objects.bulk_create(sessions, batch_size=500)
    if sessions and sessions[0].pk is None:
        sessions = list(Session.objects.filter(uid__in=[s.uid for s in sessions]))
    through = Session.facilitators.through
    through.objects.bulk_create(
        [through(session_id=s.pk, user_id=user.pk) for s in sessions], batch_size=500
    )
    result.sessions_facilitated = len(sessions)

    first_day = dt.date(today.year - years + 1, 1, 1)
    for path in paths:
        Enrolment.objects.create(user=user, path=path, path_title=path.title, enrolled_on=first_day)
        result.enrolments += 1
    result.years = list(range(today.year - years + 1, today.year + 1))
    return result


def benchmark_world(*, username: str):
    """A person, a council with three neighbours and one plan item to hang sessions on."""
    User = get_user_model()
    user = User.objects.create_user(
        username=username, display_name="Persona de quince años de formación"
    )
    council = council_create(
        user=user,
        name=f"Consejo comunal de prueba {username}",
        state="Sucre",
        municipality="Cumaná",
        territory_kind=TerritoryKind.COASTAL_FISHING,
    )
    neighbours = []
    for n in range(3):
        neighbour = User.objects.create_user(
            username=f"{username}-vecina-{n}", display_name=f"Vecina {n + 1}"
        )
        Membership.objects.create(council=council, user=neighbour)
        neighbours.append(neighbour)
    plan = FormationPlan.objects.create(
        council=council,
        title="Plan de formación",
        period_start=2010,
        period_end=2030,
        local_problems="El agua llega un solo día por semana.",
        goals="Un equipo propio de facilitadoras.",
        created_by=user,
    )
    section = PlanSection.objects.create(plan=plan, title="Agua y organización", position=1)
    item = PlanItem.objects.create(section=section, title="Taller del agua", position=1)
    return user, council, neighbours, item


class QueryCounter:
    """Counts the queries run on the default connection (no DEBUG query log, no size limit)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)

    def __enter__(self):
        self._wrapper = connection.execute_wrapper(self)
        self._wrapper.__enter__()
        return self

    def __exit__(self, *exc):
        return self._wrapper.__exit__(*exc)


def _percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


class Command(BaseCommand):
    help = (
        "Render the formation record of a person with 15 years and 5,000 events N times and "
        "print server time (min/median/p95 ms) and queries. Rolled back unless --keep."
    )

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=20, help="renders to time (default 20)")
        parser.add_argument(
            "--keep",
            action="store_true",
            help="keep the person and their events in the current database",
        )
        parser.add_argument("--years", type=int, default=15)
        parser.add_argument("--events", type=int, default=5000)
        parser.add_argument("--language", default=settings.LANGUAGE_CODE, help="es or en")

    def handle(self, *args, **options):
        if options["runs"] < 1:
            raise CommandError("--runs must be at least 1.")
        if options["events"] < 10 or options["years"] < 1:
            raise CommandError("Use at least 10 events and 1 year.")
        if options["keep"]:
            self._run(options)
            return
        with transaction.atomic():
            self._run(options)
            transaction.set_rollback(True)
        self.stdout.write("Rolled back: nothing was kept.")

    def _materials(self, *, keep: bool) -> list[MaterialPage]:
        materials = list(MaterialPage.objects.live().order_by("pk"))
        if materials:
            return materials
        if keep:
            raise CommandError(
                "There is no material in the library: load the demo library first "
                "(manage.py load_demo) or run without --keep."
            )
        self.stdout.write("The library is empty: loading the demo library (rolled back too)…")
        call_command("load_demo", stdout=io.StringIO(), stderr=io.StringIO())
        return list(MaterialPage.objects.live().order_by("pk"))

    def _run(self, options):
        materials = self._materials(keep=options["keep"])
        paths = list(StudyPathPage.objects.live().order_by("pk")[:3])
        started = time.perf_counter()
        username = f"benchmark-{uuid.uuid4().hex[:8]}"
        user, council, neighbours, item = benchmark_world(username=username)
        record = build_long_record(
            user=user,
            council=council,
            item=item,
            neighbours=neighbours,
            materials=materials,
            paths=paths,
            years=options["years"],
            events=options["events"],
        )
        built = time.perf_counter()
        with QueryCounter() as recompute_queries:
            summaries = services.recompute_record(user_id=user.pk)
        recomputed = time.perf_counter()
        self.stdout.write(
            f"Person {username}: {record.events} events over {options['years']} years "
            f"({record.completions} readings/workshops done, {record.practice_logs} practice logs, "
            f"{record.vouches} vouches, {record.sessions_facilitated} sessions facilitated, "
            f"{record.enrolments} study paths followed)."
        )
        self.stdout.write(
            f"Built in {1000 * (built - started):.0f} ms; summaries recomputed in "
            f"{1000 * (recomputed - built):.0f} ms with {recompute_queries.count} queries "
            f"({len(summaries)} yearly rows)."
        )

        client = Client(HTTP_HOST=(settings.ALLOWED_HOSTS or ["localhost"])[0].lstrip("."))
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        with translation.override(options["language"]):
            url = reverse("progress:record")
        client.get(url)  # warm-up: template loading, translation catalogues, site root paths
        timings, query_counts, size = [], set(), 0
        for _ in range(options["runs"]):
            with QueryCounter() as queries:
                begin = time.perf_counter()
                response = client.get(url)
                timings.append(1000 * (time.perf_counter() - begin))
            if response.status_code != 200:
                raise CommandError(f"{url} answered {response.status_code}.")
            query_counts.add(queries.count)
            size = len(response.content)
        queries_text = ", ".join(str(n) for n in sorted(query_counts))
        self.stdout.write(
            f"Record page {url} × {options['runs']}: "
            f"min {min(timings):.1f} ms · median {statistics.median(timings):.1f} ms · "
            f"p95 {_percentile(timings, 0.95):.1f} ms · {queries_text} queries · "
            f"{size / 1024:.0f} KiB"
        )
