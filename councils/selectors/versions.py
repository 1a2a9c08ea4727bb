"""The plan's versions: the list, one version, and what changed between two of them."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from ..models import FormationPlan, PlanVersion

MAX_VERSION_NUMBER = 1_000_000


def versions_of(*, plan: FormationPlan) -> QuerySet[PlanVersion]:
    """Newest first, without the snapshots (they can be large)."""
    return plan.versions.select_related("created_by").defer("snapshot")


def version_of_plan(*, plan: FormationPlan, number: int) -> PlanVersion:
    return get_object_or_404(PlanVersion, plan=plan, number=number)


def versions_to_compare(
    *, plan: FormationPlan, a: int, b: int
) -> tuple[PlanVersion, PlanVersion] | None:
    """The older and the newer of versions ``a`` and ``b`` (they may be the same), or None."""
    numbers = sorted([a, b])
    if not all(0 < n < MAX_VERSION_NUMBER for n in numbers):
        return None
    found = {v.number: v for v in plan.versions.filter(number__in=numbers)}
    if numbers[0] in found and numbers[1] in found:
        return found[numbers[0]], found[numbers[1]]
    return None


@dataclass
class VersionDiff:
    sections_added: list[str]
    sections_removed: list[str]
    sections_reordered: list[str]
    sections_renamed: list[tuple[str, str]]
    items_added: list[tuple[str, str]]
    items_removed: list[tuple[str, str]]
    items_moved: list[tuple[str, str, str]]
    items_reordered: list[tuple[str, str]]
    details_changed: list[str]

    @property
    def empty(self) -> bool:
        return not any(
            (
                self.sections_added,
                self.sections_removed,
                self.sections_reordered,
                self.sections_renamed,
                self.items_added,
                self.items_removed,
                self.items_moved,
                self.items_reordered,
                self.details_changed,
            )
        )


def _order_changed(before: list[str], after: list[str]) -> set[str]:
    """Keys (present in both lists) whose relative order changed: outside a longest common subsequence."""
    common = set(before) & set(after)
    a = [k for k in before if k in common]
    b = [k for k in after if k in common]
    n, m = len(a), len(b)
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            lcs[i][j] = lcs[i + 1][j + 1] + 1 if a[i] == b[j] else max(lcs[i + 1][j], lcs[i][j + 1])
    keep, i, j = set(), 0, 0
    while i < n and j < m:
        if a[i] == b[j]:
            keep.add(a[i])
            i, j = i + 1, j + 1
        elif lcs[i + 1][j] >= lcs[i][j + 1]:
            i += 1
        else:
            j += 1
    return common - keep


def compare_versions(*, older: PlanVersion, newer: PlanVersion) -> VersionDiff:
    """What changed between two snapshots: added, removed, reordered, moved, renamed."""
    a, b = older.snapshot, newer.snapshot
    a_sections = {s["key"]: s for s in a["sections"]}
    b_sections = {s["key"]: s for s in b["sections"]}
    a_items = {i["key"]: (i, s) for s in a["sections"] for i in s["items"]}
    b_items = {i["key"]: (i, s) for s in b["sections"] for i in s["items"]}

    diff = VersionDiff([], [], [], [], [], [], [], [], [])
    for field_name in ("title", "period", "local_problems", "goals"):
        if a.get(field_name) != b.get(field_name):
            diff.details_changed.append(field_name)
    diff.sections_added = [s["title"] for k, s in b_sections.items() if k not in a_sections]
    diff.sections_removed = [s["title"] for k, s in a_sections.items() if k not in b_sections]
    diff.sections_renamed = [
        (a_sections[k]["title"], s["title"])
        for k, s in b_sections.items()
        if k in a_sections and a_sections[k]["title"] != s["title"]
    ]
    reordered = _order_changed([s["key"] for s in a["sections"]], [s["key"] for s in b["sections"]])
    diff.sections_reordered = [b_sections[k]["title"] for k in reordered]
    for key, (item, section) in b_items.items():
        if key not in a_items:
            diff.items_added.append((item["title"], section["title"]))
        elif a_items[key][1]["key"] != section["key"]:
            diff.items_moved.append((item["title"], a_items[key][1]["title"], section["title"]))
    for key, (item, section) in a_items.items():
        if key not in b_items:
            diff.items_removed.append((item["title"], section["title"]))
    for key, section in b_sections.items():
        if key in a_sections:
            moved = _order_changed(
                [i["key"] for i in a_sections[key]["items"]], [i["key"] for i in section["items"]]
            )
            diff.items_reordered += [(b_items[k][0]["title"], section["title"]) for k in moved]
    return diff
