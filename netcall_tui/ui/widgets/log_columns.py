"""The session log's columns: which ones fit the width, and what each shows for a row.

Cells are lists of (text, style name) parts; the table turns them into segments. At 120
columns and up the exact local date gets its own column and the labels are whole. The
width is shared by content: what the shown rows' cells need (see `layout`).
"""

from __future__ import annotations

from datetime import datetime

from ...core.log.rows import LogRow
from ...core.log.text import asks_text, outcome_text, promises_text, short_outcome_text, time_text
from ...core.text.ages import ago_text, exact_text, short_ago_text
from ...core.text.harmless import harmless
from .table_columns import Column, Layout, Parts, share

WIDE = 120

NARROW_COLUMNS = (
    Column("ago", "When", 8, 8, "when"),
    Column("caller", "Caller", 12, 28, "caller", flex=True),
    Column("strength", "Strength", 8, 8, "strength"),
    Column("asks", "Asks", 8, 14, "asks"),
    Column("outcome", "Outcome", 9, 40, "outcome", flex=True),
    Column("time", "Time", 7, 11, "time"),
    Column("promises", "Prom.", 6, 6, "promises"),
)
WIDE_COLUMNS = (
    Column("ago", "When", 13, 13, "when"),
    Column("exact", "Date", 21, 21, "when", arrow=False),
    Column("caller", "Caller", 12, 32, "caller", flex=True),
    Column("strength", "Strength", 8, 8, "strength"),
    Column("asks", "Asks", 8, 22, "asks"),
    Column("outcome", "Outcome", 12, 60, "outcome", flex=True),
    Column("time", "Time used", 9, 13, "time"),
    Column("promises", "Promises", 8, 8, "promises"),
)


def columns_for(width: int) -> tuple[Column, ...]:
    return WIDE_COLUMNS if width >= WIDE else NARROW_COLUMNS


def layout(width: int, wants: tuple[int, ...] = (), sort: str = "") -> Layout:
    """The log's columns at `width`, shared by what they need (see `share`)."""
    return share(columns_for(width), width, wants, sort)


def cell(key: str, row: LogRow, now: datetime, wide: bool) -> Parts:
    """What column `key` shows for `row`; `now` (aware) gives "3 days ago" and the zone.
    Every column may hold stored text (an unknown ask or outcome shows as stored)."""
    return [(harmless(text), style) for text, style in _parts(key, row, now, wide)]


def _parts(key: str, row: LogRow, now: datetime, wide: bool) -> Parts:
    if key == "ago":
        return [(ago_text(row.ts, now) if wide else short_ago_text(row.ts, now), "")]
    if key == "exact":
        return [(exact_text(row.ts, now.tzinfo), "")]
    if key == "caller":
        return [(row.caller, "")]
    if key == "strength":
        return [(row.strength, "")]
    if key == "asks":
        return [(asks_text(row.asks), "")]
    if key == "outcome":  # with the contact or avenue: the table cuts it if it must
        label = outcome_text(row) if wide else short_outcome_text(row)
        return [(f"{label} — {row.outcome_detail}" if row.outcome_detail else label, "")]
    if key == "time":
        used, over = time_text(row)
        return [(used, ""), (f" {over}", "bad")] if over else [(used, "")]
    if key == "promises":
        return [(promises_text(row), "warn" if row.open_promises else "muted")]
    return [("", "")]
