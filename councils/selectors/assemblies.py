"""Reads about assemblies and their outcomes."""

from __future__ import annotations

from django.db.models import Count, Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from ..models import Assembly, AssemblyOutcome, Council, PlanItem, PlanSection


def assemblies_of(*, council: Council) -> QuerySet[Assembly]:
    return (
        council.assemblies.select_related("plan")
        .annotate(outcome_count=Count("outcomes"))
        .order_by("-held_on", "-pk")
    )


def assembly_detail(*, council: Council, pk: int) -> Assembly:
    return get_object_or_404(
        Assembly.objects.select_related("plan", "opened_by").prefetch_related(
            Prefetch(
                "agenda",
                queryset=PlanSection.objects.prefetch_related(
                    Prefetch("items", queryset=PlanItem.objects.select_related("material"))
                ),
            ),
            Prefetch(
                "outcomes",
                queryset=AssemblyOutcome.objects.select_related(
                    "section", "recorded_by", "corrects"
                ),
            ),
        ),
        pk=pk,
        council=council,
    )


def outcome_of_council(*, council: Council, assembly_pk: int, pk: int) -> AssemblyOutcome:
    return get_object_or_404(
        AssemblyOutcome.objects.select_related("assembly", "section"),
        pk=pk,
        assembly_id=assembly_pk,
        assembly__council=council,
    )
