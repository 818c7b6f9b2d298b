"""The console's promises (issue 14): the header's "3 due today · 2 overdue", turning
over as the clock passes a due moment or midnight and after a promise changes anywhere;
the open-promises pane most urgent first, cut to its width, the rest counted."""

from __future__ import annotations

from contextlib import contextmanager

import pendulum
import pytest
from textual.screen import Screen

from netcall_tui.app import NetcallApp
from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Caller
from netcall_tui.store.db import Store
from netcall_tui.ui.widgets.due_counts import DueCounts
from netcall_tui.ui.widgets.promise_list import PromiseList

from ..helpers import FROZEN, SIZES
from .console_steps import console, note_promise, settle, start_call
from .screen_text import screen_lines, text_in

LONG = "Send the introduction to " + "a very long list of names and companies " * 8


def add(store: Store, text: str, due: pendulum.DateTime, caller: str = "") -> Promise:
    caller_id = store.callers.add(Caller(caller)).id if caller else ""
    return store.promises.add(Promise(text, due, caller_id=caller_id))


def header(app: NetcallApp) -> str:
    return screen_lines(app)[0]


def counts(app: NetcallApp) -> str:
    return str(app.screen.query_one(DueCounts).render())


@contextmanager
def moved_to(moment: pendulum.DateTime):  # type: ignore[no-untyped-def]
    with pendulum.travel_to(moment, freeze=True):
        yield


def three_today_two_overdue(store: Store) -> None:
    add(store, "Call Sam back", FROZEN.at(17), "Sam Okafor")
    add(store, "Send Ana the deck", FROZEN.at(14), "Ana Silva")
    add(store, "Meet Lee", FROZEN.at(23, 59))
    add(store, "Forward the CV", FROZEN.subtract(days=3).at(17), "Dana Whitfield")
    add(store, "Ask Priya", FROZEN.subtract(years=1).at(17))
    add(store, "Later on", FROZEN.add(weeks=3).at(17))


@pytest.mark.parametrize(
    ("size", "words"),
    [((160, 48), "3 due today · 2 overdue"), ((80, 24), "3 today · 2 overdue")],
)
async def test_the_header_counts_what_is_due_today_and_overdue(
    make_app, store: Store, frozen_now, size, words
) -> None:
    three_today_two_overdue(store)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        line = header(app)
        assert line.rstrip().endswith(words)
        # the week fits: in its short words below 110 columns
        week = "this week: 0 of 6 calls · 0 of 120 min · 6 calls left"
        assert (
            f"netcall — {week if size[0] >= 110 else 'wk 0/6 calls · 0/120 min · 6 left'}" in line
        )
        due = app.screen.query_one(DueCounts)
        variables = app.theme_variables
        assert due.get_component_rich_style("due-counts--today").color.name.lower() == (
            variables["text-warning"].lower()
        )
        assert due.get_component_rich_style("due-counts--overdue").color.name.lower() == (
            variables["text-error"].lower()
        )


async def test_nothing_due_says_nothing_and_the_title_stays_put(
    make_app, store: Store, frozen_now
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        empty = header(app)
    add(store, "Later on", FROZEN.add(weeks=3).at(17))
    async with make_app().run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert counts(pilot.app) == ""
        assert header(pilot.app) == empty


async def test_the_counts_turn_over_when_a_due_moment_passes_and_at_midnight(
    make_app, store: Store
) -> None:
    afternoon = FROZEN.at(16, 0)
    add(store, "Call Sam back", afternoon.at(17))  # overdue at 17:00
    add(store, "Send Ana the deck", afternoon.add(days=1).at(10))  # today after midnight
    add(store, "Meet Lee", afternoon.add(days=1).at(17))
    app = make_app()
    with moved_to(afternoon):
        async with app.run_test(size=(160, 48)) as pilot:
            await settle(pilot)
            screen = console(app)
            assert counts(app) == "1 due today"
            reads = []
            rows = app.session.promises.rows
            app.session.promises.rows = lambda now: reads.append(now) or rows(now)  # type: ignore[method-assign]
            screen.refresh_status()  # the one-minute interval: nothing has passed
            assert reads == []
            with moved_to(afternoon.at(17, 1)):
                assert counts(app) == "1 due today"  # only the check moves it, not the tick
                screen.refresh_status()
                await pilot.pause()
                assert counts(app) == "1 overdue"
                assert "overdue Thu 26 Nov" in text_in(app, screen.query_one(PromiseList).region)
            with moved_to(afternoon.add(days=1).at(0, 1)):
                screen.refresh_status()
                await pilot.pause()
                assert counts(app) == "2 due today · 1 overdue"
                pane = text_in(app, screen.query_one(PromiseList).region)
                assert "due today 10:00" in pane and "overdue Thu 26 Nov" in pane
            assert len(reads) == 2


async def test_the_counts_follow_a_promise_kept_on_another_screen(
    make_app, store: Store, frozen_now
) -> None:
    """As the promises view does: a screen over the console keeps one; back, it shows."""
    three_today_two_overdue(store)
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert counts(app) == "3 due today · 2 overdue"
        await app.push_screen(Screen())
        await pilot.pause()
        overdue = [p for p in store.promises.open() if p.due < FROZEN]
        app.session.promises.done(overdue[0].id)
        app.session.promises.drop(overdue[1].id, "no longer needed")
        app.pop_screen()
        await pilot.pause()
        assert counts(app) == "3 due today"
        assert "Forward the CV" not in text_in(app, console(app).query_one(PromiseList).region)


async def test_the_counts_follow_a_promise_logged_with_a_call(
    make_app, store: Store, frozen_now
) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert counts(app) == ""
        await start_call(pilot)
        await note_promise(pilot, "send the meetup link", "today")
        assert counts(app) == ""  # not kept until the call is logged
        await pilot.press("G")
        await settle(pilot)
        assert counts(app) == "1 due today"
        assert "send the meetup link" in text_in(app, console(app).query_one(PromiseList).region)


@pytest.mark.parametrize("size", SIZES)
async def test_the_pane_lists_the_most_urgent_first_cut_to_its_width(
    make_app, store: Store, frozen_now, size
) -> None:
    for n in range(18):
        add(store, f"Note {n}", FROZEN.add(weeks=2 + n).at(17))
    add(store, "Ask Priya", FROZEN.add(days=2).at(17), "Priya")
    add(store, LONG, FROZEN.subtract(years=1).at(17), "Dana Whitfield " * 6)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        pane = console(app).query_one(PromiseList)
        lines = text_in(app, pane.region).splitlines()
        body = [line.strip("│ ") for line in lines[1:-1]]
        assert body[0].startswith("• Send the introduction to a very") and body[0].endswith("…")
        # last year's, so with its year; the name cut too, never wrapped
        assert body[1].startswith("overdue Wed 26 Nov 2025 · Dana Wh")
        assert body[1].endswith("…")
        shown = (len(body) - 1) // 2
        assert shown == pane.room and len(body) == 2 * shown + 1  # two lines each
        if shown > 1:
            assert body[2:4] == ["• Ask Priya", "due Sat 28 Nov · Priya"]
        assert body[-1] == f"+{20 - shown} more — press P"
        assert all(len(line) == pane.outer_size.width for line in lines)
        assert pane.region.right <= app.size.width
