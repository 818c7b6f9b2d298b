"""After logging, one optional key says how the call left you (1 drained … 5 energised,
esc skips); it never stands in the way of the next call. Idle, the guidance suggests a
smaller budget when the last four weeks ran low."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from netcall_tui.app import NetcallApp
from netcall_tui.core.demo.material import FIRST_NAMES, LAST_NAMES
from netcall_tui.core.domain.records import Call
from netcall_tui.store.db import Store
from netcall_tui.ui.dialogs.caller_form import CallerForm
from netcall_tui.ui.widgets.guidance_pane import ADVICE_HEADING, GuidancePane

from ..helpers import add_call
from .console_steps import console, settle, start_call, toasts
from .screen_text import screen_lines

QUESTION = "How did that call leave you? 1 drained 2 tired 3 steady 4 good 5 energised esc skips"


def hint_line(app: NetcallApp) -> str:
    return screen_lines(app)[-2].strip()


async def log_a_call(pilot: Pilot, name: str = "Dana Whitfield") -> Call:
    await start_call(pilot, name)
    await pilot.press("G")
    await settle(pilot)
    screen = console(pilot.app)  # type: ignore[arg-type]
    assert screen.live is None and screen.call.to_rate is not None
    return screen.call.to_rate


def asking(app: NetcallApp) -> bool:
    return console(app).call.to_rate is not None


async def test_4_rates_the_call_just_logged(make_app, store: Store, frozen_now) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        call = await log_a_call(pilot)
        assert hint_line(app).startswith(QUESTION)
        await pilot.press("4")
        await settle(pilot)
        assert not asking(app)
        assert hint_line(app) == "n new call u undo outcome"
        assert ("", "Noted: good.") in toasts(app)
    assert store.calls.get(call.id).energy == 4


async def test_escape_leaves_it_unrated(make_app, store: Store, frozen_now) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        call = await log_a_call(pilot)
        assert hint_line(app).startswith("How did it leave you? 1 drained")  # 80 columns
        await pilot.press("escape")
        await settle(pilot)
        assert not asking(app) and hint_line(app) == "n new call u undo outcome"
        await pilot.press("4")  # asked no more: 4 is idle's 4 again (nothing)
        await settle(pilot)
    assert store.calls.get(call.id).energy is None


async def test_n_at_once_opens_the_caller_form_and_leaves_it_unrated(
    make_app, store: Store, frozen_now
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start_call(pilot)
        await pilot.press("G", "n")  # no pause between: a fast typist
        await pilot.pause()
        assert isinstance(app.screen, CallerForm)
        app.session.drain()  # the log's write (settle would wait for the form's worker)
        await pilot.pause()
        assert not asking(app)
        await pilot.press("escape")  # no call after all: the question is not back
        await pilot.pause()
        assert not asking(app) and "How did" not in hint_line(app)
    (call,) = store.calls.list()
    assert call.energy is None


def _after(app: NetcallApp) -> tuple[str, bool]:
    """What a key did: the screen on top, and whether a call is live."""
    return type(app.screen).__name__, console(app).live is not None


async def _back(pilot: Pilot) -> None:
    while pilot.app.screen is not console(pilot.app):  # type: ignore[arg-type]
        await pilot.press("escape")
        await pilot.pause()


# Every digit and letter but n (a new call, above), u (undo, below) and q (quit); l, o, w
# and P open screens.
KEYS = "0123456789abcdefghijklmoprstvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ"


async def test_every_other_printable_key_does_what_it_did_before(
    make_app, store: Store, frozen_now
) -> None:
    """Asked how the call left you, a digit or letter does what it does on an idle
    console, 1 to 5 only rating the call (they do nothing there)."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await log_a_call(pilot, "Someone Else")
        await pilot.press("escape")  # not asked: what each key does on an idle console
        idle = {}
        for key in KEYS:
            await pilot.press(key)
            await settle(pilot)
            idle[key] = _after(app)
            await _back(pilot)
        firsts = iter((*FIRST_NAMES, *LAST_NAMES))  # a new first word each: no "same person?"
        for key in KEYS:
            if not asking(app):  # asked again (a key that does nothing leaves it asked)
                call = await log_a_call(pilot, f"{next(firsts)} Tester")
            await pilot.press(key)
            await settle(pilot)
            assert _after(app) == idle[key], key
            await _back(pilot)
            energy = store.calls.get(call.id).energy
            assert energy == (int(key) if key in "12345" else None), key
    assert {v for k, v in idle.items() if k in "lowP"} == {
        ("LogScreen", False),
        ("RegisterScreen", False),
        ("NetworkScreen", False),
        ("PromisesScreen", False),
    }


