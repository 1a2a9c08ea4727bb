"""Demo formation record: Yusmary, ten years of reading, practice, vouches and facilitation.

Past events are written with the ORM (services refuse to create past sessions,
rightly); summaries and stages are then derived by the real recompute service.
Idempotent: a person who already has practice logs is left as she is.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from councils import services as council_services
from councils.models import Council, Membership, Outcome, PlanItem, Session
from curriculum.models import Kind, MaterialPage, StudyPathPage

from . import services
from .models import (
    Attendance,
    Completion,
    Enrolment,
    FormationStage,
    PracticeLog,
    Vouch,
)

STAGES = [
    # (es name, en name, es description, en description, study h, vouched h, facilitated, themes, paths)
    (
        "Empezando",
        "Starting out",
        "Primeras lecturas y primeros talleres, desde un problema concreto del barrio.",
        "First readings and workshops, starting from a concrete problem of the community.",
        10,
        0,
        0,
        2,
        0,
    ),
    (
        "Profundizando",
        "Deepening",
        "Lectura sostenida de las corrientes de pensamiento y práctica avalada por vecinas.",
        "Sustained reading of the currents of thought and practice vouched for by neighbours.",
        60,
        20,
        0,
        5,
        1,
    ),
    (
        "Facilitando",
        "Facilitating",
        "Facilita talleres en su propio consejo, en pareja con alguien con más camino.",
        "Facilitates workshops in their own council, paired with someone further along.",
        70,
        60,
        5,
        8,
        2,
    ),
    (
        "Formando facilitadoras",
        "Forming facilitators",
        "Acompaña a otras personas en su camino de facilitación: quince años o más de formación.",
        "Accompanies others on their path as facilitators: fifteen years or more of formation.",
        400,
        300,
        40,
        14,
        4,
    ),
]

PRACTICE_NOTES = [
    (
        "Recorrimos la calle 3 contando las tomas de agua rotas con dos vecinas.",
        "La gente abrió la puerta cuando vio que íbamos del consejo.",
        "Olvidamos anotar las casas donde no había nadie.",
        "Hay que volver el sábado, cuando la gente está en casa.",
    ),
    (
        "Coordiné la asamblea del sector por primera vez, con el orden del día en la pizarra.",
        "Dividimos el tema del agua en tres partes y acordamos dos.",
        "Me costó cortar a los que hablaban mucho.",
        "Un reloj visible y turnos de palabra ayudan a que hablen las que nunca hablan.",
    ),
    (
        "Llevamos las cuentas de la cooperativa de hielo con el cuaderno abierto en el muelle.",
        "Todos vieron cuánto entró y cuánto salió.",
        "Faltó explicar los gastos del transporte.",
        "Las cuentas claras se leen en voz alta, no se guardan en una gaveta.",
    ),
    (
        "Acompañé a Chucho en el taller del agua: yo llevé el mapa, él la plenaria.",
        "Las vecinas dibujaron su cuadra en el mapa sin miedo a equivocarse.",
        "Nos pasamos de tiempo en la primera actividad.",
        "Ensayar los tiempos antes del taller.",
    ),
]


def _stages() -> None:
    if FormationStage.objects.exists():
        return
    es = Locale.objects.get(language_code="es")
    en, _ = Locale.objects.get_or_create(language_code="en")
    for order, (name_es, name_en, d_es, d_en, study, vouched, fac, themes, paths) in enumerate(
        STAGES
    ):
        values = {
            "sort_order": order,
            "min_study_hours": study,
            "min_vouched_practice_hours": vouched,
            "min_workshops_facilitated": fac,
            "min_distinct_themes": themes,
            "min_paths_completed": paths,
        }
        stage = FormationStage.objects.create(locale=es, name=name_es, description=d_es, **values)
        FormationStage.objects.create(
            locale=en,
            translation_key=stage.translation_key,
            name=name_en,
            description=d_en,
            **values,
        )


def _aware(day: dt.date, hour: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))


def _historical_plan(council: Council, coordinator, first_year: int) -> list[PlanItem]:
    """An older plan of Playa Azul, adopted years ago, whose sessions Yusmary attended and facilitated."""
    plan = council.plans.filter(title__startswith="Plan de formación 2016").first()
    if plan is None:
        plan = council_services.plan_create(
            council=council,
            by=coordinator,
            title="Plan de formación 2016–2020 (cumplido)",
            period_start=first_year,
            period_end=first_year + 4,
            local_problems="El agua, la pesca sin cooperativa y pocas mujeres en la coordinación.",
            goals="Dar los primeros pasos de formación comunal.",
        )
        section = council_services.section_add(
            plan=plan, by=coordinator, expected_revision=plan.revision, title="Talleres de base"
        )
        workshops = MaterialPage.objects.live().filter(
            kind=Kind.WORKSHOP, locale__language_code="es"
        )
        for workshop in workshops:
            plan.refresh_from_db()
            council_services.item_add(
                section=section, by=coordinator, expected_revision=plan.revision, material=workshop
            )
        assembly = council_services.assembly_open(
            plan=plan,
            by=coordinator,
            held_on=dt.date(first_year, 3, 12),
            place="Casa comunal Playa Azul",
            attendance=41,
            sections=[section],
        )
        council_services.assembly_record_outcome(
            assembly=assembly, section=section, by=coordinator, outcome=Outcome.CONSENSUS
        )
    return list(PlanItem.objects.filter(section__plan=plan).select_related("material"))


@transaction.atomic
def load() -> dict:
    _stages()
    User = get_user_model()
    person = User.objects.filter(username="yusmary").first()
    council = Council.objects.filter(slug="playa-azul").first()
    if person is None or council is None or PracticeLog.objects.filter(user=person).exists():
        return {"events": 0}
    rng = random.Random(2016)
    today = timezone.localdate()
    first_year = today.year - 10
    coordinator = User.objects.get(username="marisol.coord")
    neighbours = [coordinator, User.objects.get(username="chucho.pescador")]
    Membership.objects.filter(council=council, user=person).update(is_facilitator=True)
    items = _historical_plan(council, coordinator, first_year)
    events = 0

    paths = list(StudyPathPage.objects.live().filter(locale__language_code="es").order_by("path"))
    for index, path in enumerate(paths[:3]):
        Enrolment.objects.get_or_create(
            user=person,
            path=path,
            defaults={
                "path_title": path.title,
                "enrolled_on": dt.date(first_year + 2 * index, 2, 1),
            },
        )

    readings = list(
        MaterialPage.objects.live()
        .filter(locale__language_code="es", kind__in=[Kind.READING, Kind.PRACTICE])
        .order_by("path")
    )
    for index, material in enumerate(readings):
        year = first_year + min(index * 10 // max(len(readings), 1), 9)
        Completion.objects.get_or_create(
            user=person,
            material=material,
            defaults={
                "completed_on": dt.date(year, 1 + (index * 5) % 12, 10 + index % 15),
                "title": material.title,
                "kind": material.kind,
                "minutes": material.duration_minutes,
                "reflection": (
                    "Lo leímos en el círculo de los jueves. Me quedo con la idea de que "
                    "nadie se forma sola: aprendemos juntas, en la práctica."
                ),
            },
        )
        events += 1

    for offset, item in enumerate(items):
        for year_index in range(0, 10, 2):
            day = dt.date(first_year + year_index + (offset % 2), 4 + offset % 6, 6 + offset)
            if day >= today:
                continue
            day += dt.timedelta(days=(5 - day.weekday()) % 7)  # a Saturday
            session = Session.objects.create(
                council=council,
                item=item,
                starts_at=_aware(day, 9),
                ends_at=_aware(day, 12),
                place="Casa comunal Playa Azul",
                childcare=True,
                created_by=coordinator,
            )
            if year_index >= 4:
                session.facilitators.add(person)
            else:
                Attendance.objects.create(
                    session=session, user=person, present=True, recorded_by=coordinator
                )
                if (
                    item.material
                    and not Completion.objects.filter(user=person, material=item.material).exists()
                ):
                    Completion.objects.create(
                        user=person,
                        material=item.material,
                        completed_on=day,
                        source=Completion.Source.ATTENDANCE,
                        session=session,
                        title=item.material.title,
                        kind=item.material.kind,
                        minutes=item.material.duration_minutes,
                    )
            events += 1

    practice_materials = [m for m in readings if m.kind == Kind.PRACTICE]
    for year in range(first_year, today.year + 1):
        for n in range(6 + (year - first_year)):
            day = dt.date(year, 1 + (n * 2) % 12, 3 + (n * 7) % 25)
            if day > today:
                continue
            done, worked, failed, learned = PRACTICE_NOTES[(year + n) % len(PRACTICE_NOTES)]
            entry = PracticeLog.objects.create(
                user=person,
                practiced_on=day,
                hours=Decimal(rng.choice(["2", "2.5", "3", "4", "5"])),
                material=rng.choice(practice_materials)
                if practice_materials and n % 3 == 0
                else None,
                what_was_done=done,
                what_worked=worked,
                what_failed=failed,
                what_was_learned=learned,
                shared_with=council if n % 2 == 0 else None,
            )
            events += 1
            if entry.shared_with_id and n % 4 == 0:
                Vouch.objects.create(
                    entry=entry,
                    voucher=neighbours[n % 2],
                    council=council,
                    status=Vouch.Status.CONFIRMED,
                    decided_at=_aware(day, 18),
                )
    services.recompute_record(user_id=person.pk)
    for user in neighbours:
        services.recompute_record(user_id=user.pk)
    return {"events": events}
