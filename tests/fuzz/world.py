"""The world the fuzzer attacks: council A with a person in every role, and council B to leak from.

Every role is a member of council A only. Everything council B owns carries MARKER
in a visible text (name, titles, places, display names), so a page that shows B's
data to one of them is caught by a plain substring test. B's secrets (its invitation
code, its calendar and password-reset tokens) are never sent: whoever holds them may see B's data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.contrib.auth.models import Permission
from django.contrib.auth.tokens import default_token_generator
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from cms.models import SiteSettings
from councils import services as council_services
from councils.models import (
    Council,
    JoinRequest,
    Membership,
    Notice,
    PlanItem,
    PlanSection,
    Reminder,
    ResetGrant,
)

from ..councils.factories import (
    InvitationFactory,
    add_member,
    agree,
    hold_assembly,
    make_council,
    make_plan,
    make_session,
)
from ..factories import UserFactory
from ..progress.factories import (
    CompletionFactory,
    EnrolmentFactory,
    PracticeLogFactory,
    VouchFactory,
    workshop_item,
)
from ..utils import Content, build_content, build_tree
from .world_experiences import add_experience_values
from .world_network_space import space_values

MARKER = "ZQXB"  # upper case: slugs and paths are lower case, so they never contain it

ROLES = ("anonymous", "participant", "facilitator", "coordinator", "network")


@dataclass
class Side:
    """One council and its objects; ``by_role`` holds what belongs to one person."""

    council: Council
    people: dict[str, object]
    values: dict[str, list] = field(default_factory=dict)
    by_role: dict[str, dict[str, list]] = field(default_factory=dict)


@dataclass
class World:
    content: Content
    a: Side
    b: Side
    users: dict[str, object]  # role -> user (None for anonymous)
    shared: dict[str, list]  # values that belong to no council (library pages, templates)

    def own(self, noun: str, role: str) -> list:
        """Values of ``noun`` a role may legitimately use: its own first, then council A's."""
        mine = self.a.by_role.get(role, {}).get(noun, [])
        rest = self.a.values.get(noun, []) + self.shared.get(noun, [])
        return mine + [value for value in rest if value not in mine]

    def foreign(self, noun: str) -> list:
        """Values of ``noun`` that belong to council B (ids only, never its secrets)."""
        return list(self.b.values.get(noun, []))

    def knows(self, noun: str) -> bool:
        return bool(self.a.values.get(noun) or self.shared.get(noun))

    def page_paths(self) -> dict[str, str]:
        """Real page URLs served by Wagtail's catch-all pattern (Spanish; /en/ is prefixed)."""
        c = self.content
        return {
            "page:home": c.tree.home.url,
            "page:library": c.tree.library.url,
            "page:paths_index": c.tree.paths_index.url,
            "page:workshop": c.workshop.url,
            "page:reading": c.reading.url,
            "page:practice": c.practice.url,
            "page:study_path": c.path.url,
        }


def _network_permission():
    return Permission.objects.get(codename="coordinate_network", content_type__app_label="councils")


def _council_objects(council, plans, assemblies) -> dict[str, list]:
    sections = list(PlanSection.objects.filter(plan__in=plans).order_by("pk"))
    items = list(PlanItem.objects.filter(section__plan__council=council).order_by("pk"))
    outcomes = [o for a in assemblies for o in a.outcomes.all()]
    return {
        "slug": [council.slug],
        "plan": [p.pk for p in plans],
        "section": [s.pk for s in sections],
        "item": [i.pk for i in items],
        "assembly": [a.pk for a in assemblies],
        "outcome": [o.pk for o in outcomes],
        "session": list(council.sessions.order_by("pk").values_list("pk", flat=True)),
        "invitation": list(council.invitations.values_list("pk", flat=True)),
        "join_request": list(council.join_requests.values_list("pk", flat=True)),
        "membership": list(council.memberships.order_by("pk").values_list("pk", flat=True)),
        "reminder": list(
            Reminder.objects.filter(session__council=council).values_list("pk", flat=True)
        ),
        "reset_grant": [_pending_reset(council).pk],
    }


def _pending_reset(council) -> ResetGrant:
    """A reset code one coordinator asked for and a second has not agreed to yet."""
    coordinator = council.memberships.filter(is_coordinator=True).first().user
    person = council.memberships.exclude(user=coordinator).first().user
    return ResetGrant.objects.create(
        council=council,
        person=person,
        issued_by=coordinator,
        needs_agreement=True,
        expires_at=timezone.now() + dt.timedelta(hours=24),
    )


def _personal(user, council, content, *, shared: bool, text: str = "") -> dict[str, list]:
    """A person's own formation record: a practice entry, an enrolment, a calendar token."""
    entry = PracticeLogFactory(
        user=user,
        material=content.practice,
        shared_with=council if shared else None,
        **({"what_was_done": text} if text else {}),
    )
    enrolment = EnrolmentFactory(user=user, path=content.path)
    feed = council_services.calendar_for_person(user=user)
    return {
        "practice": [entry.pk],
        "enrolment": [enrolment.pk],
        "personal_token": [feed.token],
        "uidb64": [urlsafe_base64_encode(force_bytes(user.pk))],
        "reset_token": [default_token_generator.make_token(user)],
        "membership": [Membership.objects.get(council=council, user=user).pk],
    }


