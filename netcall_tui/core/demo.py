"""Sample data: a believable half-year of networking calls, for `--demo` and benchmarks.

Everything is drawn from one seeded `random.Random`, ids included, so the same seed and
`now` always give the same records. All people and companies are invented; phone
numbers use the 555-01xx range kept for fiction, e-mail the example.* domains.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC
from datetime import datetime as std_datetime
from typing import Any

from pendulum import DateTime

from .guidance import default_phrasebook
from .models import (
    Ask,
    Call,
    Caller,
    Contact,
    LedgerEntry,
    LedgerKind,
    Outcome,
    OutcomeKind,
    Phase,
    PhaseKind,
    Promise,
    Reach,
    Strength,
    Tier,
    Trait,
)


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split(","))


_FIRST = _names(
    "Amara,Tomás,Mei,Priya,Kwame,Sofia,Olumide,Hannah,Rafael,Yuki,Fatima,Liam,Aigerim,Mateo,"
    "Chen,Noor,Siobhán,Dmitri,Ana,Jamal,Ingrid,Arjun,Zanele,Lucas,Hye-jin,Omar,Camila,Tariq,"
    "Elena,Kofi,Marta,Ravi,Leilani,Bogdan,Aisha,Pedro,Freya,Nikhil,Thandiwe,Jonas"
)
_LAST = _names(
    "Okafor,Nguyen,Hernández,Kowalski,Haddad,Lindqvist,Mensah,Tanaka,Patel,O'Brien,Rossi,"
    "Adeyemi,Novak,Kim,Da Silva,Fischer,Murphy,Abdi,Chowdhury,Moreau,Jensen,Castillo,Nakamura,"
    "Mwangi,Petrov,Ibrahim,Walsh,Sato,García,Dubois,Osei,Kaur,Ferreira,Björk,Yilmaz,MacLeod,"
    "Zhou,Banerjee,Achterberg,Quispe"
)
_COMPANIES = _names(
    "Larkspur Analytics,Tidewater Health,Copperline Logistics,Brightwell Schools,"
    "Quillon Software,Meridian Foods,Halcyon Energy,Oakridge Credit Union,Fernhill Studios,"
    "Kestrel Robotics,Saltmarsh Media,Granite Peak Insurance"
)
_SECTORS = _names("software,healthcare,logistics,education,finance,energy,media,retail,nonprofit")
_ROLES = _names(
    "product manager,data analyst,UX designer,software engineer,operations lead,nurse manager,"
    "account executive,learning designer,marketing coordinator,project manager,HR generalist,"
    "finance analyst,site reliability engineer,customer success manager"
)
_CONTACTS = (
    ("Margaret Oyelaran", Tier.TREASURED, "VP Engineering at Quillon Software; hires yearly."),
    ("Henrik Aalto", Tier.TREASURED, "Founder of Kestrel Robotics; mentor since my first job."),
    ("Rosa Villanueva", Tier.TRUSTED, "Head of Product at Larkspur Analytics."),
    ("Sanjay Mehra", Tier.TRUSTED, "Talent partner at Tidewater Health."),
    ("Colette Fournier", Tier.TRUSTED, "Runs the data team at Meridian Foods."),
    ("Ben Carrow", Tier.ACQUAINTANCE, "Recruiter at Copperline Logistics; met at a conference."),
    ("Grace Achebe", Tier.ACQUAINTANCE, "Design lead at Fernhill Studios."),
    ("Tom Lindgren", Tier.ACQUAINTANCE, "Ops director at Halcyon Energy; former neighbour."),
)
_BACKGROUND = (
    "{years} years as {a_role} in {sector}, now looking at {company}.",
    "Moving from {sector} into {a_role} role; has been searching for {months} months.",
    "Laid off from {a_role} job in the spring; wants to stay in {sector}.",
    "Finishing a retraining course and aiming for a first {role} position.",
    "Back after a career break; was {a_role} for {years} years.",
    "Currently {a_role}, quietly exploring a move to {company}.",
)
_STORY = (
    "Told the story crisply and was clear about the next step.",
    "Story wandered for a while; needed a nudge at the limit.",
    "Very articulate, with good examples of what they shipped.",
    "Not yet sure what they want; we talked it through.",
    "Strong track record, undersells it.",
    "Brought a one-page summary, which helped.",
)
_ASK_NOTES = {
    Ask.INTRODUCTION: "Asked for an introduction to someone at {company}.",
    Ask.ADVICE: "Wanted advice on where to look beyond the job boards.",
    Ask.RESUME: "Asked me to look over the résumé; it lists duties, not results.",
    Ask.INDUSTRY: "Curious how hiring in {sector} has changed this year.",
    Ask.OTHER: "Also asked about going freelance for a while.",
}
_NEXT = (
    "Suggested three target companies and a smaller list of people to ask.",
    "Recommended rewriting the summary around one clear goal.",
    "Pointed them at the local meetup scene.",
    "Agreed they will send a short note I can forward.",
    "Encouraged them to practise the two-minute version of the story.",
)
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
_Step = tuple[float, PhaseKind, frozenset[Ask], OutcomeKind]  # days ago, phase, asks, outcome
_LIMITS = {PhaseKind.STORY: 300, PhaseKind.ADVICE: 900, PhaseKind.INTERVIEW: 1800}


@dataclass(frozen=True, slots=True)
class DemoData:
    callers: list[Caller] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    promises: list[Promise] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)


class _Maker:
    """Holds the random source and `now` so the small builders stay short."""

    def __init__(self, now: DateTime, seed: int) -> None:
        self.now = now
        self.rng = random.Random(seed)
        self.data = DemoData()
        self.contacts: list[tuple[str, Tier, str, list[LedgerEntry]]] = [
            (name, tier, notes, []) for name, tier, notes in _CONTACTS
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
            referred_by=rng.choice(_CONTACTS)[0] if reach is Reach.REFERRED else "",
            role=rng.choice(_ROLES),
            company=rng.choice(_COMPANIES),
            sector=rng.choice(_SECTORS),
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
        lines = [rng.choice(_BACKGROUND), rng.choice(_STORY)]
        lines += [_ASK_NOTES[a] for a in sorted(asks)]
        lines.append(rng.choice(_NEXT))
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
            text=texts[outcome.kind],
            due=due,
            caller_id=caller.id,
            call_id=call_id,
            done_at=done_at,
            created_at=start,
        )

    def call(self, caller: Caller, start: DateTime, step: _Step, meet_at: DateTime | None) -> Call:
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
        )


_SINGLE_ASKS = (
    frozenset({Ask.ADVICE}),
    frozenset({Ask.INTRODUCTION}),
    frozenset({Ask.INTRODUCTION, Ask.ADVICE}),
    frozenset({Ask.RESUME}),
    frozenset({Ask.ADVICE, Ask.RESUME}),
    frozenset({Ask.INDUSTRY}),
    frozenset({Ask.INDUSTRY, Ask.ADVICE}),
    frozenset({Ask.OTHER, Ask.ADVICE}),
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


def _plan(maker: _Maker, index: int, strength: Strength) -> list[_Step]:
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
            plan.append((second - rng.uniform(20, 60), PhaseKind.ADVICE, _SINGLE_ASKS[4], third))
        return plan
    single = index - _JOURNEY_CALLERS - _RETURN_CALLERS
    kind = _SINGLE[single] if single < len(_SINGLE) else rng.choice(_SINGLE)
    days_ago = rng.uniform(0, 4) if single >= _SINGLES - _RECENT else rng.uniform(5, 178)
    return [(days_ago, PhaseKind.ADVICE, rng.choice(_SINGLE_ASKS), kind)]


def demo_records(now: DateTime, seed: int = 7) -> DemoData:
    """36 callers, about 60 calls over six months, their promises and 8 contacts."""
    maker = _Maker(now, seed)
    rng = maker.rng
    names = list(zip(rng.sample(_FIRST, _CALLERS), rng.sample(_LAST, _CALLERS), strict=True))
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
    return maker.data


def _contacts(maker: _Maker) -> list[Contact]:
    contacts = []
    for name, tier, notes, ledger in maker.contacts:
        # an older favour, mostly outside the 90-day window, so the ledger has history
        old = maker.working_time(maker.rng.uniform(80, 170))
        ledger.append(LedgerEntry(LedgerKind.FAVOUR, old, "Asked for a reference check"))
        if tier is Tier.ACQUAINTANCE and not any(e.kind is LedgerKind.BAD_RESULT for e in ledger):
            bad = maker.working_time(maker.rng.uniform(20, 60))
            ledger.append(LedgerEntry(LedgerKind.BAD_RESULT, bad, "Candidate did not show up"))
        entries = tuple(sorted(ledger, key=lambda e: e.at))
        contacts.append(Contact(name, tier, notes, entries, id=maker.new_id()))
    return contacts


# --- bulk, for benchmarks ------------------------------------------------------------

_BULK_SPAN_S = 2 * 365 * 86400
_BULK_MAX_CALLERS = 50_000  # about three calls a caller, but bounded for huge n


def _iso_utc(timestamp: float) -> str:
    # Same text pendulum writes for a whole-second UTC moment, without its parsing cost.
    return std_datetime.fromtimestamp(int(timestamp), UTC).isoformat()


def _bulk_pools(rng: random.Random, n: int) -> dict[str, list[Any]]:
    strengths = [s.value for s in Strength]
    callers = [
        (
            f"{rng.getrandbits(64):016x}{i:016x}",
            f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
            strengths[i % len(strengths)],
        )
        for i in range(min(max(50, n // 3), _BULK_MAX_CALLERS))
    ]
    sentences = [*_STORY, *_NEXT, *(t.replace("{", "").replace("}", "") for t in _BACKGROUND)]
    notes = [" ".join(rng.sample(sentences, 9)) for _ in range(256)]
    asks = [sorted(a.value for a in combo) for combo in _SINGLE_ASKS]
    every = list(Trait)
    traits = [sorted(t.value for t in rng.sample(every, rng.randint(0, 4))) for _ in range(32)]
    avenues = default_phrasebook().avenues
    outcomes = [
        (kind.value, rng.choice(_CONTACTS)[0] if kind is OutcomeKind.REFERRAL_MADE else "")
        for kind in OutcomeKind
    ]
    outcomes = [(k, rng.choice(avenues) if k == "honest_no" else d) for k, d in outcomes]
    return dict(callers=callers, notes=notes, asks=asks, traits=traits, outcomes=outcomes)


def bulk_calls(n: int, seed: int, now: DateTime) -> Iterator[dict[str, Any]]:
    """`n` stored-form call dicts (about 1 KB each), fast enough for 100k in seconds.

    The dicts are built directly in the shape `Call.to_dict()` writes, skipping model
    validation and pendulum per item; `Call.from_dict` reads every one of them back.
    """
    rng = random.Random(seed)
    pools = _bulk_pools(rng, n)
    callers, notes, asks = pools["callers"], pools["notes"], pools["asks"]
    traits, outcomes = pools["traits"], pools["outcomes"]
    zone = getattr(now.tzinfo, "name", None) or "UTC"
    end = now.timestamp() - 3600
    prefix = f"{seed & 0xFFFFFFFF:08x}{rng.getrandbits(32):08x}"
    rand, pick = rng.random, rng.choice
    for i in range(n):
        caller_id, name, strength = pick(callers)
        started = end - rand() * _BULK_SPAN_S
        story = round(90 + rand() * 400, 1)
        later, limit = ("interview", 1800) if rand() < 0.2 else ("advice", 900)
        rest = round(limit * (0.6 + rand() * 0.6), 1)
        kind, detail = pick(outcomes)
        yield {
            "id": f"{prefix}{i:016x}",
            "caller_id": caller_id,
            "caller_name": name,
            "strength": strength,
            "asks": pick(asks),
            "traits": pick(traits),
            "phases": [
                {"kind": "story", "limit_s": 300, "used_s": story},
                {"kind": later, "limit_s": limit, "used_s": rest},
            ],
            "notes": pick(notes),
            "outcome": {"kind": kind, "detail": detail, "when": None},
            "started_at": {"utc": _iso_utc(started), "tz": zone},
            "ended_at": {"utc": _iso_utc(started + story + rest + 60), "tz": zone},
            "edited_at": None,
            "promise_ids": [],
        }
