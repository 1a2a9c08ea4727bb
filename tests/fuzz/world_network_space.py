"""Encuentros and the coordinators' space in the fuzz world (see world.py).

Council A is registered for a coming encuentro and a past one; the coming one presents
A's named experience and B's anonymised one (B's name must never show). B is listed in
the network's directory, anonymised. B registers for nothing: the encuentro's managers
read registered councils' names, and the "network" role manages every encuentro.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from network.models import Experience, Gathering, Lesson, LessonKind, ShareMode
from network.services import gatherings as gathering_services


def _shared(council, title: str, mode: str) -> Experience:
    experience = Experience.objects.create(
        council=council,
        title=title,
        starting_point="Empezamos por el agua que no llega.",
        share_mode=mode,
        shared_at=timezone.now(),
    )
    Lesson.objects.create(
        experience=experience, kind=LessonKind.DID_NOT_WORK, text="La convocatoria no llegó."
    )
    return experience


def space_values(*, a, b, network, template) -> dict[str, list]:
    coordinator = a.people["coordinator"]
    starts = timezone.now() + dt.timedelta(days=10)
    coming = gathering_services.gathering_convene(
        by=network,
        title="Encuentro de oriente",
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=8),
        place="Cumaná",
    )
    gathering_services.registration_save(
        gathering=coming, council=a.council, by=coordinator, people=8, children=2
    )
    entries = [
        gathering_services.agenda_add(
            gathering=coming,
            by=network,
            experience=_shared(a.council, "La cava comunal", ShareMode.NAMED),
        ),
        gathering_services.agenda_add(
            gathering=coming,
            by=network,
            experience=_shared(b.council, "Semillas que no germinaron", ShareMode.ANONYMISED),
        ),
    ]
    past = gathering_services.gathering_convene(
        by=network,
        title="Encuentro pasado",
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=8),
        place="Carúpano",
    )
    gathering_services.registration_save(
        gathering=past, council=a.council, by=coordinator, people=5, children=0
    )
    Gathering.objects.filter(pk=past.pk).update(
        starts_at=timezone.now() - dt.timedelta(days=5),
        ends_at=timezone.now() - dt.timedelta(days=5) + dt.timedelta(hours=8),
    )
    type(b.council).objects.filter(pk=b.council.pk).update(
        listed_in_directory=True, directory_anonymised=True
    )
    sections = list(template.sections.order_by("pk"))
    return {
        "gathering": [coming.pk, past.pk],
        "agenda_entry": [entry.pk for entry in entries],
        "template_section": [s.pk for s in sections],
        "template_item": [i.pk for s in sections for i in s.items.order_by("pk")],
    }
