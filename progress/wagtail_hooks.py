from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FormationStage


class FormationStageViewSet(SnippetViewSet):
    """The network defines the stages of the formation path and their requirements here."""

    model = FormationStage
    icon = "pick"
    menu_label = _("Formation stages")
    add_to_admin_menu = True
    menu_order = 300
    list_display = [
        "name",
        "min_study_hours",
        "min_vouched_practice_hours",
        "min_workshops_facilitated",
        "min_distinct_themes",
        "min_paths_completed",
        "locale",
    ]
    sort_order_field = "sort_order"


register_snippet(FormationStageViewSet)
