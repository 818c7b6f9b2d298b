"""The statistics' three charts as data: heading, bars, the lines under them; the stats
screen draws them with its chart widget, `netcall stats` as text."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.vocabulary import ENERGY_WORDS
from .chart_rows import Chart
from .energy import LOW_MEAN
from .figures import Stats
from .wording import (
    ENERGY_ROW_NOTE,
    NO_CALLS,
    any_calls,
    budget_legend,
    calls_heading,
    energy_mark,
    minutes_heading,
    week_label,
    year_heading,
    year_labels,
)


@dataclass(frozen=True, slots=True)
class ChartSection:
    """One chart of the statistics: its name (an id), heading, data and the lines under
    it; `chart` is None when there is nothing to draw."""

    name: str
    heading: str
    chart: Chart | None
    notes: tuple[str, ...]


def chart_sections(stats: Stats) -> list[ChartSection]:
    """Calls and minutes per week for the last 12 weeks (the energy trend under the
    calls), then calls for the last 52."""
    short, year = stats.short_weeks, stats.weeks
    labels = [week_label(week.monday) for week in short]
    if not any_calls(year):
        return [
            ChartSection("calls", calls_heading(stats), None, (NO_CALLS,)),
            ChartSection("minutes", minutes_heading(stats), None, (NO_CALLS,)),
            ChartSection("year", year_heading(stats), None, (NO_CALLS,)),
        ]
    marks = [energy_mark(week) for week in short] if any(w.rated for w in short) else []
    low = frozenset(str(n) for n in ENERGY_WORDS if n <= LOW_MEAN)  # "tired" or worse
    calls = Chart([w.calls for w in short], stats.budget_calls, labels, marks, low)
    minutes = Chart([w.minutes for w in short], stats.budget_minutes, labels)
    long = Chart([w.calls for w in year], stats.budget_calls, year_labels(year))
    calls_notes = [budget_legend(short, stats.budget_calls, "calls", "weekly_calls")]
    if marks:
        calls_notes.append(ENERGY_ROW_NOTE)
    return [
        ChartSection("calls", calls_heading(stats), calls, tuple(calls_notes)),
        ChartSection(
            "minutes",
            minutes_heading(stats),
            minutes,
            (budget_legend(short, stats.budget_minutes, "minutes", "weekly_minutes"),),
        ),
        ChartSection(
            "year",
            year_heading(stats),
            long,
            (budget_legend(year, stats.budget_calls, "calls", "weekly_calls"),),
        ),
    ]
