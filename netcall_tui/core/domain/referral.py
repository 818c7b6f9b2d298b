"""A Referral: one introduction of a caller to a contact of yours, done double opt-in.

You ask the contact first whether they want the introduction; only when they agree do
you introduce the caller; then you note how it went. Every state it has been in is kept
(`steps`), each with its date, so the referrals view can say how long one has waited.
`NEXT` is the one table of which state may follow which.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..errors import ValidationError
from .fields import MAX_DETAIL, MAX_NAME, MAX_NOTES, clean_text, new_id, stored_time
from .moments import now, to_record
from .stored import ReferralRecord, ReferralStepRecord
from .vocabulary import ReferralResult, ReferralState

if TYPE_CHECKING:
    from pendulum import DateTime

# Which state may follow which (a result closes a referral; closed is final).
NEXT: dict[ReferralState, tuple[ReferralState, ...]] = {
    ReferralState.ASKED: (ReferralState.AGREED, ReferralState.DECLINED),
    ReferralState.AGREED: (ReferralState.INTRODUCED, ReferralState.DECLINED),
    ReferralState.INTRODUCED: (ReferralState.CLOSED,),
    ReferralState.DECLINED: (),
    ReferralState.CLOSED: (),
}
OPEN_STATES = frozenset({ReferralState.ASKED, ReferralState.AGREED, ReferralState.INTRODUCED})
GOOD_RESULTS = frozenset({ReferralResult.HIRED, ReferralResult.GOOD_MEETING})
BAD_RESULTS = frozenset({ReferralResult.REFLECTED_BADLY})


@dataclass(frozen=True, slots=True)
class ReferralStep:
    """A state a referral entered, when, and what you noted then."""

    state: ReferralState
    at: DateTime
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "state", ReferralState.parse(self.state))
        object.__setattr__(self, "note", clean_text(self.note, "step note", limit=MAX_DETAIL))

    def to_dict(self) -> ReferralStepRecord:
        return {"state": self.state.value, "at": to_record(self.at), "note": self.note}

    @classmethod
    def from_dict(cls, data: ReferralStepRecord) -> ReferralStep:
        return cls(
            ReferralState.parse(data["state"]),
            stored_time(data.get("at"), "step time"),
            data.get("note", ""),
        )


@dataclass(frozen=True, slots=True)
class Referral:
    """A caller introduced (or to be introduced) to a contact; `steps[-1]` is its state."""

    call_id: str
    caller_id: str
    caller_name: str
    contact_id: str
    contact_name: str
    steps: tuple[ReferralStep, ...]
    result: ReferralResult | None = None
    important: bool | None = None  # "is this an important favour?"; None: not asked
    blurb: str = ""
    id: str = field(default_factory=new_id)
    created_at: DateTime = field(default_factory=now)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "caller_name", clean_text(self.caller_name, "caller", limit=MAX_NAME)
        )
        object.__setattr__(
            self, "contact_name", clean_text(self.contact_name, "contact", limit=MAX_NAME)
        )
        object.__setattr__(self, "blurb", clean_text(self.blurb, "blurb", limit=MAX_NOTES))
        object.__setattr__(self, "steps", tuple(self.steps))
        if self.result is not None:
            object.__setattr__(self, "result", ReferralResult.parse(self.result))
        if not self.steps:
            raise ValidationError("a referral needs the state it is in")
        if (self.state is ReferralState.CLOSED) != (self.result is not None):
            raise ValidationError("a referral has a result exactly when it is closed")

    @property
    def state(self) -> ReferralState:
        return self.steps[-1].state

    @property
    def since(self) -> DateTime:
        """When it entered its present state."""
        return self.steps[-1].at

    @property
    def open(self) -> bool:
        return self.state in OPEN_STATES

    def moved(
        self,
        state: ReferralState,
        at: DateTime,
        note: str = "",
        result: ReferralResult | None = None,
    ) -> Referral:
        """This referral in its next state (ValidationError if `NEXT` doesn't allow it)."""
        if state not in NEXT[self.state]:
            raise ValidationError(
                f"a referral that is {self.state.label} cannot become {state.label}"
            )
        return replace(self, steps=(*self.steps, ReferralStep(state, at, note)), result=result)

    def to_dict(self) -> ReferralRecord:
        return {
            "id": self.id,
            "call_id": self.call_id,
            "caller_id": self.caller_id,
            "caller_name": self.caller_name,
            "contact_id": self.contact_id,
            "contact_name": self.contact_name,
            "state": self.state.value,
            "result": self.result.value if self.result else "",
            "steps": [s.to_dict() for s in self.steps],
            "important": self.important,
            "blurb": self.blurb,
            "created_at": to_record(self.created_at),
        }

    @classmethod
    def from_dict(cls, data: ReferralRecord) -> Referral:
        result = data.get("result") or None
        return cls(
            id=data["id"],
            call_id=data.get("call_id", ""),
            caller_id=data.get("caller_id", ""),
            caller_name=data.get("caller_name", ""),
            contact_id=data.get("contact_id", ""),
            contact_name=data.get("contact_name", ""),
            steps=tuple(ReferralStep.from_dict(s) for s in data.get("steps", ())),
            result=ReferralResult.parse(result) if result else None,
            important=data.get("important"),
            blurb=data.get("blurb", ""),
            created_at=stored_time(data.get("created_at"), "created at"),
        )
