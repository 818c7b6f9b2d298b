"""A Promise: something you said you would do, with a due date, kept until done or dropped."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import ValidationError
from .fields import MAX_DETAIL, clean_text, new_id, stored_time
from .moments import from_record, now, to_record
from .stored import PromiseRecord
from .vocabulary import PromiseKind, PromiseStatus

if TYPE_CHECKING:
    from pendulum import DateTime


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
    referral_id: str = ""  # the referral whose next step this is
    dropped_at: DateTime | None = None
    note: str = ""  # how it was kept (done) or why it was let go (dropped)
    kind: PromiseKind = PromiseKind.PLAIN
    held: bool = False  # an interview promise kept: the interview took place

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "text", clean_text(self.text, "promise", limit=MAX_DETAIL, required=True)
        )
        object.__setattr__(self, "note", clean_text(self.note, "note", limit=MAX_DETAIL))
        if self.due is None:
            raise ValidationError("a promise needs a due date")
        if self.done_at is not None and self.dropped_at is not None:
            raise ValidationError("a promise is either done or dropped, not both")
        object.__setattr__(self, "kind", PromiseKind(self.kind))
        if self.held and (self.kind is not PromiseKind.INTERVIEW or self.done_at is None):
            raise ValidationError("only a kept interview promise can be held")

    @property
    def open(self) -> bool:
        return self.done_at is None and self.dropped_at is None

    @property
    def state(self) -> PromiseStatus:
        if self.done_at is not None:
            return PromiseStatus.DONE
        return PromiseStatus.OPEN if self.dropped_at is None else PromiseStatus.DROPPED

    def to_dict(self) -> PromiseRecord:
        return {
            "id": self.id,
            "text": self.text,
            "due": to_record(self.due),
            "caller_id": self.caller_id,
            "call_id": self.call_id,
            "done_at": to_record(self.done_at),
            "created_at": to_record(self.created_at),
            "referral_id": self.referral_id,
            "dropped_at": to_record(self.dropped_at),
            "note": self.note,
            "kind": self.kind.value,
            "held": self.held,
        }

    @classmethod
    def from_dict(cls, data: PromiseRecord) -> Promise:
        return cls(
            id=data["id"],
            text=data["text"],
            due=stored_time(data.get("due"), "due date"),
            caller_id=data.get("caller_id", ""),
            call_id=data.get("call_id", ""),
            done_at=from_record(data.get("done_at")),
            created_at=stored_time(data.get("created_at"), "created at"),
            referral_id=data.get("referral_id", ""),
            dropped_at=from_record(data.get("dropped_at")),
            note=data.get("note", ""),
            kind=PromiseKind(data.get("kind", PromiseKind.PLAIN)),
            held=bool(data.get("held", False)),
        )
