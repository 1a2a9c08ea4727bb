"""Councils' answers to the library's admin hooks (curriculum never imports councils)."""

from wagtail import hooks

from curriculum.selectors.materials import USER_FACILITATES_HOOK
from curriculum.selectors.usage import MATERIAL_USAGES_HOOK, MaterialUsage

from .models import PlanItem
from .selectors.standing import standing_for_user


@hooks.register(MATERIAL_USAGES_HOOK)
def plans_using_material(material):
    """Council plans (not network templates' councils) that list the material, with its hours."""
    items = PlanItem.objects.filter(material_id=material.pk).select_related(
        "section__plan__council", "material"
    )
    usages = []
    for item in items:
        plan = item.section.plan
        council = plan.council.name if plan.council_id else ""
        usages.append(
            MaterialUsage(
                kind="plan",
                label=plan.title,
                detail=council,
                minutes=item.minutes or 0,
            )
        )
    return usages


@hooks.register(USER_FACILITATES_HOOK)
def facilitates_in_a_council(user):
    return standing_for_user(user).facilitator  # the menu's query, not another one
