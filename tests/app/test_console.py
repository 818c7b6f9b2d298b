"""Whole calls driven from the keyboard, with a fake clock; what was stored is checked."""

from __future__ import annotations

from textual.geometry import Region
from textual.screen import Screen
from textual.widgets import Input

from netcall_tui.app import NetcallApp
from netcall_tui.core.config import Config
from netcall_tui.core.domain.records import Caller
from netcall_tui.core.domain.vocabulary import Ask, OutcomeKind, PhaseKind, Strength, Trait
from netcall_tui.store.db import Store
from netcall_tui.ui.console.bindings import CONSOLE_BINDINGS

from .console_steps import console, note_promise, settle, start_call, toasts
from .referral_steps import to_whom, type_contact


async def test_a_whole_call_is_timed_nudged_and_stored(make_app, clock, store) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await start_call(pilot)
        assert screen.live.countdown.phase is PhaseKind.STORY
        await pilot.press("1", "3", "7")
        assert screen.live.asks == {Ask.INTRODUCTION, Ask.RESUME}
        assert Trait.KNOWS_WANT in screen.live.traits

        clock.advance(4 * 60 + 1)  # into the last minute of the story
        screen.tick()
        assert app.rang == 1
        clock.advance(60)  # past the limit
        screen.tick()
        await pilot.pause()
        assert app.rang == 2
        (title, phrase) = toasts(app)[-1]
        assert "at its limit" in title
        assert phrase == screen.suggestions[0].text  # the toast carries the words to use
        assert "story" in screen.suggestions[0].situation.value
        assert screen.reading is not None and screen.reading.clock.startswith("+")

        await pilot.press("a")  # on to advice
        assert screen.live.countdown.phase is PhaseKind.ADVICE
        clock.advance(10 * 60)
        await pilot.press("G")
        await settle(pilot)

    (call,) = store.calls.list()
    assert call.caller_name == "Dana Whitfield"
    assert call.outcome is not None and call.outcome.kind is OutcomeKind.ADVICE_GIVEN
    assert call.asks == {Ask.INTRODUCTION, Ask.RESUME}
    assert Trait.STORY_IN_TIME not in call.traits  # the story ran over
    assert Trait.KNOWS_WANT in call.traits
    story, advice = call.phases
    assert (story.kind, story.limit_s, round(story.used_s)) == (PhaseKind.STORY, 300, 301)
    assert (advice.kind, round(advice.used_s)) == (PhaseKind.ADVICE, 600)
    assert store.load_draft() is None


def footer_says(screen: Screen, key: str) -> str:
    """What the footer offers for `key` now (the one enabled binding of it)."""
    (active,) = [a for k, a in screen.active_bindings.items() if k == key and a.enabled]
    return active.binding.description


async def test_pause_and_minutes_change_the_countdown(make_app, clock) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_call(pilot)
        clock.advance(30)
        assert footer_says(screen, "space") == "Pause"
        await pilot.press("space")
        clock.advance(600)  # paused: none of this counts
        assert round(screen.live.countdown.elapsed()) == 30
        assert footer_says(screen, "space") == "Resume"
        await pilot.press("space", "plus")
        assert footer_says(screen, "space") == "Pause"
        assert screen.live.countdown.limit_s == 360
        await pilot.press("minus", "minus")
        assert screen.live.countdown.limit_s == 240


async def test_markup_in_a_name_is_shown_literally(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot, "[bold red]Eve[/]")
        await pilot.pause()
        shown = "".join(s.text for strip in app.screen._compositor.render_strips() for s in strip)
        assert "[bold red]Eve[/]" in shown


async def test_honest_no_requires_an_avenue(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot)
        await pilot.press("H")
        await pilot.pause()
        await pilot.press("enter")  # empty avenue: refused inline
        await pilot.pause()
        assert "alternative avenue is required" in str(
            app.screen.query_one("#error-avenue").render()
        )
        app.screen.query_one("#field-avenue", Input).value = "the local UX meetup"
        await pilot.press("enter")
        await settle(pilot)
    (call,) = store.calls.list()
    assert call.outcome.kind is OutcomeKind.HONEST_NO
    assert call.outcome.detail == "the local UX meetup"


