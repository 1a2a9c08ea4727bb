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
