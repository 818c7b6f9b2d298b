"""The call timer, driven by a fake monotonic clock: no test ever sleeps."""

from __future__ import annotations

import random
import time

import pytest

from netcall_tui.core.call.countdown import Countdown
from netcall_tui.core.call.timer_parts import MIN_LIMIT_S, Nudge, NudgeKind, TimerState
from netcall_tui.core.config import Config
from netcall_tui.core.domain.values import Phase
from netcall_tui.core.domain.vocabulary import PhaseKind
from netcall_tui.core.errors import ValidationError
from netcall_tui.core.text.clock import format_clock, format_duration

STORY = PhaseKind.STORY
ADVICE = PhaseKind.ADVICE
INTERVIEW = PhaseKind.INTERVIEW


def make(clock, **kwargs) -> Countdown:
    return Countdown({STORY: 300, ADVICE: 900, INTERVIEW: 1800}, clock=clock, **kwargs)


def test_starts_in_story_running(clock) -> None:
    timer = make(clock)
    assert timer.phase is STORY
    assert not timer.paused
    assert timer.elapsed() == 0
    clock.advance(10)
    assert timer.elapsed() == 10
    assert timer.remaining() == 290
    assert timer.state() is TimerState.CALM


def test_states_by_remaining_time(clock) -> None:
    timer = make(clock, warning_s=60)
    clock.advance(239.9)
    assert timer.state() is TimerState.CALM
    clock.advance(0.1)
    assert timer.state() is TimerState.WARNING
    clock.advance(60)
    assert timer.remaining() == 0
    assert timer.state() is TimerState.OVER
    clock.advance(83)
    assert timer.remaining() == -83


def test_no_warning_state_when_warning_lead_is_zero(clock) -> None:
    timer = make(clock, warning_s=0)
    clock.advance(299)
    assert timer.state() is TimerState.CALM
    assert timer.poll() == []


def test_no_drift_over_an_hour_of_jittered_polls(clock) -> None:
    timer = make(clock, overtime_repeat_s=0)
    timer.next_phase(INTERVIEW)
    start = clock.now
    rng = random.Random(3)
    for _ in range(3600):
        clock.advance(rng.uniform(0.5, 1.5))
        timer.poll()
        timer.state()
    assert timer.elapsed() == pytest.approx(clock.now - start, abs=1e-6)
    assert timer.total_elapsed() == pytest.approx(clock.now - 1000.0, abs=1e-6)


def test_pause_stops_time_and_resume_continues(clock) -> None:
    timer = make(clock)
    clock.advance(30)
    timer.pause()
    assert timer.paused
    clock.advance(500)
    assert timer.elapsed() == 30
    timer.resume()
    clock.advance(5)
    assert timer.elapsed() == 35


def test_toggle_returns_paused_flag_and_double_calls_are_harmless(clock) -> None:
    timer = make(clock)
    assert timer.toggle() is True
    timer.pause()
    clock.advance(100)
    assert timer.toggle() is False
    timer.resume()
    clock.advance(1)
    assert timer.elapsed() == 1


def test_start_paused(clock) -> None:
    timer = make(clock, start_paused=True)
    clock.advance(50)
    assert timer.elapsed() == 0
    timer.resume()
    clock.advance(2)
    assert timer.elapsed() == 2


def test_next_phase_banks_story_and_starts_running(clock) -> None:
    timer = make(clock)
    clock.advance(200)
    timer.pause()
    timer.next_phase(ADVICE)
    assert timer.phase is ADVICE
    assert not timer.paused
    assert timer.limit_s == 900
    clock.advance(60)
    assert timer.elapsed() == 60
    assert timer.total_elapsed() == 260
    assert timer.story_in_time() is True


def test_next_phase_accepts_text_and_refuses_story_or_same(clock) -> None:
    timer = make(clock)
    with pytest.raises(ValidationError):
        timer.next_phase(STORY)
    timer.next_phase("interview")
    with pytest.raises(ValidationError):
        timer.next_phase(INTERVIEW)
    timer.next_phase(ADVICE)  # an interview may turn into advice
    assert [p.kind for p in timer.phases()] == [STORY, INTERVIEW, ADVICE]


def test_story_in_time(clock) -> None:
    timer = make(clock)
    clock.advance(400)
    assert timer.story_in_time() is None  # still telling it
    timer.next_phase(ADVICE)
    assert timer.story_in_time() is False
    exact = make(clock)
    clock.advance(300)
    exact.finish()
    assert exact.story_in_time() is True


def test_adjust_lengthens_and_shortens(clock) -> None:
    timer = make(clock)
    assert timer.adjust(60) == 360
    assert timer.adjust(-120) == 240
    assert timer.remaining() == 240


