"""Changing the outcome of a past call: kind, detail and (for a meeting, a call-back or a
résumé review) when. The same rules as logging it: a referral names the contact, an
honest no names an avenue."""

from __future__ import annotations

import pendulum

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


def _check_kind(value: str) -> str | None:
    if OutcomeKind.lookup(value) is not None:
        return None
    return "pick one from the list: " + ", ".join(k.label for k in OutcomeKind)


def _check_when(text: str) -> str | None:
    return None if not text.strip() else parses(when_from)(text)


def _shown(text: str) -> str:
    return "no date" if not text.strip() else when_shown(text)


async def edit_outcome(app: NetcallHost, call: Call) -> Outcome | None:
    """The new outcome, or None when the user backs out; asks again until it is valid."""
    old = call.outcome
    kind_text = old.kind.label if old else ""
    detail_text = old.detail if old else ""
    when_text = ""
    if old is not None and old.when is not None:
        when_text = old.when.in_timezone(pendulum.now().timezone or "UTC").format(
            "YYYY-MM-DD HH:mm"
        )
    labels = tuple(kind.label for kind in OutcomeKind)
    while True:
        answer = await app.push_screen_wait(
            FormScreen(
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
                help_text="A referral needs the contact; an honest no needs an avenue.",
            )
        )
        if answer is None:
            return None
        kind_text, detail_text, when_text = answer["kind"], answer["detail"], answer["when"]
        kind = OutcomeKind.lookup(kind_text)
        assert kind is not None  # the form's check guarantees it
        when = when_from(when_text) if when_text.strip() and kind in DATED else None
        try:
            return Outcome(kind, detail_text, when)
        except NetcallError as exc:
            app.notify(str(exc), severity="error", markup=False)
