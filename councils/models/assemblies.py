"""Assemblies of citizens and their recorded, permanent outcomes."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .membership import Council
from .plans import FormationPlan, PlanSection


class Assembly(models.Model):
    """An assembly of citizens, the only authority over the plan; its record is permanent."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="assemblies")
    plan = models.ForeignKey(FormationPlan, on_delete=models.CASCADE, related_name="assemblies")
    held_on = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200)
    attendance = models.PositiveIntegerField(
        _("how many attended"), validators=[MinValueValidator(1), MaxValueValidator(100000)]
    )
    minutes = models.TextField(_("minutes (optional)"), max_length=20000, blank=True)
    # Aggregate counts only (empty: not recorded); no gender is stored per person.
    attended_women = models.PositiveIntegerField(_("women who attended"), null=True, blank=True)
    attended_men = models.PositiveIntegerField(_("men who attended"), null=True, blank=True)
    attended_other = models.PositiveIntegerField(
        _("others or unstated who attended"), null=True, blank=True
    )
    spoke_women = models.PositiveIntegerField(_("women who spoke"), null=True, blank=True)
    spoke_men = models.PositiveIntegerField(_("men who spoke"), null=True, blank=True)
    spoke_other = models.PositiveIntegerField(
        _("others or unstated who spoke"), null=True, blank=True
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    agenda = models.ManyToManyField(
        PlanSection, related_name="assemblies", verbose_name=_("sections put before the assembly")
    )

    class Meta:
        ordering = ["-held_on", "-pk"]
        verbose_name = _("assembly")
        verbose_name_plural = _("assemblies")

    def __str__(self):
        return f"{self.council} {self.held_on}"


class Outcome(models.TextChoices):
    CONSENSUS = "consensus", _("Consensus")
    NO_CONSENSUS = "no_consensus", _("No consensus yet")
    SPLIT = "split", _("Split into smaller parts")


class AssemblyOutcome(models.Model):
    """What an assembly decided on one section. Never edited: a correction is a new record."""

    assembly = models.ForeignKey(Assembly, on_delete=models.PROTECT, related_name="outcomes")
    section = models.ForeignKey(PlanSection, on_delete=models.PROTECT, related_name="outcomes")
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    note = models.TextField(
        _("note"), max_length=5000, blank=True, help_text=_("Objections, or why it was split.")
    )
    corrects = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="corrected_by"
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["recorded_at", "pk"]
        verbose_name = _("assembly outcome")

    def __str__(self):
        return f"{self.section} · {self.get_outcome_display()}"