def test_adjust_never_below_a_minute(clock) -> None:
    timer = make(clock)
    for _ in range(10):
        timer.adjust(-60)
    assert timer.limit_s == MIN_LIMIT_S


def test_adjust_never_below_time_used_nor_upwards_when_shortening(clock) -> None:
    timer = make(clock)
    clock.advance(270.4)
    assert timer.adjust(-60) == 271  # lands on the limit, no invented overtime
    clock.advance(100)  # now in overtime
    assert timer.adjust(-60) == 271  # shortening never lengthens
    assert timer.adjust(60) == 331


def test_finish_returns_phases_for_storage(clock) -> None:
    timer = make(clock)
    clock.advance(320)
    timer.next_phase(ADVICE)
    clock.advance(700.25)
    phases = timer.finish()
    assert phases == (Phase(STORY, 300, 320.0), Phase(ADVICE, 900, 700.25))
    assert phases[0].overtime_s == 20
    clock.advance(100)
    assert timer.finish() == phases  # stopped for good
    assert timer.finished
    assert timer.poll() == []
    with pytest.raises(ValidationError):
        timer.next_phase(INTERVIEW)


def test_nudges_fire_once_each(clock) -> None:
    timer = make(clock, warning_s=60)
    clock.advance(239)
    assert timer.poll() == []
    clock.advance(1)
    assert timer.poll() == [Nudge(NudgeKind.WARNING, STORY)]
    assert timer.poll() == []
    clock.advance(59)
    assert timer.poll() == []
    clock.advance(1)
    assert timer.poll() == [Nudge(NudgeKind.LIMIT, STORY)]
    clock.advance(1000)
    assert timer.poll() == []  # repeats are off


def test_overtime_repeats(clock) -> None:
    timer = make(clock, overtime_repeat_s=120)
    clock.advance(300)
    assert [n.kind for n in timer.poll()] == [NudgeKind.LIMIT]
    clock.advance(119)
    assert timer.poll() == []
    clock.advance(1)
    assert timer.poll() == [Nudge(NudgeKind.OVERTIME_REPEAT, STORY, 1)]
    assert timer.poll() == []
    clock.advance(120)
    assert timer.poll() == [Nudge(NudgeKind.OVERTIME_REPEAT, STORY, 2)]


def test_skipped_thresholds_report_only_the_latest(clock) -> None:
    timer = make(clock, overtime_repeat_s=60)
    clock.advance(300 + 185)  # warning, limit and three repeats all passed unpolled
    assert timer.poll() == [Nudge(NudgeKind.OVERTIME_REPEAT, STORY, 3)]
    assert timer.poll() == []


def test_paused_time_fires_nothing(clock) -> None:
    timer = make(clock)
    clock.advance(200)
    timer.pause()
    clock.advance(10_000)
    assert timer.poll() == []


def test_adjust_rearms_nudges(clock) -> None:
    timer = make(clock, warning_s=60)
    clock.advance(300)
    assert [n.kind for n in timer.poll()] == [NudgeKind.LIMIT]
    timer.adjust(+120)  # 120 s left again
    assert timer.state() is TimerState.CALM
    assert timer.poll() == []
    clock.advance(60)
    assert timer.poll() == [Nudge(NudgeKind.WARNING, STORY)]
    clock.advance(60)
    assert timer.poll() == [Nudge(NudgeKind.LIMIT, STORY)]


def test_shortening_into_warning_fires_warning(clock) -> None:
    timer = make(clock, warning_s=60)
    clock.advance(100)
    timer.adjust(-180)  # 120 limit, 20 s left
    assert timer.poll() == [Nudge(NudgeKind.WARNING, STORY)]


def test_each_phase_has_its_own_nudges(clock) -> None:
    timer = make(clock)
    clock.advance(300)
    assert timer.poll()[0].phase is STORY
    timer.next_phase(ADVICE)
    clock.advance(840)
    assert timer.poll() == [Nudge(NudgeKind.WARNING, ADVICE)]


def test_wall_clock_jump_does_not_move_the_timer(monkeypatch: pytest.MonkeyPatch) -> None:
    timer = Countdown()  # the real, default monotonic clock
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 86_400 * 3)
    assert 0 <= timer.elapsed() < 5
    assert timer.remaining() > 295
    monkeypatch.setattr(time, "time", lambda: real_time() - 86_400 * 365)
    assert timer.state() is TimerState.CALM


def test_fake_clock_unaffected_by_time_time(clock, monkeypatch: pytest.MonkeyPatch) -> None:
    timer = make(clock)
    clock.advance(42)
    monkeypatch.setattr(time, "time", lambda: 0.0)
    assert timer.elapsed() == 42


