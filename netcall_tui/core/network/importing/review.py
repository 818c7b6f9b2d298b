"""The review of an import, before anything is written: who is new, who is already one
of your contacts (and what the file would add to them), who only looks like one, and
which rows were left out, with why.

- Matched: the same profile URL, or the same email, or the same name and company (as
  netcall compares names everywhere: accents, case and spacing aside). Two different
  emails or profile URLs are two people, whatever the names say. A matched contact gets
  the file's value only where theirs is empty; a value that differs is shown, not written.
- Near: not matched, but the name is close (the same first and last name, a middle name
  or an initial aside). Shown, never merged: they are added as new.
- The same person twice in the file: the second is skipped.
Importing the same file again therefore changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from ...domain.matching import person_key
from ...domain.records import Contact
from ...errors import ValidationError
from .candidate import Candidate, Parsed, Skipped

if TYPE_CHECKING:
    from pendulum import DateTime

    from ...domain.stored import ContactRecord

# The fields an import may fill in on a contact you have, where theirs is empty.
FILLED = ("company", "role", "email", "phone", "notes", "profile_url", "connected_on")
_SHOWN = ("company", "role", "email", "phone")  # compared when both have one (not notes)


@dataclass(frozen=True, slots=True)
class Matched:
    """A person of the file who is one of your contacts already."""

    candidate: Candidate
    contact_id: str
    contact_name: str
    how: str  # "profile URL", "email", "name and company"
    fills: tuple[tuple[str, str], ...] = ()  # (field, the file's value): theirs is empty
    differs: tuple[tuple[str, str, str], ...] = ()  # (field, theirs, the file's): shown only

    def filled(self, contact: Contact) -> Contact:
        """`contact` with the file's values where theirs are (still) empty."""
        changes = {field: value for field, value in self.fills if not getattr(contact, field)}
        return replace(contact, **cast("dict[str, Any]", changes)) if changes else contact


@dataclass(frozen=True, slots=True)
class Near:
    """A new person whose name is close to a contact's you have: added as new, shown."""

    candidate: Candidate
    contact_name: str
    contact_company: str


@dataclass(frozen=True, slots=True)
class ImportCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    near: int = 0  # of the new
    skipped: int = 0

    def text(self) -> str:
        near = f" ({self.near:,} near a contact you have)" if self.near else ""
        return (
            f"{self.new:,} new{near}, {self.updated:,} updated, "
            f"{self.unchanged:,} unchanged, {self.skipped:,} skipped"
        )


@dataclass(frozen=True, slots=True)
class Review:
    source: str  # "linkedin", "vcard", "google"
    new: tuple[Contact, ...]  # acquaintances until the import says otherwise
    matched: tuple[Matched, ...]
    near: tuple[Near, ...]  # among the new
    skipped: tuple[Skipped, ...]

    @property
    def updates(self) -> tuple[Matched, ...]:
        return tuple(m for m in self.matched if m.fills)

    @property
    def changes(self) -> bool:
        """Whether applying it would write anything."""
        return bool(self.new) or any(m.fills for m in self.matched)

    @property
    def counts(self) -> ImportCounts:
        updated = len(self.updates)
        return ImportCounts(
            len(self.new), updated, len(self.matched) - updated, len(self.near), len(self.skipped)
        )


def profile_key(url: str) -> str:
    """A profile URL as re-imports compare it: no scheme, `www.`, country prefix
    (`uk.linkedin.com`), query or trailing slash; any case."""
    text = url.strip().casefold().split("?")[0].split("#")[0].rstrip("/")
    text = text.removeprefix("https://").removeprefix("http://").removeprefix("www.")
    at = text.find("linkedin.com/in/")
    return text[at:] if at >= 0 else text


def near_key(name: str) -> str:
    """First and last word of a name (`person_key`ed): 'ada n. okafor' is near 'ada okafor'."""
    words = name.replace(".", " ").replace(",", " ").split()
    return f"{words[0]} {words[-1]}" if words else ""


