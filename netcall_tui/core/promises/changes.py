"""What keeping, snoozing, editing and dropping do to a promise: the rules, apart from
the store, so that a screen, the command line and undo all go by the same ones.

- Done and dropped are for open promises only; each may carry a note (how it was kept,
  why it was let go). An information-interview promise kept may be marked held: the
  interview took place (the referral gate counts it as an interview on record).
- Snoozing moves an open promise's due moment; the due moment is the caller's to choose
  (`due.parse_due` reads "tomorrow", "in 1 week", "fri").
- Editing changes what was promised and when, in any state (fixing a kept one's text).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..domain.vocabulary import PromiseKind
from ..errors import ValidationError

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..domain.promise import Promise


def _open(promise: Promise, doing: str) -> None:
    if not promise.open:
        raise ValidationError(f"that promise is already {promise.state.label}: it can't be {doing}")


def done(promise: Promise, at: DateTime, note: str = "", held: bool = False) -> Promise:
    """Kept, with how; `held` only for an interview promise (ValidationError otherwise)."""
    _open(promise, "marked done")
    if held and promise.kind is not PromiseKind.INTERVIEW:
        raise ValidationError("only an information-interview promise can be marked held")
    return replace(promise, done_at=at, note=note, held=held)


def dropped(promise: Promise, at: DateTime, reason: str = "") -> Promise:
    _open(promise, "dropped")
    return replace(promise, dropped_at=at, note=reason)


def snoozed(promise: Promise, until: DateTime) -> Promise:
    _open(promise, "snoozed")
    return replace(promise, due=until)


def edited(promise: Promise, text: str | None = None, due: DateTime | None = None) -> Promise:
    return replace(
        promise,
        text=promise.text if text is None else text,
        due=promise.due if due is None else due,
    )
