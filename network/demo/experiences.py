"""Demo experiences shared by the demo councils, read from ``data/experiences.toml``.

Written through the services, the way a council writes and shares one, so the demo
exercises the real rules. Idempotent: a council is found by its slug, a person by
login name and an experience by its council and title; existing ones are left alone.
Runs after the councils demo (``manage.py load_demo``); without the library or the
demo councils there is nothing to write.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction

from councils import services as council_services
from councils.models import Council, Membership
from curriculum.models import MaterialPage, Theme

from ..models import Experience, ShareMode
from ..services import experiences as services

DATA = Path(__file__).resolve().parent / "data" / "experiences.toml"


def read_data(path: Path = DATA) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _person(login: str, name: str):
    user, _created = get_user_model().objects.get_or_create(
        username=login, defaults={"display_name": name}
    )
    return user


def _council(data: dict) -> Council:
    council = Council.objects.filter(slug=data["slug"]).first()
    if council is not None:
        return council
    coordinator = _person(*data["coordinator"])
    council = council_services.council_create(
        user=coordinator,
        name=data["name"],
        state=data["state"],
        municipality=data["municipality"],
        territory_kind=data["territory_kind"],
        main_production=data["main_production"],
        description=data["description"],
    )
    Council.objects.filter(pk=council.pk).update(slug=data["slug"])
    council.refresh_from_db()
    facilitator = _person(*data["facilitator"])
    Membership.objects.update_or_create(
        council=council, user=facilitator, defaults={"is_facilitator": True}
    )
    return council


def _content(data: dict) -> services.ExperienceContent:
    language = data["language"]
    themes = {t.name: t for t in Theme.objects.filter(name__in=_theme_names(data))}
    materials = list(
        MaterialPage.objects.live().filter(
            slug__in=data.get("materials", []), locale__language_code=language
        )
    )
    return services.ExperienceContent(
        title=data["title"],
        language=language,
        starting_point=data["starting_point"],
        purpose=data.get("purpose", ""),
        subject=data.get("subject", ""),
        axis=data.get("axis", ""),
        reflection=data.get("reflection", ""),
        conclusions=data.get("conclusions", ""),
        do_differently=data.get("do_differently", ""),
        timeline=[
            services.Moment(happened_on=dt.date.fromisoformat(m["date"]), text=m["text"])
            for m in data.get("timeline", [])
        ],
        lessons=[
            services.LessonData(
                kind=lesson["kind"], text=lesson["text"], theme=themes.get(lesson.get("theme"))
            )
            for lesson in data.get("lessons", [])
        ],
        materials=materials,
        themes=[themes[name] for name in data.get("themes", []) if name in themes],
    )


def _theme_names(data: dict) -> set[str]:
    return set(data.get("themes", [])) | {
        lesson["theme"] for lesson in data.get("lessons", []) if "theme" in lesson
    }


@transaction.atomic
def load(*, path: Path = DATA) -> dict:
    """Create the missing demo councils and experiences; returns how many were created."""
    created = {"councils": 0, "experiences": 0}
    if not MaterialPage.objects.live().exists():
        return created
    data = read_data(path)
    for council_data in data.get("councils", []):
        existed = Council.objects.filter(slug=council_data["slug"]).exists()
        _council(council_data)
        created["councils"] += 0 if existed else 1
    for item in data.get("experiences", []):
        council = Council.objects.filter(slug=item["council"]).first()
        if (
            council is None
            or Experience.objects.filter(council=council, title=item["title"]).exists()
        ):
            continue
        author = (
            Membership.objects.filter(council=council, is_coordinator=True)
            .select_related("user")
            .order_by("pk")
            .first()
        )
        if author is None:
            continue
        experience = services.experience_create(
            council=council, by=author.user, content=_content(item)
        )
        mode = ShareMode.ANONYMISED if item.get("share") == "anonymised" else ShareMode.NAMED
        services.experience_share(experience=experience, by=author.user, mode=mode)
        created["experiences"] += 1
    return created
