"""Study paths: long-term sequences of library materials, and their maintained entries."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from curriculum.blocks import StageBlock
from curriculum.choices import RICH_FEATURES, Audience, Level
from curriculum.outline import study_path_outline
from curriculum.selectors.materials import attach_handouts


class StudyPathPage(Page):
    """A long-term sequence of readings, workshops and practice, grouped in stages."""

    intro = RichTextField(_("introduction"), features=RICH_FEATURES)
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.PARTICIPANTS
    )
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.STARTING
    )
    stages = StreamField(
        [("stage", StageBlock())],
        verbose_name=_("stages"),
        help_text=_("Stages or modules in order; each lists library materials, reused not copied."),
    )

    parent_page_types = ["curriculum.StudyPathIndexPage"]
    subpage_types = []

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.FilterField("audience"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("audience"), FieldPanel("level")]),
        FieldPanel("stages"),
    ]

    class Meta:
        verbose_name = _("study path")
        verbose_name_plural = _("study paths")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        outline = study_path_outline(path=self)
        attach_handouts(
            materials=[m for stage in outline.stages for m in stage.materials],
            user=getattr(request, "user", None),
        )
        context["outline"] = outline
        return context


class StudyPathMaterial(models.Model):
    """Which material sits where in a published study path.

    Owned by ``curriculum.services.refresh_study_path``, rebuilt from the
    published stages after every publish; it lets a material list its paths and
    the index list path totals without reading every path's StreamField.
    """

    path = models.ForeignKey(StudyPathPage, on_delete=models.CASCADE, related_name="entries")
    material = models.ForeignKey(
        "curriculum.MaterialPage", on_delete=models.CASCADE, related_name="path_entries"
    )
    stage_number = models.PositiveSmallIntegerField()
    stage_title = models.CharField(max_length=200)
    position = models.PositiveIntegerField()

    class Meta:
        ordering = ["path", "position"]
        constraints = [
            models.UniqueConstraint(fields=["path", "position"], name="unique_position_in_path")
        ]
        verbose_name = _("study path entry")

    def __str__(self):
        return f"{self.path_id}#{self.position}: {self.material_id}"
