"""What progress does when councils tells it something happened (councils can't import us)."""

from __future__ import annotations

from .models import Completion, PracticeLog, Vouch
from .services.outbox import schedule_recompute


def recompute_after_council_erased(*, council_id: int, member_ids: list[int], **_kwargs) -> None:
    """Everyone whose totals the council touched: members, sharers, vouchers, attendees.

    Runs inside the erasing transaction, so the marks are written with it and the
    recomputes run once it commits (after the council's rows are gone).
    """
    people = set(member_ids)
    people.update(
        PracticeLog.objects.filter(shared_with_id=council_id).values_list("user_id", flat=True)
    )
    people.update(Vouch.objects.filter(council_id=council_id).values_list("voucher_id", flat=True))
    people.update(
        Completion.objects.filter(session__council_id=council_id).values_list("user_id", flat=True)
    )
    for user_id in sorted(people):
        schedule_recompute(user_id)
