"""Request-wide protections: shared-device sessions and the headers Django does not send itself."""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib.auth import logout

SHARED_DEVICE_KEY = "shared_device"
LAST_SEEN_KEY = "shared_device_last_seen"


def mark_shared_device(request) -> None:
    """After login on a shared device: end at browser close, and after a spell of idleness."""
    request.session.set_expiry(0)
    request.session[SHARED_DEVICE_KEY] = True
    request.session[LAST_SEEN_KEY] = int(time.time())


class SharedDeviceMiddleware:
    """Log out a shared-device session left idle, e.g. on a phone lent at the council's office.

    Only such sessions carry the flag, so only they are written on every request.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and session.get(SHARED_DEVICE_KEY):
            now = int(time.time())
            last_seen = session.get(LAST_SEEN_KEY, 0)
            if now - last_seen > settings.SHARED_DEVICE_IDLE_SECONDS:
                logout(request)  # flushes the session; the request goes on anonymous
            else:
                session[LAST_SEEN_KEY] = now
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """Permissions-Policy and Cross-Origin-Resource-Policy, which Django's own middleware lacks."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
