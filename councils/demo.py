"""Demo councils: a fishing community with an adopted plan, a barrio still debating a split section.

Written through the services, like a coordinator would, so the demo exercises
the real rules. Idempotent: a council that exists (by slug) is left as it is.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction
from django.utils import timezone

from curriculum.models import MaterialPage

from . import services
from .models import Council, FormationPlan, Membership, Outcome, Session, SessionStatus

PEOPLE = [
    # (login name, display name, email) — pseudonyms, as many members choose.
    ("marisol.coord", "Marisol", ""),
    ("yusmary", "Yusmary", ""),
    ("chucho.pescador", "Chucho", ""),
    ("carmen.facilita", "Carmen", ""),
    ("la.negra", "La Negra", ""),
    ("jose.gregorio", "José Gregorio", ""),
    ("red.coordinacion", "Coordinación de la red", ""),
]

TEMPLATE = {
    "title": "Plan base de formación comunal (plantilla de la red)",
    "period": (2027, 2029),
    "local_problems": (
        "Cada consejo la adapta: el agua que no llega, la producción que no alcanza, "
        "la poca participación en las asambleas, la brecha entre quienes cuidan y quienes coordinan."
    ),
    "goals": (
        "Que el consejo forme su propio equipo de facilitadoras y facilitadores en tres años, "
        "uniendo lectura, reflexión y práctica en el territorio."
    ),
    "sections": [
        {
            "title": "Organizarnos alrededor de una necesidad concreta",
            "rationale": "Empezamos por lo que duele: el agua, la vivienda, la escuela.",
            "items": ["el-agua-que-no-llega", "mapa-del-agua", "el-apoyo-mutuo"],
        },
        {
            "title": "Economía comunal y cooperativismo",
            "rationale": "Producir juntos y llevar cuentas claras.",
            "items": ["principios-de-rochdale", "cuentas-claras", "cooperativa-pesquera"],
        },
        {
            "title": "Decidir en asamblea, por consenso",
            "rationale": "La asamblea es la única autoridad: aprender a decidir por partes.",
            "items": ["consenso-por-partes", "acta-por-partes"],
        },
        {
            "title": "Formar a nuestras facilitadoras",
            "rationale": "Que el consejo no dependa de visitantes de afuera.",
            "items": [
                "preparar-un-taller",
                "primer-taller-en-pareja",
                "freire-pedagogia-del-oprimido",
            ],
        },
    ],
}


def _materials() -> dict[str, MaterialPage]:
    return {m.slug: m for m in MaterialPage.objects.live().filter(locale__language_code="es")}


def _person(username: str, display_name: str, email: str):
    user, created = get_user_model().objects.get_or_create(
        username=username, defaults={"display_name": display_name, "email": email}
    )
    if created:
        user.set_unusable_password()
        user.save()
    return user


def _build_plan(plan: FormationPlan, by, sections: list[dict], materials: dict) -> None:
    for section_data in sections:
        plan.refresh_from_db()
        section = services.section_add(
            plan=plan,
            by=by,
            expected_revision=plan.revision,
            title=section_data["title"],
            rationale=section_data.get("rationale", ""),
        )
        for slug in section_data.get("items", []):
            material = materials.get(slug)
            if material is None:
                continue
            plan.refresh_from_db()
            services.item_add(
                section=section, by=by, expected_revision=plan.revision, material=material
            )
        for title, description, hours in section_data.get("local", []):
            plan.refresh_from_db()
            services.item_add(
                section=section,
                by=by,
                expected_revision=plan.revision,
                title=title,
                description=description,
                estimated_hours=Decimal(hours),
            )


def _next_saturday(weeks_ahead: int = 0) -> dt.date:
    today = timezone.localdate()
    days = (5 - today.weekday()) % 7 or 7
    return today + dt.timedelta(days=days + 7 * weeks_ahead)


@transaction.atomic
def load(*, admin_username: str | None = "admin") -> dict:
    """Create the network template and two councils; returns what was created."""
    created = {"councils": 0, "plans": 0, "people": 0}
    materials = _materials()
    if not materials:
        return created
    people = {}
    for username, display_name, email in PEOPLE:
        existed = get_user_model().objects.filter(username=username).exists()
        people[username] = _person(username, display_name, email)
        created["people"] += 0 if existed else 1
    network = people["red.coordinacion"]
    network.user_permissions.add(
        Permission.objects.get(codename="coordinate_network", content_type__app_label="councils")
    )
    admin = (
        get_user_model().objects.filter(username=admin_username).first() if admin_username else None
    )

    template = FormationPlan.objects.filter(
        is_network_template=True, title=TEMPLATE["title"]
    ).first()
    if template is None:
        network = get_user_model().objects.get(pk=network.pk)  # fresh permission cache
        template = services.plan_create(
            council=None,
            by=network,
            title=TEMPLATE["title"],
            period_start=TEMPLATE["period"][0],
            period_end=TEMPLATE["period"][1],
            local_problems=TEMPLATE["local_problems"],
            goals=TEMPLATE["goals"],
        )
        _build_plan(template, network, TEMPLATE["sections"], materials)
        created["plans"] += 1

    if not Council.objects.filter(slug="playa-azul").exists():
        _coastal_council(people, admin, template, materials)
        created["councils"] += 1
        created["plans"] += 1
    if not Council.objects.filter(slug="barrio-la-esperanza").exists():
        _barrio_council(people, admin, template, materials)
        created["councils"] += 1
        created["plans"] += 1
    return created


def _join(council: Council, user, *, facilitator=False, coordinator=False) -> None:
    Membership.objects.update_or_create(
        council=council,
        user=user,
        defaults={"is_facilitator": facilitator, "is_coordinator": coordinator},
    )


def _coastal_council(people, admin, template, materials) -> None:
    coordinator = people["marisol.coord"]
    council = services.council_create(
        user=coordinator,
        name="Consejo Comunal Playa Azul",
        state="Sucre",
        municipality="Cumaná",
        territory_kind="coastal_fishing",
        main_production="Pesca artesanal y procesamiento de sardina",
        description=(
            "Comunidad pesquera de la costa. Cuarenta familias viven de la pesca artesanal; "
            "el agua llega dos días por semana y la cava de hielo es de un intermediario."
        ),
    )
    Council.objects.filter(pk=council.pk).update(slug="playa-azul")
    council.refresh_from_db()
    _join(council, people["chucho.pescador"], facilitator=True)
    _join(council, people["yusmary"])
    if admin:
        _join(council, admin, coordinator=True)

    plan = services.plan_copy(
        source=template,
        council=council,
        by=coordinator,
        title="Plan de formación de Playa Azul 2027–2029",
    )
    section = plan.sections.get(title="Economía comunal y cooperativismo")
    plan.refresh_from_db()
    services.item_add(
        section=section,
        by=coordinator,
        expected_revision=plan.revision,
        title="Cooperativa de pescadores de Playa Azul",
        description=(
            "Tres encuentros en el muelle con las familias pescadoras para estudiar cómo "
            "comprar juntos el hielo y vender sin intermediario."
        ),
        estimated_hours=Decimal("9"),
        target_period="Primer semestre de 2027",
    )
    plan.refresh_from_db()
    services.plan_update(
        plan=plan,
        by=coordinator,
        expected_revision=plan.revision,
        title="Plan de formación de Playa Azul 2027–2029",
        period_start=2027,
        period_end=2029,
        local_problems=(
            "El agua llega dos días por semana. La cava de hielo es de un intermediario que "
            "fija el precio de la sardina. Pocas mujeres hablan en las asambleas."
        ),
        goals=(
            "Formar una cooperativa de pesca y un comité de agua; que en 2029 el consejo tenga "
            "cuatro facilitadoras propias."
        ),
        shared=True,
    )
    first = timezone.localdate() - dt.timedelta(days=40)
    sections = list(plan.sections.filter(parent=None).order_by("position"))
    assembly = services.assembly_open(
        plan=plan,
        by=coordinator,
        held_on=first,
        place="Casa comunal Playa Azul",
        attendance=38,
        counts={"attended_women": 24, "attended_men": 12, "attended_other": 2}
        | {"spoke_women": 6, "spoke_men": 9, "spoke_other": 0},
        minutes="Se debatió el plan sección por sección. Hubo cafecito y cuido de niños en el patio.",
        sections=sections,
    )
    split_section = sections[1]
    for section in sections:
        if section.pk == split_section.pk:
            items = list(section.items.order_by("position"))
            services.assembly_record_outcome(
                assembly=assembly,
                section=section,
                by=coordinator,
                outcome=Outcome.SPLIT,
                note="Se acordó separar el estudio del cooperativismo de la cooperativa concreta.",
                parts=["Estudiar el cooperativismo", "Nuestra cooperativa pesquera"],
                item_parts={item.pk: 1 if i < 2 else 2 for i, item in enumerate(items)},
            )
        else:
            services.assembly_record_outcome(
                assembly=assembly, section=section, by=coordinator, outcome=Outcome.CONSENSUS
            )
    parts = list(split_section.parts.order_by("position"))
    second = services.assembly_open(
        plan=plan,
        by=coordinator,
        held_on=timezone.localdate() - dt.timedelta(days=12),
        place="Muelle de Playa Azul",
        attendance=31,
        counts={"attended_women": 19, "attended_men": 11, "attended_other": 1}
        | {"spoke_women": 7, "spoke_men": 6, "spoke_other": 1},
        minutes="Se trataron las dos partes de la sección de economía comunal.",
        sections=parts,
    )
    for part in parts:
        services.assembly_record_outcome(
            assembly=second, section=part, by=coordinator, outcome=Outcome.CONSENSUS
        )
    item = parts[1].items.order_by("position").first()
    day = _next_saturday()
    tz = timezone.get_current_timezone()
    services.session_schedule(
        council=council,
        item=item,
        by=coordinator,
        starts_at=timezone.make_aware(dt.datetime.combine(day, dt.time(9, 0)), tz),
        ends_at=timezone.make_aware(dt.datetime.combine(day, dt.time(12, 0)), tz),
        place="Muelle de Playa Azul, bajo el techo de la pescadería",
        facilitators=[people["chucho.pescador"]],
        childcare=True,
        capacity=30,
        notes="Traer cuaderno. Habrá cuido de niños y niñas en la casa de la señora Petra.",
    )


def _barrio_council(people, admin, template, materials) -> None:
    coordinator = people["carmen.facilita"]
    council = services.council_create(
        user=coordinator,
        name="Consejo Comunal Barrio La Esperanza",
        state="Lara",
        municipality="Iribarren",
        territory_kind="urban_barrio",
        main_production="Comercio, servicios y una panadería comunal",
        description=(
            "Barrio de ladera en Barquisimeto, con poca experiencia de producción no capitalista. "
            "La escuela y el agua son las preocupaciones que más reúnen a la gente."
        ),
    )
    Council.objects.filter(pk=council.pk).update(slug="barrio-la-esperanza")
    council.refresh_from_db()
    _join(council, people["la.negra"], facilitator=True)
    _join(council, people["jose.gregorio"])
    _join(council, people["yusmary"])
    if admin:
        _join(council, admin, coordinator=True)
    plan = services.plan_create(
        council=council,
        by=coordinator,
        title="Plan de formación La Esperanza 2027–2028",
        period_start=2027,
        period_end=2028,
        local_problems=(
            "La panadería comunal pierde dinero y nadie sabe por qué. Las reuniones las "
            "coordinan siempre los mismos dos hombres."
        ),
        goals="Cuentas claras en la panadería y una rotación real de la coordinación.",
    )
    _build_plan(
        plan,
        coordinator,
        [
            {
                "title": "Cuentas claras en la panadería comunal",
                "rationale": "Sin cuentas claras no hay confianza.",
                "items": ["cuentas-claras", "principios-de-rochdale"],
                "local": [
                    (
                        "Revisión abierta de las cuentas de la panadería",
                        "Un sábado al mes, con los cuadernos sobre la mesa y cualquier vecina invitada.",
                        "3",
                    )
                ],
            },
            {
                "title": "Quién cuida y quién coordina",
                "rationale": "Ver la brecha en nuestros propios números y cerrarla.",
                "items": ["quien-cuida-quien-coordina", "contar-la-brecha"],
            },
        ],
        materials,
    )
    sections = list(plan.sections.filter(parent=None).order_by("position"))
    assembly = services.assembly_open(
        plan=plan,
        by=coordinator,
        held_on=timezone.localdate() - dt.timedelta(days=5),
        place="Cancha techada de La Esperanza",
        attendance=22,
        counts={"attended_women": 15, "attended_men": 7, "attended_other": 0}
        | {"spoke_women": 4, "spoke_men": 6, "spoke_other": 0},
        sections=sections,
    )
    first, second = sections
    items = list(first.items.order_by("position"))
    services.assembly_record_outcome(
        assembly=assembly,
        section=first,
        by=coordinator,
        outcome=Outcome.SPLIT,
        note="Se separó la formación de la revisión de las cuentas.",
        parts=["Estudiar la contabilidad comunal", "Revisar juntos las cuentas de la panadería"],
        item_parts={item.pk: 1 if i < 2 else 2 for i, item in enumerate(items)},
    )
    services.assembly_record_outcome(
        assembly=assembly,
        section=second,
        by=coordinator,
        outcome=Outcome.NO_CONSENSUS,
        note=(
            "Algunos vecinos dicen que la brecha no existe; se acordó contar primero quién "
            "coordinó cada reunión del último año y volver a debatir."
        ),
    )


DEMO_SLUGS = ("playa-azul", "barrio-la-esperanza")


def count_held_sessions() -> int:
    """Aggregate counts for the demo councils' held sessions that have none (idempotent).

    Deterministic, and shaped like the councils' own diagnosis: most who attend are women,
    and women facilitate more as the years go by.
    """
    held = Session.objects.filter(
        council__slug__in=DEMO_SLUGS,
        starts_at__lte=timezone.now(),
        attended_women__isnull=True,
        attended_men__isnull=True,
        attended_other__isnull=True,
    ).exclude(status=SessionStatus.CANCELLED)
    changed = 0
    for session in held:
        seed = session.pk
        women_facilitate = seed % 10 < (session.starts_at.year - 2016) * 0.6
        session.attended_women = 9 + seed % 7
        session.attended_men = 4 + seed % 5
        session.attended_other = 1 + seed % 3
        session.facilitated_women = 1 if women_facilitate else 0
        session.facilitated_men = 0 if women_facilitate else 1
        session.facilitated_other = 0
        session.save(update_fields=[*COUNT_FIELDS, "updated_at"])
        changed += 1
    return changed


COUNT_FIELDS = (
    "attended_women",
    "attended_men",
    "attended_other",
    "facilitated_women",
    "facilitated_men",
    "facilitated_other",
)
