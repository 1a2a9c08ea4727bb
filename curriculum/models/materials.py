"""Library materials: readings, workshops and practice assignments.

They share one concrete base, so listings, filters, search and study paths
read every material with one query, whatever its type.
"""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from curriculum.admin_forms import HandoutsPageForm, TranslationPageForm
from curriculum.blocks import AgendaActivityBlock, QuestionBlock
from curriculum.choices import PREVIEW_SIZES, RICH_FEATURES, Kind, Level
from curriculum.display import material_label
from curriculum.selectors.materials import (
    follow_up_practice,
    shows_facilitator_content,
    visible_handouts,
)
from curriculum.selectors.paths import paths_using_material

from .themes import ThemedMaterial


class MaterialPage(Page):
    """What all library materials share: kind, level, duration, themes, summary.

    A concrete (not creatable) base so that listings, filters, search and study
    paths read every material with one query, whatever its type.
    """

    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("Two or three sentences: what this material is and why it matters."),
    )
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.STARTING
    )
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, editable=False)
    duration_minutes = models.PositiveIntegerField(
        _("duration (minutes)"),
        default=0,
        editable=False,
        help_text=_("Derived from the material's own fields when it is saved."),
    )
    notes_for_facilitators_only = models.BooleanField(
        _("keep notes and handouts for facilitators private"),
        default=True,
        help_text=_(
            "Ticked: only signed-in facilitators see the notes for the facilitator and the "
            "handouts for facilitators, on screen and in print. Not ticked: anyone who opens "
            "or prints the page sees them."
        ),
    )
    tags = ClusterTaggableManager(
        through=ThemedMaterial,
        blank=True,
        verbose_name=_("themes"),
        help_text=_("Currents of thought and topics: socialism, cooperativism, water..."),
    )

    is_creatable = False
    base_form_class = TranslationPageForm
    parent_page_types = ["curriculum.LibraryIndexPage"]
    subpage_types = []

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("kind"),
        index.FilterField("level"),
        index.FilterField("duration_minutes"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    common_panels = [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("tags")], heading=_("Classification")),
    ]

    class Meta:
        verbose_name = _("material")

    KIND: str = ""
    preview_sizes = PREVIEW_SIZES
    default_preview_size = "desktop"

    def compute_duration_minutes(self) -> int:
        return 0

    def get_admin_display_title(self):
        """Kind and length next to the title, in choosers, listings and the editor's header."""
        return material_label(self, title=super().get_admin_display_title())

    def save(self, *args, **kwargs):
        if self.KIND:
            self.kind = self.KIND
        self.duration_minutes = self.compute_duration_minutes()
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["paths"] = paths_using_material(material=self)
        show = shows_facilitator_content(material=self, user=getattr(request, "user", None))
        context["show_facilitator_content"] = show
        context["handouts"] = visible_handouts(material=self, include_facilitators=show)
        return context


