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
    user = getattr(request, "user", None)
    if not selectors.can_read_network(user=user):
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
    """The exchange for readers of the network; encuentros and the coordinators' space
    (``network.selectors.gatherings``) for whoever may see them."""
    from django.utils.translation import gettext as _

    from .selectors.gatherings import is_network_coordinator

    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    # One rule for both (member of a council, or network coordinator), asked once per page.
    if not selectors.can_read_network(user=user):
        return []
    items = [
        (_("Network"), reverse("network:exchange")),
        (_("Encuentros"), reverse("network_space:gathering_list")),
    ]
    if is_network_coordinator(user):
        items.append((_("Network coordination"), reverse("network_space:home")))
    return items


@hooks.register(COUNCIL_LINKS_HOOK)
def council_experiences_link(request, council, membership) -> list[tuple[str, str]]:
    """The council's own page leads to the experiences it writes up."""
    from django.utils.translation import gettext as _

    return [(_("Experiences"), reverse("network:experience_list", args=[council.slug]))]
