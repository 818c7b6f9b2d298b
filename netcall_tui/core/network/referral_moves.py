"""What moving a referral on implies, beyond its new state (double opt-in, habit 4).

- The open step's promise is kept (marked done at the move) and the next state's made
  (`referrals.next_step`), so an open referral always has exactly one promise waiting.
- They declined: the favour is given back (a contact who says no did you no favour).
- Closed with a result: a good one (hired, good meeting) goes in the contact's ledger as
  a good result, one that reflected badly as a bad result (`capital`: a good result
  gives a favour back, a bad one costs one); one that went nowhere leaves no mark.

`undone` reverses the last move with all of that. Pure: `services.referrals` applies it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..domain.promise import Promise
from ..domain.records import Contact
from ..domain.referral import BAD_RESULTS, GOOD_RESULTS, Referral
from ..domain.values import LedgerEntry
from ..domain.vocabulary import LedgerKind, ReferralResult, ReferralState
from ..errors import ValidationError
from .referrals import next_step

if TYPE_CHECKING:
    from pendulum import DateTime


@dataclass(frozen=True, slots=True)
class Move:
    """A referral's move and everything it changes, ready to be written at once."""

    referral: Referral  # in its new state
    kept: tuple[Promise, ...]  # step promises marked done (or, undoing, opened again)
    added: Promise | None  # the new state's promise
    dropped: tuple[str, ...]  # ids of step promises that go (undoing)
    contact: Contact | None  # the contact with their ledger changed; None: no change


def result_kind(result: ReferralResult | None) -> LedgerKind | None:
    """What a result writes in the contact's ledger: a good or a bad result, or nothing."""
    if result in GOOD_RESULTS:
        return LedgerKind.GOOD_RESULT
    if result in BAD_RESULTS:
        return LedgerKind.BAD_RESULT
    return None


def favour_of(referral: Referral) -> LedgerEntry:
    """The favour the referral's call noted, as `ledger.favour_for` writes it."""
    return LedgerEntry(
        LedgerKind.FAVOUR, referral.steps[0].at, referral.caller_name, referral.call_id
    )


def _result_entry(referral: Referral) -> LedgerEntry | None:
    kind = result_kind(referral.result)
    if kind is None or referral.result is None:
        return None
    note = f"{referral.caller_name}: {referral.result.label}"
    return LedgerEntry(kind, referral.since, note, referral.call_id)


def _is_favour(entry: LedgerEntry, referral: Referral) -> bool:
    """Whether `entry` is the referral's favour: one of its call, and noted when it was
    asked (a call may have made two, and a résumé passed on outside a call has none)."""
    if LedgerKind.parse(entry.kind) is not LedgerKind.FAVOUR:
        return False
    return entry.call_id == referral.call_id and entry.at == favour_of(referral).at


def with_step(contact: Contact, moved: Referral) -> Contact | None:
    """The contact's ledger once `moved`'s last step is taken; None when it is unchanged."""
    if moved.state is ReferralState.DECLINED:
        ledger = _less_one(contact.ledger, favour_of(moved))
    elif (entry := _result_entry(moved)) is not None:
        ledger = (*contact.ledger, entry)
    else:
        return None
    return None if ledger == contact.ledger else replace(contact, ledger=ledger)


def _without_step(contact: Contact, moved: Referral) -> Contact | None:
    """The contact's ledger as it was before `moved`'s last step; None when unchanged."""
    if moved.state is ReferralState.DECLINED:
        if any(_is_favour(e, moved) for e in contact.ledger):
            return None
        ledger = tuple(sorted((*contact.ledger, favour_of(moved)), key=lambda e: e.at))
    elif (entry := _result_entry(moved)) is not None:
        ledger = _less_one(contact.ledger, entry)
    else:
        return None
    return None if ledger == contact.ledger else replace(contact, ledger=ledger)


def _less_one(ledger: tuple[LedgerEntry, ...], entry: LedgerEntry) -> tuple[LedgerEntry, ...]:
    """The ledger without the last entry like `entry` (kind, call, moment)."""
    for index in range(len(ledger) - 1, -1, -1):
        found = ledger[index]
        same = (LedgerKind.parse(found.kind), found.call_id, found.at)
        if same == (entry.kind, entry.call_id, entry.at):
            return ledger[:index] + ledger[index + 1 :]
    return ledger


def moved(
    referral: Referral,
    state: ReferralState,
    at: DateTime,
    *,
    note: str = "",
    result: ReferralResult | None = None,
    steps: Iterable[Promise] = (),
    contact: Contact | None = None,
    ask_again_days: int,
) -> Move:
    """`referral` moved to `state` at `at`; `steps` are its step promises as stored,
    `contact` the contact it went to (None: not one of yours, or no longer kept).
    ValidationError when the move isn't allowed (`referral.NEXT`) or the result doesn't
    fit (a result exactly when closing)."""
    if (state is ReferralState.CLOSED) != (result is not None):
        raise ValidationError(
            "closing a referral needs its result"
            if result is None
            else f"only closing a referral gives it a result, not {state.label}"
        )
    after = referral.moved(state, at, note, result)
    kept = tuple(replace(p, done_at=at) for p in steps if p.open)
    added = next_step(after, ask_again_days)
    changed = with_step(contact, after) if contact is not None else None
    return Move(after, kept, added, (), changed)


def undone(
    referral: Referral, *, steps: Iterable[Promise] = (), contact: Contact | None = None
) -> Move:
    """The last move taken back: the step before it is the state again, its promise open
    again, the promise the move made gone, the ledger as it was. ValidationError when
    there is no move to take back (a referral just opened goes with its call)."""
    if len(referral.steps) < 2:
        raise ValidationError(
            f"there is no move to take back: the referral is still {referral.state.label}"
        )
    before = replace(referral, steps=referral.steps[:-1], result=None)
    promises = list(steps)
    dropped = tuple(p.id for p in promises if p.open and p.created_at == referral.since)
    reopened = tuple(replace(p, done_at=None) for p in promises if p.done_at == referral.since)
    changed = _without_step(contact, referral) if contact is not None else None
    return Move(before, reopened, None, dropped, changed)
