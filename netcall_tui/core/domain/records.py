"""The domain's records: Caller, Call, Contact — plain data with validation
(a Referral and a Promise have files of their own, `referral` and `promise`).

Every model converts to and from a plain dict (`to_dict` / `from_dict`) made only of
str, int, float, bool, None, list and dict, which is what the store writes.

The words they use live in `vocabulary`, the values inside them (Phase, Outcome,
LedgerEntry) in `values` and the field checks in `fields`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ..errors import ValidationError
from .fields import (
    MAX_FIELD,
    MAX_NAME,
    MAX_NOTES,
    clean_date,
    clean_tags,
    clean_text,
    new_id,
    stored_time,
)
from .moments import from_record, now, to_record
from .stored import CallerRecord, CallRecord, ContactRecord
from .values import LedgerEntry, Outcome, Phase
from .vocabulary import ENERGY_HIGH, ENERGY_LOW, Ask, Reach, Strength, Tier, Trait

if TYPE_CHECKING:
    from pendulum import DateTime


# Each text field of a caller and how long it may be.
CALLER_LIMITS = {
    "name": MAX_NAME,
    **dict.fromkeys(("referred_by", "role", "company", "sector", "phone", "email"), MAX_FIELD),
    "notes": MAX_NOTES,
}


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
        object.__setattr__(self, "strength", Strength.parse(self.strength))
        object.__setattr__(self, "reach", Reach.parse(self.reach))
        for attr, limit in CALLER_LIMITS.items():
            what = attr.replace("_", " ")
            value = clean_text(getattr(self, attr), what, limit=limit, required=attr == "name")
            object.__setattr__(self, attr, value)

    def to_dict(self) -> CallerRecord:
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
    def from_dict(cls, data: CallerRecord) -> Caller:
        return cls(
            id=data["id"],
            name=data["name"],
            strength=Strength.parse(data.get("strength", "none")),
            reach=Reach.parse(data.get("reach", "other")),
            referred_by=data.get("referred_by", ""),
            role=data.get("role", ""),
            company=data.get("company", ""),
            sector=data.get("sector", ""),
            phone=data.get("phone", ""),
            email=data.get("email", ""),
            notes=data.get("notes", ""),
            created_at=stored_time(data.get("created_at"), "created at"),
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
    energy: int | None = None  # how it left you, ENERGY_WORDS' 1 (drained) to 5; or unrated
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        object.__setattr__(self, "caller_name", clean_text(self.caller_name, "name", required=True))
        object.__setattr__(self, "strength", Strength.parse(self.strength))
        object.__setattr__(self, "asks", frozenset(Ask.parse(a) for a in self.asks))
        object.__setattr__(self, "traits", frozenset(Trait.parse(t) for t in self.traits))
        object.__setattr__(self, "phases", tuple(self.phases))
        object.__setattr__(self, "notes", clean_text(self.notes, "notes", limit=MAX_NOTES))
        object.__setattr__(self, "promise_ids", tuple(self.promise_ids))
        # Compare instants, not wall times: Python compares two datetimes of the same zone
        # by their local reading, which goes backwards across the autumn clock change.
        if self.ended_at is not None and self.ended_at.timestamp() < self.started_at.timestamp():
            raise ValidationError("a call cannot end before it starts")
        if self.energy is not None and (
            type(self.energy) is not int or not ENERGY_LOW <= self.energy <= ENERGY_HIGH
        ):
            raise ValidationError(f"energy is a rating from {ENERGY_LOW} to {ENERGY_HIGH}")

    @property
    def used_s(self) -> float:
        return sum(p.used_s for p in self.phases)

    @property
    def limit_s(self) -> int:
        return sum(p.limit_s for p in self.phases)

    def with_(self, **changes: Any) -> Call:
        return replace(self, **changes)

    def to_dict(self) -> CallRecord:
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
            "energy": self.energy,
        }

    @classmethod
    def from_dict(cls, data: CallRecord) -> Call:
        outcome = data.get("outcome")
        return cls(
            id=data["id"],
            caller_id=data["caller_id"],
            caller_name=data["caller_name"],
            strength=Strength.parse(data.get("strength", "none")),
            asks=frozenset(Ask.parse(a) for a in data.get("asks", ())),
            traits=frozenset(Trait.parse(t) for t in data.get("traits", ())),
            phases=tuple(Phase.from_dict(p) for p in data.get("phases", ())),
            notes=data.get("notes", ""),
            outcome=Outcome.from_dict(outcome) if outcome else None,
            started_at=stored_time(data.get("started_at"), "start time"),
            ended_at=from_record(data.get("ended_at")),
            edited_at=from_record(data.get("edited_at")),
            promise_ids=tuple(data.get("promise_ids", ())),
            energy=data.get("energy"),
        )


# Each one-line text field of a contact and how long it may be (notes: MAX_NOTES).
CONTACT_LIMITS = {
    "name": MAX_NAME,
    **dict.fromkeys(("company", "role", "email", "phone", "profile_url", "source"), MAX_FIELD),
}


@dataclass(frozen=True, slots=True)
class Contact:
    """Someone in your network you could refer people to; `ledger` is what you asked of
    them and how it went (networking capital, `core.network.capital`)."""

    name: str
    tier: Tier = Tier.ACQUAINTANCE
    notes: str = ""
    ledger: tuple[LedgerEntry, ...] = ()
    company: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    tags: tuple[str, ...] = ()
    profile_url: str = ""
    source: str = ""
    connected_on: str = ""  # ISO date, from an import
    id: str = field(default_factory=new_id)
    created_at: DateTime = field(default_factory=now)

    def __post_init__(self) -> None:
        for attr, limit in CONTACT_LIMITS.items():
            value = clean_text(getattr(self, attr), attr.replace("_", " "), limit=limit)
            object.__setattr__(self, attr, value)
        if not self.name:
            raise ValidationError("name is required")
        object.__setattr__(self, "tier", Tier.parse(self.tier))
        object.__setattr__(self, "notes", clean_text(self.notes, "notes", limit=MAX_NOTES))
        object.__setattr__(self, "tags", clean_tags(self.tags))
        object.__setattr__(self, "connected_on", clean_date(self.connected_on, "connected on"))
        object.__setattr__(self, "ledger", tuple(self.ledger))

    def to_dict(self) -> ContactRecord:
        return {
            "id": self.id,
            "name": self.name,
            "tier": self.tier.value,
            "company": self.company,
            "role": self.role,
            "email": self.email,
            "phone": self.phone,
            "notes": self.notes,
            "tags": list(self.tags),
            "profile_url": self.profile_url,
            "source": self.source,
            "connected_on": self.connected_on,
            "created_at": to_record(self.created_at),
            "ledger": [e.to_dict() for e in self.ledger],
        }

    @classmethod
    def from_dict(cls, data: ContactRecord) -> Contact:
        return cls(
            id=data["id"],
            name=data["name"],
            tier=Tier.parse(data.get("tier", "acquaintance")),
            company=data.get("company", ""),
            role=data.get("role", ""),
            email=data.get("email", ""),
            phone=data.get("phone", ""),
            notes=data.get("notes", ""),
            tags=tuple(data.get("tags", ())),
            profile_url=data.get("profile_url", ""),
            source=data.get("source", ""),
            connected_on=data.get("connected_on", ""),
            created_at=stored_time(data.get("created_at"), "created at"),
            ledger=tuple(LedgerEntry.from_dict(e) for e in data.get("ledger", ())),
        )
