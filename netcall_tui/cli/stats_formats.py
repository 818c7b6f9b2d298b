"""How `netcall stats` prints the figures: text (the screen's sections, the charts in
block characters), a stable JSON document (ISO dates; every figure with its period) or
Markdown tables. The words are `core.stats.wording`'s, the same the screen says."""

from __future__ import annotations

import calendar
import json
import textwrap
from collections.abc import Callable
from typing import Any

from ..core.stats.chart_rows import chart_rows, plain
from ..core.stats.charts import chart_sections
from ..core.stats.figures import Period, Stats
from ..core.stats.wording import (
    ENERGY_COLUMN_NOTE,
    NO_CALLS,
    TITLE,
    any_calls,
    budget_legend,
    mix_heading,
    mix_legend,
    mix_table,
    months_period,
    text_sections,
    weekly_heading,
    weeks_period,
    year_heading,
)
from ..core.text.harmless import harmless
from .table import lay_out

TEXT_WIDTH = 80  # the charts' width in text: a terminal's, and a paste's
TEXT_HEIGHT = 6  # the bars' rows
SCHEMA = 1  # the JSON document's version: a change of shape raises it


# --- text ------------------------------------------------------------------------------


def as_text(stats: Stats) -> str:
    blocks = [f"{TITLE} as of {stats.today:%-d %b %Y}"]
    for found in chart_sections(stats):
        lines = [found.heading]
        if found.chart is not None:
            lines.append(plain(chart_rows(found.chart, TEXT_HEIGHT, TEXT_WIDTH)))
        lines += [_indented(note) for note in found.notes]
        blocks.append("\n".join(lines))
    blocks.append(_mix_text(stats))
    for heading, lines in text_sections(stats):
        blocks.append("\n".join([heading, *(_indented(line) for line in lines)]))
    return harmless("\n\n".join(blocks), lines=True)


def _mix_text(stats: Stats) -> str:
    if not any(mix.calls for mix in stats.months):
        return f"{mix_heading(stats)}\n{_indented(NO_CALLS)}"
    headings, rows = mix_table(stats.months)
    table = lay_out(headings, rows)
    return "\n".join([mix_heading(stats), table, _indented(mix_legend(stats.months))])


def _indented(line: str) -> str:
    """A line under a heading, wrapped to the text's width."""
    return textwrap.fill(
        line, TEXT_WIDTH, initial_indent="  ", subsequent_indent="  ", break_on_hyphens=False
    )


# --- Markdown --------------------------------------------------------------------------


def _md_cell(text: str) -> str:
    return harmless(text).replace("|", "\\|")


