"""The phased call timer: story, then advice or interview, each with its own limit.

Time is always read from an injected monotonic clock: a phase's elapsed time is the time
banked before its current running stretch plus (clock now - when that stretch began). No
ticks are counted, so a slow or irregular UI timer can't make it drift, and a wall-clock
jump (NTP, DST, a user changing the date) can't move it.

Threshold crossings (warning, limit, overtime repeats) are reported by `poll()`, each once
per crossing. If several thresholds were crossed between two polls (the app was suspended,
say) only the latest is reported; the earlier ones are marked as fired, because a burst of
stale nudges helps nobody.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from .errors import ValidationError
from .models import Phase, PhaseKind

if TYPE_CHECKING:
    from .config import Config

Clock = Callable[[], float]

DEFAULT_LIMITS: Mapping[PhaseKind, int] = {
    PhaseKind.STORY: 5 * 60,
    PhaseKind.ADVICE: 15 * 60,
    PhaseKind.INTERVIEW: 30 * 60,
}
MIN_LIMIT_S = 60  # adjust() never shortens a phase below a minute
MAX_LIMIT_S = 8 * 3600  # nor lengthens one past a working day
STATE_VERSION = 1


class TimerState(StrEnum):
    CALM = "calm"
    WARNING = "warning"  # remaining <= the warning lead
    OVER = "over"  # remaining <= 0: the limit is reached


class NudgeKind(StrEnum):
    WARNING = "warning"
    LIMIT = "limit"
    OVERTIME_REPEAT = "overtime_repeat"


@dataclass(frozen=True, slots=True)
class Nudge:
    """A threshold the current phase crossed; `repeat` counts overtime repeats (1, 2, …)."""

    kind: NudgeKind
    phase: PhaseKind
    repeat: int = 0


@dataclass(slots=True)
class _Run:
    """One phase as it runs. `banked_s` is its elapsed time up to `since` (None = stopped)."""

    kind: PhaseKind
    limit_s: int
    banked_s: float = 0.0
    since: float | None = None
    warned: bool = False
    limited: bool = False
    repeats: int = 0


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
        self._limits = _check_limits({**DEFAULT_LIMITS, **(limits or {})})
        if warning_s < 0 or overtime_repeat_s < 0:
            raise ValidationError("warning and overtime repeat times cannot be negative")
        self.warning_s = warning_s
        self.overtime_repeat_s = overtime_repeat_s  # 0 disables overtime repeats
        self._clock = clock
        self._runs: list[_Run] = [_Run(PhaseKind.STORY, self._limits[PhaseKind.STORY])]
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
    def _current(self) -> _Run:
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

    def _elapsed(self, run: _Run) -> float:
        if run.since is None:
            return run.banked_s
        # max(): a clock that steps back (not monotonic, or a bad fake) never undoes time
        return run.banked_s + max(0.0, self._clock() - run.since)

    def elapsed(self) -> float:
        """Seconds counted in the current phase."""
        return self._elapsed(self._current)

    def total_elapsed(self) -> float:
        """Seconds counted over the whole call so far."""
        return sum(self._elapsed(run) for run in self._runs)

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
        return tuple(Phase(run.kind, run.limit_s, self._elapsed(run)) for run in self._runs)

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
        self._runs.append(_Run(kind, self._limits[kind], since=self._clock()))
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
        used = self._elapsed(run)
        wanted = run.limit_s + int(delta_s)
        if delta_s < 0:
            floor = max(MIN_LIMIT_S, math.ceil(used))
            new = min(run.limit_s, max(wanted, floor))
        else:
            new = max(run.limit_s, min(wanted, MAX_LIMIT_S))
        run.limit_s = new
        self._rearm(run, used)
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
        run.banked_s = self._elapsed(run)
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
        used = self._elapsed(run)
        over = used - run.limit_s
        if self.overtime_repeat_s > 0 and over >= self.overtime_repeat_s:
            count = int(over // self.overtime_repeat_s)
            if count > run.repeats:
                run.warned = run.limited = True
                run.repeats = count
                return [Nudge(NudgeKind.OVERTIME_REPEAT, run.kind, count)]
        if over >= 0 and not run.limited:
            run.warned = run.limited = True
            return [Nudge(NudgeKind.LIMIT, run.kind)]
        if self._in_warning(run, used) and not run.warned:
            run.warned = True
            return [Nudge(NudgeKind.WARNING, run.kind)]
        return []

    def _in_warning(self, run: _Run, used: float) -> bool:
        return self.warning_s > 0 and run.limit_s - used <= self.warning_s

    def _rearm(self, run: _Run, used: float) -> None:
        over = used - run.limit_s
        run.limited = run.limited and over >= 0
        run.warned = run.warned and (over >= 0 or self._in_warning(run, used))
        if self.overtime_repeat_s > 0:
            run.repeats = min(run.repeats, max(0, int(over // self.overtime_repeat_s)))

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
            "runs": [_run_to_dict(run, self._elapsed(run)) for run in self._runs],
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
        runs = [_run_from_dict(item) for item in data["runs"]]
        if not runs or runs[0].kind is not PhaseKind.STORY:
            raise ValidationError("a saved call timer must start with the story phase")
        timer._runs = runs
        timer._finished = bool(data.get("finished", False))
        if resume and not timer._finished:
            timer.resume()
        return timer


def _check_limits(limits: Mapping[PhaseKind, int]) -> dict[PhaseKind, int]:
    checked: dict[PhaseKind, int] = {}
    for kind, limit in limits.items():
        if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
            raise ValidationError(f"the {kind} limit must be a positive whole number of seconds")
        checked[PhaseKind.parse(kind)] = limit
    return checked


def _run_to_dict(run: _Run, used: float) -> dict[str, Any]:
    return {
        "kind": run.kind.value,
        "limit_s": run.limit_s,
        "used_s": round(used, 3),
        "warned": run.warned,
        "limited": run.limited,
        "repeats": run.repeats,
    }


def _run_from_dict(data: Mapping[str, Any]) -> _Run:
    phase = Phase.from_dict(dict(data))  # validates kind, limit and used time
    return _Run(
        phase.kind,
        phase.limit_s,
        banked_s=phase.used_s,
        warned=bool(data.get("warned", False)),
        limited=bool(data.get("limited", False)),
        repeats=int(data.get("repeats", 0)),
    )


def format_clock(seconds: float) -> str:
    """A countdown reading: "04:59" left, "+01:23" over, "1:02:03" past an hour.

    Time left is rounded up, so 00:00 shows exactly when the limit is reached; overtime
    is rounded down, like any clock counting up.
    """
    if seconds > 0:
        return _hms(math.ceil(seconds))
    return "+" + _hms(math.floor(-seconds)) if seconds < 0 else "00:00"


def format_duration(seconds: float) -> str:
    """Time used, rounded down: "06:12", "1:00:05"."""
    return _hms(math.floor(max(0.0, seconds)))


def _hms(total: int) -> str:
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"
