"""A Resume: a résumé you promised to keep on file (habit 5), with what it is for, a
review date, and whom it was passed on to. `ResumeFor` is what `K` asks for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import ValidationError
from .fields import (
    MAX_DETAIL,
    MAX_FIELD,
    MAX_NAME,
    MAX_NOTES,
    clean_tags,
    clean_text,
    new_id,
    stored_time,
)
from .moments import from_record, now, to_record
from .stored import PassedOnRecord, ResumeRecord

if TYPE_CHECKING:
    from pendulum import DateTime

# Each text field of a résumé on file and how long it may be (roles, sectors and tags
# are lists of short words, as a contact's tags are).
RESUME_LIMITS = {"location": MAX_FIELD, "note": MAX_NOTES, "removed_note": MAX_DETAIL}


@dataclass(frozen=True, slots=True)
class ResumeFor:
    """What a résumé is kept for, as `K` asks it: target roles, sectors, skills/tags,
    where the file is (a path or a link), and a note."""

    roles: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    location: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        for name in ("roles", "sectors", "tags"):  # the field's name says which ("a role")
            object.__setattr__(self, name, clean_tags(tuple(getattr(self, name)), name[:-1]))
        location = clean_text(self.location, "where the file is", limit=MAX_FIELD)
        object.__setattr__(self, "location", location)
        object.__setattr__(self, "note", clean_text(self.note, "note", limit=MAX_NOTES))


@dataclass(frozen=True, slots=True)
class PassedOn:
    """Whom a résumé on file went to, when, and the referral (or promise) it became."""

    contact_name: str
    at: DateTime
    contact_id: str = ""
    referral_id: str = ""
    promise_id: str = ""

    def __post_init__(self) -> None:
        name = clean_text(self.contact_name, "passed on to", limit=MAX_NAME, required=True)
        object.__setattr__(self, "contact_name", name)

    def to_dict(self) -> PassedOnRecord:
        return {
            "contact_id": self.contact_id,
            "contact_name": self.contact_name,
            "at": to_record(self.at),
            "referral_id": self.referral_id,
            "promise_id": self.promise_id,
        }

    @classmethod
    def from_dict(cls, data: PassedOnRecord) -> PassedOn:
        return cls(
            contact_name=data["contact_name"],
            at=stored_time(data.get("at"), "passed on at"),
            contact_id=data.get("contact_id", ""),
            referral_id=data.get("referral_id", ""),
            promise_id=data.get("promise_id", ""),
        )


@dataclass(frozen=True, slots=True)
class Resume:
    """A résumé on file: whose (`caller_id`), from which call, what for, since when,
    when to review it, and whom it went to. Removed ones are kept, with the kind note."""

    caller_id: str
    review_on: DateTime
    what: ResumeFor = field(default_factory=ResumeFor)
    call_id: str = ""
    filed_at: DateTime = field(default_factory=now)
    reviewed_at: DateTime | None = None
    promise_id: str = ""
    passed_on: tuple[PassedOn, ...] = ()
    removed_at: DateTime | None = None
    removed_note: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if not self.caller_id:
            raise ValidationError("a résumé on file belongs to a caller")
        note = clean_text(self.removed_note, "why it was removed", limit=MAX_DETAIL)
        object.__setattr__(self, "removed_note", note)
        object.__setattr__(self, "passed_on", tuple(self.passed_on))

    @property
    def on_file(self) -> bool:
        return self.removed_at is None

    def to_dict(self) -> ResumeRecord:
        return {
            "id": self.id,
            "caller_id": self.caller_id,
            "call_id": self.call_id,
            "roles": list(self.what.roles),
            "sectors": list(self.what.sectors),
            "tags": list(self.what.tags),
            "location": self.what.location,
            "note": self.what.note,
            "filed_at": to_record(self.filed_at),
            "review_on": to_record(self.review_on),
            "reviewed_at": to_record(self.reviewed_at),
            "promise_id": self.promise_id,
            "passed_on": [p.to_dict() for p in self.passed_on],
            "removed_at": to_record(self.removed_at),
            "removed_note": self.removed_note,
        }

    @classmethod
    def from_dict(cls, data: ResumeRecord) -> Resume:
        what = ResumeFor(
            roles=tuple(data.get("roles", ())),
            sectors=tuple(data.get("sectors", ())),
            tags=tuple(data.get("tags", ())),
            location=data.get("location", ""),
            note=data.get("note", ""),
        )
        return cls(
            id=data["id"],
            caller_id=data["caller_id"],
            call_id=data.get("call_id", ""),
            what=what,
            filed_at=stored_time(data.get("filed_at"), "filed at"),
            review_on=stored_time(data.get("review_on"), "review date"),
            reviewed_at=from_record(data.get("reviewed_at")),
            promise_id=data.get("promise_id", ""),
            passed_on=tuple(PassedOn.from_dict(p) for p in data.get("passed_on", ())),
            removed_at=from_record(data.get("removed_at")),
            removed_note=data.get("removed_note", ""),
        )
