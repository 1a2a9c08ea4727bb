"""Practice the person logs, shares with a council and asks neighbours to vouch for."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from .. import selectors, services
from ..forms import (
    MaterialQueryForm,
    PracticeForm,
    ShareForm,
    VouchAnswerForm,
    VouchRequestForm,
)
from ..locks import locked_page, private_texts_locked
from ..models import PracticeLog, Vouch
from ._input import checked, refused


@login_required
def practice_list(request):
    # The paginator reads ``page`` itself: anything that is not a page number is page one.
    page_obj = Paginator(selectors.practice_entries(user=request.user), 50).get_page(
        request.GET.get("page")
    )
    return render(
        request, "progress/practice_list.html", {"entries": page_obj, "page_obj": page_obj}
    )


@login_required
@require_http_methods(["GET", "POST"])
def practice_edit(request, pk=None):
    entry = get_object_or_404(PracticeLog, pk=pk, user=request.user) if pk else None
    if entry is not None and entry.shared_with_id is None and private_texts_locked(request.user):
        return locked_page(request)
    # The "log this practice" link names its material, possibly of another language.
    asked = checked(MaterialQueryForm(request.GET))["material"] if entry is None else None
    materials = selectors.practice_materials(
        language_code=request.LANGUAGE_CODE,
        also=(asked.pk if asked else None, entry.material_id if entry else None),
    )
    form = PracticeForm(
        request.POST or None,
        instance=entry,
        materials=materials,
        initial={"material": asked.pk} if asked else {},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        fields = {
            "practiced_on": data["practiced_on"],
            "hours": data["hours"],
            "what_was_done": data["what_was_done"],
            "material": data["material"],
            "what_worked": data["what_worked"],
            "what_failed": data["what_failed"],
            "what_was_learned": data["what_was_learned"],
        }
        try:
            if entry is None:
                entry = services.practice_log_create(user=request.user, **fields)
            else:
                services.practice_log_update(entry=entry, user=request.user, **fields)
        except ValidationError as error:
            refused(form, error)
        else:
            messages.success(request, _("Practice saved. It is private until you share it."))
            return redirect("progress:practice_detail", pk=entry.pk)
    return render(request, "progress/practice_form.html", {"form": form, "entry": entry})


@login_required
def practice_detail(request, pk):
    entry = get_object_or_404(selectors.practice_entries(user=request.user), pk=pk)
    if entry.shared_with_id is None and private_texts_locked(request.user):
        return locked_page(request)
    share_form = ShareForm(
        initial={"council": entry.shared_with_id},
        councils=selectors.councils_of(user=request.user),
    )
    vouch_form = None
    if entry.shared_with_id:
        vouch_form = VouchRequestForm(
            members=selectors.members_of(council_id=entry.shared_with_id, excluding=request.user)
        )
    return render(
        request,
        "progress/practice_detail.html",
        {"entry": entry, "share_form": share_form, "vouch_form": vouch_form},
    )


@login_required
@require_POST
def practice_share(request, pk):
    entry = get_object_or_404(PracticeLog, pk=pk, user=request.user)
    form = ShareForm(request.POST, councils=selectors.councils_of(user=request.user))
    data = checked(form, request=request)
    if data is not None:
        council = data["council"]
        try:
            services.practice_share(
                entry=entry, user=request.user, council_id=council.pk if council else None
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("Shared with your council.") if council else _("This entry is private again."),
            )
    return redirect("progress:practice_detail", pk=pk)


@login_required
@require_POST
def practice_delete(request, pk):
    entry = get_object_or_404(PracticeLog, pk=pk, user=request.user)
    services.practice_log_delete(entry=entry, user=request.user)
    messages.success(request, _("Practice entry deleted."))
    return redirect("progress:practice_list")


@login_required
@require_POST
def vouch_request(request, pk):
    entry = get_object_or_404(PracticeLog, pk=pk, user=request.user)
    # The owner stays a choice here so the service can say why they can't vouch for themselves.
    members = selectors.members_of(council_id=entry.shared_with_id)
    data = checked(VouchRequestForm(request.POST, members=members), request=request)
    if data is not None:
        voucher = data["voucher"]
        try:
            services.vouch_request(entry=entry, by=request.user, voucher=voucher)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Asked %(name)s to vouch.") % {"name": voucher.public_name})
    return redirect("progress:practice_detail", pk=pk)


@login_required
def vouches(request):
    return render(
        request,
        "progress/vouches.html",
        {"requests": selectors.vouch_requests_for(user=request.user)},
    )


@login_required
@require_POST
def vouch_answer(request, pk):
    vouch = get_object_or_404(Vouch.objects.select_related("entry"), pk=pk, voucher=request.user)
    data = checked(VouchAnswerForm(request.POST), request=request)
    if data is None:
        return redirect("progress:vouches")
    try:
        if data["action"] == "withdraw":
            services.vouch_withdraw(vouch=vouch, by=request.user)
        else:
            services.vouch_decide(vouch=vouch, by=request.user, confirm=data["action"] == "confirm")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Thank you: your answer was recorded."))
    return redirect("progress:vouches")
