"""Password reset codes issued by a council's coordinators, for members without email.

The code is a way back in, not a way into someone's private texts: where the
council has two coordinators, a second one must agree before a code exists; the
code lasts 24 hours and works once; people with rights over the whole site are
refused (they keep their own recovery codes); and after such a reset the person's
private texts stay locked until they confirm with one of their own recovery codes.
Every step is in the council's log (the ``ResetGrant`` rows) and told on-site.
"""

from __future__ import annotations

import datetime as dt
import secrets

from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.hashers import check_password, make_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from .. import rules
from ..models import Council, Membership, Notice, ResetGrant
from .common import require_coordinator
from .notices import notify, notify_coordinators

CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
CODE_LENGTH = 12
LIFETIME = dt.timedelta(hours=24)


def normalise(code: str) -> str:
    return "".join(ch for ch in code.lower() if ch.isalnum())


def _format(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _when(value: dt.datetime) -> str:
    return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")


def _check_password(by, password: str) -> None:
    if not password or not by.check_password(password):
        raise ValidationError(_("That is not your current password."))


def coordinator_count(council: Council) -> int:
    return Membership.objects.filter(council=council, is_coordinator=True).count()


def open_grants(*, council: Council, now: dt.datetime | None = None):
    now = now or timezone.now()
    return ResetGrant.objects.filter(
        council=council, used_at__isnull=True, cancelled_at__isnull=True, expires_at__gt=now
    )


@transaction.atomic
def reset_grant_issue(
    *, council: Council, by, person_id: int, password: str, actor: Membership | None = None
) -> tuple[ResetGrant, str | None]:
    """Start a reset code for a member; returns the code now only if no second coordinator is needed."""
    require_coordinator(council=council, user=by, actor=actor)
    _check_password(by, password)
    target = (
        Membership.objects.select_related("user").filter(council=council, user_id=person_id).first()
    )
    if target is None:
        raise ValidationError(_("That person is not a member of this council."))
    person = target.user
    if person.pk == by.pk:
        raise ValidationError(
            _("You can't issue a code for yourself: use your own recovery codes.")
        )
    if person.is_staff or person.is_superuser or person.has_perm(rules.NETWORK_PERMISSION):
        raise ValidationError(
            _(
                "%(person)s has rights over the whole network; a council can't reset their "
                "password. They use their own recovery codes or their email."
            )
            % {"person": person.public_name}
        )
    now = timezone.now()
    open_grants(council=council, now=now).filter(person=person).update(cancelled_at=now)
    needs_agreement = coordinator_count(council) >= 2
    grant = ResetGrant(
        council=council,
        person=person,
        issued_by=by,
        needs_agreement=needs_agreement,
        expires_at=now + LIFETIME,
    )
    code = None
    if needs_agreement:
        grant.code_hash = ""
        grant.save()
        notify_coordinators(
            council=council,
            exclude=by,
            kind=Notice.Kind.SECURITY,
            message=gettext_noop(
                "%(issuer)s asks to give %(person)s a password reset code. A second "
                "coordinator must agree before the code exists."
            ),
            params={"issuer": by.public_name, "person": person.public_name},
            url=_log_url(council),
        )
    else:
        code = _new_code()
        grant.code_hash = make_password(code)
        grant.save()
        code = _format(code)
    return grant, code


@transaction.atomic
def reset_grant_agree(
    *, grant: ResetGrant, by, password: str, actor: Membership | None = None
) -> str:
    """A second coordinator agrees; the code is made now and shown to them once."""
    require_coordinator(council=grant.council, user=by, actor=actor)
    grant = (
        ResetGrant.objects.select_for_update(of=("self",))
        .select_related("council", "person")
        .get(pk=grant.pk)
    )
    _check_password(by, password)
    now = timezone.now()
    if grant.used_at or grant.cancelled_at or grant.expires_at <= now:
        raise ValidationError(_("This request is no longer open."))
    if not grant.needs_agreement or grant.agreed_at:
        raise ValidationError(_("This code needs no other agreement."))
    if grant.issued_by_id == by.pk:
        raise ValidationError(_("Another coordinator must agree, not the one who asked."))
    code = _new_code()
    grant.code_hash = make_password(code)
    grant.agreed_by = by
    grant.agreed_at = now
    grant.expires_at = now + LIFETIME
    grant.save(update_fields=["code_hash", "agreed_by", "agreed_at", "expires_at"])
    return _format(code)


@transaction.atomic
def reset_grant_cancel(*, grant: ResetGrant, by, actor: Membership | None = None) -> None:
    require_coordinator(council=grant.council, user=by, actor=actor)
    if grant.used_at is None and grant.cancelled_at is None:
        grant.cancelled_at = timezone.now()
        grant.save(update_fields=["cancelled_at"])


@transaction.atomic
def reset_code_redeem(*, username: str, code: str, new_password: str):
    """Login name + a coordinator's code + a new password; None when they don't match.

    On success the person's private texts lock, and they and the council's
    coordinators are told who made the code and when.
    """
    code = normalise(code)
    User = get_user_model()
    user = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first()
    if user is None or len(code) != CODE_LENGTH or not user.is_active:
        return None
    now = timezone.now()
    candidates = (
        ResetGrant.objects.select_for_update(of=("self",))
        .select_related("council", "issued_by", "agreed_by")
        .filter(person=user, used_at__isnull=True, cancelled_at__isnull=True, expires_at__gt=now)
        .exclude(code_hash="")
    )
    grant = next((g for g in candidates if check_password(code, g.code_hash)), None)
    if grant is None:
        return None
    password_validation.validate_password(new_password, user)
    grant.used_at = now
    grant.save(update_fields=["used_at"])
    user.set_password(new_password)
    user.private_locked_at = now
    user.save(update_fields=["password", "private_locked_at"])
    names = {
        "council": grant.council.name,
        "issuer": grant.issued_by.public_name if grant.issued_by else _("a coordinator"),
        "date": _when(now),
    }
    if grant.agreed_by:
        message = gettext_noop(
            "Your password was reset on %(date)s with a code from %(council)s, asked for by "
            "%(issuer)s and agreed by %(agreer)s. Your private texts stay locked until you "
            "confirm it was you with one of your recovery codes."
        )
        names["agreer"] = grant.agreed_by.public_name
    else:
        message = gettext_noop(
            "Your password was reset on %(date)s with a code from %(council)s, issued by "
            "%(issuer)s. Your private texts stay locked until you confirm it was you with one "
            "of your recovery codes."
        )
    notify(
        users=[user],
        council=grant.council,
        kind=Notice.Kind.SECURITY,
        message=message,
        params=names,
        url="",
    )
    notify_coordinators(
        council=grant.council,
        kind=Notice.Kind.SECURITY,
        message=gettext_noop("The reset code for %(person)s was used on %(date)s."),
        params={"person": user.public_name, "date": names["date"]},
        url=_log_url(grant.council),
    )
    return user


def _log_url(council: Council) -> str:
    return reverse("councils:members", args=[council.slug]) + "#reset-codes"
