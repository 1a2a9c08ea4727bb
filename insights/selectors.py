"""Reads of the dashboards: summaries only, in a constant number of queries, already suppressed.

Every number that counts people goes through ``insights.rules`` here, so the page, its
chart and the CSV show the very same cells, and none shows a count below five.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from councils.models import TerritoryKind
from progress import rules as progress_rules
from progress.selectors import stages_for_language

from . import chart, rules, versions
from .models import (
    CouncilSummary,
    CouncilYearSummary,
    GenderSelfDescription,
    NetworkMonthSummary,
    NetworkSummary,
    NetworkTerritoryYear,
)
from .rules import NOT_COUNTED, Cell, GapInputs

GROUPS = ("women", "men", "other")
MONTHS_SHOWN = 24


@dataclass
class Row:
    label: str
    cells: list[Cell]


@dataclass
class Table:
    key: str
    caption: str
    columns: list[str]
    rows: list[Row] = field(default_factory=list)
    note: str = ""


@dataclass
class Dashboard:
    tables: list[Table]
    charts: dict
    computed_at: dt.datetime | None = None

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)


def shown(value) -> Cell:
    """A number that counts no people (sessions, sections, hours): always shown."""
    return Cell(value)


def _hours(minutes: int) -> Cell:
    return Cell(progress_rules.hours_from_minutes(minutes), unit="h")


def _group_columns(what: str) -> list[str]:
    labels = {"women": _("Women"), "men": _("Men"), "other": _("Others or unstated")}
    return [f"{what}: {labels[g]}" for g in GROUPS] + [f"{what}: {_('total')}"]


def protected(values: list[int], *, counted: bool) -> list[Cell]:
    if not counted:
        return [Cell(None, NOT_COUNTED)] * (len(values) + 1)
    parts, total = rules.protect_row(values)
    return [*parts, total]


def _share_cell(value) -> Cell:
    percent = rules.percent(value)
    return Cell(None, rules.FEW) if percent is None else Cell(percent, unit="%")


def _gap_cells(gap: rules.Gap, *, participants_ok: bool = True, responsible_ok: bool = True):
    participants = _share_cell(gap.participants if participants_ok else None)
    responsible = _share_cell(gap.responsible if responsible_ok else None)
    if participants.shown and responsible.shown:
        points = Cell(participants.value - responsible.value, unit="pp")
    else:
        points = Cell(None, rules.FEW)
    return [participants, responsible, points]


def _gap_columns() -> list[str]:
    return [
        _("Women among participants"),
        _("Women among facilitators and coordinators"),
        _("Gap (percentage points)"),
    ]


def self_description_of(*, user) -> GenderSelfDescription | None:
    """The person's own self-description: read for them alone, never for anyone else."""
    return GenderSelfDescription.objects.filter(user=user).first()


# --- Council -----------------------------------------------------------------------------


def council_digest(*, council_id: int) -> str | None:
    return versions.recall(
        council_id,
        lambda: (
            CouncilSummary.objects.filter(council_id=council_id)
            .values_list("digest", flat=True)
            .first()
        ),
    )


def _stage_table(stage_counts: dict, stages, *, caption: str, column: str) -> Table:
    table = Table("stages", caption, [column])
    counts = [int(stage_counts.get(str(s.translation_key), 0)) for s in stages]
    parts, total = rules.protect_row(counts) if stages else ([], Cell(0))
    for stage, cell in zip(stages, parts, strict=True):
        table.rows.append(Row(stage.name, [cell]))
    if stages:
        table.rows.append(Row(_("With a stage reached"), [total]))
    return table


