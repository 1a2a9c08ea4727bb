"""Councils, their members, their formation plans, assemblies and sessions.

The assembly of citizens is the only authority: a plan's parts are agreed by
recorded assembly outcomes, which are permanent (a correction is a new record).
"""

from __future__ import annotations

import secrets
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    return secrets.token_urlsafe(24)


def new_invitation_code() -> str:
    # Short enough to read aloud in an assembly or send by SMS, long enough not to guess.
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


class TerritoryKind(models.TextChoices):
    COASTAL_FISHING = "coastal_fishing", _("Coastal, fishing")
    AGRICULTURE = "agriculture", _("Rural, farming")
    URBAN_BARRIO = "urban_barrio", _("Urban barrio")
    MIXED = "mixed", _("Mixed")
    OTHER = "other", _("Other")


class Council(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name for links"), max_length=80, unique=True)
    state = models.CharField(_("state"), max_length=100)
    municipality = models.CharField(_("municipality"), max_length=100)
    territory_kind = models.CharField(
        _("kind of territory"), max_length=30, choices=TerritoryKind.choices
    )
    main_production = models.CharField(
        _("main production"),
        max_length=200,
        blank=True,
        help_text=_("For example: artisanal fishing, cocoa, commerce and services."),
    )
    description = models.TextField(_("short description"), max_length=2000, blank=True)
    calendar_token = models.CharField(max_length=64, default=new_token, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("council")
        verbose_name_plural = _("councils")
        permissions = [
            ("coordinate_network", _("Can coordinate the network (publish plan templates)"))
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("councils:detail", args=[self.slug])


class Role(models.TextChoices):
    PARTICIPANT = "participant", _("Participant")
    FACILITATOR = "facilitator", _("Facilitator")
    COORDINATOR = "coordinator", _("Coordinator")


class Membership(models.Model):
    """A person's place in a council; a person may hold several roles, in several councils."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    is_participant = models.BooleanField(_("participant"), default=True)
    is_facilitator = models.BooleanField(_("facilitator"), default=False)
    is_coordinator = models.BooleanField(_("coordinator"), default=False)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["council", "user__username"]
        constraints = [
            models.UniqueConstraint(fields=["council", "user"], name="one_membership_per_council")
        ]
        verbose_name = _("membership")

    def __str__(self):
        return f"{self.user} @ {self.council}"

    @property
    def roles(self) -> list[str]:
        flags = (self.is_participant, self.is_facilitator, self.is_coordinator)
        return [role.label for flag, role in zip(flags, Role, strict=True) if flag]


class Invitation(models.Model):
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="invitations")
    code = models.CharField(max_length=16, unique=True, default=new_invitation_code)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("valid until"))
    max_uses = models.PositiveIntegerField(
        _("how many people may use it"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
        help_text=_("Leave empty for no limit."),
    )
    uses = models.PositiveIntegerField(default=0)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")

    def __str__(self):
        return self.code

    @property
    def is_usable(self) -> bool:
        return (
            self.revoked_at is None
            and self.expires_at > timezone.now()
            and (self.max_uses is None or self.uses < self.max_uses)
        )


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

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
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
