"""Reads of one material's page: who sees the facilitator's part, and which handouts."""

from __future__ import annotations

from wagtail import hooks

from curriculum.choices import Audience

# Other apps answer whether a signed-in person facilitates (councils: a facilitator role).
USER_FACILITATES_HOOK = "trayecto_user_facilitates"


def user_facilitates(user) -> bool:
    """Signed in, and an editor of the library or a facilitator according to another app."""
    if user is None or not user.is_authenticated:
        return False
    # The other apps first: their answer is usually known already (the menu asked it).
    if any(fn(user) for fn in hooks.get_hooks(USER_FACILITATES_HOOK)):
        return True
    return user.has_perm("wagtailadmin.access_admin")


def shows_facilitator_content(*, material, user) -> bool:
    """Notes and handouts for facilitators: for everyone unless the page keeps them private."""
    if not getattr(material, "notes_for_facilitators_only", False):
        return True
    return user_facilitates(user)


def visible_handouts(*, material, include_facilitators: bool) -> list:
    """The material's handouts in order, with their documents, in one query."""
    handouts = material.handouts.select_related("document").order_by("sort_order", "pk")
    if not include_facilitators:
        handouts = handouts.exclude(audience=Audience.FACILITATORS)
    return list(handouts)


def follow_up_practice(*, workshop):
    """The practice in the workshop's own language: a translated workshop may still point at
    the Spanish one. Asks for the active locale only when the languages differ."""
    practice = workshop.follow_up_practice
    if practice is None or practice.locale_id == workshop.locale_id:
        return practice
    return practice.localized


def attach_handouts(*, materials, user) -> None:
    """Give each material a ``shown_handouts`` list, for a path's material list, in one query."""
    from curriculum.models.handouts import Handout

    materials = list(materials)
    facilitates = user_facilitates(user)
    by_material: dict[int, list] = {m.pk: [] for m in materials}
    rows = Handout.objects.filter(material_id__in=by_material).select_related("document")
    for handout in rows.order_by("sort_order", "pk"):
        by_material[handout.material_id].append(handout)
    for material in materials:
        private = getattr(material, "notes_for_facilitators_only", False) and not facilitates
        material.shown_handouts = [
            h for h in by_material.get(material.pk, []) if not (h.for_facilitators and private)
        ]
