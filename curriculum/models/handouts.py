"""Handouts: documents a workshop or a practice assignment hands out, for participants or facilitators."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from curriculum.choices import Audience


class Handout(Orderable):
    """A Wagtail document attached to a material, in the order the facilitator hands it out.

    Kept on the shared material base so listings read the handouts of any material
    in one query; only workshops and practice assignments offer the panel.
    """

    material = ParentalKey(
        "curriculum.MaterialPage", related_name="handouts", on_delete=models.CASCADE
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("What people will see, for example: Map of the sector to fill in."),
    )
    audience = models.CharField(
        _("for"),
        max_length=20,
        choices=Audience.choices,
        default=Audience.PARTICIPANTS,
        help_text=_(
            "Handouts for facilitators follow the same rule as the notes for the facilitator."
        ),
    )

    panels = [
        FieldPanel("document"),
        FieldRowPanel([FieldPanel("title"), FieldPanel("audience")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("handout")
        verbose_name_plural = _("handouts")

    def __str__(self):
        return self.title

    @property
    def for_facilitators(self) -> bool:
        return self.audience == Audience.FACILITATORS
