"""The session log's columns: which ones fit the width, and what each shows for a row.

Cells are lists of (text, style name) parts; the table turns them into segments. At 120
columns and up the exact local date gets its own column and the labels are whole. The
width is shared by content: what the shown rows' cells need (see `layout`). Another list
drawn by the same table (the referrals view) brings its own `ColumnSet`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, Protocol

from rich.cells import cell_len

from ...core.log.rows import LogRow
from ...core.log.text import asks_text, outcome_text, promises_text, short_outcome_text, time_text
from ...core.text.ages import ago_text, exact_text, short_ago_text
from ...core.text.harmless import harmless

Parts = list[tuple[str, str]]


class TableRow(Protocol):
    """What the table needs of a row: an id to keep the cursor on, and its moment."""

    @property
    def id(self) -> str: ...

    @property
    def ts(self) -> float: ...


WIDE = 120


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    least: int  # never narrower
    most: int  # never wider than its content needs, nor than this
    sort: str  # the LogView sort column this header sorts by
    flex: bool = False  # the caller and the outcome share what is left, by content
    arrow: bool = True  # its title shows the sort arrow (not the date beside "When")


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
ARROW = 2  # " ▼" after the sorted column's title
Layout = tuple[tuple[Column, int], ...]
Cell = Callable[[str, Any, datetime, bool], Parts]  # column key, row, now, wide -> parts


@dataclass(frozen=True, slots=True)
class ColumnSet:
    """A list's columns below and from WIDE columns, and what a cell shows."""

    narrow: tuple[Column, ...]
    wide: tuple[Column, ...]
    cell: Cell

    def for_width(self, width: int) -> tuple[Column, ...]:
        return self.wide if width >= WIDE else self.narrow


def columns_for(width: int) -> tuple[Column, ...]:
    return LOG_COLUMNS.for_width(width)


@lru_cache(maxsize=64)
def layout(
    width: int, wants: tuple[int, ...] = (), sort: str = "", columns: ColumnSet | None = None
) -> Layout:
    """Each column with its width, shared by content: `wants` holds what each column's
    cells need (the rows shown); the sorted column has room for its arrow. The short
    columns get what they need first, then the caller and the outcome share the rest in
    proportion to what theirs need, and any room left over."""
    shown = (columns or LOG_COLUMNS).for_width(width)
    wants = wants or tuple(c.least for c in shown)
    floor = [max(c.least, len(c.title) + ARROW if c.sort == sort and c.arrow else 0) for c in shown]
    sizes = list(floor)
    need = [max(f, min(c.most, w)) for c, f, w in zip(shown, floor, wants, strict=True)]
    spare = width - sum(sizes) - (len(shown) - 1)
    for i, column in enumerate(shown):  # the short columns whole first
        if not column.flex and spare > 0:
            grow = min(spare, need[i] - sizes[i])
            sizes[i] += grow
            spare -= grow
    flex = [i for i, c in enumerate(shown) if c.flex]
    short = sum(need[i] - sizes[i] for i in flex)
    if spare > 0 and short:
        given = min(spare, short)
        for i in flex:
            sizes[i] += given * (need[i] - sizes[i]) // short
        spare = width - sum(sizes) - (len(shown) - 1)
    for n, i in enumerate(flex):  # room left over: shared out evenly
        sizes[i] += max(0, spare) // len(flex) + (1 if n < max(0, spare) % len(flex) else 0)
    return tuple(zip(shown, sizes, strict=True))


SAMPLE = 200  # rows measured for what the columns need: the first screens' worth and more


def needs_of(
    row: Any, width: int, now: datetime, columns: ColumnSet | None = None
) -> tuple[int, ...]:
    """What each column's cell needs for one row, in cells."""
    chosen = columns or LOG_COLUMNS
    wide = width >= WIDE
    return tuple(
        sum(cell_len(t) for t, _ in chosen.cell(c.key, row, now, wide))
        for c in chosen.for_width(width)
    )


def widest(
    needs: Sequence[tuple[int, ...]], width: int, columns: ColumnSet | None = None
) -> tuple[int, ...]:
    """Each column's widest need over rows' `needs` (0 each when there are none)."""
    if not needs:
        return tuple(0 for _ in (columns or LOG_COLUMNS).for_width(width))
    return tuple(max(column) for column in zip(*needs, strict=True))


def wants_of(
    rows: Sequence[Any], width: int, now: datetime, columns: ColumnSet | None = None
) -> tuple[int, ...]:
    """What each column's cells need, in cells, over the first SAMPLE rows."""
    return widest([needs_of(r, width, now, columns) for r in rows[:SAMPLE]], width, columns)


def column_at(x: int, columns: Layout) -> Column | None:
    left = 0
    for column, size in columns:
        if left <= x < left + size + 1:
            return column
        left += size + 1
    return None


def cell(key: str, row: LogRow, now: datetime, wide: bool) -> Parts:
    """What column `key` shows for `row`; `now` (aware) gives "3 days ago" and the zone.
    Every column may hold stored text (an unknown ask or outcome shows as stored)."""
    return _cell(key, row, now, wide)


def harmless_cells(parts: Callable[[str, Any, datetime, bool], Parts]) -> Cell:
    """A cell function whose every part is made harmless (stored text is in all of them)."""

    def cell_of(key: str, row: Any, now: datetime, wide: bool) -> Parts:
        return [(harmless(text), style) for text, style in parts(key, row, now, wide)]

    return cell_of


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
        return [(used, ""), (f" {over}", "overtime")] if over else [(used, "")]
    if key == "promises":
        return [(promises_text(row), "open" if row.open_promises else "muted")]
    return [("", "")]


_cell = harmless_cells(_parts)
LOG_COLUMNS = ColumnSet(NARROW_COLUMNS, WIDE_COLUMNS, cell)
