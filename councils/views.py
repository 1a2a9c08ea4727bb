"""Council pages for members. Every view finds the council through the visitor's membership.

A person who is not a member gets a 404 for any URL of that council, so no
council learns anything about another. Views stay thin: rules live in services.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import calendar as ical
from . import selectors, services
from .forms import (
    AmendmentForm,
    AssemblyForm,
    CorrectionForm,
    CouncilForm,
    InvitationForm,
    ItemForm,
    JoinForm,
    OutcomeForm,
    PlanForm,
    RolesForm,
    SectionForm,
    SessionForm,
)
from .models import (
    AssemblyOutcome,
    Council,
    FormationPlan,
    Invitation,
    Membership,
    PlanItem,
    PlanSection,
    PlanStatus,
    PlanVersion,
    Reminder,
    SectionStatus,
    Session,
)


def _errors_to_form(form, error: ValidationError) -> None:
    for message in error.messages:
        form.add_error(None, message)


def _coordinator(membership: Membership) -> None:
    if not membership.is_coordinator:
        raise PermissionDenied


# --- Councils ------------------------------------------------------------------------


@login_required
def council_list(request):
    return render(
        request,
        "councils/council_list.html",
        {
            "memberships": selectors.memberships_of(user=request.user),
            "join_form": JoinForm(),
            "notices": selectors.unread_notices(user=request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def council_create(request):
    form = CouncilForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            council = services.council_create(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("Council created. You are its first coordinator."))
            return redirect(council.get_absolute_url())
    return render(request, "councils/council_form.html", {"form": form})


@login_required
def council_detail(request, slug):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    return render(
        request,
        "councils/council_detail.html",
        {
            "council": council,
            "membership": membership,
            "plans": selectors.plans_of_council(council=council),
            "sessions": selectors.upcoming_sessions(council=council, limit=5),
            "assemblies": selectors.assemblies_of(council=council)[:5],
            "member_count": council.memberships.count(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def council_edit(request, slug):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    form = CouncilForm(request.POST or None, instance=council)
    if request.method == "POST" and form.is_valid():
        services.council_update(council=council, by=request.user, **form.cleaned_data)
        messages.success(request, _("Council saved."))
        return redirect(council.get_absolute_url())
    return render(request, "councils/council_form.html", {"form": form, "council": council})


@login_required
@require_http_methods(["GET", "POST"])
def members(request, slug):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    invitation_form = InvitationForm(request.POST or None)
    if request.method == "POST":
        _coordinator(membership)
        if invitation_form.is_valid():
            try:
                invitation = services.invitation_create(
                    council=council, by=request.user, **invitation_form.cleaned_data
                )
            except ValidationError as error:
                _errors_to_form(invitation_form, error)
            else:
                messages.success(
                    request, _("Invitation created: %(code)s") % {"code": invitation.code}
                )
                return redirect("councils:members", slug=slug)
    invitations = (
        council.invitations.select_related("created_by") if membership.is_coordinator else []
    )
    return render(
        request,
        "councils/members.html",
        {
            "council": council,
            "membership": membership,
            "members": selectors.council_members(council=council),
            "invitations": invitations,
            "invitation_form": invitation_form,
            "join_base_url": request.build_absolute_uri(reverse("councils:join")),
        },
    )


@login_required
@require_POST
def invitation_revoke(request, slug, pk):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    invitation = get_object_or_404(Invitation, pk=pk, council=council)
    services.invitation_revoke(invitation=invitation, by=request.user)
    messages.success(request, _("Invitation withdrawn."))
    return redirect("councils:members", slug=slug)


@login_required
@require_http_methods(["GET", "POST"])
def member_roles(request, slug, pk):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    target = get_object_or_404(Membership.objects.select_related("user"), pk=pk, council=council)
    form = RolesForm(
        request.POST or None,
        initial={
            "is_participant": target.is_participant,
            "is_facilitator": target.is_facilitator,
            "is_coordinator": target.is_coordinator,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_set_roles(membership=target, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("Roles saved."))
            return redirect("councils:members", slug=slug)
    return render(
        request,
        "councils/member_roles.html",
        {"council": council, "membership": membership, "target": target, "form": form},
    )


@login_required
@require_POST
def member_remove(request, slug, pk):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    target = get_object_or_404(Membership, pk=pk, council=council)
    try:
        services.membership_remove(membership=target, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("councils:members", slug=slug)
    if target.user_id == request.user.pk:
        messages.success(request, _("You left %(council)s.") % {"council": council.name})
        return redirect("councils:list")
    messages.success(request, _("Member removed."))
    return redirect("councils:members", slug=slug)


@login_required
@require_http_methods(["GET", "POST"])
def join(request, code=""):
    form = JoinForm(request.POST or None, initial={"code": code})
    if request.method == "POST" and form.is_valid():
        try:
            membership = services.invitation_accept(
                code=form.cleaned_data["code"], user=request.user
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(
                request, _("Welcome to %(council)s.") % {"council": membership.council.name}
            )
            return redirect(membership.council.get_absolute_url())
    invitation = (
        Invitation.objects.select_related("council").filter(code=code).first() if code else None
    )
    return render(request, "councils/join.html", {"form": form, "invitation": invitation})


# --- Plans ---------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def plan_create(request, slug):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    form = PlanForm(request.POST or None)
    if request.method == "POST":
        source_id = request.POST.get("copy_from")
        if source_id:
            source = get_object_or_404(FormationPlan, pk=source_id)
            try:
                plan = services.plan_copy(source=source, council=council, by=request.user)
            except PermissionDenied as denied:
                raise Http404 from denied
            messages.success(request, _("Plan copied. Adapt it to your territory."))
            return redirect(plan.get_absolute_url())
        if form.is_valid():
            data = form.cleaned_data
            try:
                plan = services.plan_create(
                    council=council,
                    by=request.user,
                    title=data["title"],
                    period_start=data["period_start"],
                    period_end=data["period_end"],
                    local_problems=data["local_problems"],
                    goals=data["goals"],
                )
            except ValidationError as error:
                _errors_to_form(form, error)
            else:
                messages.success(request, _("Plan created. Now add its sections."))
                return redirect(plan.get_absolute_url())
    return render(
        request,
        "councils/plan_create.html",
        {
            "council": council,
            "membership": membership,
            "form": form,
            **selectors.copyable_plans(exclude_council=council),
        },
    )


def _plan_context(request, council, membership, plan, **extra):
    return {
        "council": council,
        "membership": membership,
        "plan": plan,
        "tree": selectors.plan_tree(plan=plan),
        "can_edit": membership.is_coordinator,
        "can_schedule": membership.is_coordinator or membership.is_facilitator,
        "section_form": SectionForm(initial={"revision": plan.revision}),
        **extra,
    }


@login_required
def plan_detail(request, slug, pk):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    plan = selectors.plan_for_council(council=council, pk=pk)
    return render(
        request, "councils/plan_detail.html", _plan_context(request, council, membership, plan)
    )


@login_required
@require_http_methods(["GET", "POST"])
def plan_edit(request, slug, pk):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    plan = selectors.plan_for_council(council=council, pk=pk)
    form = PlanForm(request.POST or None, instance=plan, initial={"revision": plan.revision})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.plan_update(
                plan=plan,
                by=request.user,
                expected_revision=data.get("revision") or 0,
                title=data["title"],
                period_start=data["period_start"],
                period_end=data["period_end"],
                local_problems=data["local_problems"],
                goals=data["goals"],
                shared=data["shared"],
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("Plan saved."))
            return redirect(plan.get_absolute_url())
    return render(
        request, "councils/plan_edit.html", {"council": council, "plan": plan, "form": form}
    )


def _revision(request) -> int:
    try:
        return int(request.POST.get("revision", ""))
    except ValueError:
        return -1


@login_required
@require_POST
def section_add(request, slug, pk):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    plan = selectors.plan_for_council(council=council, pk=pk)
    form = SectionForm(request.POST)
    if form.is_valid():
        try:
            services.section_add(
                plan=plan,
                by=request.user,
                expected_revision=form.cleaned_data["revision"],
                title=form.cleaned_data["title"],
                rationale=form.cleaned_data["rationale"],
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("Section added."))
            return redirect(plan.get_absolute_url())
    plan.refresh_from_db()
    context = _plan_context(request, council, membership, plan, section_form=form)
    return render(request, "councils/plan_detail.html", context, status=400)


def _section_for(council, plan_pk, section_pk) -> PlanSection:
    return get_object_or_404(
        PlanSection.objects.select_related("plan__council"),
        pk=section_pk,
        plan_id=plan_pk,
        plan__council=council,
    )


@login_required
@require_http_methods(["GET", "POST"])
def section_edit(request, slug, pk, section_pk):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    section = _section_for(council, pk, section_pk)
    plan = section.plan
    form = SectionForm(
        request.POST or None,
        initial={"revision": plan.revision, "title": section.title, "rationale": section.rationale},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.section_update(
                section=section,
                by=request.user,
                expected_revision=form.cleaned_data["revision"],
                title=form.cleaned_data["title"],
                rationale=form.cleaned_data["rationale"],
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("Section saved."))
            return redirect(plan.get_absolute_url())
    return render(
        request,
        "councils/section_edit.html",
        {"council": council, "plan": plan, "section": section, "form": form},
    )


@login_required
@require_POST
def section_action(request, slug, pk, section_pk, action):
    """Remove or move a section: small POST buttons on the plan page."""
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    section = _section_for(council, pk, section_pk)
    anchor = "#sections-heading" if action == "remove" else f"#section-{section.pk}"
    try:
        if action == "remove":
            services.section_remove(
                section=section, by=request.user, expected_revision=_revision(request)
            )
            messages.success(request, _("Section removed."))
        elif action in ("up", "down"):
            services.section_move(
                section=section,
                by=request.user,
                expected_revision=_revision(request),
                direction=action,
            )
        else:
            raise Http404
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        anchor = f"#section-{section.pk}"
    return redirect(section.plan.get_absolute_url() + anchor)


@login_required
@require_http_methods(["GET", "POST"])
def item_add(request, slug, pk, section_pk):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    section = _section_for(council, pk, section_pk)
    plan = section.plan
    choices = selectors.library_choices(language_code=request.LANGUAGE_CODE)
    form = ItemForm(
        request.POST or None,
        initial={"revision": plan.revision, "source": request.GET.get("source", "material")},
        **choices,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        material = study_path = None
        from curriculum.models import MaterialPage, StudyPathPage

        if data["source"] == "material":
            material = MaterialPage.objects.live().filter(pk=data["material"]).first()
            if material is None:
                form.add_error("material", _("Choose a material from the library."))
        elif data["source"] == "path":
            study_path = StudyPathPage.objects.live().filter(pk=data["study_path"]).first()
            if study_path is None:
                form.add_error("study_path", _("Choose a study path."))
        if not form.errors:
            try:
                services.item_add(
                    section=section,
                    by=request.user,
                    expected_revision=data["revision"],
                    material=material,
                    study_path=study_path,
                    title=data["title"] if data["source"] == "local" else "",
                    description=data["description"],
                    estimated_hours=data["estimated_hours"],
                    target_period=data["target_period"],
                )
            except ValidationError as error:
                _errors_to_form(form, error)
            else:
                messages.success(request, _("Item added."))
                return redirect(plan.get_absolute_url() + f"#section-{section.pk}")
    return render(
        request,
        "councils/item_form.html",
        {"council": council, "plan": plan, "section": section, "form": form},
    )


@login_required
@require_POST
def item_action(request, slug, pk, item_pk, action):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    item = get_object_or_404(
        PlanItem.objects.select_related("section__plan"),
        pk=item_pk,
        section__plan_id=pk,
        section__plan__council=council,
    )
    try:
        if action == "remove":
            services.item_remove(item=item, by=request.user, expected_revision=_revision(request))
            messages.success(request, _("Item removed."))
        elif action in ("up", "down"):
            services.item_move(
                item=item, by=request.user, expected_revision=_revision(request), direction=action
            )
        else:
            raise Http404
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(item.section.plan.get_absolute_url() + f"#section-{item.section_id}")


@login_required
@require_http_methods(["GET", "POST"])
def section_amend(request, slug, pk, section_pk):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    section = _section_for(council, pk, section_pk)
    plan = section.plan
    form = AmendmentForm(request.POST or None, initial={"revision": plan.revision})
    if request.method == "POST" and form.is_valid():
        try:
            services.section_propose_amendment(
                section=section,
                by=request.user,
                expected_revision=form.cleaned_data["revision"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(
                request, _("Amendment proposed. The section goes back before the assembly.")
            )
            return redirect(plan.get_absolute_url() + f"#section-{section.pk}")
    return render(
        request,
        "councils/section_amend.html",
        {"council": council, "plan": plan, "section": section, "form": form},
    )


@login_required
def plan_versions(request, slug, pk):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    plan = selectors.plan_for_council(council=council, pk=pk)
    versions = list(plan.versions.select_related("created_by").defer("snapshot"))
    diff = older = newer = None
    a, b = request.GET.get("a"), request.GET.get("b")
    if a and b:
        try:
            numbers = sorted([int(a), int(b)])
        except ValueError:
            numbers = None
        if numbers and not all(0 < n < 1_000_000 for n in numbers):
            numbers = [0, 0]
        if numbers:
            found = {v.number: v for v in plan.versions.filter(number__in=numbers)}
            if len(found) == 2 or (numbers[0] == numbers[1] and found):
                older, newer = found[numbers[0]], found[numbers[1]]
                diff = selectors.compare_versions(older=older, newer=newer)
            else:
                messages.error(request, _("Choose two existing versions to compare."))
    return render(
        request,
        "councils/plan_versions.html",
        {
            "council": council,
            "membership": membership,
            "plan": plan,
            "versions": versions,
            "diff": diff,
            "older": older,
            "newer": newer,
        },
    )


@login_required
def plan_version_detail(request, slug, pk, number):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    plan = selectors.plan_for_council(council=council, pk=pk)
    version = get_object_or_404(PlanVersion, plan=plan, number=number)
    return render(
        request,
        "councils/plan_version_detail.html",
        {"council": council, "plan": plan, "version": version, "snapshot": version.snapshot},
    )


@login_required
def template_detail(request, pk):
    """Read a network template or a plan another council shared, to copy it."""
    plan = get_object_or_404(FormationPlan.objects.select_related("council"), pk=pk)
    if not services.can_copy_plan(plan=plan, user=request.user):
        raise Http404
    councils = [m for m in selectors.memberships_of(user=request.user) if m.is_coordinator]
    return render(
        request,
        "councils/template_detail.html",
        {"plan": plan, "tree": selectors.plan_tree(plan=plan), "coordinated": councils},
    )


# --- Assemblies -------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def assembly_open(request, slug, pk):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    plan = selectors.plan_for_council(council=council, pk=pk)
    pending = PlanSection.objects.filter(
        plan=plan, status__in=[SectionStatus.DRAFT, SectionStatus.UNDER_DEBATE]
    ).order_by("position", "pk")
    form = AssemblyForm(request.POST or None, sections=pending, initial={"sections": list(pending)})
    if request.method == "POST" and plan.status == PlanStatus.ADOPTED:
        form.is_valid()
        form.errors.clear()
        form.add_error(
            None, _("This plan is already adopted. Propose an amendment to a section first.")
        )
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            assembly = services.assembly_open(
                plan=plan,
                by=request.user,
                held_on=data["held_on"],
                place=data["place"],
                attendance=data["attendance"],
                minutes=data["minutes"],
                sections=data["sections"],
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("Assembly opened. Record its outcome for each section."))
            return redirect("councils:assembly_detail", slug=slug, pk=assembly.pk)
    return render(
        request, "councils/assembly_form.html", {"council": council, "plan": plan, "form": form}
    )


@login_required
def assembly_list(request, slug):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    return render(
        request,
        "councils/assembly_list.html",
        {
            "council": council,
            "membership": membership,
            "assemblies": selectors.assemblies_of(council=council),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def assembly_detail(request, slug, pk):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    assembly = selectors.assembly_detail(council=council, pk=pk)
    outcomes = list(assembly.outcomes.all())
    decided = {o.section_id for o in outcomes if o.corrects_id is None}
    forms_by_section = {}
    for section in assembly.agenda.all():
        if section.pk in decided:
            continue
        bound = request.method == "POST" and request.POST.get("section") == str(section.pk)
        forms_by_section[section.pk] = OutcomeForm(
            request.POST if bound else None, prefix=f"s{section.pk}", items=section.items.all()
        )
    if request.method == "POST":
        _coordinator(membership)
        section_id = request.POST.get("section", "")
        section = get_object_or_404(
            assembly.agenda, pk=int(section_id) if section_id.isdigit() else 0
        )
        form = forms_by_section.get(section.pk)
        if form is None:
            messages.error(request, _("This assembly already decided on this section."))
            return redirect("councils:assembly_detail", slug=slug, pk=pk)
        if form.is_valid():
            try:
                services.assembly_record_outcome(
                    assembly=assembly,
                    section=section,
                    by=request.user,
                    outcome=form.cleaned_data["outcome"],
                    note=form.cleaned_data["note"],
                    parts=form.part_titles,
                    item_parts=form.item_parts,
                )
            except ValidationError as error:
                _errors_to_form(form, error)
            else:
                messages.success(request, _("Outcome recorded."))
                return redirect("councils:assembly_detail", slug=slug, pk=pk)
    agenda = [
        {
            "section": s,
            "form": forms_by_section.get(s.pk),
            "outcomes": [o for o in outcomes if o.section_id == s.pk],
        }
        for s in assembly.agenda.all()
    ]
    return render(
        request,
        "councils/assembly_detail.html",
        {
            "council": council,
            "membership": membership,
            "assembly": assembly,
            "agenda": agenda,
            "outcomes": outcomes,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def outcome_correct(request, slug, pk, outcome_pk):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    original = get_object_or_404(
        AssemblyOutcome.objects.select_related("assembly", "section"),
        pk=outcome_pk,
        assembly_id=pk,
        assembly__council=council,
    )
    form = CorrectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.assembly_correct_outcome(
                original=original, by=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("Correction recorded; the original stays in the minutes."))
            return redirect("councils:assembly_detail", slug=slug, pk=pk)
    return render(
        request,
        "councils/outcome_correct.html",
        {"council": council, "assembly": original.assembly, "original": original, "form": form},
    )


# --- Sessions and calendar ------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def session_create(request, slug):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    if not (membership.is_coordinator or membership.is_facilitator):
        raise PermissionDenied
    items = list(
        PlanItem.objects.filter(
            section__plan__council=council, section__status=SectionStatus.AGREED
        )
        .select_related("section")
        .order_by("section__plan_id", "section__position", "position")
    )
    members = list(selectors.council_members(council=council))
    initial = {}
    if request.GET.get("item", "").isdigit():
        initial["item"] = int(request.GET["item"])
    form = SessionForm(request.POST or None, items=items, members=members, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        item = next(i for i in items if i.pk == data["item"])
        facilitator_ids = set(data["facilitators"])
        facilitators = [m.user for m in members if m.user_id in facilitator_ids]
        try:
            services.session_schedule(
                council=council,
                item=item,
                by=request.user,
                starts_at=data["starts_at"],
                ends_at=data["ends_at"],
                place=data["place"],
                facilitators=facilitators,
                childcare=data["childcare"],
                capacity=data["capacity"],
                notes=data["notes"],
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, _("Session scheduled."))
            return redirect("councils:calendar", slug=slug)
    return render(
        request,
        "councils/session_form.html",
        {"council": council, "form": form, "has_items": bool(items)},
    )


@login_required
@require_POST
def session_cancel(request, slug, pk):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    session = get_object_or_404(Session, pk=pk, council=council)
    try:
        services.session_cancel(session=session, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Session cancelled."))
    return redirect("councils:calendar", slug=slug)


@login_required
def calendar(request, slug):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    personal = services.calendar_for_person(user=request.user)
    return render(
        request,
        "councils/calendar.html",
        {
            "council": council,
            "membership": membership,
            "sessions": selectors.upcoming_sessions(council=council),
            "council_feed_url": request.build_absolute_uri(
                reverse("councils:council_feed", args=[council.calendar_token])
            ),
            "personal_feed_url": request.build_absolute_uri(
                reverse("councils:personal_feed", args=[personal.token])
            ),
        },
    )


@login_required
@require_POST
def calendar_rotate(request, slug):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    if request.POST.get("feed") == "council":
        services.calendar_rotate_council_token(council=council, by=request.user)
    else:
        services.calendar_rotate_personal_token(user=request.user)
    messages.success(request, _("A new secret link was made; the old one no longer works."))
    return redirect("councils:calendar", slug=slug)


def _ics_response(body: bytes, name: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.ics"'
    response["Cache-Control"] = "private, max-age=900"
    return response


def council_feed(request, token):
    """Secret-link feed: calendar apps can't log in, the unguessable token is the key."""
    council = get_object_or_404(Council, calendar_token=token)
    return _ics_response(ical.council_calendar(council=council), f"trayecto-{council.slug}")


