"""The budget speaks up (issue 15): a call started on a full week or day says so in a
toast and the guidance offers to book it for next week, b records that follow-up; the
header's meter is coloured by the load; and none of it costs the countdown's tick."""

from __future__ import annotations

import pendulum
import pytest
from textual.widgets._header import HeaderTitle

from netcall_tui.app import NetcallApp
from netcall_tui.core.call.phrasebook import Situation
from netcall_tui.core.config import Config
from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.core.domain.vocabulary import PromiseKind
from netcall_tui.store.db import Store
from netcall_tui.ui.widgets.console_header import ConsoleHeader
from netcall_tui.ui.widgets.guidance_pane import GuidancePane
from netcall_tui.ui.widgets.key_row import KeyRow

from ..helpers import FROZEN
from .console_steps import console, settle, start_call, toasts
from .contrast import text_pairs
from .screen_text import screen_lines

FULL_WEEK = (
    "This week is full: 2 of 2 calls. Offer to book it for next week? "
    "b promises the follow-up call."
)


def earlier_calls(store: Store, count: int, hours_ago: float = 2, minutes: float = 20) -> None:
    """`count` calls this week, `hours_ago` before the frozen now (today by default)."""
    caller = store.callers.add(Caller("Sam Okafor"))
    for n in range(count):
        start = FROZEN.subtract(hours=hours_ago, minutes=n)
        store.calls.add(Call(caller.id, caller.name, start, ended_at=start.add(minutes=minutes)))


def footer_keys(app: NetcallApp) -> set[str]:
    return {item.label for item in app.screen.query_one("#footer", KeyRow).shown()}


def budget_toasts(app: NetcallApp) -> list[str]:
    return [message for title, message in toasts(app) if title == "Budget"]


async def test_a_full_week_says_so_offers_next_week_and_b_books_it(
    make_app, store: Store, frozen_now
) -> None:
    earlier_calls(store, 2, hours_ago=26)  # yesterday: the week is full, today is not
    app = make_app(Config(weekly_calls=2))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert "Book next week" not in footer_keys(app)  # idle: no call to book
        screen = await start_call(pilot)
        await pilot.pause()
        assert budget_toasts(app) == [FULL_WEEK]
        assert [n.severity for n in app._notifications if n.title == "Budget"] == ["warning"]
        assert screen.live is not None and screen.live.budget_full
        first = screen.suggestions[0]
        assert first.situation is Situation.BOOK_NEXT_WEEK
        assert first.text == (
            "I'd like to give this proper time: could we speak on Monday 30 November?"
        )
        pane = app.screen.query_one(GuidancePane)
        assert pane.highlighted_suggestion == first  # first in the guidance pane
        assert "Book next week" in footer_keys(app)
        await pilot.press("b")
        await pilot.pause()
        (booked,) = screen.live.promises
        assert booked.kind is PromiseKind.FOLLOW_UP
        assert booked.due == pendulum.datetime(2026, 11, 30, 10, 30, tz="Europe/London")
        said = [m for t, m in toasts(app) if t == "Booked for next week"]
        assert said == [
            "Promise noted: Call Dana Whitfield back — due Monday 30 November 2026 at 10:30. "
            "It is kept with the call when you log it; P shows it from then on."
        ]
        await pilot.press("b")  # twice: still one promise
        await pilot.pause()
        assert len(screen.live.promises) == 1
        assert any(m.startswith("Already booked: Call Dana Whitfield back") for _, m in toasts(app))
        await pilot.press("G")
        await settle(pilot)
        assert budget_toasts(app) == []  # its b no longer applies once the call is logged
    (kept,) = [p for p in store.promises.open() if p.text == "Call Dana Whitfield back"]
    assert kept.kind is PromiseKind.FOLLOW_UP
    assert kept.due == pendulum.datetime(2026, 11, 30, 10, 30, tz="Europe/London")
    (call,) = [c for c in store.calls.list() if c.caller_name == "Dana Whitfield"]
    assert kept.call_id == call.id and kept.caller_id == call.caller_id


