"""Who is calling: a short form; known callers autocomplete and fill in the rest."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.suggester import Suggester
from textual.widgets import Input, Label, Select, Static

from ...core.domain.fields import MAX_FIELD, MAX_NAME
from ...core.domain.matching import fold, person_key
from ...core.domain.records import Caller
from ...core.domain.vocabulary import Reach, Strength
from ...core.errors import ValidationError
from ...core.text.harmless import harmless
from ...core.text.limits import count_text
from ..base import NetcallModal
from ..widgets.bounded_input import BoundedInput

_TEXT_FIELDS = ("referred_by", "role", "company", "sector", "phone", "email")
_LABELS = {
    "referred_by": "referred by",
    "role": "aiming for: role",
    "company": "company",
    "sector": "sector",
    "phone": "phone",
    "email": "email",
}


class KnownNames(Suggester):
    """Completes a name from the callers you know, matched as the log matches: case and
    accents ignored, so "siob" offers "Siobhán"."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self._names = sorted(names, key=fold)

    async def get_suggestion(self, value: str) -> str | None:
        typed = fold(value)
        if not typed.strip():
            return None
        return next((name for name in self._names if fold(name).startswith(typed)), None)


def _choice(default: Reach | Strength, id: str) -> Select[object]:
    """A compact drop-down of every member of `default`'s word list, by label."""
    options = [(member.label, member) for member in type(default)]
    return Select(options, value=default, id=id, allow_blank=False, compact=True)


class CallerForm(NetcallModal[Caller | None]):
    """Enter starts the call; escape goes back. Problems are explained beside the field."""

    DEFAULT_CSS = """
    CallerForm { align: center middle; }
    CallerForm > Vertical {
        width: 80; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    CallerForm #caller-title { text-style: bold; }
    CallerForm #caller-hint { color: $text-muted; }
    CallerForm Grid { grid-size: 2; grid-columns: 1fr 1fr; grid-gutter: 0 1; height: auto; }
    CallerForm Label { color: $text-muted; margin-top: 1; }
    CallerForm .cell { height: auto; }
    CallerForm Input, CallerForm Select { background: $boost; }
    CallerForm #caller-error { color: $error; height: auto; }
    CallerForm #caller-known { color: $success; height: auto; }
    CallerForm #caller-count { color: $text-muted; height: auto; display: none; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="caller.cancel"),
        Binding("ctrl+s", "start", "Start the call", id="caller.start"),
    ]

    def __init__(self, known: list[Caller]) -> None:
        super().__init__()
        self._known = {person_key(caller.name): caller for caller in known}
        self._match: Caller | None = None

    def compose(self) -> ComposeResult:
        names = sorted({caller.name for caller in self._known.values()})
        with Vertical():
            yield Static("New call", id="caller-title")
            yield Static(
                "enter (in a text box) or ctrl+s starts the call · tab moves · esc cancels",
                id="caller-hint",
            )
            yield Label("name (required)")
            yield BoundedInput(
                limit=MAX_NAME,
                id="name",
                suggester=KnownNames(names),
                placeholder="who is calling?",
                compact=True,
            )
            yield Static("", id="caller-known")
            with Grid():
                with Vertical(classes="cell"):
                    yield Label("how they reached you")
                    yield _choice(Reach.COLD, "reach")
                with Vertical(classes="cell"):
                    yield Label("connection strength")
                    yield _choice(Strength.NONE, "strength")
                for name in _TEXT_FIELDS:
                    with Vertical(classes="cell"):
                        yield Label(_LABELS[name])
                        yield BoundedInput(limit=MAX_FIELD, id=name, compact=True)
            yield Static("", id="caller-count")
            yield Static("", id="caller-error")

    @on(Input.Changed)
    def _count(self, event: Input.Changed) -> None:
        count = count_text(len(event.value), event.input.max_length or 0)
        label = _LABELS.get(event.input.id or "", "name")
        counter = self.query_one("#caller-count", Static)
        counter.update(Text(f"{label}: {count}" if count else ""))
        counter.display = bool(count)  # a line of its own only near the limit

    @on(Input.Changed, "#name")
    def _name_changed(self, event: Input.Changed) -> None:
        caller = self._known.get(person_key(event.value))
        if caller is self._match:
            return
        self._match = caller
        known = self.query_one("#caller-known", Static)
        if caller is None:
            known.update("")
            return
        known.update(Text("✔ known caller — details filled in from their record"))
        self._fill(caller)

    def _fill(self, caller: Caller) -> None:
        self.query_one("#reach", Select).value = caller.reach
        self.query_one("#strength", Select).value = caller.strength
        for name in _TEXT_FIELDS:
            self.query_one(f"#{name}", Input).value = getattr(caller, name)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_start()

    def action_start(self) -> None:
        try:
            caller = self._caller()
        except ValidationError as exc:
            self.query_one("#caller-error", Static).update(Text(harmless(str(exc).capitalize())))
            self.query_one("#name", Input).focus()
            return
        self.dismiss(caller)

    def _caller(self) -> Caller:
        values = {name: self.query_one(f"#{name}", Input).value for name in _TEXT_FIELDS}
        name = self.query_one("#name", Input).value
        reach = Reach.parse(self.query_one("#reach", Select).value)
        strength = Strength.parse(self.query_one("#strength", Select).value)
        if self._match is not None:
            # Typed in other case or without accents to pick them: keep the name as written.
            same = person_key(name) == person_key(self._match.name)
            name = self._match.name if same else name
            return replace(self._match, name=name, reach=reach, strength=strength, **values)  # type: ignore[arg-type]  # values holds only the text fields
        return Caller(name=name, reach=reach, strength=strength, **values)  # type: ignore[arg-type]  # values holds only the text fields

    def action_cancel(self) -> None:
        self.dismiss(None)
