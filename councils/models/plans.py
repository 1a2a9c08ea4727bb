"""Formation plans, their sections, items and the version history."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .membership import Council


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    UNDER_DEBATE = "under_debate", _("Under debate")
    ADOPTED = "adopted", _("Adopted")
    AMENDING = "amending", _("Amendment under debate")


class FormationPlan(models.Model):
    """A council's local formation plan, or (without a council) a template the network publishes."""

    council = models.ForeignKey(
        Council, null=True, blank=True, on_delete=models.CASCADE, related_name="plans"
    )
    is_network_template = models.BooleanField(default=False)
    # A network template the coordinators withdrew: no longer offered to copy; copies stay intact.
    withdrawn_at = models.DateTimeField(null=True, blank=True, editable=False)
    shared = models.BooleanField(
        _("share with other councils"),
        default=False,
        help_text=_("Other councils can read and copy a shared plan (not its assemblies)."),
    )
    title = models.CharField(_("title"), max_length=200)
    period_start = models.PositiveSmallIntegerField(
        _("from year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    period_end = models.PositiveSmallIntegerField(
        _("to year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    local_problems = models.TextField(_("local problems it addresses"), max_length=5000)
    goals = models.TextField(_("goals"), max_length=5000)
    status = models.CharField(max_length=20, choices=PlanStatus.choices, default=PlanStatus.DRAFT)
    adopted_at = models.DateTimeField(null=True, blank=True)
    copied_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="copies"
    )
    # Where the copy came from, as data (see councils.events): rendered in the reader's language.
    copied_from_data = models.JSONField(default=dict, blank=True)
    revision = models.PositiveIntegerField(
        default=1, help_text="Bumped on every change; stale edits are refused."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-period_start", "title"]
        verbose_name = _("formation plan")
        verbose_name_plural = _("formation plans")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        if self.council_id is None:
            return reverse("councils:template_detail", args=[self.pk])
        return reverse("councils:plan_detail", args=[self.council.slug, self.pk])

    @property
    def period(self) -> str:
        return f"{self.period_start}–{self.period_end}"


class SectionStatus(models.TextChoices):
    DRAFT = "draft", _("Not yet before an assembly")
    UNDER_DEBATE = "under_debate", _("Under debate")
    AGREED = "agreed", _("Agreed")
    SPLIT = "split", _("Split into parts")


class PlanSection(models.Model):
    plan = models.ForeignKey(FormationPlan, on_delete=models.CASCADE, related_name="sections")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="parts"
    )
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    title = models.CharField(_("title"), max_length=200)
    rationale = models.TextField(_("rationale"), max_length=5000, blank=True)
    position = models.PositiveIntegerField(default=0)
    # Summary of the section's outcomes, owned by councils.services; the outcomes are the record.
    status = models.CharField(
        max_length=20, choices=SectionStatus.choices, default=SectionStatus.DRAFT
    )
    agreed_in = models.ForeignKey(
        "councils.Assembly", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    agreed_at = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("plan section")

    def __str__(self):
        return self.title


class PlanItem(models.Model):
    """A library material, a whole study path, or a local activity written by the council."""

    section = models.ForeignKey(PlanSection, on_delete=models.CASCADE, related_name="items")
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    position = models.PositiveIntegerField(default=0)
    material = models.ForeignKey(
        "curriculum.MaterialPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="plan_items",
    )
    study_path = models.ForeignKey(
        "curriculum.StudyPathPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="plan_items",
    )
    title = models.CharField(
        _("title"), max_length=200, help_text=_("Copied from the library when chosen from it.")
    )
    description = models.TextField(_("description"), max_length=3000, blank=True)
    estimated_hours = models.DecimalField(
        _("estimated hours"),
        max_digits=6,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(2000)],
    )
    target_period = models.CharField(
        _("target period"),
        max_length=100,
        blank=True,
        help_text=_("Optional, for example: first half of 2027."),
    )
    # A local activity copied from another plan: it names another place until someone edits it.
    to_adapt = models.BooleanField(_("to adapt"), default=False)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("plan item")

    def __str__(self):
        return self.title

    @property
    def kind(self) -> str:
        if self.material_id:
            return "material"
        if self.study_path_id:
            return "study_path"
        return "local"

    @property
    def minutes(self) -> int | None:
        """Typed hours (tenths, so exact in minutes), else the library material's own length."""
        if self.estimated_hours is not None:
            return int(self.estimated_hours * 60)
        if self.material_id and self.material is not None:
            return self.material.duration_minutes
        return None


class VersionEvent(models.TextChoices):
    """What made a new version; ``councils.events`` writes the sentence in the reader's language."""

    CREATED = "created", _("Plan created")
    COPIED = "copied", _("Copied")
    DETAILS_EDITED = "details_edited", _("Plan details edited")
    SECTION_ADDED = "section_added", _("Section added")
    SECTION_EDITED = "section_edited", _("Section edited")
    SECTION_REMOVED = "section_removed", _("Section removed")
    SECTION_MOVED = "section_moved", _("Section moved")
    ITEM_ADDED = "item_added", _("Item added")
    ITEM_EDITED = "item_edited", _("Item edited")
    ITEM_REMOVED = "item_removed", _("Item removed")
    ITEM_MOVED = "item_moved", _("Item moved")
    AMENDED = "amended", _("Amendment proposed")
    ASSEMBLY_OUTCOME = "assembly_outcome", _("Assembly outcome")
    OUTCOME_CORRECTED = "outcome_corrected", _("Outcome corrected")
    NOTE = "note", _("Note")


class PlanVersion(models.Model):
    """A full snapshot of a plan after each change, so any two versions can be compared."""

    plan = models.ForeignKey(FormationPlan, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    event = models.CharField(max_length=30, choices=VersionEvent.choices)
    # Titles, outcome codes and ISO dates of what happened: never a finished sentence.
    event_data = models.JSONField(default=dict, blank=True)
    is_adopted = models.BooleanField(default=False)
    snapshot = models.JSONField()

    class Meta:
        ordering = ["plan", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="unique_plan_version_number")
        ]
        verbose_name = _("plan version")

    def __str__(self):
        return f"{self.plan_id} v{self.number}"
