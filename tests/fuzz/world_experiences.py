"""Shared experiences and their questions in the fuzz world (see world.py).

Council A has a private experience and an anonymised shared one with a question; B has
only a private experience (with MARKER in its text) and a question on it: nobody of A
may ever read them. B's shared experiences (world_network_space) are anonymised, so
A's people read them on the exchange without B's name.
"""

from __future__ import annotations

import datetime as dt

from network.models import Question, ShareMode
from network.services import experiences as services


def _write(council, by, title: str, text: str):
    return services.experience_create(
        council=council,
        by=by,
        content=services.ExperienceContent(
            title=title,
            starting_point=text,
            timeline=[services.Moment(happened_on=dt.date(2025, 3, 8), text=text)],
            lessons=[services.LessonData(kind="did_not_work", text=text)],
        ),
    )


def add_experience_values(*, a, b, marker: str) -> None:
    """Experiences of A (the roles' own) and of B (foreign), put in each side's values."""
    coordinator = a.people["coordinator"]
    private = _write(a.council, coordinator, "Borrador de la cava", "Empezamos en la orilla.")
    shared = _write(a.council, coordinator, "La cava que no enfrió", "Compramos una cava usada.")
    services.experience_share(experience=shared, by=coordinator, mode=ShareMode.ANONYMISED)
    question = Question.objects.create(
        experience=shared, asker_council=a.council, asked_by=coordinator, text="¿Cuánto costó?"
    )
    a.values.update(
        experience=[shared.pk, private.pk],
        experience_uuid=[shared.uuid],
        question=[question.pk],
    )
    b_coordinator = b.people["coordinator"]
    secret = _write(b.council, b_coordinator, f"Cacao {marker}", f"Semillas {marker}.")
    b_question = Question.objects.create(
        experience=secret, asker_council=b.council, asked_by=b_coordinator, text=f"¿{marker}?"
    )
    b.values.update(experience=[secret.pk], experience_uuid=[secret.uuid], question=[b_question.pk])
