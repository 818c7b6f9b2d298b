"""The big countdown: phase, remaining time (overtime as +mm:ss) and a thin progress bar."""

from __future__ import annotations

import math
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Digits, Static

from ...core.countdown import Countdown, TimerState, format_clock
from ...core.models import PhaseKind
from .timer_bar import TimerBar


@dataclass(frozen=True, slots=True)
class TimerReading:
    """One look at the countdown, taken by the screen on each tick."""

    phase: PhaseKind
    remaining_s: float
    limit_s: int
    state: TimerState
    paused: bool

    @classmethod
    def of(cls, countdown: Countdown) -> TimerReading:
        # Whole seconds: the display changes once a second, so equal readings skip a repaint.
        left = countdown.remaining()
        remaining = float(math.ceil(left) if left > 0 else -math.floor(-left))
        return cls(
            countdown.phase, remaining, countdown.limit_s, countdown.state(), countdown.paused
        )

    @property
    def clock(self) -> str:
        return format_clock(self.remaining_s)

    @property
    def used_fraction(self) -> float:
        return min(1.0, max(0.0, 1 - self.remaining_s / self.limit_s))


class CallTimer(Vertical):
    """Calm, then warning in the last minute, then over the limit — colour follows state."""

    DEFAULT_CSS = """
    CallTimer { height: auto; padding: 0 1; border: round $primary 50%; }
    CallTimer #timer-top { height: 1; }
    CallTimer #timer-phase { width: 1fr; text-style: bold; color: $text-muted; }
    CallTimer #timer-status { width: auto; color: $text-muted; }
    CallTimer Digits { width: 100%; text-align: center; color: $success; }
    CallTimer.-warning Digits { color: $warning; }
    CallTimer.-over Digits { color: $error; text-style: bold; }
    CallTimer.-over { border: round $error; }
    CallTimer.-warning { border: round $warning; }
    CallTimer.-paused Digits { color: $text-disabled; }
    CallTimer.-warning TimerBar > .timer-bar--used { color: $warning; }
    CallTimer.-over TimerBar > .timer-bar--full { color: $error; }
    """

    reading: reactive[TimerReading | None] = reactive(None)

    def compose(self) -> ComposeResult:
        with Horizontal(id="timer-top"):
            yield Static("no call", id="timer-phase")
            yield Static("", id="timer-status")
        yield Digits("--:--", id="timer-digits")
        yield TimerBar(id="timer-bar")

    def watch_reading(self, reading: TimerReading | None) -> None:
        phase = self.query_one("#timer-phase", Static)
        status = self.query_one("#timer-status", Static)
        digits = self.query_one(Digits)
        bar = self.query_one(TimerBar)
        for state in TimerState:
            self.set_class(reading is not None and reading.state is state, f"-{state.value}")
        self.set_class(reading is not None and reading.paused, "-paused")
        if reading is None:
            phase.update("no call")
            status.update("")
            digits.update("--:--")
            bar.used = 0
            return
        limit = format_clock(reading.limit_s)
        phase.update(f"{reading.phase.label.upper()} · {limit}")
        status.update(_status(reading))
        digits.update(reading.clock)
        bar.used = reading.used_fraction


def _status(reading: TimerReading) -> str:
    if reading.paused:
        return "paused"
    if reading.state is TimerState.OVER:
        return "overtime"
    if reading.state is TimerState.WARNING:
        return "ending"
    return ""
