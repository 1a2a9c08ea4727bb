"""Sessions of the plan, personal calendar feeds and reminders."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .membership import Council, new_token
from .plans import PlanItem


class SessionStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")


class Session(models.Model):
    """A formation session (mostly on weekends) for an item of an agreed plan section.

    A cancelled session keeps its row, so calendar feeds can tell subscribed apps.
    """

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="sessions")
    item = models.ForeignKey(PlanItem, on_delete=models.PROTECT, related_name="sessions")
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=200)
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="facilitated_sessions",
        verbose_name=_("facilitators"),
    )
    childcare = models.BooleanField(_("childcare offered"), default=False)
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(10000)],
    )
    notes = models.TextField(_("notes"), max_length=2000, blank=True)
    # Aggregate counts of a held session (empty: not recorded); no gender is stored per person.
    attended_women = models.PositiveIntegerField(_("women who attended"), null=True, blank=True)
    attended_men = models.PositiveIntegerField(_("men who attended"), null=True, blank=True)
    attended_other = models.PositiveIntegerField(
        _("others or unstated who attended"), null=True, blank=True
    )
    facilitated_women = models.PositiveIntegerField(
        _("women who facilitated"), null=True, blank=True
    )
    facilitated_men = models.PositiveIntegerField(_("men who facilitated"), null=True, blank=True)
    facilitated_other = models.PositiveIntegerField(
        _("others or unstated who facilitated"), null=True, blank=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # iCalendar SEQUENCE: raised on every change, so calendar apps replace their copy.
    sequence = models.PositiveIntegerField(default=0)
    status = models.CharField(
        _("status"), max_length=20, choices=SessionStatus.choices, default=SessionStatus.SCHEDULED
    )

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("session")

    def __str__(self):
        return f"{self.item} {self.starts_at:%Y-%m-%d}"

    @property
    def is_cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED


class PersonalCalendar(models.Model):
    """A person's private feed secret; revoking it replaces the token."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, default=new_token, unique=True)

    def __str__(self):
        return f"calendar of {self.user_id}"


class Reminder(models.Model):
    """One reminder per person and session: the unique constraint makes the task idempotent.

    Without an email address, the reminder is an on-site notice the person sees.
    """

    class Channel(models.TextChoices):
        EMAIL = "email", _("Email")
        SITE = "site", _("On-site notice")

    class Status(models.TextChoices):
        # An outbox: "sending" is a claim, so a failed send stays retryable and a sent one is final.
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    MAX_ATTEMPTS = 5

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"], name="one_reminder_per_person_session"
            )
        ]

    def __str__(self):
        return f"{self.session_id} → {self.user_id} ({self.channel})"
