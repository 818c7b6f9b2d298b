"""The builders of single sample records: a caller, a call with its phases, notes, outcome
and promise, and the ledger entries a referral leaves on a contact.

`Maker` holds the one seeded random source and `now`; `demo.demo_records` decides who
calls when and asks it for each record in turn.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field

from pendulum import DateTime

from ..call.phrasebook import default_phrasebook
from ..domain.promise import Promise
from ..domain.records import Call, Caller, Contact
from ..domain.referral import Referral
from ..domain.resume import Resume
from ..domain.values import LedgerEntry, Outcome, Phase
from ..domain.vocabulary import (
    ENERGY_HIGH,
    ENERGY_LOW,
    Ask,
    LedgerKind,
    OutcomeKind,
    PhaseKind,
    PromiseKind,
    Reach,
    Strength,
    Tier,
    Trait,
)
from .material import (
    ASK_NOTES,
    BACKGROUNDS,
    COMPANIES,
    CONTACTS,
    NEXT_STEPS,
    ROLES,
    SECTORS,
    STORIES,
)

Step = tuple[float, PhaseKind, frozenset[Ask], OutcomeKind]  # days ago, phase, asks, outcome
DEMO_KINDS = {  # what the demo's promise for each outcome is for
    OutcomeKind.RESUME_KEPT: PromiseKind.RESUME_REVIEW,
    OutcomeKind.INTERVIEW_SCHEDULED: PromiseKind.INTERVIEW,
    OutcomeKind.FOLLOW_UP_SCHEDULED: PromiseKind.FOLLOW_UP,
}
_LIMITS = {PhaseKind.STORY: 300, PhaseKind.ADVICE: 900, PhaseKind.INTERVIEW: 1800}
# How a demo call left you, before its time: a call with somewhere to go leaves you
# better than a no (habit 5 is kind, not light).
_ENERGY = {
    OutcomeKind.INTERVIEW_SCHEDULED: 4,
    OutcomeKind.REFERRAL_MADE: 4,
    OutcomeKind.FOLLOW_UP_SCHEDULED: 4,
    OutcomeKind.ADVICE_GIVEN: 3,
    OutcomeKind.RESUME_KEPT: 3,
    OutcomeKind.NOT_NOW: 3,
    OutcomeKind.HONEST_NO: 2,
}
_DRAINING_OVERTIME_S = 180  # more over the limits than this costs a point
_UNRATED_EVERY = 7  # about one call in this many was left unrated (Esc)


@dataclass(frozen=True, slots=True)
class DemoData:
    callers: list[Caller] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    promises: list[Promise] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    resumes: list[Resume] = field(default_factory=list)


class Maker:
    """Holds the random source and `now` so the small builders stay short."""

    def __init__(self, now: DateTime, seed: int) -> None:
        self.now = now
        self.rng = random.Random(seed)
        self.data = DemoData()
        self.contacts: list[tuple[str, Tier, str, list[LedgerEntry]]] = [
            (name, tier, notes, []) for name, tier, notes in CONTACTS
        ]

    def new_id(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"

    def working_time(self, days_ago: float) -> DateTime:
        """A weekday moment in office hours `days_ago` back, never later than an hour ago."""
        moment = self.now.subtract(days=int(days_ago)).at(self.rng.randint(9, 16))
        moment = moment.add(minutes=self.rng.choice((0, 15, 30, 45)))
        while moment.weekday() >= 5 or moment > self.now.subtract(hours=1):
            moment = moment.subtract(days=1)
        return moment

    def caller(self, first: str, last: str, strength: Strength, since: DateTime) -> Caller:
        rng = self.rng
        reach = rng.choice(list(Reach))
        ascii_name = unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore")
        handle = ascii_name.decode().lower().replace(" ", "").replace("'", "")
        return Caller(
            id=self.new_id(),
            name=f"{first} {last}",
            strength=strength,
            reach=reach,
            referred_by=rng.choice(CONTACTS)[0] if reach is Reach.REFERRED else "",
            role=rng.choice(ROLES),
            company=rng.choice(COMPANIES),
            sector=rng.choice(SECTORS),
            phone=f"+1 555 01{rng.randint(0, 99):02d}",
            email=f"{handle}@example.{rng.choice(('com', 'org', 'net'))}",
            created_at=since,
        )

    def phases(self, later: PhaseKind) -> tuple[Phase, ...]:
        story = min(720.0, max(90.0, self.rng.gauss(285, 90)))
        spread = {PhaseKind.ADVICE: (540, 1150), PhaseKind.INTERVIEW: (1500, 2250)}[later]
        rest = self.rng.uniform(*spread)
        return (
            Phase(PhaseKind.STORY, _LIMITS[PhaseKind.STORY], round(story, 1)),
            Phase(later, _LIMITS[later], round(rest, 1)),
        )

    def notes(self, caller: Caller, asks: frozenset[Ask]) -> str:
        rng = self.rng
        fill = {
            "years": rng.randint(2, 15),
            "months": rng.randint(2, 9),
            "role": caller.role,
            "a_role": ("an " if caller.role[0] in "aeiou" else "a ") + caller.role,
            "sector": caller.sector,
            "company": caller.company,
        }
        lines = [rng.choice(BACKGROUNDS), rng.choice(STORIES)]
        lines += [ASK_NOTES[a] for a in sorted(asks)]
        lines.append(rng.choice(NEXT_STEPS))
        return " ".join(line.format(**fill) for line in lines)

    def outcome(
        self, kind: OutcomeKind, start: DateTime, call_id: str, meet_at: DateTime | None
    ) -> Outcome:
        rng = self.rng
        if kind is OutcomeKind.REFERRAL_MADE:
            # treasured contacts are spent sparingly (habit 4)
            weights = [1 if tier is Tier.TREASURED else 3 for _, tier, _, _ in self.contacts]
            contact = rng.choices(self.contacts, weights)[0]
            contact[3].append(LedgerEntry(LedgerKind.FAVOUR, start.add(hours=2), "", call_id))
            result_at = start.add(days=rng.randint(20, 60))
            if result_at < self.now and rng.random() < 0.8:
                kind_ = LedgerKind.GOOD_RESULT if rng.random() < 0.75 else LedgerKind.BAD_RESULT
                note = "Hired" if kind_ is LedgerKind.GOOD_RESULT else "Not a fit, wasted a slot"
                contact[3].append(LedgerEntry(kind_, result_at, note, call_id))
            return Outcome(kind, contact[0])
        if kind is OutcomeKind.HONEST_NO:
            return Outcome(kind, rng.choice(default_phrasebook().avenues))
        if kind in (OutcomeKind.INTERVIEW_SCHEDULED, OutcomeKind.FOLLOW_UP_SCHEDULED):
            return Outcome(kind, "", meet_at or start.add(days=rng.randint(5, 20)).at(10, 0))
        return Outcome(kind)

    def traits(self, phases: tuple[Phase, ...], strength: Strength) -> frozenset[Trait]:
        rng, story = self.rng, phases[0]
        found = {Trait.STORY_IN_TIME} if story.used_s <= story.limit_s else set()
        if rng.random() < (0.7 if found else 0.35):
            found.add(Trait.KNOWS_WANT)
        if rng.random() < 0.6:
            found.add(Trait.ARTICULATE)
        if rng.random() < (0.7 if strength in (Strength.STRONG, Strength.MODERATE) else 0.4):
            found.add(Trait.BRINGS_SOMETHING)
        return frozenset(found)

    def promise(
        self, caller: Caller, call_id: str, outcome: Outcome, start: DateTime
    ) -> Promise | None:
        rng, first = self.rng, caller.name.split()[0]
        texts = {
            OutcomeKind.RESUME_KEPT: f"Keep {first}'s résumé; pass it on if a {caller.role} "
            "opening comes up",
            OutcomeKind.REFERRAL_MADE: f"Forward {first}'s note to {outcome.detail}",
            OutcomeKind.INTERVIEW_SCHEDULED: f"Meet {first} for the information interview",
            OutcomeKind.FOLLOW_UP_SCHEDULED: f"Call {first} back about next steps",
            OutcomeKind.NOT_NOW: f"Pass {first}'s résumé on if something fits",
            OutcomeKind.ADVICE_GIVEN: f"E-mail {first} the list of {caller.sector} groups",
        }
        if outcome.kind not in texts or rng.random() < 0.3:
            return None
        due = outcome.when or start.add(days=rng.randint(2, 30)).at(17, 0)
        done_at = None
        if outcome.when is not None and due < self.now:
            done_at = due  # the meeting or call-back is in the log: it happened
        elif due < self.now and rng.random() < 0.8:
            done_on = due.subtract(days=rng.randint(0, 3)).at(rng.randint(9, 16))
            done_at = min(self.now, max(start.add(hours=1), done_on))
        elif due >= self.now and rng.random() < 0.15:
            done_at = self.now.subtract(hours=rng.randint(1, 20))
        return Promise(
            id=self.new_id(),
            kind=DEMO_KINDS.get(outcome.kind, PromiseKind.PLAIN),
            text=texts[outcome.kind],
            due=due,
            caller_id=caller.id,
            call_id=call_id,
            done_at=done_at,
            created_at=start,
        )

    def call(self, caller: Caller, start: DateTime, step: Step, meet_at: DateTime | None) -> Call:
        """One call; its energy rating comes from the call itself (see `demo_energy`)."""
        _, later, asks, kind = step
        call_id = self.new_id()
        phases = self.phases(later)
        outcome = self.outcome(kind, start, call_id, meet_at)
        promise = self.promise(caller, call_id, outcome, start)
        if promise is not None:
            self.data.promises.append(promise)
        return Call(
            id=call_id,
            caller_id=caller.id,
            caller_name=caller.name,
            strength=caller.strength,
            started_at=start,
            ended_at=start.add(seconds=int(sum(p.used_s for p in phases)) + 40),
            asks=asks,
            traits=self.traits(phases, caller.strength),
            phases=phases,
            notes=self.notes(caller, asks),
            outcome=outcome,
            promise_ids=(promise.id,) if promise else (),
            energy=demo_energy(call_id, kind, phases),
        )


def demo_energy(call_id: str, kind: OutcomeKind, phases: tuple[Phase, ...]) -> int | None:
    """How a demo call left you, read off the call (never drawn from the random source:
    a draw would change every record after it): its outcome, less a point for a long
    overtime, a point more when the story kept to its limit; a few left unrated (by their
    id, which is random already)."""
    if int(call_id[-4:], 16) % _UNRATED_EVERY == 0:
        return None
    over = sum(max(0.0, p.used_s - p.limit_s) for p in phases)
    energy = _ENERGY[kind] - (1 if over > _DRAINING_OVERTIME_S else 0)
    if phases and phases[0].used_s <= phases[0].limit_s and over == 0:
        energy += 1
    return max(ENERGY_LOW, min(ENERGY_HIGH, energy))
