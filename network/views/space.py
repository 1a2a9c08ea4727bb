"""The network coordinators' space (``/red/coordinacion/``): templates, directory, materials.

Built on the Django permission ``councils.coordinate_network`` (given through the
"Network coordinators" group): anonymous visitors go to log in, anyone else without
the permission gets 404, as councils' gate answers for a page behind a permission.
Templates are edited through councils' own plan services.
"""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from councils import rules as council_rules
from councils import selectors as council_selectors
from councils import services as council_services
from councils.forms import ItemEditForm, ItemForm, RevisionForm, SectionForm
from councils.views.common import attempt, remove_or_move, submit

from ..forms_gatherings import TemplateForm
from ..selectors import space as selectors
from ..services import space as services


def network_view(methods=("GET",)):
    """Log in first; without the network permission the page does not exist (404)."""

    def decorate(view):
        @wraps(view)
        def gated(request, *args, **kwargs):
            if not request.user.has_perm(council_rules.NETWORK_PERMISSION):
                raise Http404
            try:
                return view(request, *args, **kwargs)
            except PermissionDenied as denied:
                raise Http404 from denied

        return login_required(require_http_methods(list(methods))(gated))

    return decorate


@network_view()
def space_home(request):
    return render(
        request,
        "network/space_home.html",
        {"templates": selectors.templates()},
    )


@network_view(methods=("GET", "POST"))
def template_create(request):
    form = TemplateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        plan = submit(
            form,
            services.template_create,
            by=request.user,
            title=data["title"],
            period_start=data["period_start"],
            period_end=data["period_end"],
            local_problems=data["local_problems"],
            goals=data["goals"],
        )
        if plan:
            messages.success(request, _("Template created. Now add its sections."))
            return redirect("network_space:template_detail", pk=plan.pk)
    return render(request, "network/space_template_form.html", {"form": form})


def _template_context(plan, **extra) -> dict:
    return {
        "plan": plan,
        "tree": council_selectors.plan_tree(plan=plan),
        "section_form": SectionForm(initial={"revision": plan.revision}),
        **extra,
    }


@network_view()
def template_detail(request, pk):
    plan = selectors.template_for(pk=pk)
    return render(request, "network/space_template_detail.html", _template_context(plan))


@network_view(methods=("GET", "POST"))
def template_edit(request, pk):
    plan = selectors.template_for(pk=pk)
    form = TemplateForm(request.POST or None, instance=plan, initial={"revision": plan.revision})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        saved = submit(
            form,
            council_services.plan_update,
            plan=plan,
            by=request.user,
            expected_revision=data.get("revision") or 0,
            title=data["title"],
            period_start=data["period_start"],
            period_end=data["period_end"],
            local_problems=data["local_problems"],
            goals=data["goals"],
            shared=False,
        )
        if saved:
            messages.success(request, _("Template saved."))
            return redirect("network_space:template_detail", pk=plan.pk)
    return render(request, "network/space_template_form.html", {"form": form, "plan": plan})


@network_view(methods=("POST",))
def template_withdraw(request, pk):
    plan = selectors.template_for(pk=pk)
    if attempt(request, services.template_withdraw, plan=plan, by=request.user):
        messages.success(
            request, _("Template withdrawn: councils can no longer copy it. Their copies stay.")
        )
    return redirect("network_space:template_detail", pk=plan.pk)


@network_view(methods=("POST",))
def template_restore(request, pk):
    plan = selectors.template_for(pk=pk)
    if attempt(request, services.template_restore, plan=plan, by=request.user):
        messages.success(request, _("Template offered to councils again."))
    return redirect("network_space:template_detail", pk=plan.pk)


@network_view(methods=("POST",))
def section_add(request, pk):
    plan = selectors.template_for(pk=pk)
    form = SectionForm(request.POST)
    if form.is_valid():
        section = submit(
            form,
            council_services.section_add,
            plan=plan,
            by=request.user,
            expected_revision=form.cleaned_data["revision"],
            title=form.cleaned_data["title"],
            rationale=form.cleaned_data["rationale"],
        )
        if section:
            messages.success(request, _("Section added."))
            return redirect("network_space:template_detail", pk=plan.pk)
    plan = selectors.template_for(pk=pk)
    context = _template_context(plan, section_form=form)
    return render(request, "network/space_template_detail.html", context, status=400)


