"""A person's private gender self-description, and the summaries the dashboards read.

Summaries are derived from councils' and progress's events by
``insights.services.rebuild_council`` and ``rebuild_network``: never edited in place,
rebuilt whole, idempotently. They keep raw counts; small numbers are suppressed when
read (``insights.rules``), never stored suppressed, so a rule change needs no rebuild.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    OTHER = "other", _("Other")
    UNSAID = "unsaid", _("I prefer not to say")


class GenderSelfDescription(models.Model):
    """Optional and private: seen by the person alone, counted only in groups of five or more."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="gender_self_description"
    )
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("gender self-description")

    def __str__(self):
        return f"self-description of {self.user_id}"


def _count():
    return models.PositiveIntegerField(default=0)


class CouncilYearSummary(models.Model):
    """One council's year: members, sessions, assemblies and the counts of who took part."""

    council = models.ForeignKey("councils.Council", on_delete=models.CASCADE, related_name="+")
    territory_kind = models.CharField(max_length=30)
    year = models.PositiveSmallIntegerField()
    # Members at the end of the year (by the day they joined) and their roles now.
    members = _count()
    facilitators = _count()
    coordinators = _count()
    sessions_held = _count()
    sessions_counted = _count()
    session_minutes = _count()
    session_women = _count()
    session_men = _count()
    session_other = _count()
    facilitated_women = _count()
    facilitated_men = _count()
    facilitated_other = _count()
    assemblies_held = _count()
    assembly_women = _count()
    assembly_men = _count()
    assembly_other = _count()
    spoke_women = _count()
    spoke_men = _count()
    spoke_other = _count()
    # Self-descriptions of members holding the facilitator or coordinator role.
    responsible_described = _count()
    responsible_women = _count()

    class Meta:
        ordering = ["council", "year"]
        constraints = [
            models.UniqueConstraint(fields=["council", "year"], name="one_insight_per_council_year")
        ]

    def __str__(self):
        return f"{self.council_id} {self.year}"


class CouncilSummary(models.Model):
    """A council's present state: plan progress and its members over the formation stages."""

    council = models.OneToOneField(
        "councils.Council", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    territory_kind = models.CharField(max_length=30)
    plans = _count()
    plans_adopted = _count()
    sections_agreed = _count()
    sections_pending = _count()
    sections_split = _count()
    planned_minutes = _count()
    done_minutes = _count()
    members = _count()
    # {stage translation key: members whose furthest stage it is}
    stages = models.JSONField(default=dict)
    last_activity = models.DateField(null=True, blank=True)
    # Changes whenever anything above or in the council's years changes: the cache key.
    digest = models.CharField(max_length=64)
    computed_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"summary of {self.council_id}"


class NetworkMonthSummary(models.Model):
    """Sessions held across the network in one month."""

    month = models.DateField(unique=True)
    sessions_held = _count()
    assemblies_held = _count()
    councils_active = _count()

    class Meta:
        ordering = ["month"]

    def __str__(self):
        return f"{self.month:%Y-%m}"


class NetworkTerritoryYear(models.Model):
    """The counts behind the responsibility gap, per kind of territory and year."""

    territory_kind = models.CharField(max_length=30)
    year = models.PositiveSmallIntegerField()
    councils = _count()
    participants_women = _count()
    participants_total = _count()
    facilitated_women = _count()
    facilitated_total = _count()
    responsible_described = _count()
    responsible_women = _count()

    class Meta:
        ordering = ["territory_kind", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["territory_kind", "year"], name="one_insight_per_territory_year"
            )
        ]

    def __str__(self):
        return f"{self.territory_kind} {self.year}"


class NetworkSummary(models.Model):
    """The network now: one row (pk 1)."""

    councils = _count()
    councils_active = _count()
    plans_adopted = _count()
    memberships = _count()
    stages = models.JSONField(default=dict)
    digest = models.CharField(max_length=64)
    computed_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return "network summary"


class PendingInsight(models.Model):
    """A summary to rebuild (a council's, or the network's with ``council_id`` 0): the outbox.

    Written when the change commits, before the task is enqueued: a broker outage leaves
    the mark, and the nightly rebuild clears every mark.
    """

    council_id = models.PositiveBigIntegerField(unique=True)
    requested_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return f"rebuild {self.council_id or 'network'}"