def build_side_a(content: Content) -> tuple[Side, dict[str, object]]:
    coordinator = UserFactory(username="yusmary_pesca", display_name="Yusmary")
    council = make_council(coordinator, name="Consejo Comunal Playa Colorada")
    people = {
        "coordinator": coordinator,
        "participant": add_member(
            council, UserFactory(username="carmen_red", display_name="Carmen")
        ).user,
        "facilitator": add_member(
            council, UserFactory(username="nelly_taller", display_name="Nelly"), is_facilitator=True
        ).user,
        "network": add_member(
            council, UserFactory(username="red_coordinacion", display_name="Red")
        ).user,
    }
    people["network"].user_permissions.add(_network_permission())

    draft = make_plan(
        council,
        coordinator,
        title="Plan de formación 2026–2028",
        sections=(("Economía de la pesca", 2), ("Organización comunal", 1)),
    )
    open_assembly = hold_assembly(draft, coordinator, [draft.sections.order_by("pk").first()])
    agreed = make_plan(council, coordinator, title="Plan adoptado", sections=(("Redes", 1),))
    agreed_assembly = agree(agreed, coordinator)
    item = workshop_item(council, content.workshop)
    now = timezone.now()
    held = make_session(council, item, coordinator, starts_at=now - dt.timedelta(hours=3))
    upcoming = make_session(council, item, coordinator)
    for session in (held, upcoming):
        session.facilitators.set([people["facilitator"]])
    invitation = InvitationFactory(council=council, created_by=coordinator)
    JoinRequest.objects.create(council=council, user=UserFactory(), invitation=invitation)

    side = Side(council=council, people=people)
    by_role: dict[str, dict[str, list]] = {}
    for role, user in people.items():
        own = _personal(user, council, content, shared=role == "participant")
        reminder = Reminder.objects.create(
            session=upcoming, user=user, channel=Reminder.Channel.SITE
        )
        own["reminder"] = [reminder.pk]
        own["notice"] = [
            Notice.objects.create(user=user, message="%(council)s", params={"council": "A"}).pk
        ]
        by_role[role] = own
    participant_entry = by_role["participant"]["practice"][0]
    vouch = VouchFactory(entry_id=participant_entry, voucher=people["facilitator"])
    by_role["facilitator"]["vouch"] = [vouch.pk]
    CompletionFactory(user=people["participant"], material=content.reading)

    plans = [draft, agreed, item.section.plan]
    side.values = _council_objects(council, plans, [open_assembly, agreed_assembly])
    side.values["code"] = list(council.invitations.values_list("code", flat=True))
    side.values["token"] = [council.calendar_token]
    side.values["vouch"] = [vouch.pk]
    for noun in ("practice", "enrolment", "personal_token", "uidb64", "reset_token", "notice"):
        side.values[noun] = [v for own in by_role.values() for v in own[noun]]
    side.by_role = by_role
    return side, people


def build_side_b(content: Content) -> Side:
    coordinator = UserFactory(username="coord_b", display_name=f"Coordinadora {MARKER}")
    council = make_council(
        coordinator,
        name=f"Consejo Comunal {MARKER} El Tacal",
        description=f"Comunidad campesina {MARKER}.",
        territory_kind="agriculture",
    )
    Council.objects.filter(pk=council.pk).update(slug="el-tacal")
    council.refresh_from_db()
    neighbour = add_member(
        council, UserFactory(username="vecino_b", display_name=f"Vecino {MARKER}")
    ).user
    InvitationFactory(council=council, created_by=coordinator)
    plan = make_plan(
        council, coordinator, title=f"Plan {MARKER}", sections=((f"Cacao {MARKER}", 2),)
    )
    agreed = make_plan(
        council, coordinator, title=f"Plan adoptado {MARKER}", sections=((f"Semillas {MARKER}", 1),)
    )
    assembly = agree(agreed, coordinator)
    for item in PlanItem.objects.filter(section__plan__council=council):
        item.title = f"{item.title} {MARKER}"
        item.save(update_fields=["title"])
    session = make_session(
        council, agreed.sections.get().items.get(), coordinator, place=f"Casa {MARKER}"
    )
    Reminder.objects.create(session=session, user=neighbour, channel=Reminder.Channel.SITE)
    own = _personal(neighbour, council, content, shared=True, text=f"Siembra {MARKER}")
    vouch = VouchFactory(entry_id=own["practice"][0], voucher=coordinator)

    side = Side(council=council, people={"coordinator": coordinator, "participant": neighbour})
    side.values = _council_objects(council, [plan, agreed], [assembly])
    side.values.update(practice=own["practice"], enrolment=own["enrolment"], vouch=[vouch.pk])
    side.values["uidb64"] = own["uidb64"]  # a person of B, with A's or a junk token
    side.values["template"] = [plan.pk]  # B's unshared plan is no template for anyone else
    return side


def build_world() -> World:
    tree = build_tree()
    SiteSettings.for_site(tree.home.get_site())  # created on first read, not by a visitor's save
    content = build_content(tree)
    a, people = build_side_a(content)
    b = build_side_b(content)
    network = type(people["network"]).objects.get(pk=people["network"].pk)  # fresh perm cache
    add_experience_values(a=a, b=b, marker=MARKER)
    # A template copied straight from A's plan: the world needs one, not the publishing consent rule.
    source = a.council.plans.get(title="Plan adoptado")
    template = council_services.plan_copy(
        source=source, council=None, by=network, title=source.title
    )
    shared = {
        **space_values(a=a, b=b, network=network, template=template),
        "template": [template.pk],
        "path": [content.path.pk, content.english["path"].pk],
        "material": [content.reading.pk, content.practice.pk, content.workshop.pk],
        "action": ["up", "down", "remove"],
        "version": [1, 2, 3],
    }
    users = {"anonymous": None, **people}
    return World(content=content, a=a, b=b, users=users, shared=shared)
