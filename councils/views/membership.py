"""A person's councils, the council's page, its members and its invitations."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .. import rules, selectors, services
from ..forms import CouncilEditForm, CouncilForm, InvitationForm, JoinForm, RolesForm
from ..models import JoinRequest
from ..selectors.resets import reset_log
from .common import attempt, submit
from .gate import council_view


@login_required
def council_list(request):
    return render(
        request,
        "councils/council_list.html",
        {
            "memberships": selectors.memberships_of(user=request.user),
            "join_form": JoinForm(),
            "notices": selectors.unread_notices(user=request.user),
            "awaiting_approval": selectors.councils_awaiting_approval(user=request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def council_create(request):
    form = CouncilForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        council = submit(form, services.council_create, user=request.user, **form.cleaned_data)
        if council:
            messages.success(request, _("Council created. You are its first coordinator."))
            return redirect(council.get_absolute_url())
    return render(request, "councils/council_form.html", {"form": form})


@council_view()
def council_detail(request, *, council, membership):
    return render(
        request,
        "councils/council_detail.html",
        {
            "council": council,
            "membership": membership,
            "plans": selectors.plans_of_council(council=council),
            "sessions": selectors.upcoming_sessions(council=council, limit=5),
            "assemblies": selectors.assemblies_of(council=council)[:5],
            "member_count": selectors.member_count(council=council),
        },
    )


@council_view(role=rules.COORDINATOR, methods=["GET", "POST"])
def council_edit(request, *, council, membership):
    form = CouncilEditForm(request.POST or None, instance=council)
    if request.method == "POST" and form.is_valid():
        saved = submit(
            form,
            services.council_update,
            council=council,
            by=request.user,
            actor=membership,
            **form.cleaned_data,
        )
        if saved:
            messages.success(request, _("Council saved."))
            return redirect(council.get_absolute_url())
    return render(request, "councils/council_form.html", {"form": form, "council": council})


@council_view(write_role=rules.COORDINATOR, methods=["GET", "POST"])
def members(request, *, council, membership):
    """Every member reads the list; coordinators also make invitations here."""
    invitation_form = InvitationForm(request.POST or None)
    if request.method == "POST" and invitation_form.is_valid():
        invitation = submit(
            invitation_form,
            services.invitation_create,
            council=council,
            by=request.user,
            actor=membership,
            **invitation_form.cleaned_data,
        )
        if invitation:
            messages.success(request, _("Invitation created: %(code)s") % {"code": invitation.code})
            return redirect("councils:members", slug=council.slug)
    return render(
        request,
        "councils/members.html",
        {
            "council": council,
            "membership": membership,
            "members": selectors.council_members(council=council),
            "invitations": selectors.invitations_of(council=council)
            if membership.is_coordinator
            else [],
            "invitation_form": invitation_form,
            "join_requests": selectors.join_requests_of(council=council)
            if membership.is_coordinator
            else [],
            "join_base_url": request.build_absolute_uri(reverse("councils:join")),
            "reset_log": reset_log(council=council) if membership.is_coordinator else [],
            "now": timezone.now(),
        },
    )


@council_view(role=rules.COORDINATOR, methods=["POST"])
def invitation_revoke(request, pk, *, council, membership):
    invitation = selectors.invitation_of_council(council=council, pk=pk)
    services.invitation_revoke(invitation=invitation, by=request.user, actor=membership)
    messages.success(request, _("Invitation withdrawn."))
    return redirect("councils:members", slug=council.slug)


@council_view(role=rules.COORDINATOR, methods=["POST"])
def join_request_approve(request, pk, *, council, membership):
    join_request = selectors.join_request_of_council(council=council, pk=pk)
    if attempt(
        request,
        services.join_request_approve,
        join_request=join_request,
        by=request.user,
        actor=membership,
    ):
        messages.success(
            request, _("%(name)s is now a member.") % {"name": join_request.user.public_name}
        )
    return redirect("councils:members", slug=council.slug)


@council_view(role=rules.COORDINATOR, methods=["POST"])
def join_request_refuse(request, pk, *, council, membership):
    join_request = selectors.join_request_of_council(council=council, pk=pk)
    services.join_request_refuse(join_request=join_request, by=request.user, actor=membership)
    messages.success(request, _("Request refused."))
    return redirect("councils:members", slug=council.slug)


@council_view(role=rules.COORDINATOR, methods=["GET", "POST"])
def member_roles(request, pk, *, council, membership):
    target = selectors.member_of_council(council=council, pk=pk)
    form = RolesForm(
        request.POST or None,
        initial={
            "is_participant": target.is_participant,
            "is_facilitator": target.is_facilitator,
            "is_coordinator": target.is_coordinator,
        },
    )
    if request.method == "POST" and form.is_valid():
        saved = submit(
            form,
            services.membership_set_roles,
            membership=target,
            by=request.user,
            actor=membership,
            **form.cleaned_data,
        )
        if saved:
            messages.success(request, _("Roles saved."))
            return redirect("councils:members", slug=council.slug)
    return render(
        request,
        "councils/member_roles.html",
        {"council": council, "membership": membership, "target": target, "form": form},
    )


@council_view(methods=["POST"])
def member_remove(request, pk, *, council, membership):
    """A member leaves (any member may), or a coordinator removes someone (the service checks)."""
    target = selectors.member_of_council(council=council, pk=pk)
    removed = attempt(
        request, services.membership_remove, membership=target, by=request.user, actor=membership
    )
    if removed and target.user_id == request.user.pk:
        messages.success(request, _("You left %(council)s.") % {"council": council.name})
        return redirect("councils:list")
    if removed:
        messages.success(request, _("Member removed."))
    return redirect("councils:members", slug=council.slug)


@login_required
@require_http_methods(["GET", "POST"])
def join(request, code=""):
    form = JoinForm(request.POST or None, initial={"code": code})
    if request.method == "POST" and form.is_valid():
        membership = submit(
            form, services.invitation_accept, code=form.cleaned_data["code"], user=request.user
        )
        if isinstance(membership, JoinRequest):
            return render(request, "councils/join_waiting.html", {"join_request": membership})
        if membership:
            messages.success(
                request, _("Welcome to %(council)s.") % {"council": membership.council.name}
            )
            return redirect(membership.council.get_absolute_url())
    return render(
        request,
        "councils/join.html",
        {
            "form": form,
            "code": code,
            "invitation": selectors.invitation_by_code(code=code),
            "dead_code_message": services.dead_code_message(),
        },
    )
