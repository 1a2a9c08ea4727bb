"""The registry of personal and council data is complete, and erasing a person leaves no trace.

Each app declares in ``<app>/personal_data.py`` the models that hold data about people
or councils (issue #9, point 6). A model with a direct link to the user model or to
``councils.Council`` that is missing there fails here, so no new table is forgotten by
the erasures. Then a person with a full life on the site deletes their account the way
the site does it (password given again) and no registered row names them any more,
while everyone else's totals are rebuilt.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import json
from decimal import Decimal
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.urls import reverse
from django.utils import timezone

from cms.services import recovery_codes_issue
from councils.models import Council, PersonalCalendar, Reminder
from progress import services
from progress.models import YearSummary

from .councils.factories import InvitationFactory, add_member, hold_assembly, make_plan
from .factories import PASSWORD, UserFactory
from .progress import conftest as progress_fixtures
from .progress.factories import FormationStageFactory
from .progress.oracle import expected_summaries, stored_summaries

# The formation suite's small world (a fishing council and its people), shared here.
lib, world, committed = progress_fixtures.lib, progress_fixtures.world, progress_fixtures.committed

HOLDS = {"personal", "council"}
MODES = {"cascade", "anonymised", "kept", None}
BASE_DIR = Path(settings.BASE_DIR).resolve()


def project_apps():
    """The project's own apps (cms, curriculum, councils, progress and any newer one)."""
    found = []
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if (
            BASE_DIR in path.parents
            and ".venv" not in path.parts
            and "site-packages" not in path.parts
        ):
            found.append(config)
    return found


def registry() -> dict[str, dict]:
    declared = {}
    for config in project_apps():
        module_name = f"{config.name}.personal_data"
        if importlib.util.find_spec(module_name) is None:
            continue
        for model_name, entry in importlib.import_module(module_name).REGISTRY.items():
            declared[f"{config.label}.{model_name}"] = entry
    return declared


def direct_links(model) -> list[models.Field]:
    """Fields of the model's own table that point at a person or a council."""
    targets = {get_user_model(), Council}
    own = [*model._meta.local_fields, *model._meta.local_many_to_many]
    return [f for f in own if f.is_relation and f.related_model in targets]


def models_needing_a_declaration() -> set[str]:
    return {
        model._meta.label
        for config in project_apps()
        for model in config.get_models()
        if direct_links(model)
    }


def test_the_project_apps_are_found():
    labels = {config.label for config in project_apps()}
    assert {"cms", "curriculum", "councils", "progress"} <= labels


def test_every_model_linked_to_a_person_or_a_council_is_declared():
    missing = models_needing_a_declaration() - registry().keys()
    assert not missing, f"declare these in <app>/personal_data.py: {sorted(missing)}"


def test_every_declaration_names_a_model_and_says_how_it_is_erased():
    for label, entry in registry().items():
        model = apps.get_model(label)  # a stale or misspelt name fails here
        assert entry["holds"] in HOLDS, label
        assert entry["person"] in MODES and entry["council"] in MODES, label
        assert entry["person"] or entry["council"], f"{label}: erased how?"
        assert entry["why"].strip(), f"{label}: say why"
        users = [f for f in direct_links(model) if f.related_model is get_user_model()]
        if users and entry["person"] is None:
            pytest.fail(f"{label} points at a person but says nothing of erasing one")


# --- Erasing a person -------------------------------------------------------------------

NAME = "Zoila Borrable"
USERNAME = "zoila_borrable"


def practice(user, hours, council, voucher=None, days_ago=2):
    entry = services.practice_log_create(
        user=user,
        practiced_on=timezone.localdate() - dt.timedelta(days=days_ago),
        hours=Decimal(hours),
        what_was_done="Recorrido por el sector con la mesa técnica de agua.",
    )
    services.practice_share(entry=entry, user=user, council_id=council.pk)
    if voucher is not None:
        asked = services.vouch_request(entry=entry, by=user, voucher=voucher)
        services.vouch_decide(vouch=asked, by=voucher, confirm=True)
    return entry


