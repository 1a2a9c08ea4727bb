"""Councils, their members and the invitations that let people join."""

from __future__ import annotations

import secrets

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
    approve_joins = models.BooleanField(
        _("coordinators approve who joins"),
        default=True,
        help_text=_(
            "Someone who uses an invitation code waits until a coordinator accepts them. "
            "A code that is overheard then lets nobody in."
        ),
    )
    listed_in_directory = models.BooleanField(
        _("listed in the network's directory"),
        default=False,
        help_text=_(
            "The network's coordinators see the council in the network's directory: "
            "its kind of territory, whether its plan is adopted and how many experiences it shared."
        ),
    )
    directory_anonymised = models.BooleanField(
        _("anonymised in the directory"),
        default=False,
        help_text=_("The directory shows the kind of territory and the state instead of the name."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    erase_requested_at = models.DateTimeField(null=True, blank=True, editable=False)
    erase_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

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
        default=1,
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


class JoinRequest(models.Model):
    """Someone used a code of a council that approves joins: they wait here, not yet a member."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="join_requests")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="join_requests"
    )
    invitation = models.ForeignKey(
        Invitation, null=True, blank=True, on_delete=models.SET_NULL, related_name="join_requests"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(fields=["council", "user"], name="one_join_request_per_council")
        ]
        verbose_name = _("join request")

    def __str__(self):
        return f"{self.user} → {self.council}"
