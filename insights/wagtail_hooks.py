"""Insights' answers to the project's hooks: the demo, the person's export, the main menu."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from councils import demo as councils_demo
from councils.selectors import standing_for_request
from councils.templatetags.council_tags import COUNCIL_LINKS_HOOK

from . import services
from .export import person_data


@hooks.register("trayecto_load_demo", order=100)  # last: after every app's demo content
def build_demo_summaries() -> None:
    councils_demo.count_held_sessions()
    services.rebuild_all()


@hooks.register("trayecto_person_export")
def person_export(user) -> dict:
    """The person's own self-description, in their export (cms never imports insights)."""
    return {"self_description": person_data(user=user)}


@hooks.register("trayecto_main_nav_items")
def network_dashboard_nav(request) -> list[tuple[str, str]]:
    if not standing_for_request(request).network_coordinator:  # shared with the network's menu
        return []
    return [(_("Network in numbers"), reverse("insights:network_dashboard"))]


@hooks.register(COUNCIL_LINKS_HOOK)
def council_dashboard_link(request, council, membership) -> list[tuple[str, str]]:
    """Coordinators reach their council's dashboard from the council's page."""
    if not membership.is_coordinator:
        return []
    return [(_("Dashboard"), reverse("insights:council_dashboard", args=[council.slug]))]