def test_round_trip_restores_paused_with_elapsed_time(clock) -> None:
    timer = make(clock, warning_s=30, overtime_repeat_s=90)
    clock.advance(310)
    timer.poll()
    timer.next_phase(INTERVIEW)
    timer.adjust(300)
    clock.advance(100)
    data = timer.to_dict()

    other_clock = type(clock)(start=5.0)  # a new process: monotonic restarts elsewhere
    restored = Countdown.from_dict(data, clock=other_clock)
    assert restored.paused
    assert restored.phase is INTERVIEW
    assert restored.limit_s == 2100
    assert restored.elapsed() == 100
    assert restored.warning_s == 30 and restored.overtime_repeat_s == 90
    assert restored.story_in_time() is False
    other_clock.advance(1000)
    assert restored.elapsed() == 100  # unwitnessed time is not counted
    restored.resume()
    other_clock.advance(20)
    assert restored.elapsed() == 120
    assert restored.to_dict()["runs"][0] == data["runs"][0]


def test_round_trip_keeps_fired_nudges_and_can_resume(clock) -> None:
    timer = make(clock)
    clock.advance(250)
    assert timer.poll()[0].kind is NudgeKind.WARNING
    restored = Countdown.from_dict(timer.to_dict(), clock=clock, resume=True)
    assert not restored.paused
    assert restored.poll() == []  # the warning already went off
    clock.advance(50)
    assert restored.poll()[0].kind is NudgeKind.LIMIT


def test_round_trip_of_finished_timer(clock) -> None:
    timer = make(clock)
    clock.advance(100)
    phases = timer.finish()
    restored = Countdown.from_dict(timer.to_dict(), clock=clock, resume=True)
    assert restored.finished
    assert restored.phases() == phases


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"version": 99},
        {"version": 1, "limits": {"story": 300}, "warning_s": 60, "overtime_repeat_s": 0},
        {
            "version": 1,
            "limits": {"story": 300},
            "warning_s": 60,
            "overtime_repeat_s": 0,
            "runs": [{"kind": "advice", "limit_s": 900, "used_s": 3}],
        },
        {
            "version": 1,
            "limits": {"story": -5},
            "warning_s": 60,
            "overtime_repeat_s": 0,
            "runs": [],
        },
        {
            "version": 1,
            "limits": {"story": 300},
            "warning_s": 60,
            "overtime_repeat_s": 0,
            "runs": [{"kind": "story", "limit_s": 300, "used_s": -1}],
        },
    ],
)
def test_bad_saved_state_is_a_validation_error(clock, data) -> None:
    with pytest.raises(ValidationError):
        Countdown.from_dict(data, clock=clock)


def test_bad_limits_are_refused(clock) -> None:
    with pytest.raises(ValidationError):
        Countdown({STORY: 0}, clock=clock)
    with pytest.raises(ValidationError):
        Countdown(clock=clock, warning_s=-1)


def test_from_config(clock) -> None:
    config = Config(story_minutes=4, advice_minutes=10, warning_minutes=0.5)
    timer = Countdown.from_config(config, clock=clock)
    assert timer.limit_s == 240
    assert timer.warning_s == 30
    timer.next_phase(ADVICE)
    assert timer.limit_s == 600


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (300, "05:00"),
        (299.5, "05:00"),
        (299, "04:59"),
        (0.2, "00:01"),
        (0, "00:00"),
        (-0.5, "+00:00"),
        (-83.7, "+01:23"),
        (3723, "1:02:03"),
        (-3600, "+1:00:00"),
    ],
)
def test_format_clock(seconds: float, shown: str) -> None:
    assert format_clock(seconds) == shown


def test_format_duration() -> None:
    assert format_duration(372.9) == "06:12"
    assert format_duration(3605) == "1:00:05"
    assert format_duration(-3) == "00:00"


def test_a_nudge_says_the_time_really_left(clock) -> None:
    """Issue 11, item 7: the warning said "One minute left" whatever the lead."""
    timer = Countdown({PhaseKind.STORY: 300}, warning_s=15, overtime_repeat_s=120, clock=clock)
    clock.advance(285)
    (warning,) = timer.poll()
    assert timer.nudge_title(warning) == "15 seconds left in the story"
    clock.advance(15)
    (limit,) = timer.poll()
    assert timer.nudge_title(limit) == "The story is at its limit"
    clock.advance(150)
    (repeat,) = timer.poll()
    assert timer.nudge_title(repeat) == "The story is 2 minutes 30 seconds over its limit"


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (0, "0 seconds"),
        (0.2, "1 second"),
        (59.5, "1 minute"),
        (60, "1 minute"),
        (90, "1 minute 30 seconds"),
        (120, "2 minutes"),
        (3601, "60 minutes 1 second"),
    ],
)
def test_durations_read_as_said(seconds: float, said: str) -> None:
    from netcall_tui.core.text.spoken import spoken_duration

    assert spoken_duration(seconds) == said
