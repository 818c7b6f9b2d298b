"""Who is calling: a short form; known callers are listed as you type and fill in the
rest, and a new name close to a known one asks whether it is the same person."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.widgets import Input, Label, Select, Static

from ...core.domain.fields import MAX_FIELD, MAX_NAME
from ...core.domain.matching import close_people, person_key
from ...core.domain.records import Caller
from ...core.domain.vocabulary import Reach, Strength
from ...core.errors import ValidationError
from ...core.text.harmless import harmless
from ...core.text.limits import count_text
from ..base import NetcallModal
from ..widgets.bounded_input import BoundedInput
from ..widgets.known_callers import KnownCallers
from .choice import ChoiceScreen

_TEXT_FIELDS = ("referred_by", "role", "company", "sector", "phone", "email")
_LABELS = {
    "referred_by": "referred by",
    "role": "aiming for: role",
    "company": "company",
    "sector": "sector",
    "phone": "phone",
    "email": "email",
}


def _choice(default: Reach | Strength, id: str) -> Select[object]:
    """A compact drop-down of every member of `default`'s word list, by label."""
    options = [(member.label, member) for member in type(default)]
    return Select(options, value=default, id=id, allow_blank=False, compact=True)


_NAME_LABEL = "name (required)"
_LIST_KEYS = "↑↓ choose, tab or enter takes it, esc closes the list"


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
        self._callers = known
        self._known = {person_key(caller.name): caller for caller in known}
        self._match: Caller | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("New call", id="caller-title")
            yield Static(
                "enter (in a text box) or ctrl+s starts the call · tab moves · esc cancels",
                id="caller-hint",
            )
            yield Label(_NAME_LABEL, id="name-label")
            name_box = BoundedInput(
                limit=MAX_NAME, id="name", placeholder="who is calling?", compact=True
            )
            yield name_box
            yield KnownCallers(name_box, self._callers)  # drawn over the form, not in it
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
        self._take(self._known.get(person_key(event.value)))

    @on(KnownCallers.Picked)
    def _picked(self, event: KnownCallers.Picked) -> None:
        self._take(event.caller)

    @on(KnownCallers.Shown)
    def _list_shown(self, event: KnownCallers.Shown) -> None:
        label = f"{_NAME_LABEL} · {_LIST_KEYS}" if event.shown else _NAME_LABEL
        self.query_one("#name-label", Label).update(label)

    def _take(self, caller: Caller | None) -> None:
        """`caller` is who the name names now (None: nobody known): say so, fill them in."""
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
        close = [] if self._match else close_people(self._callers, caller.name, _name_of)
        if not close:
            self.dismiss(caller)
            return
        known = close[0]
        company = f" ({known.company})" if known.company else ""
        question = ChoiceScreen(
            f"Same person as {known.name}{company}?",
            f"You typed “{caller.name}”. Yes starts the call with their record; "
            "no starts one with a new caller.",
            [
                ("same", "Yes, same", "primary"),
                ("new", "No, new caller", "default"),
                ("back", "Back", "default"),
            ],
        )
        self.app.push_screen(question, lambda answer: self._same_person(answer, known, caller))

    def _same_person(self, answer: str | None, known: Caller, typed: Caller) -> None:
        """Yes: the known caller, with what was typed over their record; no: the new
        caller as typed; back (or escape): the form again, as it was."""
        if answer == "new":
            self.dismiss(typed)
        elif answer == "same":
            self.dismiss(_typed_over(known, typed))
        else:
            self.query_one("#name", Input).focus()

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


def _name_of(caller: Caller) -> str:
    return caller.name


def _typed_over(known: Caller, typed: Caller) -> Caller:
    """The known caller, keeping each detail the form was given (a blank keeps theirs,
    and how they reached you and the strength keep theirs unless changed from the
    form's defaults); their name stays as they are known."""
    values = {name: getattr(typed, name) or getattr(known, name) for name in _TEXT_FIELDS}
    reach = known.reach if typed.reach is Reach.COLD else typed.reach
    strength = known.strength if typed.strength is Strength.NONE else typed.strength
    return replace(known, reach=reach, strength=strength, **values)