class ReadingPage(MaterialPage):
    author = models.CharField(_("author"), max_length=200)
    work = models.CharField(_("work"), max_length=300, help_text=_("Title of the book or text."))
    year = models.SmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-800), MaxValueValidator(2100)],
    )
    body = RichTextField(
        _("text or excerpt"),
        blank=True,
        features=RICH_FEATURES,
        help_text=_("The text itself, an excerpt, or a summary written by the team."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("attached document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link = models.URLField(_("link to the full text"), blank=True)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated reading time (minutes)"),
        validators=[MinValueValidator(1), MaxValueValidator(6000)],
    )
    guiding_questions = StreamField(
        [("question", QuestionBlock())],
        verbose_name=_("guiding questions for reflection"),
        blank=True,
    )

    KIND = Kind.READING
    parent_page_types = ["curriculum.LibraryIndexPage"]
    subpage_types = []

    search_fields = MaterialPage.search_fields + [
        index.SearchField("author"),
        index.SearchField("work"),
        index.SearchField("body"),
    ]
    content_panels = (
        Page.content_panels
        + MaterialPage.common_panels
        + [
            MultiFieldPanel(
                [FieldPanel("author"), FieldPanel("work"), FieldPanel("year")],
                heading=_("Source"),
            ),
            FieldPanel("estimated_minutes"),
            FieldPanel("body"),
            FieldPanel("document"),
            FieldPanel("link"),
            FieldPanel("guiding_questions"),
        ]
    )

    class Meta:
        verbose_name = _("reading")
        verbose_name_plural = _("readings")

    def compute_duration_minutes(self) -> int:
        return self.estimated_minutes or 0


class PracticeAssignmentPage(MaterialPage):
    task = RichTextField(_("what to do in the territory"), features=RICH_FEATURES)
    expected_evidence = RichTextField(
        _("expected evidence"),
        features=RICH_FEATURES,
        help_text=_("What the person brings back: notes, a map, minutes of a meeting..."),
    )
    reflection_prompts = StreamField(
        [("question", QuestionBlock())], verbose_name=_("reflection prompts"), blank=True
    )
    estimated_hours = models.DecimalField(
        _("estimated hours"),
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.5")), MaxValueValidator(Decimal("500"))],
    )

    KIND = Kind.PRACTICE
    base_form_class = HandoutsPageForm
    parent_page_types = ["curriculum.LibraryIndexPage"]
    subpage_types = []

    search_fields = MaterialPage.search_fields + [
        index.SearchField("task"),
        index.SearchField("expected_evidence"),
    ]
    content_panels = (
        Page.content_panels
        + MaterialPage.common_panels
        + [
            FieldPanel("estimated_hours"),
            FieldPanel("task"),
            FieldPanel("expected_evidence"),
            FieldPanel("reflection_prompts"),
            MultiFieldPanel(
                [
                    InlinePanel("handouts", label=_("Handout")),
                    FieldPanel("notes_for_facilitators_only"),
                ],
                heading=_("Handouts"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("practice assignment")
        verbose_name_plural = _("practice assignments")

    def compute_duration_minutes(self) -> int:
        return int((self.estimated_hours or 0) * 60)


class WorkshopPage(MaterialPage):
    objectives = RichTextField(_("objectives"), features=RICH_FEATURES)
    local_problem = RichTextField(
        _("the concrete local problem it starts from"),
        features=RICH_FEATURES,
        help_text=_("A workshop starts from a real need of the community, then widens."),
    )
    agenda = StreamField(
        [("activity", AgendaActivityBlock())],
        verbose_name=_("agenda"),
        help_text=_("The total duration is the sum of the activities' minutes."),
    )
    facilitator_notes = RichTextField(
        _("notes for the facilitator"), blank=True, features=RICH_FEATURES
    )
    discussion_questions = StreamField(
        [("question", QuestionBlock())], verbose_name=_("discussion questions"), blank=True
    )
    follow_up_practice = models.ForeignKey(
        "curriculum.PracticeAssignmentPage",
        verbose_name=_("follow-up practice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="workshops_leading_here",
    )
    follow_up_notes = models.TextField(_("follow-up in the territory"), blank=True)

    KIND = Kind.WORKSHOP
    base_form_class = HandoutsPageForm
    parent_page_types = ["curriculum.LibraryIndexPage"]
    subpage_types = []

    search_fields = MaterialPage.search_fields + [
        index.SearchField("objectives"),
        index.SearchField("local_problem"),
        index.SearchField("agenda"),
    ]
    content_panels = (
        Page.content_panels
        + MaterialPage.common_panels
        + [
            FieldPanel("objectives"),
            FieldPanel("local_problem"),
            HelpPanel(template="curriculum/admin/workshop_duration.html", heading=_("Duration")),
            FieldPanel("agenda"),
            MultiFieldPanel(
                [FieldPanel("facilitator_notes"), FieldPanel("notes_for_facilitators_only")],
                heading=_("Notes for the facilitator"),
            ),
            FieldPanel("discussion_questions"),
            InlinePanel("handouts", heading=_("Handouts"), label=_("Handout")),
            MultiFieldPanel(
                [PageChooserPanel("follow_up_practice"), FieldPanel("follow_up_notes")],
                heading=_("Follow-up practice"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def compute_duration_minutes(self) -> int:
        return sum(block.value["minutes"] or 0 for block in self.agenda or [])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["practice"] = follow_up_practice(workshop=self)
        return context
