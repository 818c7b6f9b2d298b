"""The session log's filter language, parsed once per keystroke and run over `LogRow`s.

    dana                 free text: names, notes, asks and outcomes (accents ignored)
    "dana w"             a phrase, spaces included
    -cold                leave out what matches (works on field filters too)
    outcome:referral     ask:resume   strength:tenuous   caller:dana   notes:python
    since:2w  since:2025-03-01  until:2025-06-30   (d, w, m, y back from now)
    promises:open|kept|any|none    is:overtime|edited
    outcome:referral,interview    a comma means "either"

Every term must match. A filter that can't be understood raises `QueryError` whose
message says how to write it. Filtering is a chain of list comprehensions, cheapest
first, over precomputed keys: well under 50 ms at 10,000 calls.

Here: the tokenizer, the parser, narrowing and sorting. Each field term's predicate is
built in `fields`, dates are read in `dates`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..domain.matching import fold
from ..domain.vocabulary import OUTCOME_LABEL
from ..errors import QueryError
from ..listing.terms import checked_terms
from ..listing.terms import narrows as narrows_text
from .fields import EXAMPLES, FIELD_BUILDERS, Predicate, negate, text_has
from .rows import STRENGTH_RANK, LogRow

HELP = (
    "Type to search, or filter by outcome: ask: since:2w until: caller: strength: notes: "
    "promises: is: · ↓ goes to the calls."
)
FIELDS = ("outcome", "ask", "since", "until", "caller", "strength", "notes", "promises", "is")


@dataclass(frozen=True, slots=True)
class Query:
    text: str = ""
    predicates: tuple[Predicate, ...] = field(default=(), compare=False)

    @property
    def empty(self) -> bool:
        return not self.predicates


def parse_query(text: str, now: datetime) -> Query:
    """Turn what was typed into predicates; `now` anchors since:2w and the like."""
    predicates: list[tuple[int, Predicate]] = []
    for negated, name, value in checked_terms(text, EXAMPLES):
        if name is None:
            cost, check = 9, text_has(fold(value))
        else:
            cost, check = FIELD_BUILDERS[name](value, now)
        predicates.append((cost, negate(check) if negated else check))
    predicates.sort(key=lambda pair: pair[0])
    return Query(text.strip(), tuple(p for _, p in predicates))


_NARROWING_FIELDS = (None, "caller", "notes")


def narrows(old: str, new: str) -> bool:
    """True when `new` can only match rows that `old` matched (see `terms.narrows`)."""
    return narrows_text(old, new, _NARROWING_FIELDS)


def filter_rows(rows: Sequence[LogRow], query: Query) -> list[LogRow]:
    """The rows that match every term, in the order given."""
    found = list(rows)
    for predicate in query.predicates:
        found = [row for row in found if predicate(row)]
    return found


# --- sorting --------------------------------------------------------------------------

SORT_KEYS: dict[str, Callable[[LogRow], Any]] = {
    "when": lambda r: r.started,
    "caller": lambda r: r.name_key,
    "strength": lambda r: STRENGTH_RANK.get(r.strength, 9),
    "asks": lambda r: (len(r.asks) == 0, ",".join(sorted(r.asks))),
    "outcome": lambda r: (r.outcome == "", OUTCOME_LABEL.get(r.outcome, "")),
    "time": lambda r: (r.overtime_s, r.used_s),
    "promises": lambda r: (r.open_promises, r.kept_promises),
}
# The natural first direction for each column: newest, A→Z, strongest, most overtime…
DESCENDING_FIRST = {"when", "time", "promises"}


def sort_rows(rows: Sequence[LogRow], column: str, descending: bool) -> list[LogRow]:
    """Sorted by `column`, ties newest first."""
    if column not in SORT_KEYS:
        raise QueryError(f"Can't sort by {column}; use one of {', '.join(SORT_KEYS)}.")
    ordered = sorted(rows, key=lambda r: r.started, reverse=True)
    if column == "when":
        return ordered if descending else ordered[::-1]
    return sorted(ordered, key=SORT_KEYS[column], reverse=descending)
