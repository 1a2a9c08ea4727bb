"""No council learns anything about another: every URL of council B is closed to members of A.

The URL names come from ``councils/urls.py`` itself, so a new page without a
rule here makes ``test_every_council_url_is_covered`` fail.
"""

from __future__ import annotations

import pytest
from django.urls import URLPattern

from councils import urls as council_urls
from councils.models import FormationPlan, Membership, PlanItem, PlanSection, Reminder

from ..factories import PASSWORD
from .factories import FormationPlanFactory, PlanItemFactory, PlanSectionFactory
from .helpers import url

pytestmark = pytest.mark.django_db

# Pages that are not about one council (each is checked on its own below).
NOT_COUNCIL_PAGES = {
    "list",
    "create",
    "join",
    "join_code",
    "template_detail",
    "notice_read",
    "notices",
    "notices_all_read",
    "message_read",
    "council_feed",
    "personal_feed",
}

POST_ONLY = {
    "invitation_revoke",
    "join_request_approve",
    "join_request_refuse",
    "member_remove",
    "section_add",
    "section_action",
    "item_action",
    "plan_publish_template",
    "session_cancel",
    "calendar_rotate",
    "notice_read",
    "erase_cancel",
    "reset_cancel",
}


def _council_url_names() -> list[str]:
    return [
        p.name
        for p in council_urls.urlpatterns
        if isinstance(p, URLPattern) and p.name not in NOT_COUNCIL_PAGES
    ]


# For each URL name: the URL arguments after the council's slug, from a World (see conftest).
ARGS = {
    "detail": lambda w: [],
    "edit": lambda w: [],
    "export": lambda w: [],
    "delete": lambda w: [],
    "members": lambda w: [],
    "member_roles": lambda w: [w.member.pk],
    "member_remove": lambda w: [w.member.pk],
    "invitation_revoke": lambda w: [w.invitation.pk],
    "join_request_approve": lambda w: [w.join_request.pk],
    "join_request_refuse": lambda w: [w.join_request.pk],
    "plan_create": lambda w: [],
    "plan_detail": lambda w: [w.plan.pk],
    "plan_edit": lambda w: [w.plan.pk],
    "section_add": lambda w: [w.plan.pk],
    "section_edit": lambda w: [w.plan.pk, w.section.pk],
    "section_amend": lambda w: [w.agreed_plan.pk, w.agreed_section.pk],
    "item_add": lambda w: [w.plan.pk, w.section.pk],
    "section_action": lambda w: [w.plan.pk, w.section.pk, "remove"],
    "item_action": lambda w: [w.plan.pk, w.item.pk, "remove"],
    "item_edit": lambda w: [w.plan.pk, w.item.pk],
    "plan_versions": lambda w: [w.plan.pk],
    "plan_publish_template": lambda w: [w.plan.pk],
    "plan_version_detail": lambda w: [w.plan.pk, 1],
    "assembly_open": lambda w: [w.plan.pk],
    "assembly_list": lambda w: [],
    "assembly_detail": lambda w: [w.assembly.pk],
    "outcome_correct": lambda w: [w.assembly.pk, w.outcome.pk],
    "session_create": lambda w: [],
    "session_cancel": lambda w: [w.session.pk],
    "session_edit": lambda w: [w.session.pk],
    "calendar": lambda w: [],
    "calendar_rotate": lambda w: [],
    "erase_cancel": lambda w: [],
    "reset_issue": lambda w: [w.member.pk],
    "reset_agree": lambda w: [w.reset_grant.pk],
    "reset_cancel": lambda w: [w.reset_grant.pk],
}


class _Any:
    pk = 1

    def __getattr__(self, name):
        return self


# Names whose arguments point at council B's objects (not just at the council).
WITH_OBJECTS = sorted(name for name, args in ARGS.items() if args(_Any()))


