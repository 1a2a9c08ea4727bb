"""Themes: currents of thought and topics that tag library materials."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.snippets.models import register_snippet


class Theme(TagBase):
    """A current of thought or a topic (socialism, cooperativism, water...), used as a tag."""

    description = models.TextField(_("description"), blank=True)
    free_tagging = True

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]


register_snippet(Theme)


class ThemedMaterial(ItemBase):
    tag = models.ForeignKey(Theme, related_name="tagged_materials", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "curriculum.MaterialPage", related_name="tagged_items", on_delete=models.CASCADE
    )
