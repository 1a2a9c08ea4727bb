from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks


class QuestionBlock(blocks.CharBlock):
    class Meta:
        icon = "help"
        label = _("Question")


class AgendaActivityBlock(blocks.StructBlock):
    """One step of a workshop: a facilitator must be able to run it from the printed page."""

    title = blocks.CharBlock(label=pgettext_lazy("agenda activity", "Activity"), max_length=200)
    minutes = blocks.IntegerBlock(
        label=pgettext_lazy("agenda activity length", "Minutes"), min_value=1, max_value=600
    )
    method = blocks.CharBlock(
        label=_("Method"),
        max_length=200,
        required=False,
        help_text=_("For example: small groups, plenary, community map, role play."),
    )
    materials = blocks.CharBlock(
        label=pgettext_lazy("agenda activity supplies", "Materials"),
        max_length=300,
        required=False,
        help_text=_("Paper, markers, a printed map of the territory..."),
    )
    instructions = blocks.RichTextBlock(
        label=_("Instructions"), features=["bold", "italic", "ol", "ul", "link"]
    )

    class Meta:
        icon = "time"
        label = _("Agenda activity")
        template = "curriculum/blocks/agenda_activity.html"


class StageBlock(blocks.StructBlock):
    """A stage (or module) of a study path: an ordered list of shared library materials."""

    title = blocks.CharBlock(label=_("Stage title"), max_length=200)
    description = blocks.TextBlock(label=_("What this stage is for"), required=False)
    materials = blocks.ListBlock(
        blocks.PageChooserBlock(
            # The shared base type: one query fetches every material of a path.
            page_type="curriculum.MaterialPage",
            label=_("Material"),
        ),
        label=_("Materials, in order"),
        min_num=1,
    )

    class Meta:
        icon = "list-ol"
        label = _("Stage")
