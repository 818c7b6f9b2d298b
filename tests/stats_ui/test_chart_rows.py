"""The bar chart as rows of cells: bar heights in eighths, the budget's line and its row,
bars over the budget, the labels, at widths 20, 60 and 150."""

from __future__ import annotations

import itertools
import re

import pytest

from netcall_tui.core.stats.chart_rows import Chart, Role, chart_rows, columns, plain
from netcall_tui.core.stats.charts import chart_sections

from .made import SHORT_CALLS, empty_stats, made_stats

LABELS = [f"W{n}" for n in range(1, 13)]


def cells(row) -> str:  # type: ignore[no-untyped-def]
    return "".join(text for text, _ in row)


def test_bars_in_eighths_and_the_budget_line() -> None:
    rows = chart_rows(Chart([8, 4, 1, 0], 4), height=2, width=20)
    assert plain(rows).splitlines() == [
        "8┤███",
        "4┤███─███─▂▂▂─────",  # the budget's row: a line wherever no bar stands
    ]


def test_a_bar_that_reaches_the_budget_row_leaves_its_line_whole() -> None:
    # Budget 6 of a top of 10 in 6 rows: its row (the fourth) spans 5 to 6⅔.
    rows = plain(chart_rows(Chart([10, 6, 7, 3], 6), height=6, width=20)).splitlines()
    budget = rows[6 - 4]
    assert budget == " 6┤███─────███─────"  # 6 (within) meets the line; 7 is over it
    assert rows[6 - 3][3:].startswith("███ ███ ███")  # under the line, bars stand


def test_a_call_is_never_drawn_as_none() -> None:
    rows = chart_rows(Chart([100, 1], 0), height=3, width=10)
    assert plain(rows).splitlines() == ["100┤██", "   │██", "   │██ ▁▁"]


def test_over_budget_bars_have_their_own_role() -> None:
    rows = chart_rows(Chart([9, 3], 6), height=3, width=12)
    roles = {role for row in rows[:3] for text, role in row if text.strip(" ─")}
    assert {Role.OVER, Role.WITHIN} <= roles
    over = [text for row in rows[:3] for text, role in row if role is Role.OVER]
    assert all(set(text) <= set("▁▂▃▄▅▆▇█ ") for text in over)


def test_the_y_axis_names_the_highest_and_the_budget() -> None:
    rows = chart_rows(Chart(list(SHORT_CALLS), 6), height=6, width=60)
    gutters = [cells(row)[:3] for row in rows[:6]]
    assert gutters[0] == "10┤"
    assert " 6┤" in gutters
    assert sum(g.endswith("┤") for g in gutters) == 2


@pytest.mark.parametrize(("width", "column"), [(20, 1), (60, 4), (150, 10)])
def test_columns_grow_with_the_width(width: int, column: int) -> None:
    rows = chart_rows(Chart(list(SHORT_CALLS), 6, LABELS, list("123451234512")), 6, width)
    assert columns(12, width, 3).width == column
    assert all(len(cells(row)) <= width for row in rows)
    assert len(rows) == 8  # 6 rows of bars, the labels, the marks
    marks = cells(rows[-1])
    assert marks.replace(" ", "") == "123451234512"


def test_labels_as_many_as_fit() -> None:
    narrow = cells(chart_rows(Chart(list(SHORT_CALLS), 6, LABELS), 4, 20)[-1])
    wide = cells(chart_rows(Chart(list(SHORT_CALLS), 6, LABELS), 4, 150)[-1])
    assert narrow.split() == ["W2", "W6", "W10"]  # evenly, back from the newest that fits
    assert wide.split() == LABELS


def test_week_labels_are_evenly_spaced() -> None:
    weeks = ["7 Sep", "14 Sep", "21 Sep", "28 Sep", "5 Oct", "12 Oct", "19 Oct", "26 Oct",
             "2 Nov", "9 Nov", "16 Nov", "23 Nov"]  # fmt: skip
    for width in (40, 60, 80, 100):
        line = cells(chart_rows(Chart(list(SHORT_CALLS), 6, weeks), 4, width)[-1])
        starts = [found.start() for found in re.finditer(r"\d+ [A-Z][a-z]{2}", line)]
        assert len(starts) >= 3, (width, line)
        gaps = {b - a for a, b in itertools.pairwise(starts)}
        assert len(gaps) == 1, (width, line)
        assert line.rstrip().endswith(("16 Nov", "23 Nov")), (width, line)  # the newest that fits


def test_the_sections_charts_and_an_empty_log() -> None:
    found = chart_sections(made_stats())
    assert [s.name for s in found] == ["calls", "minutes", "year"]
    assert found[0].chart is not None and len(found[0].chart.values) == 12
    assert found[0].chart.marks  # the energy trend under the calls
    assert found[2].chart is not None and len(found[2].chart.values) == 52
    assert found[0].notes[0] == "─ budget 6 calls a week · 4 of 12 weeks over · highest 10"
    empty = chart_sections(empty_stats())
    assert [(s.chart, s.notes) for s in empty] == [(None, ("No calls yet",))] * 3


def test_low_marks_have_their_own_role() -> None:
    chart = Chart([3, 4, 5], 0, marks=["4", "2", " "], low=frozenset({"1", "2"}))
    marks = chart_rows(chart, 2, 20)[-1]
    assert [(text.strip(), role) for text, role in marks if text.strip()] == [
        ("4", Role.LABEL),
        ("2", Role.LOW),
    ]
    assert cells(marks).split() == ["4", "2"]


def test_a_value_above_nothing_never_reads_0() -> None:
    rows = plain(chart_rows(Chart([0.3, 0], 120), height=3, width=20)).splitlines()
    assert any(row.lstrip().startswith("<1┤") for row in rows)  # a 20-second call's minutes
    assert not any(row.lstrip().startswith("0┤") for row in rows)
