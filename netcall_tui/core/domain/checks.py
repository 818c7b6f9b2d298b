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
from datetime import datetime
from typing import Any

from .vocabulary import (
    ENERGY_WORDS,
    Ask,
    LedgerKind,
    OutcomeKind,
    PhaseKind,
    PromiseKind,
    Reach,
    ReferralResult,
    ReferralState,
    Strength,
    Tier,
    Trait,
)

Check = Callable[[Mapping[str, Any]], str | None]  # a record -> its first bad field
_BROKEN = (TypeError, KeyError, ValueError, AttributeError)  # how a wrong value fails
_parse_time = datetime.fromisoformat  # what reads a stored time back everywhere
_NUMBER = (int, float)
_ENERGIES = frozenset(ENERGY_WORDS)


def _words(kind: Any) -> frozenset[str]:
    return frozenset(member.value for member in kind)


ASKS, TRAITS, STRENGTHS = _words(Ask), _words(Trait), _words(Strength)
OUTCOMES, PHASES, REACHES = _words(OutcomeKind), _words(PhaseKind), _words(Reach)
TIERS, LEDGER_KINDS = _words(Tier), _words(LedgerKind)
REFERRAL_STATES, RESULTS = _words(ReferralState), _words(ReferralResult) | {""}
PROMISE_KINDS = _words(PromiseKind)


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
        field = "energy"
        if (energy := get("energy")) is not None and (
            type(energy) is not int or energy not in _ENERGIES
        ):
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
        for field in ("done_at", "dropped_at"):
            if (at := get(field)) is not None:
                _time(at)
        field = "dropped_at"
        if get("done_at") is not None and get("dropped_at") is not None:
            return field
        field = "kind"
        if get("kind") not in PROMISE_KINDS:
            return field
        field = "held"
        held = get("held")
        if type(held) is not bool or (held and get("done_at") is None):
            return field
        if held and get("kind") != PromiseKind.INTERVIEW:
            return field
    except _BROKEN:
        return field
    return _texts(r, ("caller_id", "call_id", "referral_id", "note"))


_CONTACT_TEXTS = ("company", "role", "email", "phone", "notes", "profile_url", "source")


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
        field = "tags"
        if type(tags := get("tags", [])) is not list or _not_all_text(tags):
            return field
        field = "created_at"
        if (at := get("created_at")) is not None:  # v2 contacts had none: v3 adds it
            _time(at)
    except _BROKEN:
        return field
    return _texts(r, _CONTACT_TEXTS)


_REFERRAL_TEXTS = ("call_id", "caller_id", "caller_name", "contact_id", "contact_name", "blurb")


def _referral(r: Mapping[str, Any]) -> str | None:
    get: Any = r.get  # the record's values are whatever the file holds
    field = "steps"
    try:
        steps = get("steps")
        if type(steps) is not list or not steps:
            return field
        for step in steps:
            _time(step["at"])
            if step["state"] not in REFERRAL_STATES or type(step.get("note", "")) is not str:
                return field
        field = "state"
        if get("state") != steps[-1]["state"]:
            return field
        field = "result"
        if (get("result", "") or "") not in RESULTS:
            return field
        field = "important"
        if get("important") not in (None, True, False):
            return field
        field = "created_at"
        _time(get("created_at"))
    except _BROKEN:
        return field
    return _texts(r, _REFERRAL_TEXTS)


_RESUME_TEXTS = ("caller_id", "call_id", "location", "note", "promise_id", "removed_note")
_PASSED_ON_TEXTS = ("contact_id", "contact_name", "referral_id", "promise_id")


def _resume(r: Mapping[str, Any]) -> str | None:
    get: Any = r.get  # the record's values are whatever the file holds
    field = "caller_id"
    try:
        if type(get("caller_id")) is not str or not get("caller_id"):
            return field
        for field in ("filed_at", "review_on"):
            _time(get(field))
        for field in ("reviewed_at", "removed_at"):
            if (at := get(field)) is not None:
                _time(at)
        for field in ("roles", "sectors", "tags"):
            if type(words := get(field, [])) is not list or _not_all_text(words):
                return field
        field = "passed_on"
        if type(passed := get("passed_on", [])) is not list:
            return field
        for entry in passed:
            _time(entry["at"])
            if not entry["contact_name"].strip() or _texts(entry, _PASSED_ON_TEXTS):
                return field
    except _BROKEN:
        return field
    return _texts(r, _RESUME_TEXTS)


# Every model table's check. Each record's `id` is checked with the file (text, unique).
CHECKS: dict[str, Check] = {
    "calls": _call,
    "callers": _caller,
    "promises": _promise,
    "contacts": _contact,
    "referrals": _referral,
    "resumes": _resume,
}


def problem(table: str, record: Mapping[str, Any]) -> str | None:
    """The first field of `record` (of `table`) netcall could not use, or None."""
    check = CHECKS.get(table)
    return None if check is None else check(record)
