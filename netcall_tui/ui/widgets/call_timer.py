"""The big countdown: phase, remaining time (overtime as +mm:ss) and a thin progress bar.

The digits grow with the room the pane has: Textual's three-row digits where rows are
scarce (80x16), then half-block digits of 4, 7 or 11 rows (core.text.block_digits),
the largest that fits, so the countdown reads from arm's length on a big terminal."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.align import Align
from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.style import Style
from rich.text import Text
from textual.app import RenderResult
from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.renderables.bar import Bar
from textual.renderables.digits import Digits
from textual.widget import Widget

from ...core.call.countdown import Countdown
from ...core.call.timer_parts import TimerState
from ...core.text import block_digits
from ...core.text.clock import format_clock

if TYPE_CHECKING:
    from ...core.domain.vocabulary import PhaseKind

IDLE_CLOCK = "--:--"
LINES = 2  # the phase line and the bar, around the digits
SMALL_ROWS = 3  # Textual's Digits
SCALES = (3, 2, 1)  # block digits, largest first
WIDEST = "+00:00"  # the font is picked for this, so it does not shrink at overtime


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

    @property
    def heading(self) -> str:
        return f"{self.phase.label.upper()} · {format_clock(self.limit_s)}"

    @property
    def status(self) -> str:
        if self.paused:
            return "paused"
        if self.state is TimerState.OVER:
            return "overtime"
        if self.state is TimerState.WARNING:
            return "ending"
        return ""


class CallTimer(Widget, can_focus=False):
    """Calm, then warning in the last minute, then over the limit — colour follows state.

    One widget draws the phase line, the digits and the bar: as six widgets (a row, two
    labels, Digits, a bar) the countdown cost the console's first frame 2.5% more work.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "call-timer--phase",
        "call-timer--status",
        "call-timer--digits",
        "call-timer--bar",
        "call-timer--bar-full",
    }
    DEFAULT_CSS = """
    CallTimer { width: 1fr; height: 1fr; min-height: 7; padding: 0 1; border: round $primary 50%; }
    CallTimer > .call-timer--phase { text-style: bold; color: $text-muted; }
    CallTimer > .call-timer--status { color: $text-muted; }
    CallTimer > .call-timer--digits { color: $success; }
    CallTimer > .call-timer--bar, CallTimer > .call-timer--bar-full {
        color: $success; background: $surface;
    }
    CallTimer.-warning { border: round $warning; }
    CallTimer.-warning > .call-timer--digits { color: $warning; }
    CallTimer.-warning > .call-timer--bar { color: $warning; }
    CallTimer.-over { border: round $error; }
    CallTimer.-over > .call-timer--digits { color: $error; text-style: bold; }
    CallTimer.-over > .call-timer--bar-full { color: $error; }
    CallTimer.-paused > .call-timer--digits { color: $text-disabled; }
    """

    reading: reactive[TimerReading | None] = reactive(None)

    def watch_reading(self, reading: TimerReading | None) -> None:
        for state in TimerState:
            self.set_class(reading is not None and reading.state is state, f"-{state.value}")
        self.set_class(reading is not None and reading.paused, "-paused")

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return LINES + SMALL_ROWS  # where its height is auto: the small digits

    def render(self) -> RenderResult:
        reading = self.reading
        width, height = self.content_size
        clock = reading.clock if reading else IDLE_CLOCK
        digits = self._digits(clock, width, height - LINES)
        room = max(0, height - LINES - self._rows)  # blank lines, shared above and below
        parts: list[RenderableType] = [self._top_line(reading, width)]
        for blank, part in ((room // 2, digits), (room - room // 2, None)):
            if blank:
                parts.append(Text("\n" * (blank - 1)))
            if part is not None:
                parts.append(part)
        parts.append(self._bar(reading.used_fraction if reading else 0.0, width))
        return Group(*parts)

    _rows = SMALL_ROWS

    def _digits(self, clock: str, width: int, rows: int) -> Align:
        """The largest digits that fit `width` and `rows`, centred."""
        style = self.get_component_rich_style("call-timer--digits")
        widest = clock if len(clock) > len(WIDEST) else WIDEST
        for scale in SCALES:
            fits = block_digits.width(widest, scale) <= width
            if fits and block_digits.rows(scale) <= rows:
                self._rows = block_digits.rows(scale)
                lines = block_digits.block_lines(clock, scale)
                return Align.center(Text("\n".join(lines), style=style, no_wrap=True))
        self._rows = SMALL_ROWS
        return Align.center(Digits(clock, style), style=style)

    def _top_line(self, reading: TimerReading | None, width: int) -> Text:
        """The phase and its limit on the left, the state on the right. A heading too
        long for the room beside the state is cut at a word, as a label would wrap."""
        status = reading.status if reading else ""
        room = max(0, width - cell_len(status))
        heading = reading.heading if reading else "no call"
        shown = Content(heading).wrap(room)[0].plain if room else ""
        line = Text(no_wrap=True)
        line.append(shown, self.get_component_rich_style("call-timer--phase"))
        line.pad_right(room - line.cell_len)
        line.append(status, self.get_component_rich_style("call-timer--status"))
        return line

    def _bar(self, used: float, width: int) -> Bar:
        style = self.get_component_rich_style(
            "call-timer--bar" if used < 1 else "call-timer--bar-full"
        )
        # Half cells are the finest step the bar shows.
        end = int(used * width * 2) / 2
        return Bar(
            highlight_range=(0, end),
            highlight_style=Style.from_color(style.color),
            background_style=Style.from_color(style.bgcolor),
        )
