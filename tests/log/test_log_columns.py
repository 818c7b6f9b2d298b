"""The log's columns share the width by content (issue 11, item 18): at 100 columns the
caller takes what names need and the outcome keeps its referral contact; at any width a
sort arrow never cuts a header."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from netcall_tui.core.log.query import SORT_KEYS
from netcall_tui.store.db import Store
from netcall_tui.ui.widgets.log_columns import columns_for, layout
from netcall_tui.ui.widgets.log_table import LogTable

from .test_log_pane import open_log, table_lines

pytestmark = pytest.mark.usefixtures("frozen_now")


async def test_at_100_columns_the_outcome_keeps_the_referral_contact(
    make_app, seeded: Store
) -> None:
    async with make_app().run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        table = screen.query_one(LogTable)
        widths = {column.key: size for column, size in table.columns()}
        longest = max(cell_len(row.caller) for row in screen.view.shown[:200])
        assert widths["caller"] <= max(longest + 4, 12)  # not all the spare room
        referral = next(row for row in screen.view.shown if row.outcome == "referral_made")
        table.move_to(screen.view.index_of(referral.id))
        await pilot.pause()
        line = table.render_line(table.cursor - round(table.scroll_y) + 1).text
        assert f"referral — {referral.outcome_detail[:12]}" in line  # was "referral" alone


@pytest.mark.parametrize("width", [80, 100, 160])
async def test_no_sort_arrow_cuts_a_header(make_app, seeded: Store, width: int) -> None:
    async with make_app().run_test(size=(width, 30)) as pilot:
        screen = await open_log(pilot)
        for column in SORT_KEYS:
            screen.view.set_sort(column)
            screen._show()
            await pilot.pause()
            header = table_lines(screen)[0]
            assert "…" not in header, (column, header)
            assert "▼" in header or "▲" in header, (column, header)


def test_the_short_columns_are_whole_and_the_rest_goes_by_content() -> None:
    columns = columns_for(100)
    wants = tuple(
        {"caller": 14, "outcome": 30, "asks": 14, "time": 11}.get(c.key, c.least) for c in columns
    )
    sizes = {c.key: size for c, size in layout(100, wants, "when")}
    assert sizes["asks"] == 14 and sizes["time"] == 11
    assert sizes["outcome"] >= 30 and sizes["caller"] >= 14
    assert sum(sizes.values()) + len(columns) - 1 == 100
