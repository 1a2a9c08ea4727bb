"""A person's optional gender self-description: set, changed or removed by the person alone."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import Gender, GenderSelfDescription


@transaction.atomic
def self_description_set(*, user, gender: str | None) -> GenderSelfDescription | None:
    """Store ``gender`` for ``user``; empty removes it (nothing about it is kept)."""
    if not getattr(user, "is_authenticated", False):
        raise ValidationError(_("Log in to describe yourself."))
    if not gender:
        GenderSelfDescription.objects.filter(user=user).delete()
        return None
    if gender not in Gender.values:
        raise ValidationError(_("Choose one of the options, or none."))
    description, _created = GenderSelfDescription.objects.update_or_create(
        user=user, defaults={"gender": gender}
    )
    return description