async def test_room_in_the_week_no_toast_no_phrase_no_key(
    make_app, store: Store, frozen_now
) -> None:
    earlier_calls(store, 1, hours_ago=26)
    app = make_app(Config(weekly_calls=2))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = await start_call(pilot)
        await pilot.pause()
        assert budget_toasts(app) == []
        assert screen.live is not None and not screen.live.budget_full
        assert Situation.BOOK_NEXT_WEEK not in {s.situation for s in screen.suggestions}
        assert "Book next week" not in footer_keys(app)
        assert screen.check_action("book_next_week", ()) is False
        await pilot.press("b")
        await pilot.pause()
        assert screen.live.promises == []


async def test_the_day_budget_alone_full(make_app, store: Store, frozen_now) -> None:
    earlier_calls(store, 1)  # this morning; the week has room
    app = make_app(Config(weekly_calls=6, daily_calls=1))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.sub_title.startswith("today 1 of 1 · this week: 1 of 6 calls")
        assert app.sub_title.endswith("· day full")
        screen = await start_call(pilot)
        await pilot.pause()
        assert budget_toasts(app) == [
            "Today is full: 1 of 1 call. Offer to book it for next week? "
            "b promises the follow-up call."
        ]
        assert screen.suggestions[0].situation is Situation.BOOK_NEXT_WEEK
        assert "Book next week" in footer_keys(app)


async def test_a_restored_call_keeps_its_full_week(make_app, store: Store, frozen_now) -> None:
    earlier_calls(store, 2, hours_ago=26)
    app = make_app(Config(weekly_calls=2))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await start_call(pilot)
        console(app).flush_draft()
    again = make_app(Config(weekly_calls=20))  # a bigger budget since: the call keeps its word
    async with again.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = console(again)
        assert screen.live is not None and screen.live.budget_full
        assert budget_toasts(again) == []  # said once, when it began
        assert screen.check_action("book_next_week", ()) is True


def title_styles(app: NetcallApp) -> dict[str, str]:
    """The header title's spans: text -> its colour (hex, or "" when it has none)."""
    content = app.screen.query_one(ConsoleHeader).format_title()
    shown: dict[str, str] = {}
    for span in content.spans:
        style = span.style
        color = getattr(style, "foreground", None)
        text = content.plain[span.start : span.end]
        shown[text] = color.hex.lower() if color is not None else ""
    return shown


@pytest.mark.parametrize(
    ("calls", "level", "colour", "tail"),
    [
        (3, "ok", None, "· 3 calls left"),
        (5, "near", "text-warning", "· 1 call left"),
        (6, "full", "text-error", "· week full"),
        (7, "full", "text-error", "· 1 call over this week"),
    ],
)
async def test_the_header_meter_is_coloured_by_the_load(
    make_app, store: Store, frozen_now, calls, level, colour, tail
) -> None:
    earlier_calls(store, calls, hours_ago=26, minutes=5)
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        header = app.screen.query_one(ConsoleHeader)
        assert header.level == level
        assert header.has_class("-load-near") is (level == "near")
        assert header.has_class("-load-full") is (level == "full")
        meter = app.sub_title
        assert meter.endswith(tail)
        line = screen_lines(app)[0]
        assert f"netcall — {meter}" in line
        spans = title_styles(app)
        if colour is None:
            assert meter not in spans or spans[meter] == ""  # calm: dim, as the title
        else:
            assert spans[meter] == app.theme_variables[colour].lower()
        assert "netcall" not in "".join(t for t, c in spans.items() if c)  # the meter only


async def test_the_header_meter_goes_short_below_110_columns(
    make_app, store: Store, frozen_now
) -> None:
    earlier_calls(store, 6, hours_ago=26, minutes=5)
    store.promises.add(Promise("Send the deck", FROZEN.at(17)))
    app = make_app(Config(daily_calls=2))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        line = screen_lines(app)[0]
        assert "netcall — day 0/2 · wk 6/6 · 30/120 min · week full" in line
        assert line.rstrip().endswith("1 today")
        header = app.screen.query_one(HeaderTitle)
        assert header.region.width >= len("netcall — day 0/2 · wk 6/6 · 30/120 min · week full")


