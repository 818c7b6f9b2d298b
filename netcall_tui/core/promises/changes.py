"""What keeping, snoozing, editing and dropping do to a promise: the rules, apart from
the store, so that a screen, the command line and undo all go by the same ones.

- Done and dropped are for open promises only; each may carry a note (how it was kept,
  why it was let go).
- Snoozing moves an open promise's due moment; the due moment is the caller's to choose
  (`due.parse_due` reads "tomorrow", "in 1 week", "fri").
- Editing changes what was promised and when, in any state (fixing a kept one's text).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..errors import ValidationError

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..domain.promise import Promise


def _open(promise: Promise, doing: str) -> None:
    if not promise.open:
        raise ValidationError(f"that promise is already {promise.state.label}: it can't be {doing}")


def done(promise: Promise, at: DateTime, note: str = "") -> Promise:
    _open(promise, "marked done")
    return replace(promise, done_at=at, note=note)


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
