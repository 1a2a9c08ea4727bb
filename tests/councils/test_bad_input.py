"""Garbage in any council form gets an error message, never a server error, and changes nothing."""

from __future__ import annotations

import pytest
from django.conf import settings

from councils.models import PlanItem

from .factories import agree, hold_assembly, make_plan
from .helpers import assert_refused_politely, url

pytestmark = pytest.mark.django_db

HUGE = "las redes " * 30_000  # 300 000 characters
BIG_NUMBER = "9" * 30


@pytest.fixture
def w(council, coordinator, plan):
    """A draft plan, an assembly with the plan's sections on its agenda, an agreed plan."""
    agreed_plan = make_plan(council, coordinator, title="Plan adoptado", sections=(("Redes", 1),))
    first = agree(agreed_plan, coordinator)
    assembly = hold_assembly(plan, coordinator)
    plan.refresh_from_db()
    section = plan.sections.first()
    return {
        "slug": council.slug,
        "plan": plan,
        "section": section,
        "item": PlanItem.objects.filter(section=section).first(),
        "assembly": assembly,
        "agreed_plan": agreed_plan,
        "agreed_section": agreed_plan.sections.get(),
        "first_assembly": first,
        "outcome": first.outcomes.get(),
    }


def council_form(**changes):
    data = {
        "name": "Consejo Comunal Playa Colorada",
        "state": "Sucre",
        "municipality": "Cumaná",
        "territory_kind": "coastal_fishing",
    }
    data.update(changes)
    return data


