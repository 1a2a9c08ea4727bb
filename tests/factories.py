"""Factories for Trayecto's models, with the kind of content the network actually publishes.

Pages are created with wagtail-factories: pass ``parent=`` to place them in the
tree. Materials take ``themes=[...]`` (Theme objects or names) after creation.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from cms.models import HomePage
from curriculum.models import (
    Level,
    LibraryIndexPage,
    PracticeAssignmentPage,
    ReadingPage,
    StudyPathIndexPage,
    StudyPathPage,
    Theme,
    WorkshopPage,
)

PASSWORD = "semilla-de-maiz-2024"

THEME_NAMES = [
    "Agua",
    "Cooperativismo",
    "Educación popular",
    "Socialismo",
    "Anarquismo",
    "Feminismo popular",
    "Soberanía alimentaria",
    "Economía comunal",
    "Vivienda",
    "Salud comunitaria",
    "Historia de las luchas",
    "Asamblea y consenso",
]

READINGS = [
    ("Pedagogía del oprimido", "Paulo Freire", "Pedagogía del oprimido", 1968),
    ("El apoyo mutuo", "Piotr Kropotkin", "El apoyo mutuo: un factor de la evolución", 1902),
    ("Reforma social o revolución", "Rosa Luxemburgo", "Reforma social o revolución", 1899),
    ("Sociedades americanas", "Simón Rodríguez", "Sociedades americanas en 1828", 1828),
    ("Siete ensayos", "José Carlos Mariátegui", "Siete ensayos de interpretación", 1928),
    ("Investigar la realidad", "Orlando Fals Borda", "Cómo investigar la realidad", 1979),
]

WORKSHOPS = [
    "El agua que no llega: diagnóstico participativo",
    "La asamblea decide: cómo buscar consenso",
    "Cooperativas de producción en el barrio",
    "Quién cuida a los niños: organizar el cuidado",
    "Mapa de la comunidad y sus problemas",
]

PRACTICES = [
    "Convocar una reunión de la mesa técnica de agua",
    "Levantar el censo de viviendas del sector",
    "Registrar un acta de asamblea",
    "Visitar una cooperativa vecina",
]


def _cycled(names: list, n: int) -> str:
    base = names[n % len(names)]
    round_ = n // len(names)
    return base if round_ == 0 else f"{base} ({round_ + 1})"


def raw_items(values) -> list[dict]:
    """A ListBlock's raw data: one item per value, each with its own id."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def agenda_data(activities) -> list[dict]:
    """Raw StreamField data for a workshop agenda from (title, minutes) pairs."""
    return [
        {
            "type": "activity",
            "id": str(uuid.uuid4()),
            "value": {
                "title": title,
                "minutes": minutes,
                "method": "Trabajo en grupos pequeños",
                "materials": "Papelógrafos, marcadores, mapa impreso del sector",
                "instructions": f"<p>Cada grupo trabaja «{title}» y luego lo comparte en plenaria.</p>",
            },
        }
        for title, minutes in activities
    ]


def questions_data(questions) -> list[dict]:
    return [{"type": "question", "id": str(uuid.uuid4()), "value": q} for q in questions]


def stages_data(stages) -> list[dict]:
    """Raw StreamField data for a study path.

    ``stages`` is a list of ``(title, description, [material pages])``.
    """
    return [
        {
            "type": "stage",
            "id": str(uuid.uuid4()),
            "value": {
                "title": title,
                "description": description,
                "materials": raw_items([page.pk for page in materials]),
            },
        }
        for title, description, materials in stages
    ]


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"caracola_{n}")
    display_name = factory.Sequence(lambda n: _cycled(["Caracola", "Tejedora", "Mariposa"], n))
    email = ""
    preferred_language = "es"
    password = factory.django.Password(PASSWORD)


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: _cycled(THEME_NAMES, n))
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))
    description = factory.LazyAttribute(
        lambda obj: f"Materiales sobre {obj.name.lower()} para los consejos comunales."
    )


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Trayecto"
    slug = "inicio"
    intro = "<p>Formación política permanente para consejos comunales.</p>"
    body = "<p>Leer, reflexionar y practicar juntos, en cada comunidad.</p>"


class LibraryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LibraryIndexPage

    title = "Biblioteca"
    slug = "biblioteca"
    intro = "<p>Lecturas, talleres y prácticas compartidas por la red de promotores.</p>"


class StudyPathIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StudyPathIndexPage

    title = "Trayectos"
    slug = "trayectos"
    intro = "<p>Caminos largos de formación: lecturas, talleres y práctica.</p>"


class MaterialPageFactory(wagtail_factories.PageFactory):
    """Shared declarations of the three material types (not for direct use)."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    summary = factory.LazyAttribute(
        lambda obj: (
            f"«{obj.title}»: un material para trabajar en el consejo comunal "
            "a partir de un problema concreto de la comunidad."
        )
    )
    level = Level.STARTING

    @factory.post_generation
    def themes(obj, create, extracted, **kwargs):
        if not create or not extracted:
            return
        names = [t.name if isinstance(t, Theme) else t for t in extracted]
        themes = [ThemeFactory(name=name) for name in names]
        obj.tags.add(*themes)
        obj.save()


class ReadingPageFactory(MaterialPageFactory):
    class Meta:
        model = ReadingPage

    title = factory.Sequence(lambda n: _cycled([r[0] for r in READINGS], n))
    author = factory.Sequence(lambda n: READINGS[n % len(READINGS)][1])
    work = factory.Sequence(lambda n: READINGS[n % len(READINGS)][2])
    year = factory.Sequence(lambda n: READINGS[n % len(READINGS)][3])
    estimated_minutes = 45
    body = "<p>Fragmento escogido por el equipo de formación, con notas para la discusión.</p>"
    guiding_questions = factory.LazyFunction(
        lambda: questions_data(["¿Qué problema de nuestra comunidad ilumina este texto?"])
    )


class PracticeAssignmentPageFactory(MaterialPageFactory):
    class Meta:
        model = PracticeAssignmentPage

    title = factory.Sequence(lambda n: _cycled(PRACTICES, n))
    task = "<p>Organicen con sus vecinas y vecinos la actividad y anoten lo acordado.</p>"
    expected_evidence = "<p>El acta de la reunión y una reflexión escrita de una página.</p>"
    estimated_hours = Decimal("3.0")
    reflection_prompts = factory.LazyFunction(
        lambda: questions_data(["¿Quién habló y quién no? ¿Por qué?"])
    )


class WorkshopPageFactory(MaterialPageFactory):
    class Meta:
        model = WorkshopPage

    title = factory.Sequence(lambda n: _cycled(WORKSHOPS, n))
    objectives = "<p>Entender el problema del agua en el sector y acordar un plan de acción.</p>"
    local_problem = "<p>Hace tres meses que el agua llega un solo día por semana al sector.</p>"
    agenda = factory.LazyFunction(
        lambda: agenda_data([("Ronda de presentación", 20), ("Mapa del problema", 70)])
    )
    facilitator_notes = "<p>Ofrecer cuido de niñas y niños durante el taller.</p>"
    discussion_questions = factory.LazyFunction(
        lambda: questions_data(["¿Qué podemos resolver nosotras mismas y qué no?"])
    )
    follow_up_notes = "Revisar en la próxima asamblea lo acordado en el taller."


class StudyPathPageFactory(wagtail_factories.PageFactory):
    """Pass ``stages=stages_data([...])``; materials must already exist."""

    class Meta:
        model = StudyPathPage

    title = factory.Sequence(lambda n: _cycled(["Primeros pasos en la organización comunal"], n))
    intro = "<p>Un trayecto para quienes llegan al consejo comunal por un problema concreto.</p>"
    audience = "participants"
    level = Level.STARTING
