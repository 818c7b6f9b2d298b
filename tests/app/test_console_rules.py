"""The console's rules as a new user meets them (issue 11): the referral gate, the
nudges, read-only mode, a restored call's notes."""

from __future__ import annotations

from netcall_tui.core.config import Config
from netcall_tui.core.domain.vocabulary import OutcomeKind
from netcall_tui.ui.dialogs.referral_form import ReferralForm

from .console_steps import fill, settle, start_call, toasts
from .referral_steps import until


def choice_title(app) -> str:
    return str(app.screen.query_one("#choice-title").render())


async def test_the_gate_is_not_walked_around_by_a_zero_second_interview(
    make_app, store, clock
) -> None:
    """n, a cold caller, 1, i, R went straight to "to whom?"."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await start_call(pilot, "Olu Cold")
        await pilot.press("1", "i", "R")
        await pilot.pause()
        assert choice_title(app) == "General advice only"  # a cold caller: this gate first
        await pilot.click("#answer-refer")
        await pilot.pause()
        assert choice_title(app) == "No referral without a sit-down"
        body = str(app.screen.query_one("#choice-body").render())
        assert "it counts from 15 minutes" in body
        await pilot.press("escape")
        await pilot.pause()
        clock.advance(15 * 60)  # the sit-down has now run half its limit
        await pilot.press("R")
        await pilot.pause()
        await pilot.click("#answer-refer")  # past the weak-connection gate
        await until(pilot, ReferralForm)
        await pilot.press("escape")
        await settle(pilot)


async def test_an_interview_cut_short_before_is_not_on_record(make_app, store, clock) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_call(pilot, "Olu Cold")
        await pilot.press("i")
        clock.advance(60)
        await pilot.press("H")
        await pilot.pause()
        await fill(pilot, "avenue", "the local UX meetup")
        await settle(pilot)
        assert screen.live is None
        (call,) = store.calls.list()
        assert call.outcome.kind is OutcomeKind.HONEST_NO
        screen = await start_call(pilot, "Olu Cold")
        assert screen.live is not None and screen.live.history.count == 1
        await pilot.press("R")
        await pilot.pause()
        assert choice_title(app) == "No referral without a sit-down"


def nudge_titles(app) -> list[str]:
    return [t for t, _ in toasts(app) if "left in the" in t or "limit" in t]


async def test_the_warning_says_the_time_really_left(make_app, clock) -> None:
    """warning_minutes = 0.25 said "One minute left" too."""
    app = make_app(Config(warning_minutes=0.25))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_call(pilot)
        clock.advance(5 * 60 - 15)
        screen.tick()
        await pilot.pause()
        assert nudge_titles(app) == ["15 seconds left in the story"]


async def test_nudge_toasts_go_when_the_phase_or_the_call_ends(make_app, clock) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_call(pilot)
        clock.advance(4 * 60 + 1)
        screen.tick()
        await pilot.pause()
        assert nudge_titles(app) == ["59 seconds left in the story"]
        await pilot.press("a")  # the story is over: so is its warning
        await pilot.pause()
        assert nudge_titles(app) == []
        clock.advance(15 * 60)
        screen.tick()
        await pilot.pause()
        assert nudge_titles(app) == ["The job-search advice is at its limit"]
        await pilot.press("G")
        await settle(pilot)
        assert screen.live is None
        assert nudge_titles(app) == []
        assert any(t.startswith("Logged") or m.startswith("Logged") for t, m in toasts(app))


def key_rows_text(app) -> str:
    """What the hint line and the footer show, as one text."""
    from netcall_tui.ui.widgets.key_row import KeyRow

    return " | ".join(str(row.render()) for row in app.screen.query(KeyRow))


async def test_read_only_does_not_offer_n_and_says_why_when_pressed(store, db_path, clock) -> None:
    """Issue 11, item 10: read-only advertised n and ignored it without a word."""
    from netcall_tui.app import NetcallApp
    from netcall_tui.store.db import Store

    with Store.open(db_path, read_only=True) as reader:
        app = NetcallApp(Config(), store=reader, clock=clock)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            shown = key_rows_text(app).lower()
            assert "new call" not in shown and "session log" in shown
            await pilot.press("n")
            await pilot.pause()
            assert app.screen is app.screen_stack[0]  # no caller form
            ((title, message),) = toasts(app)
            assert title == "Read-only" and "--read-only" in message


async def test_n_starts_a_call_when_the_log_is_writable(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        assert "new call" in key_rows_text(app).lower()
        await start_call(pilot)
        assert not toasts(app)


async def test_space_says_pause_again_once_a_new_phase_resumes_the_call(make_app) -> None:
    """Paused, then `a`: the phase runs, but the footer still offered Resume."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_call(pilot)
        await pilot.press("space")
        await pilot.pause()
        assert "space Resume" in key_rows_text(app)
        await pilot.press("a")
        await pilot.pause()
        assert not screen.live.countdown.paused
        assert "space Pause" in key_rows_text(app)


async def test_a_restored_calls_notes_are_written_on_at_their_end(make_app, store) -> None:
    from netcall_tui.core.call.countdown import Countdown
    from netcall_tui.core.call.live import LiveCall
    from netcall_tui.core.domain.moments import now
    from netcall_tui.core.domain.records import Caller

    caller = store.callers.add(Caller("Dana Whitfield"))
    notes = "keen on fintech\nknows Priya"
    store.save_draft(LiveCall(caller, Countdown(), now(), notes=notes).to_draft())
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen_stack[0]
        assert screen.live is not None and screen.live.notes == notes
        await pilot.press("e")
        await pilot.press("!")
        await pilot.pause()
        assert screen.live.notes == notes + "!"


async def test_the_demos_quit_question_says_the_call_is_thrown_away(store, clock) -> None:
    from netcall_tui.app import NetcallApp

    for demo, said in [(True, "thrown away"), (False, "comes back next time")]:
        app = NetcallApp(Config(), store=store, clock=clock, demo=demo)
        async with app.run_test(size=(100, 30)) as pilot:
            await start_call(pilot)
            await pilot.press("q")
            await pilot.pause()
            assert said in str(app.screen.query_one("#choice-body").render())
            await pilot.press("escape")
            await settle(pilot)
            app.screen_stack[0].call.discard()


async def test_a_remapped_pause_keeps_its_place_in_the_footer(make_app) -> None:
    """With pause = "f5" the key went to the footer's end, cut off at 80 columns."""
    app = make_app(Config(keys={"pause": "f5"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await start_call(pilot)
        shown = key_rows_text(app)
        assert "f5 Pause" in shown
        assert shown.index("f5 Pause") < shown.index("+/-")