def plan_form(w, **changes):
    data = {
        "revision": w["plan"].revision,
        "title": "Plan",
        "period_start": 2026,
        "period_end": 2028,
        "local_problems": "x",
        "goals": "x",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def item_form(w, **changes):
    data = {
        "revision": w["plan"].revision,
        "source": "local",
        "title": "Actividad",
        "description": "x",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def assembly_form(**changes):
    data = {"held_on": "2024-05-04", "place": "Casa comunal", "attendance": 20}
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def outcome_form(w, **changes):
    section = w["section"].pk
    data = {"section": section, f"s{section}-outcome": "consensus"}
    data.update({k.replace("PREFIX", f"s{section}"): v for k, v in changes.items()})
    return {k: v for k, v in data.items() if v is not None}


def session_form(w, **changes):
    item = PlanItem.objects.filter(section=w["agreed_section"]).get()
    data = {
        "item": item.pk,
        "day": "2099-01-03",
        "start_time": "09:00",
        "end_time": "12:00",
        "place": "Muelle",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


# (id, URL name, URL arguments from w, POST data from w)
CASES = [
    ("council-missing", "create", lambda w: [], lambda w: {}),
    ("council-huge", "create", lambda w: [], lambda w: council_form(name=HUGE, description=HUGE)),
    ("council-kind", "create", lambda w: [], lambda w: council_form(territory_kind="castle")),
    ("council-edit-missing", "edit", lambda w: [w["slug"]], lambda w: {"name": ""}),
    ("invitation-days-text", "members", lambda w: [w["slug"]], lambda w: {"valid_days": "abc"}),
    (
        "invitation-days-huge",
        "members",
        lambda w: [w["slug"]],
        lambda w: {"valid_days": BIG_NUMBER},
    ),
    (
        "invitation-uses-zero",
        "members",
        lambda w: [w["slug"]],
        lambda w: {"valid_days": 5, "max_uses": "0"},
    ),
    ("join-empty", "join", lambda w: [], lambda w: {"code": ""}),
    ("join-huge", "join", lambda w: [], lambda w: {"code": HUGE}),
    ("join-markup", "join", lambda w: [], lambda w: {"code": "<script>alert(1)</script>"}),
    ("plan-missing", "plan_create", lambda w: [w["slug"]], lambda w: {"title": "Solo título"}),
    (
        "plan-years-text",
        "plan_create",
        lambda w: [w["slug"]],
        lambda w: plan_form(w, period_start="dos mil"),
    ),
    (
        "plan-years-huge",
        "plan_create",
        lambda w: [w["slug"]],
        lambda w: plan_form(w, period_end=BIG_NUMBER),
    ),
    (
        "plan-huge-text",
        "plan_create",
        lambda w: [w["slug"]],
        lambda w: plan_form(w, local_problems=HUGE, goals=HUGE),
    ),
    ("plan-copy-unknown", "plan_create", lambda w: [w["slug"]], lambda w: {"copy_from": "999999"}),
    ("plan-copy-huge", "plan_create", lambda w: [w["slug"]], lambda w: {"copy_from": BIG_NUMBER}),
    (
        "plan-edit-revision-text",
        "plan_edit",
        lambda w: [w["slug"], w["plan"].pk],
        lambda w: plan_form(w, revision="abc"),
    ),
    (
        "plan-edit-missing",
        "plan_edit",
        lambda w: [w["slug"], w["plan"].pk],
        lambda w: {"revision": w["plan"].revision},
    ),
    (
        "plan-edit-huge",
        "plan_edit",
        lambda w: [w["slug"], w["plan"].pk],
        lambda w: plan_form(w, title=HUGE, goals=HUGE),
    ),
    (
        "section-revision-text",
        "section_add",
        lambda w: [w["slug"], w["plan"].pk],
        lambda w: {"revision": "abc", "title": "Memoria"},
    ),
    (
        "section-revision-huge",
        "section_add",
        lambda w: [w["slug"], w["plan"].pk],
        lambda w: {"revision": BIG_NUMBER, "title": "Memoria"},
    ),
    (
        "section-missing",
        "section_add",
        lambda w: [w["slug"], w["plan"].pk],
        lambda w: {"revision": w["plan"].revision},
    ),
    (
        "section-huge",
        "section_add",
        lambda w: [w["slug"], w["plan"].pk],
        lambda w: {"revision": w["plan"].revision, "title": HUGE, "rationale": HUGE},
    ),
    (
        "section-edit-revision-text",
        "section_edit",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk],
        lambda w: {"revision": "abc", "title": "Otro"},
    ),
    (
        "section-edit-missing",
        "section_edit",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk],
        lambda w: {"revision": w["plan"].revision},
    ),
    (
        "section-unknown",
        "section_edit",
        lambda w: [w["slug"], w["plan"].pk, 999999],
        lambda w: {"revision": w["plan"].revision, "title": "Otro"},
    ),
    (
        "section-move-revision-text",
        "section_action",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk, "down"],
        lambda w: {"revision": "abc"},
    ),
    (
        "section-remove-no-revision",
        "section_action",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk, "remove"],
        lambda w: {},
    ),
    (
        "section-unknown-action",
        "section_action",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk, "explode"],
        lambda w: {"revision": w["plan"].revision},
    ),
    (
        "amend-revision-text",
        "section_amend",
        lambda w: [w["slug"], w["agreed_plan"].pk, w["agreed_section"].pk],
        lambda w: {"revision": "abc", "reason": "x"},
    ),
    (
        "amend-huge",
        "section_amend",
        lambda w: [w["slug"], w["agreed_plan"].pk, w["agreed_section"].pk],
        lambda w: {"revision": w["agreed_plan"].revision, "reason": HUGE},
    ),
    (
        "item-revision-text",
        "item_add",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk],
        lambda w: item_form(w, revision="abc"),
    ),
    (
        "item-source",
        "item_add",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk],
        lambda w: item_form(w, source="magic"),
    ),
    (
        "item-material-text",
        "item_add",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk],
        lambda w: item_form(w, source="material", material="abc"),
    ),
    (
        "item-material-unknown",
        "item_add",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk],
        lambda w: item_form(w, source="material", material="999999"),
    ),
    (
        "item-path-huge",
        "item_add",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk],
        lambda w: item_form(w, source="path", study_path=BIG_NUMBER),
    ),
    (
        "item-hours-text",
        "item_add",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk],
        lambda w: item_form(w, estimated_hours="muchas"),
    ),
    (
        "item-hours-nan",
        "item_add",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk],
        lambda w: item_form(w, estimated_hours="NaN"),
    ),
    (
        "item-hours-negative",
        "item_add",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk],
        lambda w: item_form(w, estimated_hours="-4"),
    ),
    (
        "item-hours-huge",
        "item_add",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk],
        lambda w: item_form(w, estimated_hours="1e30"),
    ),
    (
        "item-huge-text",
        "item_add",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk],
        lambda w: item_form(w, title=HUGE, description=HUGE, target_period=HUGE),
    ),
    (
        "item-missing",
        "item_add",
        lambda w: [w["slug"], w["plan"].pk, w["section"].pk],
        lambda w: {"revision": w["plan"].revision},
    ),
    (
        "item-remove-revision-text",
        "item_action",
        lambda w: [w["slug"], w["plan"].pk, w["item"].pk, "remove"],
        lambda w: {"revision": "abc"},
    ),
    (
        "item-unknown",
        "item_action",
        lambda w: [w["slug"], w["plan"].pk, 999999, "remove"],
        lambda w: {"revision": w["plan"].revision},
    ),
    (
        "assembly-missing",
        "assembly_open",
        lambda w: [w["slug"], w["agreed_plan"].pk],
        lambda w: {},
    ),
    (
        "assembly-garbage",
        "assembly_open",
        lambda w: [w["slug"], w["plan"].pk],
        lambda w: assembly_form(held_on="ayer", attendance="muchos", sections=["abc"]),
    ),
    (
        "assembly-attendance-zero",
        "assembly_open",
        lambda w: [w["slug"], w["plan"].pk],
        lambda w: assembly_form(attendance="0", sections=[w["section"].pk]),
    ),
    (
        "assembly-unknown-section",
        "assembly_open",
        lambda w: [w["slug"], w["plan"].pk],
        lambda w: assembly_form(sections=["999999"]),
    ),
    (
        "assembly-huge",
        "assembly_open",
        lambda w: [w["slug"], w["plan"].pk],
        lambda w: assembly_form(place=HUGE, minutes=HUGE, attendance=BIG_NUMBER),
    ),
    (
        "outcome-unknown-choice",
        "assembly_detail",
        lambda w: [w["slug"], w["assembly"].pk],
        lambda w: outcome_form(w, **{"PREFIX-outcome": "acclamation"}),
    ),
    (
        "outcome-missing",
        "assembly_detail",
        lambda w: [w["slug"], w["assembly"].pk],
        lambda w: outcome_form(w, **{"PREFIX-outcome": None}),
    ),
    (
        "outcome-section-text",
        "assembly_detail",
        lambda w: [w["slug"], w["assembly"].pk],
        lambda w: {"section": "abc"},
    ),
    (
        "outcome-section-unknown",
        "assembly_detail",
        lambda w: [w["slug"], w["assembly"].pk],
        lambda w: {"section": "999999"},
    ),
    (
        "outcome-section-huge",
        "assembly_detail",
        lambda w: [w["slug"], w["assembly"].pk],
        lambda w: {"section": BIG_NUMBER},
    ),
    (
        "outcome-split-garbage",
        "assembly_detail",
        lambda w: [w["slug"], w["assembly"].pk],
        lambda w: outcome_form(
            w,
            **{
                "PREFIX-outcome": "split",
                "PREFIX-parts": HUGE,
                f"PREFIX-item_{w['item'].pk}": "abc",
            },
        ),
    ),
    (
        "outcome-split-part-huge",
        "assembly_detail",
        lambda w: [w["slug"], w["assembly"].pk],
        lambda w: outcome_form(
            w,
            **{
                "PREFIX-outcome": "split",
                "PREFIX-parts": "Uno\nDos",
                f"PREFIX-item_{w['item'].pk}": BIG_NUMBER,
            },
        ),
    ),
    (
        "outcome-note-huge",
        "assembly_detail",
        lambda w: [w["slug"], w["assembly"].pk],
        lambda w: outcome_form(w, **{"PREFIX-outcome": "no_consensus", "PREFIX-note": HUGE}),
    ),
    (
        "correction-split",
        "outcome_correct",
        lambda w: [w["slug"], w["first_assembly"].pk, w["outcome"].pk],
        lambda w: {"outcome": "split", "note": "x"},
    ),
    (
        "correction-huge",
        "outcome_correct",
        lambda w: [w["slug"], w["first_assembly"].pk, w["outcome"].pk],
        lambda w: {"outcome": "no_consensus", "note": HUGE},
    ),
    ("session-missing", "session_create", lambda w: [w["slug"]], lambda w: {}),
    (
        "session-garbage",
        "session_create",
        lambda w: [w["slug"]],
        lambda w: session_form(
            w, item="abc", day="31/31/2099", start_time="25:99", facilitators=["abc"]
        ),
    ),
    (
        "session-item-huge",
        "session_create",
        lambda w: [w["slug"]],
        lambda w: session_form(w, item=BIG_NUMBER),
    ),
    (
        "session-capacity",
        "session_create",
        lambda w: [w["slug"]],
        lambda w: session_form(w, capacity="0"),
    ),
    (
        "session-huge",
        "session_create",
        lambda w: [w["slug"]],
        lambda w: session_form(w, place=HUGE, notes=HUGE),
    ),
    (
        "session-too-long",
        "session_create",
        lambda w: [w["slug"]],
        lambda w: session_form(w, start_time="00:00", end_time="23:59"),
    ),
]


