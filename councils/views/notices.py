"""A person's on-site notices: join requests, answers, erasures, password resets."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from .. import services
from ..selectors import notices as selectors
from ..selectors import unread_notices


@login_required
def notice_list(request):
    return render(
        request,
        "councils/notices.html",
        {
            "notices": selectors.notices_for(user=request.user),
            "reminders": unread_notices(user=request.user),
        },
    )


@login_required
@require_POST
def message_read(request, pk):
    notice = selectors.message_of(user=request.user, pk=pk)
    services.notice_mark_read(notice=notice, user=request.user)
    if notice.url and request.POST.get("follow"):
        return redirect(notice.url)
    return redirect("councils:notices")


@login_required
@require_POST
def messages_all_read(request):
    services.notices_mark_all_read(user=request.user)
    return redirect("councils:notices")
