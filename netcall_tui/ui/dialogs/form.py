"""A short form of text fields with inline checks; dismisses with the values or None."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from ...core.domain.fields import MAX_FIELD
from ...core.errors import NetcallError
from ...core.text.harmless import harmless
from ...core.text.limits import count_text
from ..base import NetcallModal
from ..widgets.bounded_input import BoundedInput
from ..widgets.dialog_keys import DialogKeys
from ..widgets.word_list import WordList

Check = Callable[[str], str | None]  # returns a message saying what's wrong, or None


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    value: str = ""
    placeholder: str = ""
    check: Check | None = None
    choices: tuple[str, ...] = field(default=())  # picked with the arrows, or typed
    preview: Callable[[str], str] | None = None  # what the text means, shown as you type
    limit: int = MAX_FIELD
    words: tuple[str, ...] = field(default=())  # comma-separated, completed from these


class FormScreen(NetcallModal[dict[str, str] | None]):
    """Enter submits (when every field checks out), escape cancels."""

    DEFAULT_CSS = """
    FormScreen { align: center middle; }
    FormScreen > Vertical {
        width: 72; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    FormScreen #form-title { dock: top; text-style: bold; padding: 0 0 1 0; }
    FormScreen VerticalScroll { height: auto; max-height: 1fr; scrollbar-size-vertical: 1; }
    FormScreen DialogKeys { dock: bottom; margin-top: 0; }  /* the empty error line spaces it */
    FormScreen #form-help { color: $text-muted; padding-bottom: 1; }
    FormScreen Label { color: $text-muted; }
    FormScreen Input { background: $boost; margin-bottom: 0; }
    FormScreen .form-error { color: $error; height: auto; }
    FormScreen .form-preview { color: $success; height: auto; }
    FormScreen .form-count { color: $text-muted; height: auto; display: none; }
    FormScreen OptionList { height: auto; max-height: 8; }
    /* Over the console: at the bottom, two thirds high at most, so that the countdown
       (top left) stays in sight; the fields scroll if they must, the keys stay. */
    FormScreen.-over-timer { align: right bottom; }  /* the countdown keeps the left */
    FormScreen.-over-timer > Vertical { max-height: 66vh; }
    FormScreen.-over-timer OptionList { max-height: 20vh; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
    ]

    def __init__(
        self, title: str, fields: list[Field], help_text: str = "", confirm: str = "save"
    ) -> None:
        """`confirm`: what enter does, in the dialog's last line ("log the call")."""
        super().__init__()
        self._title = harmless(title)  # titles and help may quote a name or a filter
        self._fields = fields
        self._help = harmless(help_text, lines=True)
        self._confirm = confirm

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self._title), id="form-title")
            pick = [(("tab",), "to the list")] if any(f.choices for f in self._fields) else []
            yield DialogKeys(*pick, (("enter",), self._confirm), (("form.cancel",), "cancel"))
            with VerticalScroll(can_focus=False):  # when it is too tall for the room left
                yield from self._body()

    def _body(self) -> ComposeResult:
        if self._help:
            yield Static(Text(self._help), id="form-help")
        for spec in self._fields:
            yield Label(Text(harmless(spec.label)))
            # The value stays exact (it is saved back); the app's filter draws it safely.
            box = BoundedInput(
                spec.value,
                limit=spec.limit,
                placeholder=harmless(spec.placeholder),
                id=f"field-{spec.name}",
                compact=True,
            )
            yield box
            if spec.words:
                yield WordList(box, spec.words, id=f"words-{spec.name}")  # over the form
            if spec.choices:
                # Choices are user data (the phrasebook's avenues): shown literally.
                options = [Option(Text(harmless(choice)), id=choice) for choice in spec.choices]
                yield OptionList(*options, id=f"choices-{spec.name}")
            if spec.preview:
                yield Static("", classes="form-preview", id=f"preview-{spec.name}")
            yield Static("", classes="form-count", id=f"count-{spec.name}")
            yield Static("", classes="form-error", id=f"error-{spec.name}")

    @on(OptionList.OptionSelected)
    def _pick(self, event: OptionList.OptionSelected) -> None:
        name = (event.option_list.id or "").removeprefix("choices-")
        self.query_one(f"#field-{name}", Input).value = event.option.id or ""
        self._submit()

    def on_mount(self) -> None:
        for spec in self._fields:
            self._show_preview(spec, spec.value)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        name = (event.input.id or "").removeprefix("field-")
        spec = next((f for f in self._fields if f.name == name), None)
        if spec is not None:
            self._show_preview(spec, event.value)
            count = count_text(len(event.value), spec.limit)
            counter = self.query_one(f"#count-{spec.name}", Static)
            counter.update(Text(count))
            counter.display = bool(count)  # a line of its own only near the limit

    def _show_preview(self, spec: Field, value: str) -> None:
        if spec.preview is None:
            return
        try:
            shown = spec.preview(value) if value.strip() else ""
        except NetcallError:
            shown = ""  # the check explains it on enter
        self.query_one(f"#preview-{spec.name}", Static).update(
            Text(f"→ {harmless(shown)}" if shown else "")
        )

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self._submit()

    def _submit(self) -> None:
        values: dict[str, str] = {}
        first_bad: Input | None = None
        for spec in self._fields:
            box = self.query_one(f"#field-{spec.name}", Input)
            problem = spec.check(box.value) if spec.check else None
            self.query_one(f"#error-{spec.name}", Static).update(Text(harmless(problem or "")))
            if problem and first_bad is None:
                first_bad = box
            values[spec.name] = box.value.strip()
        if first_bad is not None:
            first_bad.focus()
            return
        self.dismiss(values)

    def action_cancel(self) -> None:
        self.dismiss(None)


def parses(parse: Callable[[str], object]) -> Check:
    """A check that passes when `parse` accepts the text; its error is the message."""

    def check(value: str) -> str | None:
        try:
            parse(value)
        except NetcallError as exc:
            return str(exc)
        return None

    return check


def required(what: str) -> Check:
    def check(value: str) -> str | None:
        return None if value.strip() else f"{what} is required"

    return check