KNOWN_BUGS: dict = {}


@pytest.mark.parametrize(
    ("name", "args", "data"),
    [pytest.param(*c[1:], id=c[0], marks=KNOWN_BUGS.get(c[0], ())) for c in CASES],
)
def test_garbage_gets_an_error_message_and_changes_nothing(
    name, args, data, as_user, council, coordinator, w, state_of
):
    before = state_of(council)
    # A browser always sends the CSRF token, so even an empty form is a non-empty POST.
    response = as_user(coordinator).post(
        url(name, *args(w)), {"csrfmiddlewaretoken": "token", **data(w)}
    )
    assert_refused_politely(response)
    assert state_of(council) == before


ON_SQLITE = "sqlite" in settings.DATABASES["default"]["ENGINE"]


@pytest.mark.parametrize(
    "query",
    [
        pytest.param({"a": "abc", "b": "1"}, id="text"),
        pytest.param({"a": "1", "b": "999"}, id="unknown"),
        pytest.param({"a": "1", "b": BIG_NUMBER}, id="huge"),
        pytest.param({"a": "-1", "b": ""}, id="negative"),
    ],
)
def test_comparing_garbage_versions_never_fails(as_user, council, coordinator, plan, query):
    response = as_user(coordinator).get(url("plan_versions", council.slug, plan.pk), query)
    assert response.status_code == 200
    assert response.context["diff"] is None


@pytest.mark.parametrize(
    "address",
    [
        lambda c, p: url("plan_detail", c.slug, BIG_NUMBER),
        lambda c, p: url("plan_version_detail", c.slug, p.pk, BIG_NUMBER),
        lambda c, p: url("assembly_detail", c.slug, BIG_NUMBER),
        lambda c, p: url("template_detail", BIG_NUMBER),
        lambda c, p: url("join_code", "x" * 2000),
    ],
    ids=["plan", "version", "assembly", "template", "join-code"],
)
def test_huge_numbers_in_addresses_are_not_found(as_user, council, coordinator, plan, address):
    response = as_user(coordinator).get(address(council, plan))
    assert response.status_code in (200, 404)
