"""Themes: currents of thought and topics that tag library materials."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet


class Theme(TagBase):
    """A current of thought or a topic (socialism, cooperativism, water...), used as a tag.

    A theme has one name; a Spanish theme points at the theme that names it in English
    (``english``), which is what an English translation of a material carries instead.
    """

    description = models.TextField(_("description"), blank=True)
    english = models.OneToOneField(
        "self",
        verbose_name=_("English name"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="spanish",
        help_text=_(
            "The same theme in English. When a material is translated into English, its "
            "English copy carries this theme in place of this one."
        ),
    )
    free_tagging = True

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("english"),
        FieldPanel("description"),
    ]

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]

    def clean(self):
        super().clean()
        english = self.english
        if english is None:
            return
        if self.pk is not None and english.pk == self.pk:
            raise ValidationError({"english": _("A theme cannot be its own English name.")})
        if english.english_id is not None:
            raise ValidationError(
                {
                    "english": _("«%(name)s» has an English name itself: choose an English theme.")
                    % {"name": english.name}
                }
            )
        if self.pk is not None and Theme.objects.filter(english_id=self.pk).exists():
            raise ValidationError(
                {"english": _("This theme is the English name of another theme already.")}
            )


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "english"]


register_snippet(Theme, viewset=ThemeViewSet)


class ThemedMaterial(ItemBase):
    tag = models.ForeignKey(Theme, related_name="tagged_materials", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "curriculum.MaterialPage", related_name="tagged_items", on_delete=models.CASCADE
    )
