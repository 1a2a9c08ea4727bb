"""Admin template tags of the library: what unpublishing or deleting a material would break."""

from django import template

register = template.Library()


@register.inclusion_tag("curriculum/admin/material_usage.html")
def material_usage_notice(page=None):
    """Names the study paths and plans using a material, with the hours each would lose."""
    from curriculum.models.materials import MaterialPage
    from curriculum.selectors.usage import material_usage

    if page is None or not isinstance(getattr(page, "specific", None), MaterialPage):
        return {"usage": None}
    return {"usage": material_usage(material=page), "page": page}
