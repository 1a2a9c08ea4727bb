"""Rules of encuentros, as plain functions without queries: forms and services both call them.

Each returns messages (never raises), so a form puts them next to its fields and a
service refuses with them.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from .models.gatherings import MAX_CHILDREN, MAX_PEOPLE

FieldError = tuple[str | None, str]
MAX_DAYS = 7
TITLE_MAX = 200
PLACE_MAX = 200


def gathering_errors(
    *, title: str, place: str, starts_at: dt.datetime | None, ends_at: dt.datetime | None
) -> list[FieldError]:
    errors: list[FieldError] = []
    if not (title or "").strip():
        errors.append(("title", _("Give the encuentro a title.")))
    elif len(title.strip()) > TITLE_MAX:
        errors.append(("title", _("A title has at most 200 characters.")))
    if not (place or "").strip():
        errors.append(("place", _("Say where the encuentro takes place.")))
    elif len(place.strip()) > PLACE_MAX:
        errors.append(("place", _("A place has at most 200 characters.")))
    if starts_at is not None and ends_at is not None:
        if ends_at <= starts_at:
            errors.append(("end_time", _("The encuentro must end after it starts.")))
        elif ends_at - starts_at > dt.timedelta(days=MAX_DAYS):
            errors.append(("end_date", _("An encuentro lasts at most seven days.")))
    return errors


def convene_time_error(*, starts_at: dt.datetime, now: dt.datetime) -> str | None:
    if starts_at <= now:
        return _("An encuentro is convened for a time to come.")
    return None


def registration_errors(*, people: int | None, children: int | None) -> list[FieldError]:
    errors: list[FieldError] = []
    if people is None or people < 1:
        errors.append(("people", _("Say how many people are coming: at least one.")))
    elif people > MAX_PEOPLE:
        errors.append(
            (
                "people",
                _("At most %(n)s people per council: write to the conveners.") % {"n": MAX_PEOPLE},
            )
        )
    if children is None or children < 0:
        errors.append(("children", _("The number of children can't be negative.")))
    elif children > MAX_CHILDREN:
        errors.append(
            (
                "children",
                _("At most %(n)s children per council: write to the conveners.")
                % {"n": MAX_CHILDREN},
            )
        )
    return errors


def registration_open_error(*, is_cancelled: bool, starts_at: dt.datetime, now: dt.datetime):
    """Councils register, change or withdraw until the encuentro starts."""
    if is_cancelled:
        return _("This encuentro was cancelled.")
    if starts_at <= now:
        return _("This encuentro has already started: registrations are closed.")
    return None


def record_open_error(*, is_cancelled: bool, starts_at: dt.datetime, now: dt.datetime):
    """Outcomes and commitments are recorded once the encuentro has begun."""
    if is_cancelled:
        return _("This encuentro was cancelled: there is nothing to record.")
    if starts_at > now:
        return _("Outcomes and commitments are recorded once the encuentro has taken place.")
    return None


def may_change_error(*, is_cancelled: bool, starts_at: dt.datetime, now: dt.datetime):
    """An encuentro is edited or cancelled before it starts; afterwards only its outcomes."""
    if is_cancelled:
        return _("This encuentro was cancelled; it can't be changed any more.")
    if starts_at <= now:
        return _("This encuentro has already started; record its outcomes instead.")
    return None