async def test_referral_gate_offers_the_interview_instead(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot)
        await pilot.press("R")
        await pilot.pause()
        assert "No referral without a sit-down" in str(
            app.screen.query_one("#choice-title").render()
        )
        await pilot.click("#answer-interview")
        await pilot.pause()
        await pilot.press("enter")  # default: next week
        await settle(pilot)
    (call,) = store.calls.list()
    assert call.outcome.kind is OutcomeKind.INTERVIEW_SCHEDULED
    (promise,) = store.promises.for_call(call.id)
    assert "Information interview" in promise.text


async def test_referral_after_an_interview_on_record_needs_no_gate(make_app, store, clock) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await start_call(pilot)
        await pilot.press("i")  # the sit-down is this call, once it has run half its limit
        clock.advance(15 * 60)
        await to_whom(pilot)  # no gate: the referral question itself
        await type_contact(pilot, "Priya Shah")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.live is None
    (call,) = store.calls.list()
    assert call.outcome.kind is OutcomeKind.REFERRAL_MADE
    assert call.outcome.detail == "Priya Shah"


async def test_resume_kept_makes_a_review_promise(make_app, store, frozen_now) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot)
        await pilot.press("K")
        await pilot.pause()
        await pilot.press("enter")  # default: in 3 months
        await settle(pilot)
    (promise,) = store.promises.open()
    assert "résumé" in promise.text
    assert promise.due.date() == frozen_now.add(months=3).date()


async def test_undo_takes_the_call_back_and_reopens_it(make_app, store) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await start_call(pilot)
        await pilot.press("2", "N")
        await settle(pilot)
        assert store.calls.count() == 1
        await pilot.press("u")
        await settle(pilot)
        assert store.calls.count() == 0
        assert screen.live is not None and screen.live.asks == {Ask.ADVICE}
        assert screen.live.countdown.paused


async def test_a_promise_is_recorded_with_a_parsed_due_date(make_app, store, frozen_now) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot)
        await note_promise(pilot, "send résumé to Dana", "someday soon")
        assert "try" in str(app.screen.query_one("#error-due").render())
        app.screen.query_one("#field-due", Input).value = "in 2 weeks"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("G")
        await settle(pilot)
    (promise,) = store.promises.open()
    assert promise.text == "send résumé to Dana"
    assert promise.due.date() == frozen_now.add(weeks=2).date()


async def test_draft_survives_a_crash(clock, tmp_path) -> None:
    path = tmp_path / "calls.json"
    first = Store.open(path)
    app = NetcallApp(Config(), store=first, clock=clock)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await start_call(pilot, "Rafael Ortiz")
        await pilot.press("3", "e")
        await pilot.press(*"keen on fintech")
        await pilot.press("escape", "1")  # escape leaves the notes: 1 is a key again
        assert screen.live.asks == {Ask.RESUME, Ask.INTRODUCTION}
        await pilot.press("1")
        clock.advance(95)
        screen.call.save_draft_if_dirty()  # what the one-second interval does
        await settle(pilot)
    # No outcome was logged and nothing else was saved, as after a kill: a new process
    # opens the file from disk and finds the call.
    first.close()
    second = Store.open(path)
    again = NetcallApp(Config(), store=second, clock=clock)
    async with again.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        screen = console(again)
        assert screen.live is not None
        assert screen.live.caller.name == "Rafael Ortiz"
        assert screen.live.asks == {Ask.RESUME}
        assert screen.live.notes == "keen on fintech"
        assert round(screen.live.countdown.elapsed()) == 95
        assert screen.live.countdown.paused
        assert any("Restored the call" in message for _title, message in toasts(again))
    second.close()


