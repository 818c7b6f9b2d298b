"""The hint line and the footer (issue 11, items 8 and 13): each key in one row only, and
the last thing each row draws is a whole key and its label, at every size and phase."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from netcall_tui.app import NetcallApp
from netcall_tui.ui.widgets.key_row import KeyItem, KeyRow, fit

from .console_steps import start_call
from .screen_text import screen_lines

SIZES = [(80, 24), (100, 30), (160, 48)]


def rows(app: NetcallApp) -> tuple[str, str]:
    hints, footer = screen_lines(app)[-2:]
    return hints, footer


def row_items(app: NetcallApp, selector: str) -> list[KeyItem]:
    return app.screen.query_one(selector, KeyRow).shown()


def assert_whole(line: str, items: list[KeyItem]) -> None:
    """The row's text ends with its last key's whole label, then blanks only."""
    assert items, line
    last = items[-1]
    assert line.rstrip().endswith(f"{last.shown} {last.label}"), line
    assert all(f"{item.shown} {item.label}" in line for item in items), line


async def check(pilot: Pilot, phase: str) -> None:
    app = pilot.app
    await pilot.pause()
    hints_line, footer_line = rows(app)  # type: ignore[arg-type]
    hints, footer = row_items(app, "#hints"), row_items(app, "#footer")  # type: ignore[arg-type]
    assert_whole(hints_line, hints)
    assert_whole(footer_line, footer)
    assert not {i.press for i in hints} & {i.press for i in footer}, (phase, hints, footer)
    width = app.size.width
    assert len(footer_line.rstrip()) < width, f"{phase}: the footer reaches the last cell"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_each_key_once_and_whole(make_app, frozen_now, size) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await check(pilot, "idle")
        await start_call(pilot)
        await check(pilot, "call")
        await pilot.press("space")
        await check(pilot, "paused")


async def test_the_outcomes_are_on_the_hint_line_at_80(make_app, frozen_now) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start_call(pilot)
        await pilot.pause()
        hints, footer = rows(app)
        assert hints.strip() == (
            "log: I interview R referral G advice F follow-up K résumé N not now H honest no"
        )
        assert footer.rstrip().endswith("? more keys")
        assert "Log:" not in footer


def test_fit_drops_whole_keys_and_points_to_the_rest() -> None:
    items = [KeyItem("a", "a", "alpha"), KeyItem("b", "b", "beta", drop=2)]
    items += [KeyItem("c", "c", "gamma", drop=1), KeyItem("?", "?", "Help")]
    more = KeyItem("?", "?", "more keys")
    assert fit(items, 80, more) == (items, False)
    kept, cut = fit(items, 28, more)
    assert cut and [i.label for i in kept] == ["alpha", "gamma", "more keys"]
    kept, cut = fit(items, 20, more)
    assert [i.label for i in kept] == ["alpha", "more keys"]