def council_dashboard(*, council_id: int, language_code: str) -> Dashboard | None:
    """The council's dashboard from its summaries (3 queries), or None before the first build."""
    summary = CouncilSummary.objects.filter(council_id=council_id).first()
    if summary is None:
        return None
    years = list(CouncilYearSummary.objects.filter(council_id=council_id).order_by("year"))
    stages = stages_for_language(language_code=language_code)

    members = Table(
        "members",
        _("Members and roles at the end of each year"),
        [_("Members"), _("Facilitators"), _("Coordinators")],
        note=_("By the day each person joined, with the roles they hold today."),
    )
    sessions = Table(
        "sessions",
        _("Sessions held and who attended"),
        [_("Sessions held"), _("Hours held"), *_group_columns(_("Attended"))],
        note=_("Attendance is the sum over the sessions whose attendance was counted."),
    )
    facilitated = Table(
        "facilitated", _("Who facilitated the sessions"), _group_columns(_("Facilitated"))
    )
    assemblies = Table(
        "assemblies",
        _("Assemblies and who took part"),
        [_("Assemblies held"), *_group_columns(_("Attended")), *_group_columns(_("Spoke"))],
    )
    gap = Table(
        "gap",
        _("The responsibility gap, year by year"),
        _gap_columns(),
        note=_(
            "Share of women among those who attended assemblies and sessions, minus their share "
            "among those who facilitated sessions or hold the facilitator or coordinator role "
            "(counted only when at least five of them described themselves)."
        ),
    )
    gap_points = []
    for y in years:
        label = str(y.year)
        members.rows.append(
            Row(label, [rules.count_cell(v) for v in (y.members, y.facilitators, y.coordinators)])
        )
        counted = y.sessions_counted > 0
        session_cells = protected(
            [y.session_women, y.session_men, y.session_other], counted=counted
        )
        sessions.rows.append(
            Row(label, [shown(y.sessions_held), _hours(y.session_minutes), *session_cells])
        )
        facilitated_cells = protected(
            [y.facilitated_women, y.facilitated_men, y.facilitated_other], counted=counted
        )
        facilitated.rows.append(Row(label, facilitated_cells))
        assembly_values = [y.assembly_women, y.assembly_men, y.assembly_other]
        spoke_values = [y.spoke_women, y.spoke_men, y.spoke_other]
        attended_cells = protected(assembly_values, counted=sum(assembly_values) > 0)
        spoke_cells = protected(spoke_values, counted=sum(spoke_values) > 0)
        assemblies.rows.append(
            Row(label, [shown(y.assemblies_held), *attended_cells, *spoke_cells])
        )
        inputs = year_gap_inputs(y)
        # A share is shown only when the counts it is made of (women, total) are shown above.
        participants_ok = _women_and_total_shown(session_cells) and _women_and_total_shown(
            attended_cells
        )
        responsible_ok = _women_and_total_shown(facilitated_cells)
        cells = _gap_cells(
            rules.responsibility_gap(inputs),
            participants_ok=participants_ok,
            responsible_ok=responsible_ok,
        )
        gap.rows.append(Row(label, cells))
        gap_points.append((label, [cells[0].value, cells[1].value]))

    plan = Table(
        "plan",
        _("Plan progress"),
        [
            _("Plans"),
            _("Plans adopted"),
            _("Sections agreed"),
            _("Sections pending"),
            _("Sections split"),
            _("Hours planned"),
            _("Hours held"),
        ],
    )
    plan.rows.append(
        Row(
            _("Now"),
            [
                shown(summary.plans),
                shown(summary.plans_adopted),
                shown(summary.sections_agreed),
                shown(summary.sections_pending),
                shown(summary.sections_split),
                _hours(summary.planned_minutes),
                _hours(summary.done_minutes),
            ],
        )
    )
    stage_table = _stage_table(
        summary.stages,
        stages,
        caption=_("Members by the furthest formation stage reached"),
        column=_("Members"),
    )
    charts = {
        "sessions": chart.bar_chart([(r.label, r.cells[0]) for r in sessions.rows]),
        "gap": chart.percent_chart(gap_points, series=["participants", "responsible"]),
    }
    return Dashboard(
        tables=[members, sessions, facilitated, assemblies, plan, stage_table, gap],
        charts=charts,
        computed_at=summary.computed_at,
    )