async def test_known_caller_autofills_and_shows_history(make_app, store) -> None:
    caller = store.callers.add(Caller(name="Mina Park", strength=Strength.TENUOUS, company="Acme"))
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#name", Input).value = "mina park"
        await pilot.pause()
        assert app.screen.query_one("#company", Input).value == "Acme"
        await pilot.press("enter")
        await pilot.pause()
        screen = console(app)
        assert screen.live.caller.id == caller.id
        assert screen.live.caller.name == "Mina Park"  # picked, not renamed to the typing
        assert screen.live.caller.strength is Strength.TENUOUS


async def test_quit_asks_first_while_a_call_is_live(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await start_call(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert "still live" in str(app.screen.query_one("#choice-title").render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running


async def test_help_lists_every_console_key(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        from netcall_tui.ui.screens.help import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        described = {row.does for row in app.screen.rows}
        expected = {b.tooltip or b.description for b in CONSOLE_BINDINGS if b.description}
        assert expected <= described
        assert {"Pause the countdown", "Resume the paused countdown"} <= described


async def test_phrase_keys_move_through_the_words_and_copy_the_chosen_one(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_call(pilot)
        assert len(screen.suggestions) > 1
        await pilot.press("j", "c")
        await pilot.pause()
        assert screen.guidance.highlighted == 1
        assert app.clipboard == screen.suggestions[1].text
        await pilot.press("k", "c")
        await pilot.pause()
        assert app.clipboard == screen.suggestions[0].text


async def test_a_long_phase_heading_gives_way_to_the_state_at_a_word(make_app) -> None:
    """At 120 columns 'JOB-SEARCH ADVICE · 15:00' and 'paused' don't both fit: the
    heading is cut after a whole word, never mid-word or into the state."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await start_call(pilot)
        await pilot.press("a", "space")
        await pilot.pause()
        timer = screen.query_one("#timer")
        below_border = Region(0, 1, timer.outer_size.width, 1)
        line = "".join(s.text for s in timer.render_lines(below_border)[0]).strip("│ ")
        assert line.endswith("paused")
        heading = line.removesuffix("paused").rstrip()
        assert heading in ("JOB-SEARCH ADVICE ·", "JOB-SEARCH ADVICE")


def test_the_caller_card_and_the_log_say_an_age_the_same_way() -> None:
    """The card said "2 months ago" where the log said "8 weeks ago" for the same call."""
    import pendulum

    from netcall_tui.core.call.history import CallerHistory
    from netcall_tui.core.domain.records import Call
    from netcall_tui.core.text.ages import ago_text
    from netcall_tui.ui.widgets.caller_card import history_lines

    now = pendulum.datetime(2026, 11, 26, 10, 30, tz="Europe/London")
    started = now.subtract(days=60)
    with pendulum.travel_to(now, freeze=True):
        lines = history_lines(CallerHistory.build([Call("c1", "Dana", started)], ()))
    card = lines[0].text.plain
    assert ago_text(started.timestamp(), now) == "8 weeks ago"
    assert "last 8 weeks ago" in card


async def test_the_week_in_the_header_turns_over_while_idle(make_app, store) -> None:
    """Sunday night's "1 of 6 calls" must not stay on screen all Monday."""
    import pendulum

    from netcall_tui.core.domain.records import Call

    sunday = pendulum.datetime(2026, 11, 29, 22, 0, tz="Europe/London")
    dana = store.callers.add(Caller("Dana Whitfield"))
    store.calls.add(Call(dana.id, dana.name, sunday.subtract(hours=2)))
    app = make_app()
    with pendulum.travel_to(sunday, freeze=True):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            assert app.sub_title.startswith("this week: 1 of 6 calls")
            with pendulum.travel_to(sunday.add(hours=3), freeze=True):
                console(app).refresh_status()  # what the one-minute interval does
                await pilot.pause()
                assert app.sub_title.startswith("this week: 0 of 6 calls")
