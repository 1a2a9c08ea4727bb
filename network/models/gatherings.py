"""Encuentros: gatherings where councils present shared experiences to each other.

A gathering is never deleted: a cancelled one keeps its row, so the calendar feeds
of the councils that registered can tell their calendar apps (STATUS:CANCELLED).
Every change raises ``sequence`` (the iCalendar SEQUENCE); a council's registration
has its own ``sequence``, raised when it withdraws or comes back, so the feed's
SEQUENCE (the sum of both) only ever grows.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from councils.models import Council

MAX_PEOPLE = 500
MAX_CHILDREN = 200


class GatheringStatus(models.TextChoices):
    CONVENED = "convened", _("Convened")
    CANCELLED = "cancelled", _("Cancelled")


class Gathering(models.Model):
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=200)
    host_council = models.ForeignKey(
        Council,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hosted_gatherings",
        verbose_name=_("host council"),
    )
    description = models.TextField(_("description"), max_length=5000, blank=True)
    status = models.CharField(
        max_length=20, choices=GatheringStatus.choices, default=GatheringStatus.CONVENED
    )
    sequence = models.PositiveIntegerField(default=0)
    convened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcomes = models.TextField(_("outcomes"), max_length=10000, blank=True)
    outcomes_recorded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-starts_at", "pk"]
        verbose_name = _("encuentro")
        verbose_name_plural = _("encuentros")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("network_space:gathering_detail", args=[self.pk])

    @property
    def is_cancelled(self) -> bool:
        return self.status == GatheringStatus.CANCELLED


class AgendaEntry(models.Model):
    """A shared experience to present at the gathering."""

    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="agenda")
    experience = models.ForeignKey(
        "network.Experience", on_delete=models.CASCADE, related_name="agenda_entries"
    )
    position = models.PositiveIntegerField(default=0)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["gathering", "experience"], name="one_agenda_entry_per_experience"
            )
        ]
        verbose_name = _("agenda entry")

    def __str__(self):
        return f"{self.gathering_id}: {self.experience_id}"


class Registration(models.Model):
    """A council coming to a gathering: how many people, how many children need childcare."""

    gathering = models.ForeignKey(Gathering, on_delete=models.CASCADE, related_name="registrations")
    council = models.ForeignKey(
        Council, on_delete=models.CASCADE, related_name="gathering_registrations"
    )
    people = models.PositiveIntegerField(
        _("people coming"), validators=[MinValueValidator(1), MaxValueValidator(MAX_PEOPLE)]
    )
    children = models.PositiveIntegerField(
        _("children who need childcare"),
        default=0,
        validators=[MaxValueValidator(MAX_CHILDREN)],
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    sequence = models.PositiveIntegerField(default=0)
    commitments = models.TextField(_("new commitments"), max_length=5000, blank=True)
    commitments_recorded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["gathering", "council__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["gathering", "council"], name="one_registration_per_council"
            )
        ]
        verbose_name = _("registration for an encuentro")

    def __str__(self):
        return f"{self.council_id} → {self.gathering_id}"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None
