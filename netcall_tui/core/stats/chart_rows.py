"""A bar chart as rows of terminal cells: the one drawing the stats screen's chart widget
styles and `netcall stats` prints. Vertical bars of eighth blocks, the budget as a line
across them, the y-axis labelled with the highest value and the budget, x labels (as many
as fit) and an optional row of marks aligned with the bars (the energy trend).

Each row is a tuple of pieces (text, role): the widget gives each role a colour of the
theme, the text output ignores them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

EIGHTHS = " ▁▂▃▄▅▆▇█"
BUDGET_LINE = "─"
AXIS, AXIS_MARK = "│", "┤"
MAX_COLUMN = 10  # cells a column takes at most: a wide terminal gets wider bars, not bricks


class Role(StrEnum):
    AXIS = "axis"  # the y-axis and its labels
    WITHIN = "within"  # a bar within the budget (or no budget set)
    OVER = "over"  # a bar over the budget
    BUDGET = "budget"  # the budget's line
    LABEL = "label"  # the x labels and the marks row
    LOW = "low"  # a mark that says the week ran low


Piece = tuple[str, Role]
Row = tuple[Piece, ...]


@dataclass(frozen=True, slots=True)
class Columns:
    """Where each bar goes across `width` cells: a gutter for the y labels, then one
    column per bar (its bar, then a gap)."""

    gutter: int
    width: int  # cells per column
    bar: int  # cells of it the bar fills

    def start(self, index: int) -> int:
        return self.gutter + index * self.width


def columns(count: int, width: int, gutter: int) -> Columns:
    """Columns as wide as the room allows (at least one cell each): a gap of one cell
    from two cells a column, two from eight."""
    each = min(MAX_COLUMN, max(1, (width - gutter) // max(1, count)))
    gap = 2 if each >= 8 else 1 if each >= 2 else 0
    return Columns(gutter, each, each - gap)


def number(value: float) -> str:
    """'1,234'; a bar's value above nothing never reads '0' (a 20-second call's minutes)."""
    return "<1" if 0 < value < 0.5 else f"{value:,.0f}"


@dataclass(frozen=True, slots=True)
class Chart:
    """What to draw: one value a bar, the budget (0: none), the x labels (one a bar, ''
    for none), the marks (one character a bar, or none at all) and which marks say the
    week ran low."""

    values: Sequence[float]
    budget: float
    labels: Sequence[str] = ()
    marks: Sequence[str] = ()
    low: frozenset[str] = frozenset()

    @property
    def top(self) -> float:
        """The value at the chart's top row: the highest bar, or the budget above it."""
        return max([*self.values, self.budget, 1.0])

    def over(self, value: float) -> bool:
        return self.budget > 0 and value > self.budget


def chart_rows(chart: Chart, height: int, width: int) -> list[Row]:
    """The chart in `height` rows of bars (then the labels, then the marks) across at
    most `width` cells."""
    top, height = chart.top, max(1, height)
    gutter_labels = _y_labels(chart, height)
    gutter = max(len(label) for label in gutter_labels.values()) + 1 if gutter_labels else 1
    cols = columns(len(chart.values), width, gutter)
    budget_row = _level_row(chart.budget, top, height) if chart.budget > 0 else None
    rows: list[Row] = []
    for row in range(height - 1, -1, -1):  # top row first; row 0 is the bottom
        label = gutter_labels.get(row, "")
        axis = AXIS_MARK if label else AXIS
        pieces: list[Piece] = [(label.rjust(gutter - 1) + axis, Role.AXIS)]
        for value in chart.values:
            pieces += _cell(chart, value, row, top, height, cols, row == budget_row)
        rows.append(_merged(pieces))
    span = cols.width * len(chart.values)
    rows.append(((" " * gutter + _placed(chart.labels, cols, span), Role.LABEL),))
    if chart.marks:
        pieces = [(" " * gutter, Role.LABEL)]
        for mark in chart.marks:
            cell = mark.center(cols.bar or 1)[: cols.width].ljust(cols.width)
            pieces.append((cell, Role.LOW if mark in chart.low else Role.LABEL))
        rows.append(_merged(pieces))
    return rows


def _level_row(value: float, top: float, height: int) -> int:
    """The row (0: bottom) a value's level falls in."""
    return min(height - 1, max(0, math.ceil(value / top * height) - 1))


def _y_labels(chart: Chart, height: int) -> dict[int, str]:
    """The highest bar's value at its row, the budget's at its own (the budget wins a
    shared row)."""
    labels: dict[int, str] = {}
    highest = max(chart.values, default=0)
    if highest > 0:
        labels[_level_row(highest, chart.top, height)] = number(highest)
    if chart.budget > 0:
        labels[_level_row(chart.budget, chart.top, height)] = number(chart.budget)
    return labels


def _cell(
    chart: Chart, value: float, row: int, top: float, height: int, cols: Columns, on_budget: bool
) -> list[Piece]:
    """One bar's cells in one row, and its gap."""
    eighths = round(value / top * height * 8)
    if value > 0:
        eighths = max(1, eighths)  # a call is never drawn as none
    fill = min(8, max(0, eighths - row * 8))
    gap = cols.width - cols.bar
    # A bar within the budget whose top falls in the budget's row reaches the line: the
    # line stays whole across it (but a bar all in that bottom row still shows).
    reaches = on_budget and fill < 8 and row > 0 and not chart.over(value)
    if on_budget and (fill == 0 or reaches):
        return [(BUDGET_LINE * cols.width, Role.BUDGET)]
    bar: Piece = (EIGHTHS[fill] * cols.bar, Role.OVER if chart.over(value) else Role.WITHIN)
    if not gap:
        return [bar]
    return [bar, ((BUDGET_LINE if on_budget else " ") * gap, Role.BUDGET)]


def _placed(labels: Sequence[str], cols: Columns, span: int) -> str:
    """Each label at its bar's column, where it fits after the one before (a space
    between) and within `span`; the others left out. A label under every bar (the
    weeks) is shown every so many bars, evenly, counted back from the newest that fits."""
    fits = [
        bool(label) and cols.start(i) - cols.gutter + len(label) <= span
        for i, label in enumerate(labels)
    ]
    stride, anchor = 1, 0
    if labels and all(labels) and any(fits):
        stride = max(1, math.ceil((max(map(len, labels)) + 1) / max(1, cols.width)))
        anchor = max(i for i, fit in enumerate(fits) if fit)
    line = ""
    for index, label in enumerate(labels):
        start = cols.start(index) - cols.gutter
        even = (anchor - index) % stride == 0
        if fits[index] and even and start >= (len(line) + 1 if line else 0):
            line = line.ljust(start) + label
    return line


def _merged(pieces: list[Piece]) -> Row:
    """Neighbouring pieces of one role as one."""
    merged: list[Piece] = []
    for text, role in pieces:
        if merged and merged[-1][1] is role:
            merged[-1] = (merged[-1][0] + text, role)
        else:
            merged.append((text, role))
    return tuple(merged)


def plain(rows: Sequence[Row]) -> str:
    """The rows as text, trailing spaces cut."""
    return "\n".join("".join(text for text, _ in row).rstrip() for row in rows)
