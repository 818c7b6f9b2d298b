"""A small question with a few answers: confirmations are modal results, not flags."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Static

from ...core.text.harmless import harmless
from ..base import NetcallModal
from ..widgets.dialog_keys import DialogKeys


class ChoiceScreen(NetcallModal[str | None]):
    """Dismisses with the chosen answer's id, or None on escape."""

    DEFAULT_CSS = """
    ChoiceScreen { align: center middle; }
    /* Over the console: at the bottom, two thirds high at most (see FormScreen). */
    ChoiceScreen.-over-timer { align: right bottom; }  /* the countdown keeps the left */
    ChoiceScreen.-over-timer > Vertical { max-height: 66vh; }
    ChoiceScreen > Vertical {
        width: 64; max-width: 100%; height: auto; max-height: 100%; border: thick $primary;
        background: $surface; padding: 0 2;
    }
    ChoiceScreen.-danger > Vertical { border: thick $error; }
    ChoiceScreen #choice-title { dock: top; text-style: bold; padding: 1 0; }
    ChoiceScreen VerticalScroll { height: auto; max-height: 1fr; scrollbar-size-vertical: 1; }
    ChoiceScreen Horizontal { height: auto; align-horizontal: right; }
    ChoiceScreen DialogKeys { dock: bottom; margin: 0; }
    ChoiceScreen Button { margin-left: 1; min-width: 10; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="choice.cancel"),
        Binding("left", "app.focus_previous", "Previous", show=False, id="choice.prev"),
        Binding("right", "app.focus_next", "Next", show=False, id="choice.next"),
    ]

    def __init__(
        self,
        title: str,
        body: str | Text,
        answers: list[tuple[str, str, str]],
        *,
        danger: bool = False,
    ) -> None:
        """`answers` are (id, label, variant); the first is focused. Text given as `str`
        (it may quote a name) is made harmless here; a `Text` body is built so already."""
        super().__init__(classes="-danger" if danger else "")
        self._title = harmless(title)
        self._body = body if isinstance(body, Text) else Text(harmless(body, lines=True))
        self._answers = [(key, harmless(label), variant) for key, label, variant in answers]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self._title), id="choice-title")
            yield DialogKeys(
                (("enter",), "choose"),
                (("choice.prev", "choice.next"), "move"),
                (("choice.cancel",), "cancel"),
            )
            with VerticalScroll(can_focus=False):  # a long body scrolls; the answers stay
                yield Static(self._body, id="choice-body")
            with Horizontal():
                for answer_id, label, variant in self._answers:
                    # Labels may hold a caller's name: literal text, never markup.
                    yield Button(Text(label), id=f"answer-{answer_id}", variant=variant)  # type: ignore[arg-type]  # variants come from our own table, each a Button variant

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss((event.button.id or "").removeprefix("answer-"))

    def action_cancel(self) -> None:
        self.dismiss(None)
