"""How the network shows itself where older apps leave a hook point, without them importing it.

- ``trayecto_material_extras``: a library material's page shows how many councils
  shared an experience with it, to signed-in readers of the network only (anonymous
  visitors see nothing, so the page stays cacheable for them).
- ``trayecto_load_demo``: ``manage.py load_demo`` loads the demo experiences.
- councils' calendar feed and export hooks: registered encuentros appear in each
  council's feed, and its registrations and commitments in its export
  (``network/hooks_gatherings.py``); ``trayecto_load_demo`` also loads the demo encuentros.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.template.loader import render_to_string
from django.urls import reverse
from wagtail import hooks

from councils.calendar import COUNCIL_CALENDAR_EVENTS_HOOK
from councils.selectors import standing_for_request
from councils.services.export import COUNCIL_EXPORT_HOOK
from councils.templatetags.council_tags import COUNCIL_LINKS_HOOK

from .hooks_experiences import experiences_in_council_export
from .hooks_gatherings import gatherings_in_council_export, gatherings_in_council_feed
from .selectors import experiences as selectors

hooks.register(COUNCIL_CALENDAR_EVENTS_HOOK, gatherings_in_council_feed)
hooks.register(COUNCIL_EXPORT_HOOK, gatherings_in_council_export)
hooks.register(COUNCIL_EXPORT_HOOK, experiences_in_council_export)


@hooks.register("trayecto_material_extras")
def experiences_with_material(request, page) -> str:
    standing = standing_for_request(request)  # the menu's query, not another one
    if not (standing.member or standing.network_coordinator):
        return ""
    block = selectors.material_block(material=page)
    return render_to_string(
        "network/experience_material_block.html",
        {
            "block": block,
            "exchange_url": f"{reverse('network:exchange')}?{urlencode({'material': page.pk})}",
        },
        request=request,
    )


@hooks.register("trayecto_load_demo")
def load_demo_experiences() -> dict:
    from .demo.experiences import load

    return load()


@hooks.register("trayecto_load_demo", order=10)  # after the experiences its agenda presents
def load_demo_gatherings() -> dict:
    from .demo.gatherings import load

    return load()


@hooks.register("trayecto_main_nav_items")
def network_nav_items(request) -> list[tuple[str, str]]:
    """The exchange and encuentros for readers of the network (members of any council and
    the network's coordinators); the coordinators' space for the latter."""
    from django.utils.translation import gettext as _

    # One query for the person's standing, shared with the other menu hooks.
    standing = standing_for_request(request)
    if not (standing.member or standing.network_coordinator):
        return []
    items = [
        (_("Network"), reverse("network:exchange")),
        (_("Encuentros"), reverse("network_space:gathering_list")),
    ]
    if standing.network_coordinator:
        items.append((_("Network coordination"), reverse("network_space:home")))
    return items


@hooks.register(COUNCIL_LINKS_HOOK)
def council_experiences_link(request, council, membership) -> list[tuple[str, str]]:
    """The council's own page leads to the experiences it writes up."""
    from django.utils.translation import gettext as _

    return [(_("Experiences"), reverse("network:experience_list", args=[council.slug]))]
