"""Login protection without keeping who connected from where.

django-axes counts failed logins per login name *and client* (so a stranger
cannot lock an account out from their own connection) and per client alone
(so one client cannot try a password on many names). "Client" is never the
raw address: it is a keyed hash of it that changes every day, truncated so
that even someone holding the database and the SECRET_KEY learns only that
the client was one of hundreds of addresses. See docs/security.md.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import math

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_lockout_parameters
from django.conf import settings
from django.db.models import Sum
from django.utils import timezone

# 24 bits: two clients share a hash once in ~16 million; each hash stands for ~256 IPv4 addresses.
CLIENT_HASH_BYTES = 3
# axes stores the client in an IP address column: an address in the unique-local IPv6 range
# (fd00::/8) is never a real client's public address, so it cannot be mistaken for one.
_ULA_PREFIX = b"\xfd" + b"\x00" * (16 - 1 - CLIENT_HASH_BYTES)


def client_address(request) -> str:
    """The address of the connecting client, the proxy's view of it when behind one."""
    if settings.SECURE_PROXY_SSL_HEADER:
        # The reverse proxy appends the address it saw: the last entry is the one we can trust.
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.split(",")[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR", "") or ""


def hashed_client(request) -> str:
    """AXES_CLIENT_IP_CALLABLE: an HMAC of the address and today's date, shown as an fd00:: address."""
    message = f"{timezone.localdate().isoformat()}|{client_address(request)}".encode()
    digest = hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).digest()
    return str(ipaddress.IPv6Address(_ULA_PREFIX + digest[:CLIENT_HASH_BYTES]))


def _client_only(request, credentials) -> list[bool]:
    """For each of axes' lockout parameter sets, whether it leaves the login name out."""
    sets = get_lockout_parameters(request, credentials)
    return [
        ("username" != item) if isinstance(item, str) else ("username" not in item) for item in sets
    ]


class LoginAttemptHandler(AxesDatabaseHandler):
    """axes' database handler with a separate, higher limit for a client across all names.

    Many people share one public address (a community centre's wifi, a mobile
    carrier's NAT), so the per-client limit that stops password spraying is
    AXES_CLIENT_FAILURE_LIMIT, while a name tried from one client locks at
    AXES_FAILURE_LIMIT. axes compares the largest count with one limit, so the
    per-client count is scaled to it.
    """

    def get_failures(self, request, credentials=None) -> int:
        scale = settings.AXES_FAILURE_LIMIT / max(settings.AXES_CLIENT_FAILURE_LIMIT, 1)
        counts = [0]
        for attempts, client_only in zip(
            self.get_user_attempts(request, credentials),
            _client_only(request, credentials),
            strict=True,
        ):
            total = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            counts.append(math.floor(total * scale) if client_only else total)
        return max(counts)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        # Least data: the browser's self-description is not kept with a failed attempt.
        if request is not None:
            request.axes_user_agent = ""
        return super().user_login_failed(sender, credentials, request, **kwargs)

    def reset_user_attempts(self, request, credentials=None) -> int:
        """A success clears that name's count only: a sprayer logging into their own account
        must not wipe the count of their failures on other names."""
        count = 0
        for attempts, client_only in zip(
            self.filter_user_attempts(request, credentials),
            _client_only(request, credentials),
            strict=True,
        ):
            if not client_only:
                count += attempts.delete()[0]
        return count
