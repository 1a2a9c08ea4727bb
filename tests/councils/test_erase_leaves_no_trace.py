"""After a council's grace period ends, no row anywhere names it (issue #9, point 6).

The council lives a full life first (plans and versions, a shared plan another
council copied, assemblies with a correction, sessions with attendance, a shared
and vouched practice entry, invitations, a join request, notices, a reset code),
then every table of every project app is read back and searched for its name and
slug.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from councils import services
from councils.models import JoinRequest, Outcome, PlanItem, Reminder
from progress import services as progress_services

from ..factories import PASSWORD, UserFactory
from .factories import InvitationFactory, add_member, agree, make_council, make_plan, make_session
from .helpers import url

pytestmark = pytest.mark.django_db

NAME = "Consejo Comunal Zzyzx Marea"


def project_models():
    base = Path(settings.BASE_DIR).resolve()
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if base in path.parents and ".venv" not in path.parts:
            yield from config.get_models()


def everything_stored() -> str:
    return json.dumps(
        {model._meta.label: list(model.objects.values()) for model in project_models()},
        cls=DjangoJSONEncoder,
        ensure_ascii=False,
    )


def test_a_purged_council_leaves_no_row_that_names_it(as_user, django_capture_on_commit_callbacks):
    coordinator = UserFactory(display_name="Marisol")
    with django_capture_on_commit_callbacks(execute=True):
        council = make_council(coordinator, name=NAME)
        member = add_member(council, UserFactory(display_name="Pedro")).user
        plan = make_plan(council, coordinator, title="Plan Zzyzx de la marea")
        assembly = agree(plan, coordinator)
        services.assembly_correct_outcome(
            original=assembly.outcomes.first(),
            by=coordinator,
            outcome=Outcome.NO_CONSENSUS,
            note="Zzyzx",
        )
        plan.refresh_from_db()
        plan.shared = True
        plan.save()
        other_coordinator = UserFactory()
        other = make_council(other_coordinator, name="Consejo Comunal Chuao")
        copy = services.plan_copy(
            source=plan, council=other, by=other_coordinator, title="Nuestro plan"
        )
        item = PlanItem.objects.filter(section__plan=plan).first()
        session = make_session(council, item, coordinator, starts_at=timezone.now())
        Reminder.objects.create(session=session, user=member, channel=Reminder.Channel.SITE)
        progress_services.attendance_record(
            session=session, by=coordinator, present_user_ids={member.pk}
        )
        entry = progress_services.practice_log_create(
            user=member,
            practiced_on=dt.date(2025, 5, 1),
            hours=Decimal("2"),
            what_was_done="Censo de pescadores",
        )
        progress_services.practice_share(entry=entry, user=member, council_id=council.pk)
        vouch = progress_services.vouch_request(entry=entry, by=member, voucher=coordinator)
        progress_services.vouch_decide(vouch=vouch, by=coordinator, confirm=True)
        invitation = InvitationFactory(council=council, created_by=coordinator)
        JoinRequest.objects.create(council=council, user=UserFactory(), invitation=invitation)
        services.notify_coordinators(
            council=council, message="%(council)s", params={"council": council.name}
        )
    slug = council.slug
    assert NAME in everything_stored() and slug in everything_stored()

    response = as_user(coordinator).post(
        url("delete", slug), {"confirm": NAME, "password": PASSWORD}
    )
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        assert services.council_purge(
            council_id=council.pk, now=timezone.now() + dt.timedelta(days=8)
        )

    stored = everything_stored()
    assert NAME not in stored
    assert slug not in stored
    assert "Zzyzx" not in stored  # nor its plan's title or its minutes
    copy.refresh_from_db()
    assert copy.copied_from is None
    # The other council's copy is kept, and reads "adapted from a plan of another council".
    page = as_user(other_coordinator).get(url("plan_detail", other.slug, copy.pk))
    assert page.status_code == 200
    assert "another council" in page.content.decode()
    # The member keeps their own practice (now private) and attendance; only the vouch went.
    entry.refresh_from_db()
    assert entry.shared_with is None
