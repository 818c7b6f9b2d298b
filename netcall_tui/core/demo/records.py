"""Sample data: a believable half-year of networking calls, for `--demo` and benchmarks.

Everything is drawn from one seeded `random.Random`, ids included, so the same seed and
`now` always give the same records. All people and companies are invented; phone
numbers use the 555-01xx range kept for fiction, e-mail the example.* domains.

Here: who calls, how often and with what result. The invented names and sentences are in
`material`, the builders of single records in `maker`, the fast bulk calls for
benchmarks in `bulk`.
"""

from __future__ import annotations

from pendulum import DateTime

from ..domain.records import Contact
from ..domain.values import LedgerEntry
from ..domain.vocabulary import Ask, LedgerKind, OutcomeKind, PhaseKind, Strength, Tier
from .maker import DemoData, Maker, Step
from .material import CONTACT_WORK, FIRST_NAMES, LAST_NAMES, SINGLE_ASKS
from .referrals import add_referrals
from .resumes import add_resumes

_JOURNEY = (OutcomeKind.INTERVIEW_SCHEDULED, OutcomeKind.REFERRAL_MADE)
_SINGLE = (
    OutcomeKind.ADVICE_GIVEN,
    OutcomeKind.RESUME_KEPT,
    OutcomeKind.NOT_NOW,
    OutcomeKind.HONEST_NO,
    OutcomeKind.FOLLOW_UP_SCHEDULED,
    OutcomeKind.INTERVIEW_SCHEDULED,
    OutcomeKind.ADVICE_GIVEN,
)

_JOURNEY_CALLERS, _RETURN_CALLERS, _CALLERS = 8, 6, 36
_SINGLES = _CALLERS - _JOURNEY_CALLERS - _RETURN_CALLERS
_RECENT = 3  # the last few single callers rang this week, so the weekly load shows


def _strength(index: int) -> Strength:
    """Journey callers are well connected; others cover every strength."""
    every = list(Strength)
    if index < _JOURNEY_CALLERS:
        return every[index % 2]
    return every[index % 3] if index < _JOURNEY_CALLERS + _RETURN_CALLERS else every[index % 4]


def _plan(maker: Maker, index: int, strength: Strength) -> list[Step]:
    """(days ago, later phase, asks, outcome) for each call of the index-th caller."""
    rng = maker.rng
    intro = frozenset({Ask.INTRODUCTION, Ask.ADVICE})
    if index < _JOURNEY_CALLERS + _RETURN_CALLERS:
        first = rng.uniform(90, 178)
        second = first - rng.uniform(8, 30)
        second_outcome = _JOURNEY[1]
        weak = strength in (Strength.TENUOUS, Strength.NONE)  # no referral: habit 4
        if index >= _JOURNEY_CALLERS and (weak or rng.random() < 0.4):
            second_outcome = rng.choice((OutcomeKind.RESUME_KEPT, OutcomeKind.NOT_NOW))
        plan = [
            (first, PhaseKind.ADVICE, intro, _JOURNEY[0]),
            (second, PhaseKind.INTERVIEW, frozenset({Ask.INTRODUCTION}), second_outcome),
        ]
        if index < _JOURNEY_CALLERS:
            third = rng.choice((OutcomeKind.FOLLOW_UP_SCHEDULED, OutcomeKind.ADVICE_GIVEN))
            plan.append((second - rng.uniform(20, 60), PhaseKind.ADVICE, SINGLE_ASKS[4], third))
        return plan
    single = index - _JOURNEY_CALLERS - _RETURN_CALLERS
    kind = _SINGLE[single] if single < len(_SINGLE) else rng.choice(_SINGLE)
    days_ago = rng.uniform(0, 4) if single >= _SINGLES - _RECENT else rng.uniform(5, 178)
    return [(days_ago, PhaseKind.ADVICE, rng.choice(SINGLE_ASKS), kind)]


def demo_records(now: DateTime, seed: int = 7) -> DemoData:
    """36 callers, about 60 calls over six months, their promises, 8 contacts and the
    referrals made to them."""
    maker = Maker(now, seed)
    rng = maker.rng
    names = list(
        zip(rng.sample(FIRST_NAMES, _CALLERS), rng.sample(LAST_NAMES, _CALLERS), strict=True)
    )
    for index, (first, last) in enumerate(names):
        strength = _strength(index)
        plan = _plan(maker, index, strength)
        starts = [maker.working_time(days) for days, *_ in plan]
        caller = maker.caller(first, last, strength, since=starts[0].subtract(days=1))
        maker.data.callers.append(caller)
        for i, (start, step) in enumerate(zip(starts, plan, strict=True)):
            meet_at = starts[i + 1] if i + 1 < len(starts) else None
            maker.data.calls.append(maker.call(caller, start, step, meet_at))
    maker.data.calls.sort(key=lambda c: c.started_at)
    maker.data.contacts.extend(_contacts(maker))
    add_referrals(maker.data, now, seed)
    add_resumes(maker.data, now, seed)
    return maker.data


def _contacts(maker: Maker) -> list[Contact]:
    contacts = []
    for name, tier, notes, ledger in maker.contacts:
        # an older favour, mostly outside the 90-day window, so the ledger has history
        old = maker.working_time(maker.rng.uniform(80, 170))
        ledger.append(LedgerEntry(LedgerKind.FAVOUR, old, "Asked for a reference check"))
        if tier is Tier.ACQUAINTANCE and not any(e.kind is LedgerKind.BAD_RESULT for e in ledger):
            bad = maker.working_time(maker.rng.uniform(20, 60))
            ledger.append(LedgerEntry(LedgerKind.BAD_RESULT, bad, "Candidate did not show up"))
        entries = tuple(sorted(ledger, key=lambda e: e.at))
        since = entries[0].at
        company, role, tags = CONTACT_WORK[name]
        contacts.append(
            Contact(
                name,
                tier,
                notes,
                entries,
                company=company,
                role=role,
                tags=tags,
                id=maker.new_id(),
                created_at=since,
            )
        )
    return contacts