async def test_undo_after_rating_reopens_the_call_without_its_rating(
    make_app, store: Store, frozen_now
) -> None:
    """Decided: the rating goes with the undone call; logged again, it is asked anew."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await log_a_call(pilot)
        await pilot.press("2")
        await settle(pilot)
        assert store.calls.list()[0].energy == 2
        await pilot.press("u")
        await settle(pilot)
        assert console(app).live is not None and store.calls.count() == 0
        assert not asking(app)
        await pilot.press("N")  # logged again, another way
        await settle(pilot)
        assert asking(app)
        await pilot.press("5")
        await settle(pilot)
    (call,) = store.calls.list()
    assert call.energy == 5 and call.outcome is not None and call.outcome.kind.value == "not_now"


async def test_undo_while_asked_takes_the_question_with_it(make_app, store, frozen_now) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await log_a_call(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert not asking(app) and console(app).live is not None
        await pilot.press("1")  # during the call 1 marks an ask again
        await pilot.pause()
        assert console(app).live.asks  # type: ignore[union-attr]


async def test_another_screen_leaves_it_unrated(make_app, store: Store, frozen_now) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await log_a_call(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert not asking(app) and "How did" not in hint_line(app)
    assert store.calls.list()[0].energy is None


async def test_help_and_the_palette_list_the_rating_keys(make_app, frozen_now) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert "Rate the last call: 4 good" not in titles  # only while asked
        await log_a_call(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Rate the last call: 1 drained", "Rate the last call: 5 energised"} <= titles
        assert "Leave the last call unrated" in titles


# --- the idle guidance -------------------------------------------------------------------


def rated_weeks(store: Store, energy: int) -> None:
    """Six calls over the last four weeks, each rated `energy`."""
    for days in (1, 3, 8, 12, 17, 22):
        add_call(store, f"Caller {days}", days_ago=days, energy=energy)


def guidance_text(app: NetcallApp) -> str:
    pane = console(app).query_one(GuidancePane)
    return "\n".join(str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count))


async def test_the_idle_guidance_suggests_a_smaller_budget_when_the_weeks_ran_low(
    make_app, store: Store, frozen_now
) -> None:
    rated_weeks(store, 2)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = guidance_text(app)
        assert ADVICE_HEADING in text
        assert "left you tired (2.0 of 5). A budget of 1 call a week" in text
        assert "Words for the moment appear here" in text  # still says what it is for
        await start_call(pilot)
        assert ADVICE_HEADING not in guidance_text(app)  # a call: the words for it only
        await pilot.press("G")
        await settle(pilot)
        assert ADVICE_HEADING in guidance_text(app)  # after a log, read again


async def test_fine_weeks_give_no_advice_and_ratings_move_it(
    make_app, store: Store, frozen_now
) -> None:
    rated_weeks(store, 4)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert ADVICE_HEADING not in guidance_text(app)
        for _ in range(12):  # a run of draining calls brings the mean down
            await log_a_call(pilot)
            await pilot.press("1")
            await settle(pilot)
        assert ADVICE_HEADING in guidance_text(app)


async def test_the_countdown_tick_never_reads_the_advice(
    make_app, store: Store, clock, frozen_now, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netcall_tui.ui.console import screen as screen_module

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reads: list[object] = []
        monkeypatch.setattr(screen_module, "read_advice", lambda app: reads.append(app) or "")
        for _ in range(8):
            console(app).tick()  # idle
        await start_call(pilot)
        reads.clear()
        for _ in range(8):
            clock.advance(1)
            console(app).tick()
        assert reads == []
        console(app).refresh_status()  # the minute's tick, during a call: not either
        assert reads == []


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (100, 30), (160, 48)], ids=str)
async def test_the_question_fits_each_width_whole(make_app, frozen_now, size) -> None:
    """Each key in one row, the last one whole; narrower, the question shortens, then
    goes, and the idle keys give way first (60 columns: the ratings and esc only)."""
    from .test_key_rows import check, row_items

    app = make_app()
    async with app.run_test(size=size) as pilot:
        await log_a_call(pilot)
        app.clear_notifications()
        await check(pilot, "asked")
        shown = [item.label for item in row_items(app, "#hints")]
        assert shown[:6] == ["drained", "tired", "steady", "good", "energised", "skips"]
        line = hint_line(app)
        if size[0] >= 100:
            assert line.startswith("How did that call leave you?")
            assert ("u undo outcome" in line) is (size[0] == 160)
        elif size[0] >= 80:
            assert line.startswith("How did it leave you? 1 drained")
        else:
            assert line.startswith("1 drained")


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (160, 48)], ids=str)
async def test_the_logged_toast_leaves_the_question_in_sight(make_app, frozen_now, size) -> None:
    """Toasts stand above the hint line and the footer: the question stays readable."""
    from textual.widgets._toast import Toast

    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        await log_a_call(pilot)
        await pilot.pause()
        shown = list(app.screen.query(Toast))
        assert shown, "the Logged toast is up"
        hints = app.screen.query_one("#hints").region
        footer = app.screen.query_one("#footer").region
        for toast in shown:
            assert not toast.region.overlaps(hints) and not toast.region.overlaps(footer)
        assert hint_line(app).endswith(("skips", "undo outcome", "new call"))


async def test_the_minute_tick_and_a_screen_closed_read_the_advice_again(
    make_app, store: Store, frozen_now
) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert ADVICE_HEADING not in guidance_text(app)
        with app.session.reading():  # another netcall's ratings, say: not through this one
            rated_weeks(store, 1)
        console(app).refresh_status()  # the one-minute status tick
        assert ADVICE_HEADING in guidance_text(app)
        with app.session.reading():
            for call in store.calls.list():
                store.calls.update(call.with_(energy=5))
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert ADVICE_HEADING not in guidance_text(app)


@pytest.mark.parametrize("theme", ["netcall-contrast", "netcall-dark", "netcall-light"])
async def test_the_question_and_the_advice_read_in_every_theme(
    theme: str, make_app, store: Store, frozen_now
) -> None:
    """As test_contrast measures every screen: >= 4.5:1, >= 7:1 in the contrast theme."""
    from netcall_tui.core.config import Config

    from .contrast import text_pairs
    from .test_contrast import THEMES

    rated_weeks(store, 2)
    app = make_app(Config(theme=theme))
    async with app.run_test(size=(100, 30)) as pilot:
        await log_a_call(pilot)
        app.clear_notifications()
        await pilot.pause()
        assert ADVICE_HEADING in guidance_text(app) and hint_line(app).startswith("How did")
        low = [str(p) for p in text_pairs(app).values() if p.ratio < THEMES[theme]]
    assert not low, low
