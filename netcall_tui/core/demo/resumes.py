"""The demo's résumés on file: one for each call that kept one (with the review promise
it made), and a few kept after a not-now decline, filed without a call — what each is
for drawn from the caller's own role and sector, some passed on, one removed.

A random source of its own, so the rest of the demo is the same with or without them;
no promise is added or changed, so the promises the demo shows stay as they were.
"""

from __future__ import annotations

import random
from dataclasses import replace

from pendulum import DateTime

from ..domain.records import Call, Caller
from ..domain.resume import PassedOn, Resume, ResumeFor
from ..domain.vocabulary import OutcomeKind, PromiseKind
from .maker import DemoData

# Skills a résumé is tagged with, and some roles next to a caller's own.
_TAGS = (
    "python",
    "sql",
    "airflow",
    "stakeholder management",
    "forklift licence",
    "spanish",
    "agile",
    "figma",
    "budgeting",
    "people management",
)
_MORE_ROLES = ("data engineering lead", "analytics engineer", "operations analyst")
_MORE_SECTORS = ("logistics", "", "public sector")
_OUTSIDE = ("Ola Nilsen at Fjord Freight", "the Bridgeway careers fair")
_REMOVED = "They found a job at Harbour Analytics"
_DECLINES = 3  # not-now callers whose résumé was kept too


def _what(rng: random.Random, caller: Caller, n: int) -> ResumeFor:
    """The n-th résumé's roles and sectors: the caller's own and, in turn, the register's
    own examples ("data engineering", "logistics"), so that searching for them finds some."""
    roles = tuple(filter(None, (caller.role, _MORE_ROLES[n % len(_MORE_ROLES)])))
    sectors = tuple(filter(None, (caller.sector, _MORE_SECTORS[n % len(_MORE_SECTORS)])))
    return ResumeFor(roles=roles, sectors=sectors, tags=tuple(rng.sample(_TAGS, 3)))


def add_resumes(data: DemoData, now: DateTime, seed: int) -> None:
    """Fill `data.resumes`."""
    rng = random.Random(f"resumes-{seed}")
    callers = {c.id: c for c in data.callers}
    reviews = {p.call_id: p for p in data.promises if p.kind is PromiseKind.RESUME_REVIEW}
    kept = [c for c in data.calls if c.outcome and c.outcome.kind is OutcomeKind.RESUME_KEPT]
    for turn, call in enumerate(kept):
        review = reviews.get(call.id)
        end = call.ended_at or call.started_at
        resume = Resume(
            caller_id=call.caller_id,
            call_id=call.id,
            what=_what(rng, callers[call.caller_id], turn),
            filed_at=end,
            review_on=review.due if review else end.add(months=3),
            promise_id=review.id if review else "",
            id=f"{rng.getrandbits(128):032x}",
        )
        data.resumes.append(_lived(resume, turn, end))
    declines = [c for c in data.calls if c.outcome and c.outcome.kind is OutcomeKind.NOT_NOW]
    for index, call in enumerate(declines[:_DECLINES]):
        data.resumes.append(_after_decline(rng, call, callers[call.caller_id], index, now))


def _lived(resume: Resume, turn: int, end: DateTime) -> Resume:
    """What became of the turn-th résumé a call kept: on file, passed on, removed."""
    if turn % 3 == 1:
        return replace(resume, passed_on=(PassedOn(_OUTSIDE[0], end.add(days=20)),))
    if turn % 3 == 2:
        return replace(resume, removed_at=end.add(days=16), removed_note=_REMOVED)
    return resume


def _after_decline(
    rng: random.Random, call: Call, caller: Caller, index: int, now: DateTime
) -> Resume:
    """A résumé kept after a not-now decline, filed by hand the day after the call."""
    filed = (call.ended_at or call.started_at).add(days=1)
    reviewed = filed.add(months=2) if index == 0 and filed.add(months=2) < now else None
    passed = (PassedOn(_OUTSIDE[1], filed.add(days=9)),) if index == 1 else ()
    return Resume(
        caller_id=caller.id,
        what=_what(rng, caller, index + 1),
        filed_at=filed,
        review_on=(reviewed or filed).add(months=3),
        reviewed_at=reviewed,
        passed_on=passed,
        id=f"{rng.getrandbits(128):032x}",
    )
