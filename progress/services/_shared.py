"""What every area of the formation-record services needs: date checks."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

EARLIEST_DATE = dt.date(1970, 1, 1)


def check_date(value: dt.date, label: str) -> None:
    if value > timezone.localdate():
        raise ValidationError(_("%(label)s can't be in the future.") % {"label": label})
    if value < EARLIEST_DATE:
        raise ValidationError(_("%(label)s is too far in the past.") % {"label": label})
