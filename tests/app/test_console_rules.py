"""The console's rules as a new user meets them (issue 11): the referral gate, the
nudges, read-only mode, a restored call's notes."""

from __future__ import annotations

from netcall_tui.core.config import Config
from netcall_tui.core.domain.vocabulary import OutcomeKind

from .console_steps import fill, settle, start_call, toasts


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
        assert choice_title(app) == "No referral without a sit-down"
        body = str(app.screen.query_one("#choice-body").render())
        assert "it counts from 15 minutes" in body
        await pilot.press("escape")
        await pilot.pause()
        clock.advance(15 * 60)  # the sit-down has now run half its limit
        await pilot.press("R")
        await pilot.pause()
        assert app.screen.query("#field-to")
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
