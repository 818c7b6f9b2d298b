"""The thin bar under the countdown: how much of the phase's time is used."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from textual.app import RenderResult
from textual.reactive import reactive
from textual.renderables.bar import Bar
from textual.widget import Widget


class TimerBar(Widget, can_focus=False):
    """Draws what ProgressBar's bar draws, as one widget: ProgressBar brings two hidden
    status widgets, their styles and its module to the console's first frame."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"timer-bar--used", "timer-bar--full"}
    DEFAULT_CSS = """
    TimerBar { width: 1fr; height: 1; }
    TimerBar > .timer-bar--used { color: $success; background: $surface; }
    TimerBar > .timer-bar--full { color: $success; background: $surface; }
    """

    used: reactive[float] = reactive(0.0)

    def validate_used(self, used: float) -> float:
        # Half cells are the finest step the bar can show: skip repaints below that.
        steps = self.size.width * 2
        return int(used * steps) / steps if steps else used

    def render(self) -> RenderResult:
        part = "timer-bar--used" if self.used < 1 else "timer-bar--full"
        style = self.get_component_rich_style(part)
        return Bar(
            highlight_range=(0, self.size.width * self.used),
            highlight_style=Style.from_color(style.color),
            background_style=Style.from_color(style.bgcolor),
        )
