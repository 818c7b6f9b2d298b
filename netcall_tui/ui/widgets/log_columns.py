"""The session log's columns: which ones fit the width, and what each shows for a row.

Cells are lists of (text, style name) parts; the table turns them into segments. At 120
columns and up the exact local date and the outcome's detail get their own room.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from ...core.log.rows import LogRow
from ...core.log.text import asks_text, outcome_text, promises_text, short_outcome_text, time_text
from ...core.text.ages import ago_text, exact_text, short_ago_text
from ...core.text.harmless import harmless

Parts = list[tuple[str, str]]

WIDE = 120


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    width: int  # 0: shares what is left
    sort: str  # the LogView sort column this header sorts by


NARROW_COLUMNS = (
    Column("ago", "When", 8, "when"),
    Column("caller", "Caller", 0, "caller"),
    Column("strength", "Strength", 8, "strength"),
    Column("asks", "Asks", 14, "asks"),
    Column("outcome", "Outcome", 11, "outcome"),
    Column("time", "Time", 11, "time"),
    Column("promises", "Prom.", 6, "promises"),
)
WIDE_COLUMNS = (
    Column("ago", "When", 13, "when"),
    Column("exact", "Date", 21, "when"),
    Column("caller", "Caller", 0, "caller"),
    Column("strength", "Strength", 8, "strength"),
    Column("asks", "Asks", 16, "asks"),
    Column("outcome", "Outcome", 0, "outcome"),
    Column("time", "Time used", 13, "time"),
    Column("promises", "Promises", 8, "promises"),
)


@lru_cache(maxsize=16)
def layout(width: int) -> tuple[tuple[Column, int], ...]:
    """Each column with its width; fixed ones as given, the rest share what is left."""
    columns = WIDE_COLUMNS if width >= WIDE else NARROW_COLUMNS
    fixed = sum(c.width for c in columns) + len(columns) - 1
    flex = [c for c in columns if not c.width]
    spare = max(len(flex) * 6, width - fixed)
    if len(flex) == 2:  # wide: the caller gets up to 32, the outcome the rest
        caller = min(32, max(16, spare * 2 // 5))
        shares = {"caller": caller, "outcome": spare - caller}
    else:
        shares = {c.key: spare for c in flex}
    return tuple((c, c.width or shares[c.key]) for c in columns)


def column_at(x: int, width: int) -> Column | None:
    left = 0
    for column, size in layout(width):
        if left <= x < left + size + 1:
            return column
        left += size + 1
    return None


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
    if key == "outcome":
        if not wide:
            return [(short_outcome_text(row), "")]
        label = outcome_text(row)
        return [(f"{label} — {row.outcome_detail}" if row.outcome_detail else label, "")]
    if key == "time":
        used, over = time_text(row)
        return [(used, ""), (f" {over}", "overtime")] if over else [(used, "")]
    if key == "promises":
        return [(promises_text(row), "open" if row.open_promises else "muted")]
    return [("", "")]
