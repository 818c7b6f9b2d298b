"""The contacts list's filter and sort, in the words every list's filter uses
(`core.listing.terms`):

    dana                 free text: name, company, role, tags, notes (accents ignored)
    "dana w"             a phrase, spaces included
    -recruiter           leave out what matches (field filters too)
    tier:trusted  tag:logistics  company:northwind  capital:low  (low: one favour or none left)
    tier:treasured,trusted    a comma means "either"

Every term must match; a filter that can't be read raises `QueryError` saying how to
write it. Each term is one list comprehension over precomputed keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from ..domain.matching import fold
from ..domain.vocabulary import Tier
from ..errors import QueryError
from ..listing.terms import checked_terms, narrows
from ..listing.view import Narrow, RowView
from .contact_rows import TIER_RANK, ContactRow

HELP = "Type to search, or filter by tier: tag: company: capital:low · ↓ goes to the contacts."
FIELDS = ("tier", "tag", "company", "capital")  # as EXAMPLES lists them
EXAMPLES = {
    "tier": "tier:trusted",
    "tag": "tag:logistics",
    "company": "company:northwind",
    "capital": "capital:low",
}
Check = Callable[[ContactRow], bool]


def _tiers(value: str) -> Check:
    wanted: set[str] = set()
    for part in filter(None, (fold(p).strip() for p in value.split(","))):
        hits = {t.value for t in Tier if t.value.startswith(part) or fold(t.label).startswith(part)}
        if not hits:
            raise QueryError(
                f"No tier matches {part!r}: use treasured, trusted or acquaintance (tier:trusted)."
            )
        wanted |= hits
    return lambda row: row.tier in wanted


def _tag(value: str) -> Check:
    needle = fold(value)
    return lambda row: needle in row.tags_key


def _company(value: str) -> Check:
    needle = fold(value)
    return lambda row: needle in row.company_key


def _capital(value: str) -> Check:
    word = fold(value)
    if "low".startswith(word):
        return lambda row: row.remaining <= 1
    if "none".startswith(word) or "out".startswith(word):
        return lambda row: row.remaining <= 0
    raise QueryError("The filter capital: takes low or none (capital:low).")


_BUILDERS: dict[str, Callable[[str], Check]] = {
    "tier": _tiers,
    "tag": _tag,
    "company": _company,
    "capital": _capital,
}


def _text(needle: str) -> Check:
    return lambda row: needle in row.key


def checks(text: str) -> list[Check]:
    """One check per term of what was typed; QueryError when a term can't be read."""
    found: list[Check] = []
    for negated, name, value in checked_terms(text, EXAMPLES):
        check = _text(fold(value)) if name is None else _BUILDERS[name](value)
        found.append((lambda c: lambda row: not c(row))(check) if negated else check)
    return found


def _keep(rows: Sequence[ContactRow], found: list[Check]) -> list[ContactRow]:
    kept = list(rows)
    for check in found:
        kept = [row for row in kept if check(row)]
    return kept


def filter_contacts(rows: Sequence[ContactRow], text: str) -> list[ContactRow]:
    """The rows that match every term of `text`, in the order given."""
    return _keep(rows, checks(text))


# --- sorting --------------------------------------------------------------------------

SORT_KEYS: dict[str, Callable[[ContactRow], Any]] = {
    "name": lambda r: r.name_key,
    "company": lambda r: (r.company == "", r.company_key),
    "role": lambda r: (r.role == "", fold(r.role)),
    "tier": lambda r: TIER_RANK.get(r.tier, 9),
    "capital": lambda r: r.remaining,
    "favours": lambda r: r.used,
    "referrals": lambda r: (r.referred.count, r.referred.good - r.referred.bad),
    "last": lambda r: r.referred.last,
}
DESCENDING_FIRST = frozenset({"favours", "referrals", "last"})


def sort_contacts(rows: Sequence[ContactRow], column: str, descending: bool) -> list[ContactRow]:
    """Sorted by `column`, ties by name."""
    if column not in SORT_KEYS:
        raise QueryError(f"Can't sort by {column}; use one of {', '.join(SORT_KEYS)}.")
    by_name = sorted(rows, key=lambda r: r.name_key)
    if column == "name":
        return by_name[::-1] if descending else by_name
    return sorted(by_name, key=SORT_KEYS[column], reverse=descending)


class ContactLanguage:
    """The contacts' filter as the list view asks for it."""

    columns = tuple(SORT_KEYS)
    descending_first = DESCENDING_FIRST

    def matcher(self, text: str, now: datetime) -> Narrow[ContactRow] | None:
        found = checks(text)
        return (lambda rows: _keep(rows, found)) if found else None

    def narrows(self, old: str, new: str) -> bool:
        return narrows(old, new, (None, "tag", "company"))

    def sort(self, rows: Sequence[ContactRow], column: str, descending: bool) -> list[ContactRow]:
        return sort_contacts(rows, column, descending)


class ContactView(RowView[ContactRow]):
    """Contacts A→Z until sorted otherwise; `shown` is what the table draws."""

    def __init__(self, rows: Sequence[ContactRow] = (), *, now: Callable[[], datetime]) -> None:
        super().__init__(ContactLanguage(), rows, now=now, sort=("name", False))
