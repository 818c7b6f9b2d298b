"""The phased call timer: story, then advice or interview, each with its own limit.

Time is always read from an injected monotonic clock: a phase's elapsed time is the time
banked before its current running stretch plus (clock now - when that stretch began). No
ticks are counted, so a slow or irregular UI timer can't make it drift, and a wall-clock
jump (NTP, DST, a user changing the date) can't move it.

The phase-by-phase pieces (limits, TimerState, Nudge, one phase's run and its threshold
rules) live in `timer_parts`, the readings as text in `text.clock`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..domain.vocabulary import PhaseKind
from ..errors import ValidationError
from ..text.spoken import spoken_duration
from .timer_parts import (
    DEFAULT_LIMITS,
    MAX_LIMIT_S,
    MIN_LIMIT_S,
    STATE_VERSION,
    Clock,
    Nudge,
    NudgeKind,
    PhaseRun,
    TimerState,
    check_limits,
)

if TYPE_CHECKING:
    from ..config import Config
    from ..domain.values import Phase


class Countdown:
    """The call timer. It starts running (in the story phase) when constructed."""

    def __init__(
        self,
        limits: Mapping[PhaseKind, int] | None = None,
        *,
        warning_s: int = 60,
        overtime_repeat_s: int = 0,
        clock: Clock = time.monotonic,
        start_paused: bool = False,
    ) -> None:
        self._limits = check_limits({**DEFAULT_LIMITS, **(limits or {})})
        if warning_s < 0 or overtime_repeat_s < 0:
            raise ValidationError("warning and overtime repeat times cannot be negative")
        self.warning_s = warning_s
        self.overtime_repeat_s = overtime_repeat_s  # 0 disables overtime repeats
        self._clock = clock
        self._runs: list[PhaseRun] = [PhaseRun(PhaseKind.STORY, self._limits[PhaseKind.STORY])]
        self._paused = start_paused
        self._finished = False
        if not start_paused:
            self._current.since = self._clock()

    @classmethod
    def from_config(cls, config: Config, *, clock: Clock = time.monotonic) -> Countdown:
        """The limits, warning lead and overtime repeat the user configured."""
        limits = {
            PhaseKind.STORY: config.story_s,
            PhaseKind.ADVICE: config.advice_s,
            PhaseKind.INTERVIEW: config.interview_s,
        }
        return cls(
            limits,
            warning_s=config.warning_s,
            overtime_repeat_s=config.overtime_repeat_s,
            clock=clock,
        )

    # --- reading -------------------------------------------------------------------

    @property
    def _current(self) -> PhaseRun:
        return self._runs[-1]

    @property
    def phase(self) -> PhaseKind:
        return self._current.kind

    @property
    def limit_s(self) -> int:
        return self._current.limit_s

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def finished(self) -> bool:
        return self._finished

    def elapsed(self) -> float:
        """Seconds counted in the current phase."""
        return self._current.elapsed(self._clock)

    def total_elapsed(self) -> float:
        """Seconds counted over the whole call so far."""
        return sum(run.elapsed(self._clock) for run in self._runs)

    def remaining(self) -> float:
        """Seconds left in the current phase; negative is overtime."""
        return self._current.limit_s - self.elapsed()

    def state(self) -> TimerState:
        left = self.remaining()
        if left <= 0:
            return TimerState.OVER
        if self.warning_s > 0 and left <= self.warning_s:
            return TimerState.WARNING
        return TimerState.CALM

    def phases(self) -> tuple[Phase, ...]:
        """The phases so far, the current one with its time up to now (for drafts)."""
        from ..domain.values import (
            Phase,  # the records are imported once a call runs: not at start-up
        )

        return tuple(Phase(run.kind, run.limit_s, run.elapsed(self._clock)) for run in self._runs)

    def story_in_time(self) -> bool | None:
        """Whether the story ended within its limit; None while the story is still running."""
        story = self._runs[0]
        if len(self._runs) == 1 and not self._finished:
            return None
        return story.banked_s <= story.limit_s

    # --- controlling ---------------------------------------------------------------

    def pause(self) -> None:
        if self._paused or self._finished:
            return
        self._stop_current()
        self._paused = True

    def resume(self) -> None:
        if not self._paused or self._finished:
            return
        self._current.since = self._clock()
        self._paused = False

    def toggle(self) -> bool:
        """Pause if running, resume if paused; returns the new paused flag."""
        if self._paused:
            self.resume()
        else:
            self.pause()
        return self._paused

    def next_phase(self, kind: PhaseKind) -> None:
        """End the current phase and start `kind` (advice or interview), running.

        Moving on always resumes: the conversation has visibly moved on. A call may switch
        between advice and interview, but never back to the story or to the same phase.
        """
        kind = PhaseKind.parse(kind)
        self._check_open()
        if kind is PhaseKind.STORY:
            raise ValidationError("the story is always the first phase; it can't come back")
        if kind is self.phase:
            raise ValidationError(f"the call is already in the {kind.label} phase")
        self._stop_current()
        self._runs.append(PhaseRun(kind, self._limits[kind], since=self._clock()))
        self._paused = False

    def adjust(self, delta_s: int) -> int:
        """Lengthen (+) or shorten (-) the current phase's limit; returns the new limit.

        Shortening stops at MIN_LIMIT_S and at the time already used (rounded up), so
        pressing "-1 min" near the end lands exactly on the limit instead of inventing
        overtime that never happened; it never lengthens the limit either. Thresholds
        now ahead again are re-armed so their nudges can fire once more.
        """
        self._check_open()
        run = self._current
        used = run.elapsed(self._clock)
        wanted = run.limit_s + int(delta_s)
        if delta_s < 0:
            floor = max(MIN_LIMIT_S, math.ceil(used))
            new = min(run.limit_s, max(wanted, floor))
        else:
            new = max(run.limit_s, min(wanted, MAX_LIMIT_S))
        run.limit_s = new
        run.rearm(used, self.warning_s, self.overtime_repeat_s)
        return new

    def finish(self) -> tuple[Phase, ...]:
        """Stop the timer and return the phases for storage; calling again is harmless."""
        if not self._finished:
            self._stop_current()
            self._finished = True
            self._paused = True
        return self.phases()

    def _stop_current(self) -> None:
        run = self._current
        run.banked_s = run.elapsed(self._clock)
        run.since = None

    def _check_open(self) -> None:
        if self._finished:
            raise ValidationError("the call's timer has already finished")

    # --- nudges --------------------------------------------------------------------

    def poll(self) -> list[Nudge]:
        """The thresholds crossed since the last poll (at most one nudge per poll)."""
        if self._finished:
            return []
        run = self._current
        nudge = run.crossed(run.elapsed(self._clock), self.warning_s, self.overtime_repeat_s)
        return [nudge] if nudge else []

    def nudge_title(self, nudge: Nudge) -> str:
        """What a nudge says, with the time really left (the warning lead is the user's:
        15 seconds is not "one minute")."""
        label = nudge.phase.label
        if nudge.kind is NudgeKind.WARNING:
            return f"{spoken_duration(max(0.0, self.remaining())).capitalize()} left in the {label}"
        if nudge.kind is NudgeKind.LIMIT:
            return f"The {label} is at its limit"
        over = spoken_duration(max(0.0, -self.remaining()))
        return f"The {label} is {over} over its limit"

    # --- drafts --------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Plain state for a draft: elapsed seconds, not clock readings, which die with
        the process (a monotonic clock restarts from an arbitrary origin)."""
        return {
            "version": STATE_VERSION,
            "limits": {k.value: v for k, v in self._limits.items()},
            "warning_s": self.warning_s,
            "overtime_repeat_s": self.overtime_repeat_s,
            "paused": self._paused,
            "finished": self._finished,
            "runs": [run.to_dict(run.elapsed(self._clock)) for run in self._runs],
        }

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], *, clock: Clock = time.monotonic, resume: bool = False
    ) -> Countdown:
        """Restore a draft. It comes back paused unless `resume`: nobody knows how long
        the app was down, so no unwitnessed time is counted until the user says so."""
        try:
            return cls._restore(data, clock, resume)
        except ValidationError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValidationError(f"the saved call timer can't be restored ({exc!r})") from exc

    @classmethod
    def _restore(cls, data: Mapping[str, Any], clock: Clock, resume: bool) -> Countdown:
        if data.get("version") != STATE_VERSION:
            raise ValidationError(f"unknown call timer version {data.get('version')!r}")
        limits = {PhaseKind.parse(k): int(v) for k, v in data["limits"].items()}
        timer = cls(
            limits,
            warning_s=int(data["warning_s"]),
            overtime_repeat_s=int(data["overtime_repeat_s"]),
            clock=clock,
            start_paused=True,
        )
        runs = [PhaseRun.from_dict(item) for item in data["runs"]]
        if not runs or runs[0].kind is not PhaseKind.STORY:
            raise ValidationError("a saved call timer must start with the story phase")
        timer._runs = runs
        timer._finished = bool(data.get("finished", False))
        if resume and not timer._finished:
            timer.resume()
        return timer
