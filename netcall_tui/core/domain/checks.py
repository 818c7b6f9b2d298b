"""What a stored record must hold for netcall to read it: the one place for those rules.

One check per table of the declared shapes in `stored`: the types of the fields the app
relies on, words it knows, times that parse. Each returns the first field that is wrong
(None when all is well), and `EXPECTED` says in words what that field must hold, for
the message. They run on every record each time the log is read (100,000 calls and
more), so each is one function of plain tests, with no call per field; a broken value
raises inside it (a string indexed like a dict, text that is no time) and the field
being read is the answer.

Lengths and rules between fields (an honest no needs an avenue) stay with the models.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .vocabulary import Ask, LedgerKind, OutcomeKind, PhaseKind, Reach, Strength, Tier, Trait

Check = Callable[[Mapping[str, Any]], str | None]  # a record -> its first bad field
_MISSING = object()
_SHOWN_AT_MOST = 40  # characters of a bad value quoted in a message
_BROKEN = (TypeError, KeyError, ValueError, AttributeError)  # how a wrong value fails
_parse_time = datetime.fromisoformat  # what reads a stored time back everywhere
_NUMBER = (int, float)


def _words(kind: Any) -> frozenset[str]:
    return frozenset(member.value for member in kind)


ASKS, TRAITS, STRENGTHS = _words(Ask), _words(Trait), _words(Strength)
OUTCOMES, PHASES, REACHES = _words(OutcomeKind), _words(PhaseKind), _words(Reach)
TIERS, LEDGER_KINDS = _words(Tier), _words(LedgerKind)


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record the log cannot use: where it is (`key`: its number in the file), which
    field is wrong, and how."""

    table: str
    key: str
    id: str  # the record's own id
    field: str
    problem: str

    @property
    def where(self) -> str:
        """'calls record 12 (id '3f2a…')': how a message names it."""
        return f"{self.table} record {self.key} (id {shown(self.id)})"


def shown(value: Any) -> str:
    """A stored value quoted for a message: Python's repr (control characters and
    bidi overrides come out escaped, never raw), cut short when long."""
    text = repr(value)
    return text if len(text) <= _SHOWN_AT_MOST else text[: _SHOWN_AT_MOST - 1] + "…"


def _time(value: Any) -> None:
    """A stored time ({"utc": ISO-8601 text, "tz": zone}); raises if it is not one."""
    _parse_time(value["utc"])


def _call(r: Mapping[str, Any]) -> str | None:
    get: Any = r.get  # the record's values are whatever the file holds
    field = "caller_name"
    try:
        if not get("caller_name").strip():
            return field
        field = "caller_id"
        if type(get("caller_id")) is not str:
            return field
        field = "started_at"
        _parse_time(get("started_at")["utc"])
        field = "ended_at"
        if (at := get("ended_at")) is not None:
            _parse_time(at["utc"])
        field = "edited_at"
        if (at := get("edited_at")) is not None:
            _parse_time(at["utc"])
        field = "strength"
        if get("strength", "none") not in STRENGTHS:
            return field
        field = "asks"
        if type(asks := get("asks", [])) is not list or not ASKS.issuperset(asks):
            return field
        field = "traits"
        if type(traits := get("traits", [])) is not list or not TRAITS.issuperset(traits):
            return field
        field = "notes"
        if type(get("notes", "")) is not str:
            return field
        field = "phases"
        if type(phases := get("phases", [])) is not list:
            return field
        for phase in phases:
            if (
                phase["kind"] not in PHASES
                or type(phase["limit_s"]) not in _NUMBER
                or type(phase["used_s"]) not in _NUMBER
            ):
                return field
        field = "outcome"
        if (outcome := get("outcome")) is not None and _outcome(outcome):
            return field
        field = "promise_ids"
        if type(ids := get("promise_ids", [])) is not list or _not_all_text(ids):
            return field
    except _BROKEN:
        return field
    return None


def _outcome(o: Mapping[str, Any]) -> bool:
    """True if the outcome is wrong (raises for some wrong ones)."""
    if (when := o.get("when")) is not None:
        _time(when)
    return (
        o["kind"] not in OUTCOMES
        or type(o.get("detail", "")) is not str
        or type(o.get("contact_id", "")) is not str
    )


def _not_all_text(values: Any) -> bool:
    return any(type(value) is not str for value in values)


def _texts(r: Mapping[str, Any], fields: tuple[str, ...]) -> str | None:
    get: Any = r.get  # the record's values are whatever the file holds
    for field in fields:
        if type(get(field, "")) is not str:
            return field
    return None


