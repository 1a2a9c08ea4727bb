"""The one way into a council's pages: ``@council_view`` resolves the council and the membership.

It answers, in this order: anonymous visitors go to log in; a method the view
doesn't take gets 405; a non-member gets 404 (no council learns anything about
another, not even that it exists); a member without the role gets 403. The view
then receives ``council`` and ``membership`` and never looks them up again; it
hands ``membership`` to the services as ``actor``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.views.decorators.http import require_http_methods

from .. import rules, selectors


@dataclass(frozen=True)
class Gate:
    """What a council view requires; kept on the view as ``view.council_gate`` for tests."""

    role: str | None = None
    write_role: str | None = None
    methods: tuple[str, ...] | None = None
    permission: str | None = None
    hidden: bool = False

    def role_for(self, method: str) -> str | None:
        if self.write_role and method not in ("GET", "HEAD", "OPTIONS"):
            return self.write_role
        return self.role


def council_view(
    *,
    role: str | None = None,
    write_role: str | None = None,
    methods: Sequence[str] | None = None,
    permission: str | None = None,
    hidden: bool = False,
):
    """Gate a view under ``<slug:slug>/``.

    ``role``: None (any member), "facilitator" (facilitators and coordinators) or
    "coordinator"; ``write_role``: the role POST needs when reading is open to
    every member; ``methods``: the HTTP methods taken (None: any); ``permission``:
    a site permission without which the page does not exist (404); ``hidden``: a member
    without the role gets 404 too, for pages whose very existence is about other people
    (progress's overview of members and attendance lists).
    """
    if role not in rules.ROLES or write_role not in rules.ROLES:
        raise ValueError(f"unknown role {role!r} / {write_role!r}")
    gate = Gate(
        role=role,
        write_role=write_role,
        methods=tuple(methods) if methods else None,
        permission=permission,
        hidden=hidden,
    )

    def decorate(view):
        @wraps(view)
        def gated(request, slug, *args, **kwargs):
            council, membership = selectors.council_for_member(slug=slug, user=request.user)
            if gate.permission and not request.user.has_perm(gate.permission):
                raise Http404
            if not rules.has_role(membership, gate.role_for(request.method)):
                raise Http404 if gate.hidden else PermissionDenied
            return view(request, *args, council=council, membership=membership, **kwargs)

        wrapped = gated
        if gate.methods:
            wrapped = require_http_methods(list(gate.methods))(wrapped)
        wrapped = login_required(wrapped)
        wrapped.council_gate = gate
        return wrapped

    return decorate