@pytest.fixture
def zoila(world, committed):
    """Zoila coordinates with Yusmary, facilitates with Nelly, vouches and is vouched for."""
    zoila = UserFactory(username=USERNAME, display_name=NAME)
    add_member(world.council, zoila, is_coordinator=True, is_facilitator=True)
    rosa, nelly = world.neighbour, world.facilitator
    FormationStageFactory(name="Primeros pasos", min_study_hours=0)
    recovery_codes_issue(user=zoila)
    PersonalCalendar.objects.create(user=zoila)
    InvitationFactory(council=world.council, created_by=zoila)
    plan = make_plan(world.council, zoila)
    hold_assembly(plan, zoila)
    world.held_session.facilitators.add(zoila)
    world.held_session.created_by = zoila
    world.held_session.save(update_fields=["created_by"])
    Reminder.objects.create(session=world.next_session, user=zoila, channel="email")
    with committed():
        services.enrol(user=zoila, path=world.lib.path)
        services.mark_read(
            user=zoila,
            material=world.lib.reading,
            completed_on=timezone.localdate(),
            reflection="Lo que nadie debe leer.",
        )
        practice(zoila, "2", world.council, voucher=rosa)
        practice(rosa, "3", world.council, voucher=zoila)
        services.attendance_record(
            session=world.held_session, by=zoila, present_user_ids={zoila.pk, rosa.pk}
        )
    assert (
        YearSummary.objects.get(user=rosa, year=timezone.localdate().year).vouched_practice_minutes
        == 180
    )
    assert (
        YearSummary.objects.get(user=nelly, year=timezone.localdate().year).workshops_facilitated
        == 1
    )
    return zoila


def names(value, needles) -> bool:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return any(needle in text.lower() for needle in needles)


def rows_naming(user_id: int, needles: list[str]) -> list[str]:
    found = []
    User = get_user_model()
    for label, entry in registry().items():
        model = apps.get_model(label)
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is User:
                if model._default_manager.filter(**{field.attname: user_id}).exists():
                    found.append(f"{label}.{field.name} = {user_id}")
            elif isinstance(field, (models.CharField, models.TextField, models.JSONField)):
                for pk, value in model._default_manager.values_list("pk", field.attname):
                    if value and names(value, needles):
                        found.append(f"{label}#{pk}.{field.name} ({entry['person']})")
        for field in model._meta.many_to_many:
            if field.related_model is User:
                if model._default_manager.filter(**{field.name: user_id}).exists():
                    found.append(f"{label}.{field.name} ∋ {user_id}")
    return found


@pytest.mark.django_db
def test_deleting_an_account_leaves_no_row_that_names_the_person(world, zoila, client, committed):
    zoila_id = zoila.pk
    needles = [USERNAME.lower(), NAME.lower()]
    assert rows_naming(zoila_id, needles), "the fixture should name her before"
    client.force_login(zoila)
    with committed():
        response = client.post(
            reverse("accounts:delete"), {"confirm": USERNAME, "password": PASSWORD}
        )
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=zoila_id).exists()

    assert rows_naming(zoila_id, needles) == []


@pytest.mark.django_db
def test_everyone_elses_totals_are_rebuilt_after_an_erasure(world, zoila, client, committed):
    rosa, nelly = world.neighbour, world.facilitator
    client.force_login(zoila)
    with committed():
        client.post(reverse("accounts:delete"), {"confirm": USERNAME, "password": PASSWORD})

    year = timezone.localdate().year
    rosa_now = YearSummary.objects.get(user=rosa, year=year)
    # Rosa's practice was vouched by Zoila only: it counts as self-reported again.
    assert (rosa_now.practice_minutes, rosa_now.vouched_practice_minutes) == (180, 0)
    # The session stays, and still counts for Nelly, who facilitated it with Zoila.
    assert YearSummary.objects.get(user=nelly, year=year).workshops_facilitated == 1
    for person in get_user_model().objects.all():
        assert stored_summaries(person) == expected_summaries(person), person.username
