"""The contacts list's filter and sort, in the log's filter words (`query`):

    dana                 free text: name, company, role, tags, notes (accents ignored)
    "dana w"             a phrase, spaces included
    -recruiter           leave out what matches (field filters too)
    tier:trusted  tag:logistics  company:northwind  capital:low  (low: one favour or none left)
    tier:treasured,trusted    a comma means "either"

Here rather than in core/network (which builds the rows) because the core's domain
packages don't import each other: the rows are read by their attributes only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from ..domain.matching import fold
from ..domain.vocabulary import Tier
from ..errors import QueryError
from .fields import contains, text_has
from .query import Builder, Language, RowCheck, filter_rows, parse_query, sort_rows
from .view import LogView

HELP = "Type to search, or filter by tier: tag: company: capital:low · ↓ goes to the contacts."
EXAMPLES = {
    "tier": "tier:trusted",
    "tag": "tag:logistics",
    "company": "company:northwind",
    "capital": "capital:low",
}
_NO_DATES = datetime.min  # no contacts' term reads a date
TIER_RANK = {tier.value: rank for rank, tier in enumerate(Tier)}  # treasured first


def _tiers(value: str, now: datetime) -> tuple[int, RowCheck]:
    wanted: set[str] = set()
    for part in filter(None, (fold(p).strip() for p in value.split(","))):
        hits = {t.value for t in Tier if t.value.startswith(part) or fold(t.label).startswith(part)}
        if not hits:
            raise QueryError(
                f"No tier matches {part!r}: use treasured, trusted or acquaintance (tier:trusted)."
            )
        wanted |= hits
    return 1, lambda row: row.tier in wanted


def _capital(value: str, now: datetime) -> tuple[int, RowCheck]:
    word = fold(value)
    if "low".startswith(word):
        return 1, lambda row: row.remaining <= 1
    if "none".startswith(word) or "out".startswith(word):
        return 1, lambda row: row.remaining <= 0
    raise QueryError("The filter capital: takes low or none (capital:low).")


_BUILDERS: dict[str, Builder] = {
    "tier": _tiers,
    "tag": contains("tags_key"),
    "company": contains("company_key"),
    "capital": _capital,
}

SORT_KEYS: dict[str, Callable[[Any], Any]] = {
    "name": lambda r: r.name_key,
    "company": lambda r: (r.company == "", r.company_key),
    "role": lambda r: (r.role == "", fold(r.role)),
    "tier": lambda r: TIER_RANK.get(r.tier, 9),
    "capital": lambda r: r.remaining,
    "favours": lambda r: r.used,
    "referrals": lambda r: (r.referred.count, r.referred.good - r.referred.bad),
    "last": lambda r: r.referred.last,
}


def _name(row: Any) -> str:
    return str(row.name_key)


CONTACTS: Language[Any] = Language(
    fields=_BUILDERS,
    examples=EXAMPLES,
    text=text_has,
    narrowing=(None, "tag", "company"),
    sort_keys=SORT_KEYS,
    newest=_name,
    first_column="name",
    descending_first=frozenset({"favours", "referrals", "last"}),
    ties_descending=False,  # A→Z, ties by name
)


def filter_contacts(rows: Sequence[Any], text: str) -> list[Any]:
    """The rows that match every term of `text`, in the order given."""
    return filter_rows(rows, parse_query(text, _NO_DATES, CONTACTS))


def sort_contacts(rows: Sequence[Any], column: str, descending: bool) -> list[Any]:
    """Sorted by `column`, ties by name A→Z."""
    return sort_rows(rows, column, descending, CONTACTS)


class ContactView(LogView):
    """Contacts A→Z until sorted otherwise; `shown` is what the table draws."""

    def __init__(self, rows: Sequence[Any] = (), *, now: Callable[[], datetime]) -> None:
        super().__init__(rows, now=now, language=CONTACTS)
