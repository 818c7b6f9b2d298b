"""The domain: Caller, Call, Phase, Outcome, Contact, Promise — plain data with validation.

Every model converts to and from a plain dict (`to_dict` / `from_dict`) made only of
str, int, float, bool, None, list and dict, which is what the store writes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Self

from pendulum import DateTime

from .errors import ValidationError
from .timeutil import from_record, now, to_record

MAX_NAME = 120
MAX_FIELD = 200
MAX_NOTES = 20_000


def new_id() -> str:
    return uuid.uuid4().hex


class _Labelled(StrEnum):
    """A StrEnum whose members have a human label and parse from value or label."""

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("_", " "))

    @classmethod
    def parse(cls, value: Any) -> Self:
        if isinstance(value, cls):
            return value
        text = str(value).strip().lower().replace("-", "_").replace(" ", "_")
        for member in cls:
            if text in (member.value, member.label.lower().replace(" ", "_")):
                return member
        allowed = ", ".join(m.value for m in cls)
        raise ValidationError(
            f"unknown {cls.__name__.lower()} {value!r}; expected one of {allowed}"
        )


class Strength(_Labelled):
    """How strongly a caller is connected to you (habit 4)."""

    STRONG = "strong"
    MODERATE = "moderate"
    TENUOUS = "tenuous"
    NONE = "none"


class Reach(_Labelled):
    """How a caller reached you."""

    REFERRED = "referred"
    ALUMNI = "alumni"
    COLLEAGUE = "colleague"
    COLD = "cold"
    OTHER = "other"


class Ask(_Labelled):
    """What a caller wants (habit 1)."""

    INTRODUCTION = "introduction"
    ADVICE = "advice"
    RESUME = "resume"
    INDUSTRY = "industry"
    OTHER = "other"


class Trait(_Labelled):
    """How the caller came across (the assessment)."""

    STORY_IN_TIME = "story_in_time"
    KNOWS_WANT = "knows_want"
    ARTICULATE = "articulate"
    BRINGS_SOMETHING = "brings_something"


class PhaseKind(_Labelled):
    STORY = "story"
    ADVICE = "advice"
    INTERVIEW = "interview"


class OutcomeKind(_Labelled):
    """How a call ended (habits 2–5)."""

    INTERVIEW_SCHEDULED = "interview_scheduled"
    REFERRAL_MADE = "referral_made"
    ADVICE_GIVEN = "advice_given"
    FOLLOW_UP_SCHEDULED = "follow_up_scheduled"
    RESUME_KEPT = "resume_kept"
    NOT_NOW = "not_now"
    HONEST_NO = "honest_no"


class Tier(_Labelled):
    """How precious a contact in your network is (habit 4)."""

    TREASURED = "treasured"
    TRUSTED = "trusted"
    ACQUAINTANCE = "acquaintance"


class LedgerKind(_Labelled):
    FAVOUR = "favour"
    GOOD_RESULT = "good_result"
    BAD_RESULT = "bad_result"


_LABELS: dict[StrEnum, str] = {
    Reach.COLLEAGUE: "former colleague",
    Ask.INTRODUCTION: "introduction",
    Ask.ADVICE: "job-search advice",
    Ask.RESUME: "résumé help",
    Ask.INDUSTRY: "industry information",
    Trait.STORY_IN_TIME: "story in time",
    Trait.KNOWS_WANT: "knows what they want",
    Trait.ARTICULATE: "articulate",
    Trait.BRINGS_SOMETHING: "brings something",
    OutcomeKind.INTERVIEW_SCHEDULED: "interview scheduled",
    OutcomeKind.REFERRAL_MADE: "referral made",
    OutcomeKind.ADVICE_GIVEN: "advice given",
    OutcomeKind.FOLLOW_UP_SCHEDULED: "follow-up scheduled",
    OutcomeKind.RESUME_KEPT: "résumé kept",
    OutcomeKind.NOT_NOW: "not-now decline",
    OutcomeKind.HONEST_NO: "honest no",
    LedgerKind.GOOD_RESULT: "good result",
    LedgerKind.BAD_RESULT: "bad result",
}


def _text(value: Any, what: str, *, limit: int = MAX_FIELD, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be text, not {type(value).__name__}")
    value = value.strip()
    if required and not value:
        raise ValidationError(f"{what} is required")
    if len(value) > limit:
        raise ValidationError(f"{what} is too long ({len(value)} characters; at most {limit})")
    return value


def _time(value: Any, what: str) -> DateTime:
    moment = from_record(value)
    if moment is None:
        raise ValidationError(f"{what} is required")
    return moment


@dataclass(frozen=True, slots=True)
class Caller:
    name: str
    strength: Strength = Strength.NONE
    reach: Reach = Reach.OTHER
    referred_by: str = ""
    role: str = ""
    company: str = ""
    sector: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)
    created_at: DateTime = field(default_factory=now)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _text(self.name, "name", limit=MAX_NAME, required=True))
        object.__setattr__(self, "strength", Strength.parse(self.strength))
        object.__setattr__(self, "reach", Reach.parse(self.reach))
        for attr in ("referred_by", "role", "company", "sector", "phone", "email"):
            object.__setattr__(self, attr, _text(getattr(self, attr), attr.replace("_", " ")))
        object.__setattr__(self, "notes", _text(self.notes, "notes", limit=MAX_NOTES))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "strength": self.strength.value,
            "reach": self.reach.value,
            "referred_by": self.referred_by,
            "role": self.role,
            "company": self.company,
            "sector": self.sector,
            "phone": self.phone,
            "email": self.email,
            "notes": self.notes,
            "created_at": to_record(self.created_at),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Caller:
        return cls(
            id=data["id"],
            name=data["name"],
            strength=data.get("strength", "none"),
            reach=data.get("reach", "other"),
            referred_by=data.get("referred_by", ""),
            role=data.get("role", ""),
            company=data.get("company", ""),
            sector=data.get("sector", ""),
            phone=data.get("phone", ""),
            email=data.get("email", ""),
            notes=data.get("notes", ""),
            created_at=_time(data.get("created_at"), "created at"),
        )


@dataclass(frozen=True, slots=True)
class Phase:
    """A time-boxed part of a call: its limit and the time actually used, in seconds."""

    kind: PhaseKind
    limit_s: int
    used_s: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", PhaseKind.parse(self.kind))
        if not isinstance(self.limit_s, int) or self.limit_s <= 0:
            raise ValidationError(
                f"phase limit must be a positive number of seconds: {self.limit_s!r}"
            )
        if self.used_s < 0:
            raise ValidationError(f"time used cannot be negative: {self.used_s!r}")

    @property
    def overtime_s(self) -> float:
        return max(0.0, self.used_s - self.limit_s)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "limit_s": self.limit_s, "used_s": round(self.used_s, 3)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Phase:
        return cls(PhaseKind.parse(data["kind"]), int(data["limit_s"]), float(data["used_s"]))


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a call ended; `detail` is to whom (referral) or the avenue (honest no)."""

    kind: OutcomeKind
    detail: str = ""
    when: DateTime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", OutcomeKind.parse(self.kind))
        object.__setattr__(self, "detail", _text(self.detail, "outcome detail", limit=500))
        if self.kind is OutcomeKind.HONEST_NO and not self.detail:
            raise ValidationError("an honest no needs an alternative avenue to point to")
        if self.kind is OutcomeKind.REFERRAL_MADE and not self.detail:
            raise ValidationError("a referral needs the contact it was made to")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "detail": self.detail, "when": to_record(self.when)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Outcome:
        return cls(data["kind"], data.get("detail", ""), from_record(data.get("when")))


