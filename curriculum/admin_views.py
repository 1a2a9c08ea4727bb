"""Admin report: library pages and study paths that still lack an English version."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Locale, Page

from .models import MaterialPage, StudyPathPage


def pages_lacking_translation(*, language: str = "en"):
    """Spanish (source) materials and paths with no real translation in ``language``.

    An alias made by the synchronised tree does not count: it shows the Spanish text.
    """
    target = Locale.objects.filter(language_code=language).first()
    pages = Page.objects.type(MaterialPage, StudyPathPage).filter(alias_of__isnull=True)
    if target is None:
        return pages.none()
    translated = Page.objects.filter(locale=target, alias_of__isnull=True).values("translation_key")
    return (
        pages.exclude(locale=target)
        .exclude(translation_key__in=translated)
        .order_by("-latest_revision_created_at")
    )


class MissingEnglishReport(PageReportView):
    page_title = _("Pages without an English version")
    header_icon = "globe"
    index_url_name = "curriculum_missing_english"
    index_results_url_name = "curriculum_missing_english_results"
    any_permission_required = ["add", "change", "publish"]

    def get_queryset(self):
        return pages_lacking_translation().specific(defer=True)
