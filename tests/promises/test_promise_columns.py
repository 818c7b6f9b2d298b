"""What the promises view's cells say: the year only when it isn't this year's, the time
only when it isn't the usual 17:00, overdue and today's in their colours, to whom."""

from __future__ import annotations

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.log.query import sort_rows
from netcall_tui.core.promises.rows import build_rows
from netcall_tui.ui.screens.promise_text import GROUPED
from netcall_tui.ui.widgets.promise_columns import PROMISE_COLUMNS

from ..helpers import FROZEN


def cells(*promises: Promise, contact: str = "") -> list[dict[str, list[tuple[str, str]]]]:
    contacts = {p.referral_id: contact for p in promises if p.referral_id}
    rows = build_rows([p.to_dict() for p in promises], FROZEN, {"c1": "Dana Whitfield"}, contacts)
    rows = sort_rows(rows, "due", False, GROUPED)
    keys = [c.key for c in PROMISE_COLUMNS.wide]
    return [{k: PROMISE_COLUMNS.cell(k, r, FROZEN, True) for k in keys} for r in rows]


def test_the_year_shows_only_when_it_is_not_this_years() -> None:
    last_year, this_year, next_year = (
        Promise("a", FROZEN.subtract(years=1).at(17), "c1"),
        Promise("b", FROZEN.add(days=3).at(17), "c1"),
        Promise("c", FROZEN.add(years=1).at(14, 30), "c1"),
    )
    shown = [row["due"] for row in cells(next_year, this_year, last_year)]
    assert shown == [
        [("Wed 26 Nov 2025", "overtime")],  # overdue: the error colour
        [("Sun 29 Nov", "")],
        [("Fri 26 Nov 2027 14:30", "")],
    ]


def test_groups_in_order_with_their_colours_and_whom() -> None:
    kept = Promise("kept", FROZEN.subtract(days=9), "c1", done_at=FROZEN.subtract(days=8))
    today = Promise("today", FROZEN.at(17), "c1")
    step = Promise("ask", FROZEN.add(days=30), "c1", referral_id="r1")
    rows = cells(kept, step, today, contact="Rosa Villanueva")
    assert [(r["group"], r["whom"]) for r in rows] == [
        ([("today", "open")], [("Dana Whitfield", "")]),
        ([("later", "")], [("Dana Whitfield → Rosa Villanueva", "")]),
        ([("closed", "muted")], [("Dana Whitfield", "")]),
    ]
    assert rows[0]["made"] == [("—", "muted")]  # made outside a logged call


def test_stored_text_is_drawn_harmless() -> None:
    (row,) = cells(Promise("send \x1b[31mred", FROZEN.add(days=2), "c1"))
    assert "\x1b" not in row["what"][0][0]
