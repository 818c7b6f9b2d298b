"""Changing the outcome of a past call: kind, detail and (for a meeting, a call-back or a
résumé review) when. The same rules as logging it: a referral names the contact, an
honest no names an avenue.

The list opens on the call's outcome; moving the highlight picks that outcome (Tab
keeps what is highlighted); the old outcome's contact, avenue or date is carried only
while the outcome stays the same, so "advice given" never inherits a referral's contact.
"""

from __future__ import annotations

import pendulum
from textual import on
from textual.widgets import Input, OptionList

from ...core.domain.fields import MAX_DETAIL
from ...core.domain.records import Call
from ...core.domain.values import Outcome
from ...core.domain.vocabulary import OutcomeKind
from ...core.errors import NetcallError
from ..host import NetcallHost
from .form import Field, FormScreen, parses
from .when_form import WHEN_EXAMPLES, when_from, when_shown

DATED = (
    OutcomeKind.INTERVIEW_SCHEDULED,
    OutcomeKind.FOLLOW_UP_SCHEDULED,
    OutcomeKind.RESUME_KEPT,
)
# Local to this dialog: the forms' own key line, if they get one, may replace it.
HELP = "A referral needs the contact; an honest no needs an avenue."


def _check_kind(value: str) -> str | None:
    if OutcomeKind.lookup(value) is not None:
        return None
    return "Pick one from the list: " + ", ".join(k.label for k in OutcomeKind) + "."


def _check_when(text: str) -> str | None:
    return None if not text.strip() else parses(when_from)(text)


def _shown(text: str) -> str:
    return "no date" if not text.strip() else when_shown(text)


def _when_text(outcome: Outcome | None) -> str:
    if outcome is None or outcome.when is None:
        return ""
    zone = pendulum.now().timezone or "UTC"
    return outcome.when.in_timezone(zone).format("YYYY-MM-DD HH:mm")


class OutcomeForm(FormScreen):
    """The outcome form: opens on `old`'s kind; a new kind clears the detail and the date
    that belonged to the old one (unless the user has typed their own)."""

    def __init__(self, title: str, fields: list[Field], old: Outcome | None) -> None:
        super().__init__(title, fields, help_text=HELP)
        self._old = old
        self._carried = {"detail": old.detail if old else "", "when": _when_text(old)}

    def on_mount(self) -> None:
        kind = OutcomeKind.lookup(self.query_one("#field-kind", Input).value)
        if kind is not None:
            self.query_one("#choices-kind", OptionList).highlighted = list(OutcomeKind).index(kind)

    @on(OptionList.OptionHighlighted, "#choices-kind")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        box = self.query_one("#field-kind", Input)
        if not event.option_list.has_focus:  # the list's own highlight on opening
            return
        if event.option.id and box.value != event.option.id:
            box.value = event.option.id  # what is highlighted is what Tab or enter keeps

    @on(Input.Changed, "#field-kind")
    def _kind_changed(self, event: Input.Changed) -> None:
        kind = OutcomeKind.lookup(event.value)
        if kind is None:
            return
        same = self._old is not None and kind is self._old.kind
        for name, carried in self._carried.items():
            box = self.query_one(f"#field-{name}", Input)
            if box.value in (carried, ""):  # untouched by the user: follow the kind
                box.value = carried if same else ""


async def edit_outcome(app: NetcallHost, call: Call) -> Outcome | None:
    """The new outcome, or None when the user backs out; asks again until it is valid."""
    old = call.outcome
    kind_text = old.kind.label if old else ""
    detail_text = old.detail if old else ""
    when_text = _when_text(old)
    labels = tuple(kind.label for kind in OutcomeKind)
    while True:
        answer = await app.push_screen_wait(
            OutcomeForm(
                f"Outcome of the call with {call.caller_name}",
                [
                    Field("kind", "Outcome", kind_text, check=_check_kind, choices=labels),
                    Field(
                        "detail", "To whom / which avenue / detail", detail_text, limit=MAX_DETAIL
                    ),
                    Field(
                        "when",
                        "When (a meeting, call-back or review)",
                        when_text,
                        WHEN_EXAMPLES,
                        _check_when,
                        preview=_shown,
                    ),
                ],
                old,
            )
        )
        if answer is None:
            return None
        kind_text, detail_text, when_text = answer["kind"], answer["detail"], answer["when"]
        kind = OutcomeKind.lookup(kind_text)
        assert kind is not None  # the form's check guarantees it
        when = when_from(when_text) if when_text.strip() and kind in DATED else None
        # The contact record a referral went to stays only with that same referral.
        kept = old is not None and (old.kind, old.detail) == (kind, detail_text)
        try:
            return Outcome(kind, detail_text, when, old.contact_id if kept and old else "")
        except NetcallError as exc:
            app.notify(str(exc), severity="error", markup=False)
