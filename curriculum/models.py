"""The shared curriculum library: materials, study paths and themes.

Materials are Wagtail pages under one library index; a study path points at
them (never copies them), so one reading can serve many paths.
"""

from decimal import Decimal

from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from .blocks import AgendaActivityBlock, QuestionBlock, StageBlock

RICH_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"]


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


class Kind(models.TextChoices):
    READING = "reading", _("Reading")
    WORKSHOP = "workshop", _("Workshop")
    PRACTICE = "practice", _("Practice")


class Level(models.TextChoices):
    STARTING = "starting", _("Starting out")
    DEEPENING = "deepening", _("Deepening")
    FACILITATING = "facilitating", _("Facilitating")


class Audience(models.TextChoices):
    PARTICIPANTS = "participants", _("Participants")
    FACILITATORS = "facilitators", _("Facilitators")


class HomeChildMixin:
    parent_page_types = ["cms.HomePage"]


class LibraryIndexPage(HomeChildMixin, Page):
    """The library: every material, filterable by theme, type, duration and level."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = [
        "curriculum.ReadingPage",
        "curriculum.WorkshopPage",
        "curriculum.PracticeAssignmentPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("library")

    def get_context(self, request, *args, **kwargs):
        from .selectors import library_filter_form, library_materials, library_themes

        context = super().get_context(request, *args, **kwargs)
        form = library_filter_form(data=request.GET, locale=self.locale)
        materials = library_materials(index_page=self, form=form)
        paginator = Paginator(materials, _page_size())
        context["filter_form"] = form
        context["page_obj"] = paginator.get_page(request.GET.get("page"))
        context["themes"] = library_themes(index_page=self)
        context["querystring"] = _querystring_without_page(request)
        return context


def _page_size() -> int:
    from django.conf import settings

    return settings.LIBRARY_PAGE_SIZE


def _querystring_without_page(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


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
    tags = ClusterTaggableManager(
        through=ThemedMaterial,
        blank=True,
        verbose_name=_("themes"),
        help_text=_("Currents of thought and topics: socialism, cooperativism, water..."),
    )

    is_creatable = False
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

    def compute_duration_minutes(self) -> int:
        return 0

    def save(self, *args, **kwargs):
        if self.KIND:
            self.kind = self.KIND
        self.duration_minutes = self.compute_duration_minutes()
        return super().save(*args, **kwargs)

    @property
    def duration_hours(self) -> Decimal:
        return (Decimal(self.duration_minutes) / 60).quantize(Decimal("0.1"))

    def get_context(self, request, *args, **kwargs):
        from .selectors import paths_using_material

        context = super().get_context(request, *args, **kwargs)
        context["paths"] = paths_using_material(material=self)
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
            FieldPanel("agenda"),
            FieldPanel("facilitator_notes"),
            FieldPanel("discussion_questions"),
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


class StudyPathIndexPage(HomeChildMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=RICH_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["curriculum.StudyPathPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("study paths")

    def get_context(self, request, *args, **kwargs):
        from .selectors import study_paths_for_index

        context = super().get_context(request, *args, **kwargs)
        context["paths"] = study_paths_for_index(index_page=self)
        return context


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
        from .selectors import study_path_outline

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = study_path_outline(path=self)
        return context


class StudyPathMaterial(models.Model):
    """Which material sits where in a published study path.

    Owned by ``curriculum.services.refresh_study_path``, rebuilt from the
    published stages after every publish; it lets a material list its paths and
    the index list path totals without reading every path's StreamField.
    """

    path = models.ForeignKey(StudyPathPage, on_delete=models.CASCADE, related_name="entries")
    material = models.ForeignKey(
        MaterialPage, on_delete=models.CASCADE, related_name="path_entries"
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
