"""Formation-record rows the way a participant of a fishing council would write them.

Factories create rows directly (the state a test starts from); tests of a rule
go through ``progress.services``. ``long_record`` builds fifteen years of events
with bulk inserts (the same builder as ``manage.py benchmark_record``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from progress.management.commands.benchmark_record import LongRecord, build_long_record
from progress.models import (
    Attendance,
    Completion,
    Enrolment,
    FormationStage,
    PracticeLog,
    StageReached,
    Vouch,
)

from ..councils.factories import FormationPlanFactory, PlanItemFactory, PlanSectionFactory
from ..factories import UserFactory

__all__ = [
    "AttendanceFactory",
    "CompletionFactory",
    "EnrolmentFactory",
    "FormationStageFactory",
    "LongRecord",
    "PracticeLogFactory",
    "StageReachedFactory",
    "VouchFactory",
    "long_record",
    "workshop_item",
]

PRACTICE_DONE = [
    "Convocamos la mesa técnica de agua casa por casa en el sector La Playa.",
    "Levantamos el censo de embarcaciones con los pescadores del muelle.",
    "Registramos el acta de la asamblea sobre la cava comunal.",
]


class EnrolmentFactory(DjangoModelFactory):
    class Meta:
        model = Enrolment

    user = factory.SubFactory(UserFactory)
    path = None
    path_title = factory.LazyAttribute(lambda o: o.path.title if o.path else "El agua como escuela")
    enrolled_on = factory.LazyFunction(timezone.localdate)


class CompletionFactory(DjangoModelFactory):
    """A reading marked as read; pass ``material=`` (its title, kind and minutes are copied)."""

    class Meta:
        model = Completion

    user = factory.SubFactory(UserFactory)
    material = None
    title = factory.LazyAttribute(lambda o: o.material.title if o.material else "Lectura retirada")
    kind = factory.LazyAttribute(lambda o: o.material.kind if o.material else "reading")
    minutes = factory.LazyAttribute(lambda o: o.material.duration_minutes if o.material else 45)
    completed_on = factory.LazyFunction(timezone.localdate)
    reflection = "Me hizo pensar en quién habla y quién calla en nuestras asambleas."


class PracticeLogFactory(DjangoModelFactory):
    class Meta:
        model = PracticeLog

    user = factory.SubFactory(UserFactory)
    practiced_on = factory.LazyFunction(lambda: timezone.localdate() - dt.timedelta(days=2))
    hours = Decimal("2.0")
    what_was_done = factory.Sequence(lambda n: PRACTICE_DONE[n % len(PRACTICE_DONE)])
    what_worked = "La convocatoria casa por casa."
    what_failed = "La hora: muchas vecinas estudian de noche."
    what_was_learned = "Sin cuido de niñas y niños, la mitad no puede venir."


class VouchFactory(DjangoModelFactory):
    class Meta:
        model = Vouch

    entry = factory.SubFactory(PracticeLogFactory)
    voucher = factory.SubFactory(UserFactory)
    # Given in the council the entry is shared with, as the service does.
    council_id = factory.LazyAttribute(
        lambda o: (
            PracticeLog.objects.filter(pk=getattr(o, "entry_id", None) or o.entry.pk)
            .values_list("shared_with_id", flat=True)
            .first()
        )
    )
    status = Vouch.Status.REQUESTED


class AttendanceFactory(DjangoModelFactory):
    class Meta:
        model = Attendance

    present = True


class FormationStageFactory(DjangoModelFactory):
    """A stage of the network's long path, in Spanish unless ``locale=`` says otherwise."""

    class Meta:
        model = FormationStage

    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="es"))
    name = factory.Sequence(
        lambda n: ["Primeros pasos", "Compañera de estudio", "Facilitadora"][n % 3]
    )
    description = "Definida por la red de promotores en su encuentro nacional."
    sort_order = factory.Sequence(lambda n: n)


class StageReachedFactory(DjangoModelFactory):
    class Meta:
        model = StageReached


def workshop_item(council, material, *, title: str | None = None):
    """A plan item of ``council`` pointing at a library material (a workshop, usually)."""
    plan = FormationPlanFactory(council=council)
    section = PlanSectionFactory(plan=plan, title="Agua y organización comunal")
    return PlanItemFactory(section=section, material=material, title=title or material.title)


def long_record(*, user, council, item, neighbours, materials, paths=(), years=15, events=5000):
    """Fifteen years of formation in bulk (see ``benchmark_record.build_long_record``)."""
    return build_long_record(
        user=user,
        council=council,
        item=item,
        neighbours=neighbours,
        materials=materials,
        paths=paths,
        years=years,
        events=events,
    )