@dataclass(frozen=True, slots=True)
class Promise:
    """Something you said you would do, with a due date; shown until done."""

    text: str
    due: DateTime
    caller_id: str = ""
    call_id: str = ""
    done_at: DateTime | None = None
    id: str = field(default_factory=new_id)
    created_at: DateTime = field(default_factory=now)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", _text(self.text, "promise", limit=500, required=True))
        if self.due is None:
            raise ValidationError("a promise needs a due date")

    @property
    def open(self) -> bool:
        return self.done_at is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "due": to_record(self.due),
            "caller_id": self.caller_id,
            "call_id": self.call_id,
            "done_at": to_record(self.done_at),
            "created_at": to_record(self.created_at),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Promise:
        return cls(
            id=data["id"],
            text=data["text"],
            due=_time(data.get("due"), "due date"),
            caller_id=data.get("caller_id", ""),
            call_id=data.get("call_id", ""),
            done_at=from_record(data.get("done_at")),
            created_at=_time(data.get("created_at"), "created at"),
        )


@dataclass(frozen=True, slots=True)
class Call:
    """One conversation. `caller_name` and `strength` are copied in so the log needs no join."""

    caller_id: str
    caller_name: str
    started_at: DateTime
    strength: Strength = Strength.NONE
    asks: frozenset[Ask] = frozenset()
    traits: frozenset[Trait] = frozenset()
    phases: tuple[Phase, ...] = ()
    notes: str = ""
    outcome: Outcome | None = None
    ended_at: DateTime | None = None
    edited_at: DateTime | None = None
    promise_ids: tuple[str, ...] = ()
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        object.__setattr__(self, "caller_name", _text(self.caller_name, "name", required=True))
        object.__setattr__(self, "strength", Strength.parse(self.strength))
        object.__setattr__(self, "asks", frozenset(Ask.parse(a) for a in self.asks))
        object.__setattr__(self, "traits", frozenset(Trait.parse(t) for t in self.traits))
        object.__setattr__(self, "phases", tuple(self.phases))
        object.__setattr__(self, "notes", _text(self.notes, "notes", limit=MAX_NOTES))
        object.__setattr__(self, "promise_ids", tuple(self.promise_ids))
        # Compare instants, not wall times: Python compares two datetimes of the same zone
        # by their local reading, which goes backwards across the autumn clock change.
        if self.ended_at is not None and self.ended_at.timestamp() < self.started_at.timestamp():
            raise ValidationError("a call cannot end before it starts")

    @property
    def used_s(self) -> float:
        return sum(p.used_s for p in self.phases)

    @property
    def limit_s(self) -> int:
        return sum(p.limit_s for p in self.phases)

    def with_(self, **changes: Any) -> Call:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "caller_id": self.caller_id,
            "caller_name": self.caller_name,
            "strength": self.strength.value,
            "asks": sorted(a.value for a in self.asks),
            "traits": sorted(t.value for t in self.traits),
            "phases": [p.to_dict() for p in self.phases],
            "notes": self.notes,
            "outcome": self.outcome.to_dict() if self.outcome else None,
            "started_at": to_record(self.started_at),
            "ended_at": to_record(self.ended_at),
            "edited_at": to_record(self.edited_at),
            "promise_ids": list(self.promise_ids),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Call:
        outcome = data.get("outcome")
        return cls(
            id=data["id"],
            caller_id=data["caller_id"],
            caller_name=data["caller_name"],
            strength=data.get("strength", "none"),
            asks=frozenset(data.get("asks", ())),
            traits=frozenset(data.get("traits", ())),
            phases=tuple(Phase.from_dict(p) for p in data.get("phases", ())),
            notes=data.get("notes", ""),
            outcome=Outcome.from_dict(outcome) if outcome else None,
            started_at=_time(data.get("started_at"), "start time"),
            ended_at=from_record(data.get("ended_at")),
            edited_at=from_record(data.get("edited_at")),
            promise_ids=tuple(data.get("promise_ids", ())),
        )


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """A favour asked of a contact, or how a referral to them turned out."""

    kind: LedgerKind
    at: DateTime
    note: str = ""
    call_id: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", LedgerKind.parse(self.kind))
        object.__setattr__(self, "note", _text(self.note, "ledger note", limit=500))

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "at": to_record(self.at),
            "note": self.note,
            "call_id": self.call_id,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LedgerEntry:
        return cls(
            LedgerKind.parse(data["kind"]),
            _time(data.get("at"), "ledger time"),
            data.get("note", ""),
            data.get("call_id", ""),
        )


@dataclass(frozen=True, slots=True)
class Contact:
    """Someone in your network you could refer people to."""

    name: str
    tier: Tier = Tier.ACQUAINTANCE
    notes: str = ""
    ledger: tuple[LedgerEntry, ...] = ()
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", _text(self.name, "name", limit=MAX_NAME, required=True))
        object.__setattr__(self, "tier", Tier.parse(self.tier))
        object.__setattr__(self, "notes", _text(self.notes, "notes", limit=MAX_NOTES))
        object.__setattr__(self, "ledger", tuple(self.ledger))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "tier": self.tier.value,
            "notes": self.notes,
            "ledger": [e.to_dict() for e in self.ledger],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Contact:
        return cls(
            id=data["id"],
            name=data["name"],
            tier=data.get("tier", "acquaintance"),
            notes=data.get("notes", ""),
            ledger=tuple(LedgerEntry.from_dict(e) for e in data.get("ledger", ())),
        )
