"""Admin hooks of the library: repair log entries, translating from the page, the report."""

from django.urls import reverse
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin import widgets as wagtailadmin_widgets
from wagtail.log_actions import LogFormatter
from wagtail.models import Page

from .models import MaterialPage
from .services import REMOVED_MATERIAL_ACTION, prepare_translation


@hooks.register("register_log_actions")
def register_material_removal(actions):
    @actions.register_action(REMOVED_MATERIAL_ACTION)
    class RemovedDeletedMaterial(LogFormatter):
        label = _("Remove a deleted material")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _("Removed the deleted material «%(title)s»") % {"title": data.get("title", "")}


def _alias_translations(page):
    """This page's counterparts in other languages that are still aliases (untranslated)."""
    return (
        Page.objects.filter(alias_of=page)
        .exclude(locale_id=page.locale_id)
        .select_related("locale")
    )


def _language_name(locale) -> str:
    """The language's name in the admin's language, as a sentence says it: "inglés"."""
    try:
        return str(get_language_info(locale.language_code)["name_translated"]).lower()
    except KeyError:
        return locale.get_display_name()


@hooks.register("register_page_header_buttons")
def translate_from_the_page(page, user, view_name=None, next_url=None):
    """With the page tree in sync, a new page has aliases, not translations, in the other
    languages, so simple_translation offers nothing: offer to turn each alias into a
    translation and open it in the editor."""
    if not isinstance(page.specific_deferred, MaterialPage):
        return
    for alias in _alias_translations(page):
        if not alias.permissions_for_user(user).can_edit():
            continue
        edit_url = reverse("wagtailadmin_pages:edit", args=[alias.pk])
        url = reverse("wagtailadmin_pages:convert_alias", args=[alias.pk]) + f"?next={edit_url}"
        yield wagtailadmin_widgets.Button(
            _("Translate into %(language)s") % {"language": _language_name(alias.locale)},
            url,
            icon_name="globe",
            priority=70,
        )


@hooks.register("after_convert_alias_page")
def prepare_the_translation(request, page):
    """The converted copy becomes a draft with a slug from its title and themes in its language.

    The facilitator is told which themes had no name in that language and were left out
    (see ``services.prepare_translation`` for why they are left out rather than kept).
    """
    page = page.specific
    if not isinstance(page, MaterialPage):
        return
    prepared = prepare_translation(page=page, user=getattr(request, "user", None))
    language = _language_name(page.locale)
    messages.info(
        request,
        _(
            "Translate the title and the text into %(language)s, then publish: until then "
            "this copy is a draft, and its address follows its title."
        )
        % {"language": language},
    )
    if prepared.left_out:
        messages.warning(
            request,
            ngettext(
                "The theme «%(themes)s» has no name in %(language)s yet, so the copy does not "
                "carry it. Give it one in Themes, or choose another theme here.",
                "The themes «%(themes)s» have no name in %(language)s yet, so the copy does "
                "not carry them. Give them one in Themes, or choose other themes here.",
                len(prepared.left_out),
            )
            % {"themes": "», «".join(prepared.left_out), "language": language},
        )


@hooks.register("register_admin_urls")
def register_missing_english_report():
    from django.urls import path

    from .admin_views import MissingEnglishReport

    return [
        path(
            "reports/missing-english/",
            MissingEnglishReport.as_view(),
            name="curriculum_missing_english",
        ),
        path(
            "reports/missing-english/results/",
            MissingEnglishReport.as_view(results_only=True),
            name="curriculum_missing_english_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def missing_english_menu_item():
    from wagtail.admin.menu import MenuItem

    return MenuItem(
        _("Lacking an English version"),
        reverse("curriculum_missing_english"),
        icon_name="globe",
        order=900,
    )