@network_view(methods=("GET", "POST"))
def section_edit(request, pk, section_pk):
    plan = selectors.template_for(pk=pk)
    section = selectors.template_section(plan=plan, pk=section_pk)
    form = SectionForm(
        request.POST or None,
        initial={"revision": plan.revision, "title": section.title, "rationale": section.rationale},
    )
    if request.method == "POST" and form.is_valid():
        saved = submit(
            form,
            council_services.section_update,
            section=section,
            by=request.user,
            expected_revision=form.cleaned_data["revision"],
            title=form.cleaned_data["title"],
            rationale=form.cleaned_data["rationale"],
        )
        if saved:
            messages.success(request, _("Section saved."))
            return redirect("network_space:template_detail", pk=plan.pk)
    return render(
        request,
        "network/space_section_form.html",
        {"plan": plan, "section": section, "form": form},
    )


@network_view(methods=("POST",))
def section_action(request, pk, section_pk, action):
    """Remove or move a section (``action``: remove, up, down)."""
    if action not in council_rules.BUTTON_ACTIONS:
        raise Http404
    plan = selectors.template_for(pk=pk)
    section = selectors.template_section(plan=plan, pk=section_pk)
    remove_or_move(
        request,
        action=action,
        remove=council_services.section_remove,
        move=council_services.section_move,
        removed=_("Section removed."),
        section=section,
        by=request.user,
        expected_revision=RevisionForm(request.POST).expected_revision,
    )
    return redirect("network_space:template_detail", pk=plan.pk)


@network_view(methods=("GET", "POST"))
def item_add(request, pk, section_pk):
    plan = selectors.template_for(pk=pk)
    section = selectors.template_section(plan=plan, pk=section_pk)
    form = ItemForm(
        request.POST or None,
        initial={"revision": plan.revision, "source": request.GET.get("source", "material")},
        **council_selectors.library_choices(language_code=request.LANGUAGE_CODE),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        item = submit(
            form,
            council_services.item_add,
            section=section,
            by=request.user,
            expected_revision=data["revision"],
            material=data["material"],
            study_path=data["study_path"],
            title=data["title"],
            description=data["description"],
            estimated_hours=data["estimated_hours"],
            target_period=data["target_period"],
        )
        if item:
            messages.success(request, _("Item added."))
            return redirect("network_space:template_detail", pk=plan.pk)
    return render(
        request,
        "network/space_item_form.html",
        {"plan": plan, "section": section, "form": form},
    )


@network_view(methods=("GET", "POST"))
def item_edit(request, pk, item_pk):
    plan = selectors.template_for(pk=pk)
    item = selectors.template_item(plan=plan, pk=item_pk)
    form = ItemEditForm(
        request.POST or None,
        item=item,
        initial={
            "revision": plan.revision,
            "title": item.title,
            "description": item.description,
            "estimated_hours": item.estimated_hours,
            "target_period": item.target_period,
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        saved = submit(
            form,
            council_services.item_update,
            item=item,
            by=request.user,
            expected_revision=data["revision"],
            title=data["title"],
            description=data["description"],
            estimated_hours=data["estimated_hours"],
            target_period=data["target_period"],
        )
        if saved:
            messages.success(request, _("Item saved."))
            return redirect("network_space:template_detail", pk=plan.pk)
    return render(
        request,
        "network/space_item_form.html",
        {"plan": plan, "section": item.section, "item": item, "form": form},
    )


@network_view(methods=("POST",))
def item_action(request, pk, item_pk, action):
    """Remove or move an item (``action``: remove, up, down)."""
    if action not in council_rules.BUTTON_ACTIONS:
        raise Http404
    plan = selectors.template_for(pk=pk)
    item = selectors.template_item(plan=plan, pk=item_pk)
    remove_or_move(
        request,
        action=action,
        remove=council_services.item_remove,
        move=council_services.item_move,
        removed=_("Item removed."),
        item=item,
        by=request.user,
        expected_revision=RevisionForm(request.POST).expected_revision,
    )
    return redirect("network_space:template_detail", pk=plan.pk)


@network_view()
def directory(request):
    return render(request, "network/space_directory.html", {"lines": selectors.directory()})


@network_view()
def materials(request):
    return render(request, "network/space_materials.html", {"lines": selectors.materials_report()})