def _post_data(world) -> dict:
    """A submission that would change B's data if any view accepted it."""
    return {
        "revision": world.plan.revision,
        "name": "Consejo tomado",
        "state": "Otro",
        "municipality": "Otro",
        "territory_kind": "other",
        "title": "Plan cambiado por otro consejo",
        "period_start": 2026,
        "period_end": 2027,
        "local_problems": "x",
        "goals": "x",
        "shared": "on",
        "rationale": "x",
        "reason": "Queremos cambiarlo",
        "source": "local",
        "description": "x",
        "valid_days": 30,
        "is_participant": "on",
        "is_coordinator": "on",
        "held_on": "2020-01-01",
        "place": "Otro lugar",
        "attendance": 5,
        "sections": [world.section.pk],
        "section": world.agreed_section.pk,
        "outcome": "no_consensus",
        "note": "Corrección falsa",
        "feed": "council",
        "copy_from": world.plan.pk,
        "confirm": world.council.name,
        "password": PASSWORD,
        "item": world.item.pk,
        "day": "2099-01-03",
        "start_time": "09:00",
        "end_time": "12:00",
    }


def test_every_council_url_is_covered():
    assert set(_council_url_names()) == set(ARGS)


@pytest.fixture
def member_of_a(council, coordinator):
    """The most powerful visitor there is: a coordinator of council A (and of nothing else)."""
    return coordinator


def test_a_member_of_another_council_gets_404_on_every_council_url(
    as_user, member_of_a, council_b, state_of
):
    """Every URL name with B's slug and B's ids, GET and POST. One world for all of them (fast);
    every failing address is listed."""
    client = as_user(member_of_a)
    before = state_of(council_b.council)
    wrong = []
    for name in sorted(ARGS):
        address = url(name, council_b.council.slug, *ARGS[name](council_b))
        got = client.get(address)
        posted = client.post(address, _post_data(council_b))
        if got.status_code != (405 if name in POST_ONLY else 404):
            wrong.append(f"GET {address}: {got.status_code}")
        if posted.status_code != 404:
            wrong.append(f"POST {address}: {posted.status_code}")
        if council_b.council.name.encode() in got.content + posted.content:
            wrong.append(f"{address} shows B's name")
        if state_of(council_b.council) != before:
            wrong.append(f"POST {address} changed B's data")
            before = state_of(council_b.council)
    assert wrong == []


def test_b_objects_under_a_councils_own_address_are_404(
    as_user, council, member_of_a, council_b, state_of
):
    """A coordinator of A puts B's ids into A's URLs: every lookup is scoped to A, so 404."""
    client = as_user(member_of_a)
    before = state_of(council_b.council)
    wrong = []
    for name in WITH_OBJECTS:
        address = url(name, council.slug, *ARGS[name](council_b))
        status = client.post(address, _post_data(council_b)).status_code
        if status != 404:
            wrong.append(f"POST {address}: {status}")
        if name not in POST_ONLY and (status := client.get(address).status_code) != 404:
            wrong.append(f"GET {address}: {status}")
        if state_of(council_b.council) != before:
            wrong.append(f"POST {address} changed B's data")
            before = state_of(council_b.council)
    assert wrong == []


@pytest.fixture
def a_objects(council, coordinator):
    """A's own plan, section and item, to mix with B's child ids."""
    plan = FormationPlanFactory(council=council)
    section = PlanSectionFactory(plan=plan)
    item = PlanItemFactory(section=section)
    return plan, section, item


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("section_edit", lambda a, b: [a[0].pk, b.section.pk]),
        ("section_amend", lambda a, b: [a[0].pk, b.agreed_section.pk]),
        ("item_add", lambda a, b: [a[0].pk, b.section.pk]),
        ("section_action", lambda a, b: [a[0].pk, b.section.pk, "up"]),
        ("item_action", lambda a, b: [a[0].pk, b.item.pk, "remove"]),
        ("outcome_correct", lambda a, b: [None, b.outcome.pk]),
    ],
)
def test_b_child_objects_under_a_plan_of_a_are_404(
    name, args, as_user, council, coordinator, council_b, a_objects, state_of
):
    from .factories import agree, make_plan

    values = args(a_objects, council_b)
    if name == "outcome_correct":
        own_plan = make_plan(council, coordinator)
        values[0] = agree(own_plan, coordinator).pk
    client = as_user(coordinator)
    address = url(name, council.slug, *values)
    before = state_of(council_b.council)
    assert client.post(address, _post_data(council_b)).status_code == 404, address
    assert state_of(council_b.council) == before


