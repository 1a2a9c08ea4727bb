"""The two index pages under each home: the library and the study paths."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from curriculum.choices import RICH_FEATURES
from curriculum.selectors.library import library_listing
from curriculum.selectors.paths import study_paths_for_index


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
        context = super().get_context(request, *args, **kwargs)
        context.update(library_listing(index_page=self, params=request.GET))
        return context


class StudyPathIndexPage(HomeChildMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=RICH_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["curriculum.StudyPathPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("study paths")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["paths"] = study_paths_for_index(index_page=self)
        return context