class _Known:
    """Who is known so far, by each key: your contacts, then the file's new people."""

    def __init__(self) -> None:
        self.by_url: dict[str, _Person] = {}
        self.by_email: dict[str, _Person] = {}
        # By name and company: everyone, and those with no profile URL (whom someone
        # with a URL can be; the same URL was found already, another is someone else).
        self.by_name: dict[tuple[str, str], list[_Person]] = {}
        self.by_name_no_url: dict[tuple[str, str], list[_Person]] = {}
        self.by_near: dict[str, _Person] = {}

    def add(self, person: _Person) -> None:
        if person.url:
            self.by_url.setdefault(person.url, person)
        if person.email:
            self.by_email.setdefault(person.email, person)
        key = (person.name, person.company)
        self.by_name.setdefault(key, []).append(person)
        if not person.url:
            self.by_name_no_url.setdefault(key, []).append(person)
        self.by_near.setdefault(person.near, person)

    def find(self, wanted: _Person) -> tuple[_Person, str] | None:
        if wanted.url and (found := self.by_url.get(wanted.url)):
            return found, "profile URL"
        if wanted.email and (found := self.by_email.get(wanted.email)):
            return found, "email"
        same_name = self.by_name_no_url if wanted.url else self.by_name
        for known in same_name.get((wanted.name, wanted.company), ()):
            if not wanted.conflicts(known):
                return known, "name and company"
        return None


@dataclass(frozen=True, slots=True)
class _Person:
    """One person's keys; `record` is the stored contact, `line` the file's new person."""

    name: str
    near: str
    company: str
    email: str
    url: str
    record: ContactRecord | None = None
    line: int = 0

    @classmethod
    def of(
        cls,
        name: str,
        company: str,
        email: str,
        url: str,
        record: ContactRecord | None = None,
        line: int = 0,
        key: Callable[[str], str] = person_key,
    ) -> _Person:
        name, company, email, url = key(name), key(company), key(email), profile_key(url)
        return cls(name, near_key(name), company, email, url, record, line)

    def conflicts(self, other: _Person) -> bool:
        """Two different emails, or two different profiles: two people."""
        return bool(
            (self.email and other.email and self.email != other.email)
            or (self.url and other.url and self.url != other.url)
        )


def build_review(parsed: Parsed, existing: Iterable[ContactRecord], now: DateTime) -> Review:
    """What importing `parsed` into a log holding `existing` contacts would do."""
    # Companies and names repeat across thousands of rows: each is folded once (here
    # only, so no name outlives the review in a cache).
    key = lru_cache(maxsize=None)(person_key)
    known = _Known()
    for record in existing:
        known.add(
            _Person.of(
                record["name"],
                record.get("company", ""),
                record.get("email", ""),
                record.get("profile_url", ""),
                record=record,
                key=key,
            )
        )
    new: list[Contact] = []
    matched: list[Matched] = []
    near: list[Near] = []
    skipped = list(parsed.skipped)
    for candidate in parsed.candidates:
        person = _Person.of(
            candidate.name,
            candidate.company,
            candidate.email,
            candidate.profile_url,
            line=candidate.line,
            key=key,
        )
        found = known.find(person)
        if found is not None:
            other, how = found
            if other.record is not None:
                matched.append(_matched(candidate, other.record, how, key))
            else:
                why = f"the same person as line {other.line}"
                skipped.append(Skipped(candidate.line, why, candidate.name))
            continue
        try:
            contact = _contact(candidate, now)
        except ValidationError as error:
            skipped.append(Skipped(candidate.line, str(error), candidate.name))
            continue
        close = known.by_near.get(person.near)
        if close is not None and close.record is not None:
            near.append(Near(candidate, close.record["name"], close.record.get("company", "")))
        new.append(contact)
        known.add(person)
    skipped.sort(key=lambda s: s.line)
    return Review(parsed.source, tuple(new), tuple(matched), tuple(near), tuple(skipped))


def _contact(candidate: Candidate, now: DateTime) -> Contact:
    return Contact(
        candidate.name,
        company=candidate.company,
        role=candidate.role,
        email=candidate.email,
        phone=candidate.phone,
        notes=candidate.notes,
        profile_url=candidate.profile_url,
        source=candidate.source,
        connected_on=candidate.connected_on,
        created_at=now,
    )


def _matched(
    candidate: Candidate, record: ContactRecord, how: str, key: Callable[[str], str]
) -> Matched:
    fills: list[tuple[str, str]] = []
    differs: list[tuple[str, str, str]] = []
    for field in FILLED:
        theirs: str = record.get(field, "")  # type: ignore[assignment]  # FILLED are text fields
        mine: str = getattr(candidate, field)
        if not mine or mine == theirs:
            continue
        if not theirs:
            fills.append((field, mine))
        elif field in _SHOWN and key(theirs) != key(mine):
            differs.append((field, theirs, mine))
    return Matched(candidate, record["id"], record["name"], how, tuple(fills), tuple(differs))
