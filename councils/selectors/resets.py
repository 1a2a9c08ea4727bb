"""The council's log of password reset codes."""

from __future__ import annotations

from django.shortcuts import get_object_or_404

from ..models import Council, ResetGrant


def reset_log(*, council: Council, limit: int = 20) -> list[ResetGrant]:
    return list(
        ResetGrant.objects.filter(council=council).select_related(
            "person", "issued_by", "agreed_by"
        )[:limit]
    )


def reset_grant_of_council(*, council: Council, pk: int) -> ResetGrant:
    return get_object_or_404(
        ResetGrant.objects.select_related("council", "person", "issued_by"), pk=pk, council=council
    )
