"""Writes on accounts: recovery codes, recovering access with one, erasing an account.

Recovery codes are the way back in for people who gave no email address.
A coordinator-issued reset code (issue #9) belongs to councils and is not
built yet: when it is, it should end in ``password_set_after_recovery`` too.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.hashers import check_password, make_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from progress.services import erase_person_record

from . import selectors
from .models import RecoveryCode

# No 0/o, 1/i/l: codes are copied by hand onto paper.
CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
CODE_LENGTH = 10
_dummy_hashes: dict[str, str] = {}


def _dummy() -> str:
    """A hash to check against when there is nothing real, so timing tells nothing."""
    hasher = settings.PASSWORD_HASHERS[0]
    if hasher not in _dummy_hashes:
        _dummy_hashes[hasher] = make_password(secrets.token_hex(8))
    return _dummy_hashes[hasher]


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.lower() if ch.isalnum())


def format_code(code: str) -> str:
    half = CODE_LENGTH // 2
    return f"{code[:half]}-{code[half:]}"


@transaction.atomic
def recovery_codes_issue(*, user) -> list[str]:
    """New one-time codes for the person, replacing all earlier ones; returned once, in clear.

    Refused while private texts are locked after a coordinator's reset: whoever used
    that code must not be able to make codes that unlock them.
    """
    if getattr(user, "private_locked_at", None):
        raise ValidationError(
            _(
                "Your private texts are locked after a reset by your council. Confirm it was "
                "you with one of your existing recovery codes first."
            )
        )
    RecoveryCode.objects.filter(user=user).delete()
    codes = [
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        for _ in range(settings.RECOVERY_CODE_COUNT)
    ]
    RecoveryCode.objects.bulk_create(
        [RecoveryCode(user=user, code_hash=make_password(code)) for code in codes]
    )
    return [format_code(code) for code in codes]


def _matching_code(*, user, code: str) -> RecoveryCode | None:
    """Checks every slot, real or dummy, so the time taken does not tell how many codes are left."""
    unused = list(RecoveryCode.objects.filter(user=user, used_at__isnull=True)) if user else []
    slots = max(settings.RECOVERY_CODE_COUNT, len(unused))
    match = None
    for index in range(slots):
        stored = unused[index].code_hash if index < len(unused) else _dummy()
        if check_password(code, stored) and index < len(unused) and match is None:
            match = unused[index]
    return match


@transaction.atomic
def recovery_code_redeem(*, username: str, code: str, new_password: str):
    """Set a new password with a login name and one unused recovery code.

    Returns the person, or None when the name or the code is wrong (the caller
    says the same in both cases). The code is used up; the record is untouched.
    """
    User = get_user_model()
    user = User._default_manager.filter(**{User.USERNAME_FIELD: username}).first()
    code = normalise_code(code)
    if user is not None:
        user = User._default_manager.select_for_update().get(pk=user.pk)
    match = _matching_code(user=user, code=code) if len(code) == CODE_LENGTH else None
    if user is None or match is None or not user.is_active:
        return None
    password_validation.validate_password(new_password, user)
    match.used_at = timezone.now()
    match.save(update_fields=["used_at"])
    user.set_password(new_password)
    # One's own code proves it is them: private texts locked by a coordinator's reset open.
    user.private_locked_at = None
    user.save(update_fields=["password", "private_locked_at"])
    return user


@transaction.atomic
def private_texts_unlock(*, user, code: str) -> bool:
    """Confirm with one of one's own recovery codes that a coordinator's reset was asked for.

    The codes were all made before the lock (new ones can't be made while locked),
    so someone who took the account over with a coordinator's code has none.
    """
    user = get_user_model()._default_manager.select_for_update().get(pk=user.pk)
    code = normalise_code(code)
    match = _matching_code(user=user, code=code) if len(code) == CODE_LENGTH else None
    if match is None:
        return False
    match.used_at = timezone.now()
    match.save(update_fields=["used_at"])
    user.private_locked_at = None
    user.save(update_fields=["private_locked_at"])
    return True


@transaction.atomic
def account_erase(*, user) -> None:
    """Erase a person and their record; refused while a council depends on them alone.

    The caller has checked the password again (see views.delete_account).
    """
    blocking = selectors.councils_needing_another_coordinator(user=user)
    if blocking:
        raise ValidationError(
            _("Name another coordinator of %(councils)s before deleting your account.")
            % {"councils": ", ".join(council.name for council in blocking)}
        )
    # The formation record goes through progress, which knows what it touches.
    erase_person_record(user=user)
    user.delete()