def _women_and_total_shown(cells: list[Cell]) -> bool:
    """Group cells are (women, men, others, total): a share of women needs the first and last."""
    women, total = cells[0], cells[-1]
    if women.state == NOT_COUNTED:
        return True
    return women.shown and total.shown


def year_gap_inputs(y) -> GapInputs:
    return GapInputs(
        participants_women=y.session_women + y.assembly_women,
        participants_total=sum(
            getattr(y, f"{kind}_{g}") for kind in ("session", "assembly") for g in GROUPS
        ),
        facilitated_women=y.facilitated_women,
        facilitated_total=sum(getattr(y, f"facilitated_{g}") for g in GROUPS),
        responsible_described=y.responsible_described,
        responsible_women=y.responsible_women,
    )


# --- Network -----------------------------------------------------------------------------


def network_digest() -> str | None:
    return versions.recall(
        versions.NETWORK,
        lambda: NetworkSummary.objects.filter(pk=1).values_list("digest", flat=True).first(),
    )


def network_dashboard(*, language_code: str) -> Dashboard | None:
    """The network's dashboard from its summaries (4 queries), or None before the first build."""
    summary = NetworkSummary.objects.filter(pk=1).first()
    if summary is None:
        return None
    today = timezone.localdate()
    months_back = today.year * 12 + today.month - 1 - (MONTHS_SHOWN - 1)
    first_month = dt.date(months_back // 12, months_back % 12 + 1, 1)
    months = list(
        NetworkMonthSummary.objects.filter(month__gte=first_month, month__lte=today).order_by(
            "month"
        )
    )
    territories = list(NetworkTerritoryYear.objects.order_by("territory_kind", "year"))
    stages = stages_for_language(language_code=language_code)

    overview = Table(
        "overview",
        _("The network now"),
        [_("Councils"), _("Active councils"), _("Plans adopted"), _("Memberships")],
        note=_("Active: an assembly or a session held in the last twelve months."),
    )
    overview.rows.append(
        Row(
            _("Now"),
            [
                shown(summary.councils),
                shown(summary.councils_active),
                shown(summary.plans_adopted),
                rules.count_cell(summary.memberships),
            ],
        )
    )
    month_table = Table(
        "months",
        _("Sessions per month"),
        [_("Sessions held"), _("Assemblies held"), _("Councils holding sessions")],
    )
    for m in months:
        month_table.rows.append(
            Row(
                m.month.strftime("%Y-%m"),
                [shown(m.sessions_held), shown(m.assemblies_held), shown(m.councils_active)],
            )
        )
    stage_table = _stage_table(
        summary.stages,
        stages,
        caption=_("Members of the councils by the furthest formation stage reached"),
        column=_("Members"),
    )
    stage_table.note = _("Someone who belongs to two councils counts in each.")
    kinds = dict(TerritoryKind.choices)
    gap = Table(
        "gap",
        _("The responsibility gap by kind of territory"),
        _gap_columns(),
        note=_("The counts of every council of that kind of territory, added up."),
    )
    latest: dict[str, list] = {}
    for t in territories:
        inputs = GapInputs(
            participants_women=t.participants_women,
            participants_total=t.participants_total,
            facilitated_women=t.facilitated_women,
            facilitated_total=t.facilitated_total,
            responsible_described=t.responsible_described,
            responsible_women=t.responsible_women,
        )
        label = f"{kinds.get(t.territory_kind, t.territory_kind)} · {t.year}"
        cells = _gap_cells(rules.responsibility_gap(inputs))
        gap.rows.append(Row(label, cells))
        latest[t.territory_kind] = cells
    charts = {
        "months": chart.bar_chart([(r.label[2:], r.cells[0]) for r in month_table.rows], slot=26),
        "gap": chart.percent_chart(
            [(str(kinds.get(kind, kind)), [c[0].value, c[1].value]) for kind, c in latest.items()],
            series=["participants", "responsible"],
            slot=90,
        ),
    }
    return Dashboard(
        tables=[overview, month_table, stage_table, gap],
        charts=charts,
        computed_at=summary.computed_at,
    )