@pytest.mark.parametrize("theme", ["netcall-dark", "netcall-light", "netcall-contrast"])
async def test_the_coloured_meter_is_readable_in_every_theme(
    make_app, store: Store, frozen_now, theme
) -> None:
    floor = 7.0 if theme == "netcall-contrast" else 4.5
    earlier_calls(store, 5, hours_ago=26, minutes=5)
    app = make_app(Config(theme=theme))
    low: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for extra in (0, 1):  # near, then full
            if extra:
                earlier_calls(store, 1, hours_ago=27)
                console(app).refresh_status()
                await pilot.pause()
            expected = "near" if not extra else "full"
            assert app.screen.query_one(ConsoleHeader).level == expected
            header = app.screen.query_one(ConsoleHeader).region
            pairs = text_pairs(app)
            low += [
                f"{expected}: {p}"
                for p in pairs.values()
                if p.ratio < floor and p.where.startswith("HeaderTitle")
            ]
            assert any(p.where.startswith("HeaderTitle") for p in pairs.values()), header
    assert not low, "\n".join(low)


async def test_the_countdowns_tick_never_computes_the_meter(
    make_app, store: Store, clock, frozen_now, monkeypatch
) -> None:
    earlier_calls(store, 6, hours_ago=26)
    app = make_app()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        screen = await start_call(pilot)
        await pilot.pause()
        counted = {"week_load": 0, "status_line": 0, "status": 0}
        for name in counted:
            real = getattr(app, name)

            def spy(*args, _real=real, _name=name):  # type: ignore[no-untyped-def]
                counted[_name] += 1
                return _real(*args)

            monkeypatch.setattr(app, name, spy)
        for _ in range(2000):  # past the story's warning and limit: nudges too
            clock.advance(0.25)
            screen.tick()
        await pilot.pause()
        assert screen.live is not None and screen.live.countdown.remaining() < 0
        assert counted == {"week_load": 0, "status_line": 0, "status": 0}
        screen.refresh_status()  # the minute's interval does compute it
        assert counted["status"] == 1 and counted["week_load"] == 1


async def test_at_80_columns_b_gives_way_in_the_footer_and_the_toast_names_it(
    make_app, store: Store, frozen_now
) -> None:
    earlier_calls(store, 2, hours_ago=26)
    app = make_app(Config(weekly_calls=2, keys={"book_next_week": "ctrl+b"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await start_call(pilot)
        await pilot.pause()
        footer = screen_lines(app)[-1]
        assert footer.rstrip().endswith("? more keys") and len(footer.rstrip()) < 80
        assert budget_toasts(app)[0].endswith("^b promises the follow-up call.")
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert screen.live is not None and len(screen.live.promises) == 1


async def test_book_next_week_on_a_read_only_log_explains(
    store, db_path, clock, frozen_now
) -> None:
    """No call is live read-only, so b is not offered; reached anyway (the palette, a
    keymap), it says why nothing is written, as n does."""
    earlier_calls(store, 6, hours_ago=26)
    store.close()
    with Store.open(db_path, read_only=True) as reader:
        app = NetcallApp(Config(), store=reader, clock=clock)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            screen = console(app)
            assert screen.check_action("book_next_week", ()) is False
            assert app.sub_title.startswith("read-only · this week: 6 of 6 calls")
            assert app.screen.query_one(ConsoleHeader).level == "full"
            screen.action_book_next_week()
            await pilot.pause()
            assert [title for title, _ in toasts(app)] == ["Read-only"]


async def test_a_new_theme_recolours_the_meter(make_app, store: Store, frozen_now) -> None:
    earlier_calls(store, 5, hours_ago=26, minutes=5)
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert title_styles(app)[app.sub_title] == app.theme_variables["text-warning"].lower()
        app.theme = "netcall-light"
        await pilot.pause()
        await pilot.pause()
        light = app.theme_variables["text-warning"].lower()
        assert title_styles(app)[app.sub_title] == light
        line = app.screen.query_one(HeaderTitle).render()
        assert light in {
            span.style.foreground.hex.lower()
            for span in line.spans
            if getattr(span.style, "foreground", None) is not None
        }
