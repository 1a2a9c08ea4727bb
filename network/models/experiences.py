"""Sistematización de experiencias: what a council lived, what it learned, and whom it tells.

An experience follows the five moments of popular education (Oscar Jara): the
starting point, the initial questions, the recovery of the lived process (a dated
timeline), the deeper reflection (lessons of what worked and what did not) and the
points of arrival. It stays inside its council until a coordinator records the
council's agreement to share it, named or anonymised; withdrawing it is always possible.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from councils.models import Assembly, Council, PlanSection, Session
from curriculum.models import MaterialPage, Theme


class ShareMode(models.TextChoices):
    PRIVATE = "private", _("Only inside the council")
    NAMED = "named", _("Shared with the council's name")
    ANONYMISED = "anonymised", _("Shared anonymised")


class LessonKind(models.TextChoices):
    WORKED = "worked", _("What worked")
    DID_NOT_WORK = "did_not_work", _("What did not work")


class ExperienceEvent(models.TextChoices):
    CREATED = "created", _("Written")
    EDITED = "edited", _("Edited")
    SHARED = "shared", _("Shared with the network")
    WITHDRAWN = "withdrawn", _("Withdrawn from the network")


class Experience(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="experiences")
    language = models.CharField(
        _("language it is written in"),
        max_length=5,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    title = models.CharField(_("title"), max_length=200)
    # 1. The starting point.
    starting_point = models.TextField(
        _("starting point: what we lived"),
        max_length=10000,
        help_text=_("Who took part, where, when, and what the situation was."),
    )
    # 2. The initial questions.
    purpose = models.TextField(_("what for do we systematise it"), max_length=3000, blank=True)
    subject = models.TextField(_("about what exactly"), max_length=3000, blank=True)
    axis = models.TextField(
        _("along which axis"),
        max_length=3000,
        blank=True,
        help_text=_("The thread that runs through the whole story, for example: participation."),
    )
    # 4. The deeper reflection (the lessons are their own rows).
    reflection = models.TextField(_("why did it happen this way"), max_length=10000, blank=True)
    # 5. The points of arrival.
    conclusions = models.TextField(_("conclusions"), max_length=10000, blank=True)
    do_differently = models.TextField(
        _("what we would do differently"), max_length=10000, blank=True
    )
    materials = models.ManyToManyField(
        MaterialPage, blank=True, related_name="+", verbose_name=_("library materials")
    )
    plan_sections = models.ManyToManyField(
        PlanSection, blank=True, related_name="+", verbose_name=_("sections of our plans")
    )
    themes = models.ManyToManyField(Theme, blank=True, related_name="+", verbose_name=_("themes"))
    revision = models.PositiveIntegerField(default=0, editable=False)

    share_mode = models.CharField(
        max_length=20, choices=ShareMode.choices, default=ShareMode.PRIVATE, editable=False
    )
    shared_at = models.DateTimeField(null=True, blank=True, editable=False)
    agreed_in = models.ForeignKey(
        Assembly, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    agreed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # What the network may find: the text others see (without the council's name when
    # anonymised), folded to lower case without accents. Empty while not shared.
    search_text = models.TextField(blank=True, editable=False)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        indexes = [models.Index(fields=["share_mode", "shared_at"], name="experience_shared")]
        verbose_name = _("experience")
        verbose_name_plural = _("experiences")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("network:experience_detail", args=[self.council.slug, self.pk])

    def get_exchange_url(self):
        """Where the network reads it: by its own uuid, never by the council's slug."""
        return reverse("network:exchange_detail", args=[self.uuid])

    @property
    def is_shared(self) -> bool:
        return self.share_mode != ShareMode.PRIVATE

    @property
    def is_anonymised(self) -> bool:
        return self.share_mode == ShareMode.ANONYMISED


class TimelineEntry(models.Model):
    """3. The recovery of the lived process: one dated moment, maybe one of the council's own."""

    experience = models.ForeignKey(Experience, on_delete=models.CASCADE, related_name="timeline")
    position = models.PositiveIntegerField(default=0)
    happened_on = models.DateField(_("date"))
    text = models.TextField(_("what happened"), max_length=5000)
    session = models.ForeignKey(
        Session, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    assembly = models.ForeignKey(
        Assembly, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["happened_on", "position", "pk"]
        verbose_name = _("moment of the lived process")

    def __str__(self):
        return f"{self.happened_on}: {self.text[:40]}"


class Lesson(models.Model):
    """4. A lesson of the deeper reflection, tagged as what worked or what did not."""

    experience = models.ForeignKey(Experience, on_delete=models.CASCADE, related_name="lessons")
    position = models.PositiveIntegerField(default=0)
    kind = models.CharField(_("kind of lesson"), max_length=20, choices=LessonKind.choices)
    text = models.TextField(_("lesson"), max_length=5000)
    theme = models.ForeignKey(
        Theme, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["position", "pk"]
        indexes = [models.Index(fields=["kind", "experience"], name="lesson_kind")]
        verbose_name = _("lesson")

    def __str__(self):
        return self.text[:60]


class ExperienceVersion(models.Model):
    """Every save keeps the whole experience as plain data, with who saved it and when."""

    experience = models.ForeignKey(Experience, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    event = models.CharField(max_length=20, choices=ExperienceEvent.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    snapshot = models.JSONField()

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["experience", "number"], name="one_experience_version")
        ]
        verbose_name = _("version of an experience")

    def __str__(self):
        return f"{self.experience} v{self.number}"


class Question(models.Model):
    """A member of another council asks the authoring council; the council answers as a council."""

    experience = models.ForeignKey(Experience, on_delete=models.CASCADE, related_name="questions")
    asker_council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="+")
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    text = models.TextField(_("question"), max_length=3000)
    asked_at = models.DateTimeField(auto_now_add=True)
    answer = models.TextField(_("answer"), max_length=5000, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    answered_at = models.DateTimeField(null=True, blank=True)
    hidden_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["asked_at", "pk"]
        verbose_name = _("question on an experience")

    def __str__(self):
        return self.text[:60]
