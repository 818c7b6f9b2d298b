"""A line of key hints under the panes: the outcomes during a call, the next step otherwise.

The footer lists every key too, but at 80 columns it can't show them all; the seven
outcome keys are the ones that must never scroll out of sight.
"""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static


class KeyHints(Static):
    DEFAULT_CSS = """
    KeyHints { height: 1; padding: 0 1; background: $panel; color: $text-muted; }
    """

    live: reactive[bool] = reactive(False)

    def __init__(
        self, live_hints: list[tuple[str, str]], idle_hints: list[tuple[str, str]], **kwargs: object
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]  # Static's keywords, passed through unchanged
        self._live_hints = live_hints
        self._idle_hints = idle_hints

    def set_idle(self, hints: list[tuple[str, str]]) -> None:
        self._idle_hints = hints
        self.watch_live(self.live)

    def on_mount(self) -> None:
        self.watch_live(self.live)

    def watch_live(self, live: bool) -> None:
        # Tight spacing on purpose: all seven outcomes fit in 80 columns.
        text = Text()
        for key, label in self._live_hints if live else self._idle_hints:
            text.append(key, style="bold reverse")
            text.append(f" {label} ")
        self.update(text)
