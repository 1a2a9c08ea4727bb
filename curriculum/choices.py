"""Choices and editor settings shared by the library's models, forms and reads.

Kept apart from the models so that forms and selectors can use them without
importing a page class (whose context in turn reads through the selectors).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

RICH_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"]


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


# Materials are printed and read on a computer as often as on a phone: preview at desktop width
# first, with a page the size of an A4 sheet for what the print view will look like.
PREVIEW_SIZES = [
    {
        "name": "desktop",
        "icon": "desktop",
        "device_width": 1280,
        "label": _("Preview in desktop size"),
    },
    {
        "name": "print",
        "icon": "doc-full",
        "device_width": 794,
        "label": _("Preview at the width of a printed A4 page"),
    },
    {
        "name": "mobile",
        "icon": "mobile-alt",
        "device_width": 375,
        "label": _("Preview in mobile size"),
    },
]