def personal_feed(request, token):
    from .models import PersonalCalendar

    feed = get_object_or_404(PersonalCalendar.objects.select_related("user"), token=token)
    return _ics_response(ical.personal_calendar(user=feed.user), "trayecto")


@login_required
@require_POST
def notice_read(request, pk):
    reminder = get_object_or_404(Reminder, pk=pk, user=request.user)
    services.reminder_mark_read(reminder=reminder, user=request.user)
    return redirect("councils:list")


@login_required
@require_POST
def plan_publish_template(request, slug, pk):
    """A network coordinator publishes a copy of a council's plan as a template for every council."""
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    plan = selectors.plan_for_council(council=council, pk=pk)
    try:
        template = services.plan_publish_as_template(plan=plan, by=request.user)
    except PermissionDenied as denied:
        raise Http404 from denied
    messages.success(request, _("Published as a network template: every council can copy it now."))
    return redirect(template.get_absolute_url())


@login_required
def council_export(request, slug):
    import json

    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    data = services.council_export(council=council, by=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="trayecto-{council.slug}.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def council_delete(request, slug):
    council, membership = selectors.council_for_member(slug=slug, user=request.user)
    _coordinator(membership)
    error = None
    if request.method == "POST":
        try:
            services.council_erase(
                council=council, by=request.user, confirmation=request.POST.get("confirm", "")
            )
        except ValidationError as exc:
            error = " ".join(exc.messages)
        else:
            messages.success(request, _("The council and all its data were erased."))
            return redirect("councils:list")
    return render(request, "councils/council_delete.html", {"council": council, "error": error})