def _md_table(headings: list[str], rows: list[list[str]]) -> str:
    lines = [
        "| " + " | ".join(_md_cell(h) for h in headings) + " |",
        "|" + "|".join(" --- " for _ in headings) + "|",
    ]
    lines += ["| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def as_markdown(stats: Stats) -> str:
    """Tables where the text draws charts; the notes say what a table's columns hold, not
    what the charts' lines and digits mean."""
    blocks = [f"# {TITLE} as of {stats.today:%-d %b %Y}"]
    short, year = stats.short_weeks, stats.weeks
    if not any_calls(year):
        for heading in (weekly_heading(stats), year_heading(stats)):
            blocks.append(f"## {heading}\n\n{NO_CALLS}")
    else:
        notes = [
            budget_legend(short, stats.budget_calls, "calls", "weekly_calls", drawn=False),
            budget_legend(short, stats.budget_minutes, "minutes", "weekly_minutes", drawn=False),
        ]
        if any(w.rated for w in short):
            notes.append(ENERGY_COLUMN_NOTE)
        rows = [
            [f"{w.monday:%Y-%m-%d}", str(w.calls), f"{w.minutes:.0f}", _energy(w.energy)]
            for w in short
        ]
        blocks.append(f"## {weekly_heading(stats)}\n\n" + _md_list(notes))
        blocks.append(_md_table(["Week of", "Calls", "Minutes", "Energy"], rows))
        legend = budget_legend(year, stats.budget_calls, "calls", "weekly_calls", drawn=False)
        blocks.append(f"## {year_heading(stats)}\n\n" + _md_list([legend]))
        rows = [[f"{w.monday:%Y-%m-%d}", str(w.calls)] for w in year]
        blocks.append(_md_table(["Week of", "Calls"], rows))
    blocks.append(f"## {mix_heading(stats)}")
    if any(mix.calls for mix in stats.months):
        blocks.append(_md_table(*mix_table(stats.months)))
        blocks.append(mix_legend(stats.months))
    else:
        blocks.append(NO_CALLS)
    for heading, lines in text_sections(stats):
        blocks.append(f"## {heading}\n\n" + _md_list(lines))
    return "\n\n".join(blocks)


def _md_list(lines: list[str]) -> str:
    return "\n".join(f"- {_md_cell(line)}" for line in lines)


def _energy(mean: float | None) -> str:
    return "" if mean is None else f"{mean:.1f}"


# --- JSON ------------------------------------------------------------------------------


def _period(period: Period) -> dict[str, str]:
    return {"first": period.first.isoformat(), "last": period.last.isoformat()}


def _round(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def document(stats: Stats) -> dict[str, Any]:
    """Every figure, each with its period ({"first": ISO date, "last": ISO date})."""
    now = Period(stats.today, stats.today)
    timing, referrals, busiest, energy = stats.timing, stats.referrals, stats.busiest, stats.energy
    return {
        "schema": SCHEMA,
        "today": stats.today.isoformat(),
        "budget": {"weekly_calls": stats.budget_calls, "weekly_minutes": stats.budget_minutes},
        "weeks": {
            "period": _period(weeks_period(stats.weeks, stats.today)),
            "weeks": [
                {
                    "period": _period(weeks_period([w], stats.today)),
                    "calls": w.calls,
                    "minutes": _round(w.minutes, 1),
                    "rated": w.rated,
                    "energy": _round(w.energy),
                }
                for w in stats.weeks
            ],
        },
        "months": {
            "period": _period(months_period(stats.months, stats.today)),
            "months": [
                {
                    "period": _period(months_period([m], stats.today)),
                    "calls": m.calls,
                    "outcomes": dict(m.outcomes),
                }
                for m in stats.months
            ],
        },
        "timing": {
            "period": _period(timing.period),
            "stories": timing.stories,
            "median_story_s": _round(timing.median_story_s, 1),
            "stories_in_limit": timing.stories_in_limit,
            "in_limit_share": _round(timing.in_limit_share, 3),
            "timed": timing.timed,
            "over": timing.over,
            "over_share": _round(timing.over_share, 3),
            "mean_over_s": _round(timing.mean_over_s, 1),
        },
        "interviews_held": {"period": _period(stats.year), "count": stats.interviews_held},
        "referrals": {
            "period": _period(referrals.period),
            "made": referrals.made,
            "open": referrals.open,
            "declined": referrals.declined,
            "results": dict(referrals.results),
        },
        "resumes_on_file": {"period": _period(now), "count": stats.resumes_on_file},
        "resumes_passed_on": {"period": _period(stats.year), "count": stats.resumes_passed_on},
        "busiest": {
            "period": _period(busiest.period),
            "weekday": None if busiest.weekday is None else calendar.day_name[busiest.weekday],
            "weekday_calls": busiest.weekday_calls,
            "hour": busiest.hour,
            "hour_calls": busiest.hour_calls,
        },
        "energy": {
            "period": _period(energy.period),
            "rated": energy.rated,
            "mean": _round(energy.mean),
            "recent": {
                "period": _period(energy.recent),
                "rated": energy.recent_rated,
                "mean": _round(energy.recent_mean),
            },
            "low": energy.low,
            "suggested_calls": energy.suggested_calls,
        },
    }


def as_json(stats: Stats) -> str:
    return json.dumps(document(stats), indent=2, ensure_ascii=False)


RENDERERS: dict[str, Callable[[Stats], str]] = {
    "text": as_text,
    "json": as_json,
    "md": as_markdown,
}
