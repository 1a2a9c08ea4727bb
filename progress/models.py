"""A person's formation record over many years.

Events (what happened: enrolments, completions, practice logs, vouches,
attendance) are stored once and never summarised in place. Yearly summaries
and reached stages are derived from them by ``progress.services.recompute_record``,
run by a Celery task after every change; the record page reads only summaries.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin


class Enrolment(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Following")
        PAUSED = "paused", _("Paused")
        LEFT = "left", _("Left")
        COMPLETED = "completed", _("Completed")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    path = models.ForeignKey(
        "curriculum.StudyPathPage", null=True, on_delete=models.SET_NULL, related_name="enrolments"
    )
    # Kept so the record stays readable if the library page is removed years later.
    path_title = models.CharField(max_length=255)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACTIVE)
    enrolled_on = models.DateField()
    completed_on = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-enrolled_on"]
        constraints = [
            models.UniqueConstraint(fields=["user", "path"], name="one_enrolment_per_path")
        ]
        verbose_name = _("enrolment")

    def __str__(self):
        return f"{self.user_id} → {self.path_id} ({self.status})"


class Completion(models.Model):
    """A material done by a person: a reading marked as read, or a workshop attended."""

    class Source(models.TextChoices):
        SELF = "self", _("Marked by the person")
        ATTENDANCE = "attendance", _("Attended a session")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="completions"
    )
    material = models.ForeignKey(
        "curriculum.MaterialPage", null=True, on_delete=models.SET_NULL, related_name="completions"
    )
    # Snapshots: the record stays readable if the library page is removed years later.
    title = models.CharField(max_length=255)
    kind = models.CharField(max_length=20)
    completed_on = models.DateField()
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.SELF)
    session = models.ForeignKey(
        "councils.Session", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Private: answers to the guiding questions, seen by nobody but the person.
    reflection = models.TextField(_("private reflection"), blank=True, max_length=20000)
    minutes = models.PositiveIntegerField(
        help_text="The material's duration when completed: history does not move when it is edited."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-completed_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "material"], name="one_completion_per_material")
        ]
        verbose_name = _("completion")

    def __str__(self):
        return f"{self.user_id} ✓ {self.material_id}"


class PracticeLog(models.Model):
    """Practice in the territory, with a reflection; private unless the person shares it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="practice_logs"
    )
    practiced_on = models.DateField(_("date"))
    hours = models.DecimalField(
        _("hours"),
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.5")), MaxValueValidator(Decimal("24"))],
    )
    material = models.ForeignKey(
        "curriculum.MaterialPage",
        verbose_name=_("related assignment or material"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practice_logs",
    )
    what_was_done = models.TextField(_("what was done"), max_length=5000)
    what_worked = models.TextField(_("what worked"), blank=True, max_length=5000)
    what_failed = models.TextField(_("what failed"), blank=True, max_length=5000)
    what_was_learned = models.TextField(_("what was learned"), blank=True, max_length=5000)
    shared_with = models.ForeignKey(
        "councils.Council",
        verbose_name=_("shared with"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="shared_practice",
        help_text=_("Empty: private, only you see it."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-practiced_on", "-pk"]
        indexes = [models.Index(fields=["user", "practiced_on"])]
        verbose_name = _("practice log")

    def __str__(self):
        return f"{self.user_id} {self.practiced_on} {self.hours}h"


class VouchQuerySet(models.QuerySet):
    def in_entry_council(self):
        """Vouches given in the council their entry is shared with now: the only ones that count."""
        return self.filter(council_id=models.F("entry__shared_with_id"))


class Vouch(models.Model):
    """A neighbour's word that a shared practice happened: asked, then confirmed or declined.

    The word belongs to the council it was given in: re-shared with another council, the
    entry counts and shows only that council's vouches (and none while private). The old
    ones are kept, so sharing it back with the first council brings them back.
    """

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Asked")
        CONFIRMED = "confirmed", _("Confirmed")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    entry = models.ForeignKey(PracticeLog, on_delete=models.CASCADE, related_name="vouches")
    voucher = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="vouches_given"
    )
    # Null only for vouches of entries already private when councils were first recorded.
    council = models.ForeignKey(
        "councils.Council", null=True, on_delete=models.CASCADE, related_name="+"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.REQUESTED)
    requested_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = VouchQuerySet.as_manager()

    class Meta:
        ordering = ["requested_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "voucher", "council"], name="one_vouch_per_person_entry_council"
            )
        ]
        verbose_name = _("vouch")

    def __str__(self):
        return f"{self.voucher_id} for {self.entry_id}: {self.status}"


class Attendance(models.Model):
    session = models.ForeignKey(
        "councils.Session", on_delete=models.CASCADE, related_name="attendance"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attendance"
    )
    present = models.BooleanField(default=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="one_attendance_per_person")
        ]
        verbose_name = _("attendance")

    def __str__(self):
        return f"{self.user_id} @ {self.session_id}: {self.present}"


class FormationStage(TranslatableMixin, Orderable):
    """A stage of the long formation path, defined by the network in the Wagtail admin.

    Requirements may change; a stage once reached stays reached on its date
    (see ``StageReached``).
    """

    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    min_study_hours = models.PositiveIntegerField(
        _("hours of study (readings and workshops)"), default=0
    )
    min_vouched_practice_hours = models.PositiveIntegerField(
        _("hours of vouched practice"), default=0
    )
    min_workshops_facilitated = models.PositiveIntegerField(_("workshops facilitated"), default=0)
    min_distinct_themes = models.PositiveIntegerField(_("distinct themes covered"), default=0)
    min_paths_completed = models.PositiveIntegerField(_("study paths completed"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("min_study_hours"), FieldPanel("min_vouched_practice_hours")]),
        FieldRowPanel([FieldPanel("min_workshops_facilitated"), FieldPanel("min_distinct_themes")]),
        FieldPanel("min_paths_completed"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("formation stage")
        verbose_name_plural = _("formation stages")

    def __str__(self):
        return self.name


class StageReached(models.Model):
    """The day a person reached a stage: history, never recomputed away."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="stages_reached"
    )
    stage_key = models.UUIDField(
        help_text="The stage's translation key: the same in every language."
    )
    reached_on = models.DateField()

    class Meta:
        ordering = ["reached_on"]
        constraints = [
            models.UniqueConstraint(fields=["user", "stage_key"], name="stage_reached_once")
        ]
        verbose_name = _("stage reached")

    def __str__(self):
        return f"{self.user_id} {self.stage_key} {self.reached_on}"


class YearSummary(models.Model):
    """Totals of one person for one year, derived from events; owned by services.recompute_record."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="year_summaries"
    )
    year = models.PositiveSmallIntegerField()
    reading_minutes = models.PositiveIntegerField(default=0)
    workshop_minutes = models.PositiveIntegerField(default=0)
    # Self-reported and vouched practice are kept apart in every total.
    practice_minutes = models.PositiveIntegerField(default=0)
    vouched_practice_minutes = models.PositiveIntegerField(default=0)
    workshops_facilitated = models.PositiveIntegerField(default=0)
    paths_completed = models.PositiveIntegerField(default=0)
    new_themes = models.JSONField(default=list)
    computed_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["user", "year"]
        constraints = [
            models.UniqueConstraint(fields=["user", "year"], name="one_summary_per_year")
        ]

    def __str__(self):
        return f"{self.user_id} {self.year}"


class PendingRecompute(models.Model):
    """A person whose summaries must be rebuilt: the outbox of ``recompute_record``.

    Written in the same transaction as the change, so a broker that is down when
    the change commits loses nothing: the beat finds the mark and runs the recompute.
    The recompute removes the mark only if nobody re-requested it meanwhile.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    requested_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("pending recompute")

    def __str__(self):
        return f"{self.user_id} since {self.requested_at}"