_CALLER_TEXTS = ("referred_by", "role", "company", "sector", "phone", "email", "notes")


def _caller(r: Mapping[str, Any]) -> str | None:
    get: Any = r.get  # the record's values are whatever the file holds
    field = "name"
    try:
        if not get("name").strip():
            return field
        field = "created_at"
        _time(get("created_at"))
        field = "strength"
        if get("strength", "none") not in STRENGTHS:
            return field
        field = "reach"
        if get("reach", "other") not in REACHES:
            return field
    except _BROKEN:
        return field
    return _texts(r, _CALLER_TEXTS)


def _promise(r: Mapping[str, Any]) -> str | None:
    get: Any = r.get  # the record's values are whatever the file holds
    field = "text"
    try:
        if not get("text").strip():
            return field
        for field in ("due", "created_at"):
            _time(get(field))
        field = "done_at"
        if (at := get("done_at")) is not None:
            _time(at)
    except _BROKEN:
        return field
    return _texts(r, ("caller_id", "call_id"))


def _contact(r: Mapping[str, Any]) -> str | None:
    get: Any = r.get  # the record's values are whatever the file holds
    field = "name"
    try:
        if not get("name").strip():
            return field
        field = "tier"
        if get("tier", "acquaintance") not in TIERS:
            return field
        field = "ledger"
        if type(ledger := get("ledger", [])) is not list:
            return field
        for entry in ledger:
            _time(entry["at"])
            if entry["kind"] not in LEDGER_KINDS or _texts(entry, ("note", "call_id")):
                return field
    except _BROKEN:
        return field
    return _texts(r, ("notes",))


# Every model table's check. Each record's `id` is checked with the file (text, unique).
CHECKS: dict[str, Check] = {
    "calls": _call,
    "callers": _caller,
    "promises": _promise,
    "contacts": _contact,
}

_TIME = "a stored date and time, {'utc': ISO-8601 text, 'tz': zone}"
_TEXT = "text"


def _one_of(words: frozenset[str]) -> str:
    return "one of " + ", ".join(sorted(words))


# What each field checked must hold, in words (a field not named here holds text).
EXPECTED: dict[str, dict[str, str]] = {
    "calls": {
        "caller_name": "the caller's name (text, not blank)",
        "started_at": _TIME,
        "ended_at": f"{_TIME}, or null",
        "edited_at": f"{_TIME}, or null",
        "strength": _one_of(STRENGTHS),
        "asks": f"a list of asks, each {_one_of(ASKS)}",
        "traits": f"a list of traits, each {_one_of(TRAITS)}",
        "phases": f"a list of phases, each {{kind: {_one_of(PHASES)}; limit_s, used_s: numbers}}",
        "outcome": f"null or an outcome {{kind: {_one_of(OUTCOMES)}; detail: text; when}}",
        "promise_ids": "a list of promise ids (text)",
    },
    "callers": {
        "name": "the caller's name (text, not blank)",
        "created_at": _TIME,
        "strength": _one_of(STRENGTHS),
        "reach": _one_of(REACHES),
    },
    "promises": {
        "text": "what was promised (text, not blank)",
        "due": _TIME,
        "created_at": _TIME,
        "done_at": f"{_TIME}, or null",
    },
    "contacts": {
        "name": "the contact's name (text, not blank)",
        "tier": _one_of(TIERS),
        "ledger": f"a list of entries, each {{kind: {_one_of(LEDGER_KINDS)}; at: a time; note}}",
    },
}


def bad_record(table: str, key: str, record: Mapping[str, Any], field: str) -> BadRecord:
    """The report on `record`, whose `field` its table's check found wrong."""
    value = record.get(field, _MISSING)
    expected = EXPECTED.get(table, {}).get(field, _TEXT)
    found = "is missing" if value is _MISSING else f"is {shown(value)}"
    return BadRecord(
        table, key, str(record.get("id", "")), field, f"{found}; it must be {expected}"
    )


def records_unread(count: int) -> str:
    """'3 records could not be read': the one wording of it, for every message."""
    return f"{count} record{'' if count == 1 else 's'} could not be read"


def unread_note(count: int) -> str:
    """What the app's header and the command line say while some are left out."""
    return f"{records_unread(count)} — see `netcall doctor`"


def problem(table: str, record: Mapping[str, Any]) -> str | None:
    """The first field of `record` (of `table`) netcall could not use, or None."""
    check = CHECKS.get(table)
    return None if check is None else check(record)
