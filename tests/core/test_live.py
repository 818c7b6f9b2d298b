"""The live call keeps the id of the call it becomes, in its draft too."""

from __future__ import annotations

import pendulum

from netcall_tui.core.call.countdown import Countdown
from netcall_tui.core.call.history import CallerHistory
from netcall_tui.core.call.live import LiveCall
from netcall_tui.core.domain.records import Caller
from netcall_tui.core.domain.values import Outcome
from netcall_tui.core.domain.vocabulary import OutcomeKind

START = pendulum.datetime(2026, 11, 25, 10, tz="Europe/London")


def clock() -> float:
    return 100.0


def live_call() -> LiveCall:
    return LiveCall(Caller("Dana Whitfield"), Countdown(clock=clock), START)


def test_the_logged_call_has_the_live_calls_id() -> None:
    live = live_call()
    call, promises = live.finish(Outcome(OutcomeKind.RESUME_KEPT), ended_at=START.add(minutes=9))
    assert call.id == live.call_id
    assert [p.call_id for p in promises] == [live.call_id]


def test_the_draft_keeps_the_call_id() -> None:
    live = live_call()
    draft = live.to_draft()
    assert draft["call_id"] == live.call_id
    again = LiveCall.from_draft(draft, clock, CallerHistory())
    assert again.call_id == live.call_id
    assert live_call().call_id != live.call_id


def test_a_draft_from_before_call_ids_gets_a_new_one() -> None:
    draft = live_call().to_draft()
    del draft["call_id"]
    first = LiveCall.from_draft(draft, clock, CallerHistory())
    second = LiveCall.from_draft(draft, clock, CallerHistory())
    assert first.call_id and second.call_id and first.call_id != second.call_id


def test_a_wall_clock_stepped_back_never_ends_a_call_before_it_starts() -> None:
    """NTP or a user sets the clock back an hour ten minutes into a call: logging used to
    raise "a call cannot end before it starts", and again on every restart from the draft.
    The end comes from the monotonic countdown then."""
    ticks = [1000.0]
    started = pendulum.datetime(2026, 11, 26, 10, 0, tz="Europe/London")
    live = LiveCall(Caller("Dana Whitfield"), Countdown(clock=lambda: ticks[0]), started)
    ticks[0] += 600  # ten minutes of the story, by the monotonic clock
    with pendulum.travel_to(started.subtract(minutes=50), freeze=True):
        call, _ = live.finish(Outcome(OutcomeKind.ADVICE_GIVEN))
    assert call.ended_at is not None
    assert call.ended_at.timestamp() == started.add(minutes=10).timestamp()
    assert call.used_s == 600
