"""The promises an outcome implies, so that a kind word is a kept word (habit 5), and
what changing a logged call's outcome does to them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..domain.promise import Promise
from ..domain.records import Call, Caller
from ..domain.vocabulary import OutcomeKind, PromiseKind

if TYPE_CHECKING:
    from pendulum import DateTime

RESUME_REVIEW_MONTHS = 3
REVIEW_TEXT = "Review {name}'s résumé against openings; pass it on if something fits"


def follow_ups(call: Call, caller: Caller) -> list[Promise]:
    """The promises `call`'s outcome implies, made to `caller` (a referral's are made
    with the referral itself, when the call is logged)."""
    outcome = call.outcome
    if outcome is None:
        return []
    end = call.ended_at or call.started_at
    name = caller.name
    kind = outcome.kind
    if kind is OutcomeKind.RESUME_KEPT:
        return [resume_review(caller, outcome.when or end.add(months=RESUME_REVIEW_MONTHS))]
    if kind is OutcomeKind.INTERVIEW_SCHEDULED and outcome.when:
        due, text = outcome.when, f"Information interview with {name} (30 min, in person)"
        what = PromiseKind.INTERVIEW
    elif kind is OutcomeKind.FOLLOW_UP_SCHEDULED and outcome.when:
        due, text = outcome.when, f"Follow-up call with {name}"
        what = PromiseKind.FOLLOW_UP
    else:  # a referral's promises are its steps' (core.network.referrals.next_step)
        return []
    return [Promise(text=text, due=due, caller_id=caller.id, kind=what)]


def resume_review(caller: Caller, due: DateTime, call_id: str = "") -> Promise:
    """The promise to look at a résumé kept on file again, on `due` (habit 5)."""
    return Promise(
        text=REVIEW_TEXT.format(name=caller.name),
        due=due,
        caller_id=caller.id,
        call_id=call_id,
        kind=PromiseKind.RESUME_REVIEW,
    )


@dataclass(frozen=True, slots=True)
class Reimplied:
    """A changed outcome's promises: which to delete, which to add, the call's new list."""

    drop: tuple[str, ...]
    add: tuple[Promise, ...]
    promise_ids: tuple[str, ...]


def reimplied(old: Call, new: Call, caller: Caller, stored: Mapping[str, Promise]) -> Reimplied:
    """An open promise the old outcome implied, still as it was made, goes; one the user
    kept, dropped (with its reason), edited or made by hand stays; the new outcome's
    promises are added. `stored` holds the call's promises by id, as the log has them."""
    implied = {(p.text, p.due) for p in follow_ups(old, caller)}
    drop, kept = [], []
    for promise_id in new.promise_ids:
        promise = stored.get(promise_id)
        if promise and promise.open and (promise.text, promise.due) in implied:
            drop.append(promise_id)
        else:
            kept.append(promise_id)
    added = tuple(replace(p, call_id=new.id) for p in follow_ups(new, caller))
    return Reimplied(tuple(drop), added, (*kept, *(p.id for p in added)))