def test_a_member_of_a_cannot_record_an_outcome_on_a_section_of_b(
    as_user, council, coordinator, council_b, state_of
):
    from .factories import hold_assembly, make_plan

    own_plan = make_plan(council, coordinator)
    assembly = hold_assembly(own_plan, coordinator)
    other = PlanSection.objects.filter(plan=council_b.plan).first()
    before = state_of(council_b.council)
    response = as_user(coordinator).post(
        url("assembly_detail", council.slug, assembly.pk),
        {"section": other.pk, f"s{other.pk}-outcome": "consensus"},
    )
    assert response.status_code == 404
    assert state_of(council_b.council) == before


def test_a_member_of_a_cannot_open_an_assembly_on_sections_of_b(
    as_user, council, coordinator, council_b, state_of
):
    from .factories import make_plan

    own_plan = make_plan(council, coordinator)
    before = state_of(council_b.council)
    response = as_user(coordinator).post(
        url("assembly_open", council.slug, own_plan.pk),
        {
            "held_on": "2024-05-04",
            "place": "Casa comunal",
            "attendance": 20,
            "sections": [council_b.section.pk],
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert state_of(council_b.council) == before


def test_a_member_of_a_cannot_schedule_a_session_for_an_item_of_b(
    as_user, council, coordinator, council_b, state_of
):
    before = state_of(council_b.council)
    item_b = PlanItem.objects.filter(section=council_b.agreed_section).get()
    response = as_user(coordinator).post(
        url("session_create", council.slug),
        {
            "item": item_b.pk,
            "day": "2099-01-03",
            "start_time": "09:00",
            "end_time": "12:00",
            "place": "Muelle",
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert state_of(council_b.council) == before


def test_an_unshared_plan_of_b_cannot_be_read_or_copied(
    as_user, council, coordinator, council_b, state_of
):
    client = as_user(coordinator)
    before = state_of(council_b.council)
    assert client.get(url("template_detail", council_b.plan.pk)).status_code == 404
    plans_before = FormationPlan.objects.filter(council=council).count()
    response = client.post(url("plan_create", council.slug), {"copy_from": council_b.plan.pk})
    assert response.status_code == 404
    assert FormationPlan.objects.filter(council=council).count() == plans_before
    assert state_of(council_b.council) == before


def test_a_notice_of_someone_else_cannot_be_marked_read(as_user, coordinator, council_b):
    response = as_user(coordinator).post(url("notice_read", council_b.reminder.pk))
    assert response.status_code == 404
    assert Reminder.objects.get(pk=council_b.reminder.pk).read_at is None


def test_a_council_coordinator_cannot_publish_network_templates(
    as_user, council, coordinator, plan
):
    response = as_user(coordinator).post(url("plan_publish_template", council.slug, plan.pk))
    assert response.status_code == 404
    assert not FormationPlan.objects.filter(is_network_template=True).exists()


# --- Anonymous visitors ----------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_log_in(client, site, council_b, state_of):
    before = state_of(council_b.council)
    login = url("list").replace("/consejos/", "/accounts/login/")
    wrong = []
    for name in sorted(ARGS):
        address = url(name, council_b.council.slug, *ARGS[name](council_b))
        for method, response in (
            ("GET", client.get(address)),
            ("POST", client.post(address, _post_data(council_b))),
        ):
            if response.status_code != 302 or not response.url.startswith(f"{login}?next="):
                wrong.append(f"{method} {address}: {response.status_code}")
    assert wrong == []
    assert state_of(council_b.council) == before


@pytest.mark.parametrize("name", ["list", "create", "join", "template_detail", "notice_read"])
def test_anonymous_visitors_are_sent_to_log_in_on_personal_pages(name, client, site, council_b):
    args = {
        "template_detail": [council_b.plan.pk],
        "notice_read": [council_b.reminder.pk],
    }.get(name, [])
    response = (
        client.post(url(name, *args)) if name == "notice_read" else client.get(url(name, *args))
    )
    assert response.status_code == 302
    assert "/accounts/login/" in response.url


# --- Participants read plans but do not change them --------------------------------------------


@pytest.fixture
def participant_world(council, coordinator, participant, plan):
    from .factories import agree, make_plan

    adopted = make_plan(council, coordinator, title="Plan adoptado", sections=(("Redes", 1),))
    assembly = agree(adopted, coordinator)
    return {
        "plan": plan,
        "section": plan.sections.first(),
        "item": PlanItem.objects.filter(section__plan=plan).first(),
        "adopted": adopted,
        "agreed": adopted.sections.get(),
        "assembly": assembly,
        "outcome": assembly.outcomes.get(),
    }


def test_a_participant_reads_plans_assemblies_and_versions(
    as_user, council, participant, participant_world
):
    client = as_user(participant)
    w = participant_world
    for address in (
        url("detail", council.slug),
        url("plan_detail", council.slug, w["plan"].pk),
        url("plan_versions", council.slug, w["plan"].pk),
        url("plan_version_detail", council.slug, w["plan"].pk, 1),
        url("assembly_list", council.slug),
        url("assembly_detail", council.slug, w["assembly"].pk),
        url("calendar", council.slug),
        url("members", council.slug),
    ):
        assert client.get(address).status_code == 200, address
    page = client.get(url("plan_detail", council.slug, w["plan"].pk))
    assert w["item"].title in page.content.decode()


def test_a_participant_sees_no_editing_controls_on_the_plan(
    as_user, council, coordinator, participant, participant_world
):
    plan = participant_world["plan"]
    add_section = url("section_add", council.slug, plan.pk)
    edit = url("plan_edit", council.slug, plan.pk)
    coordinator_page = as_user(coordinator).get(url("plan_detail", council.slug, plan.pk))
    participant_page = as_user(participant).get(url("plan_detail", council.slug, plan.pk))
    assert add_section in coordinator_page.content.decode()
    assert edit in coordinator_page.content.decode()
    assert add_section not in participant_page.content.decode()
    assert edit not in participant_page.content.decode()


def test_a_participant_cannot_change_a_plan(
    as_user, council, participant, participant_world, state_of
):
    w = participant_world
    client = as_user(participant)
    slug = council.slug
    plan, section, item = w["plan"], w["section"], w["item"]
    data = {
        "revision": plan.revision,
        "title": "Otro título",
        "period_start": 2026,
        "period_end": 2027,
        "local_problems": "x",
        "goals": "x",
        "rationale": "x",
        "reason": "Porque sí",
        "source": "local",
        "description": "Una actividad",
        "held_on": "2024-05-04",
        "place": "Casa comunal",
        "attendance": 12,
        "sections": [section.pk],
        "section": section.pk,
        "outcome": "no_consensus",
        "note": "x",
    }
    before = state_of(council)
    for address in (
        url("plan_create", slug),
        url("plan_edit", slug, plan.pk),
        url("section_add", slug, plan.pk),
        url("section_edit", slug, plan.pk, section.pk),
        url("section_amend", slug, w["adopted"].pk, w["agreed"].pk),
        url("item_add", slug, plan.pk, section.pk),
        url("section_action", slug, plan.pk, section.pk, "down"),
        url("section_action", slug, plan.pk, section.pk, "remove"),
        url("item_action", slug, plan.pk, item.pk, "remove"),
        url("item_action", slug, plan.pk, item.pk, "down"),
        url("assembly_open", slug, plan.pk),
        url("assembly_detail", slug, w["assembly"].pk),
        url("outcome_correct", slug, w["assembly"].pk, w["outcome"].pk),
        url("edit", slug),
        url("delete", slug),
    ):
        assert client.post(address, {**data, "confirm": council.name}).status_code == 403, address
    for address in (
        url("plan_create", slug),
        url("plan_edit", slug, plan.pk),
        url("section_edit", slug, plan.pk, section.pk),
        url("item_add", slug, plan.pk, section.pk),
        url("assembly_open", slug, plan.pk),
        url("outcome_correct", slug, w["assembly"].pk, w["outcome"].pk),
        url("export", slug),
        url("delete", slug),
    ):
        assert client.get(address).status_code == 403, address
    assert state_of(council) == before
    assert Membership.objects.get(council=council, user=participant).is_coordinator is False
