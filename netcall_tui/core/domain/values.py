"""The values records are made of: a Call's Phases and Outcome, a Contact's LedgerEntries.

Each validates itself and converts to and from a plain dict, like the records that hold
them (see `records`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import ValidationError
from .fields import MAX_DETAIL, clean_text, stored_time
from .moments import from_record, to_record
from .stored import LedgerEntryRecord, OutcomeRecord, PhaseRecord
from .vocabulary import LedgerKind, OutcomeKind, PhaseKind

if TYPE_CHECKING:
    from pendulum import DateTime


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

    def to_dict(self) -> PhaseRecord:
        return {"kind": self.kind.value, "limit_s": self.limit_s, "used_s": round(self.used_s, 3)}

    @classmethod
    def from_dict(cls, data: PhaseRecord) -> Phase:
        return cls(PhaseKind.parse(data["kind"]), int(data["limit_s"]), float(data["used_s"]))


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a call ended; `detail` is to whom (referral) or the avenue (honest no), and
    `contact_id` the contact of yours a referral went to, when it is one of them."""

    kind: OutcomeKind
    detail: str = ""
    when: DateTime | None = None
    contact_id: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", OutcomeKind.parse(self.kind))
        object.__setattr__(
            self, "detail", clean_text(self.detail, "outcome detail", limit=MAX_DETAIL)
        )
        object.__setattr__(self, "contact_id", clean_text(self.contact_id, "contact id"))
        if self.kind is OutcomeKind.HONEST_NO and not self.detail:
            raise ValidationError("an honest no needs an alternative avenue to point to")
        if self.kind is OutcomeKind.REFERRAL_MADE and not self.detail:
            raise ValidationError("a referral needs the contact it was made to")

    def to_dict(self) -> OutcomeRecord:
        return {
            "kind": self.kind.value,
            "detail": self.detail,
            "when": to_record(self.when),
            "contact_id": self.contact_id,
        }

    @classmethod
    def from_dict(cls, data: OutcomeRecord) -> Outcome:
        return cls(
            OutcomeKind.parse(data["kind"]),
            data.get("detail", ""),
            from_record(data.get("when")),
            data.get("contact_id", ""),
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
        object.__setattr__(self, "note", clean_text(self.note, "ledger note", limit=MAX_DETAIL))

    def to_dict(self) -> LedgerEntryRecord:
        return {
            "kind": self.kind.value,
            "at": to_record(self.at),
            "note": self.note,
            "call_id": self.call_id,
        }

    @classmethod
    def from_dict(cls, data: LedgerEntryRecord) -> LedgerEntry:
        return cls(
            LedgerKind.parse(data["kind"]),
            stored_time(data.get("at"), "ledger time"),
            data.get("note", ""),
            data.get("call_id", ""),
        )
