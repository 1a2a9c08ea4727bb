"""At login, tell the person what happened to their account while they were away (issue #9).

Who reset their password with a council's code and when, and that a council they
belong to is going to be erased, come first, before anything else on the page.
"""

from __future__ import annotations

from django.contrib import messages
from django.utils.translation import gettext as _

from councils.models import Notice
from councils.selectors.notices import unread_notices_of


def tell_at_login(sender, request, user, **kwargs) -> None:
    if request is None or not hasattr(request, "_messages"):
        return
    security = unread_notices_of(user=user).filter(kind=Notice.Kind.SECURITY)[:3]
    for notice in security:
        messages.warning(request, notice.text)
    if getattr(user, "private_locked_at", None):
        messages.info(
            request,
            _(
                "Your private texts are locked. Open them from your profile with one of your "
                "recovery codes."
            ),
        )
