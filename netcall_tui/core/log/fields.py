"""The log filter's field terms — outcome:, ask:, since:, until:, caller:, strength:,
notes:, promises:, is: — each turned into a predicate over `LogRow`s with its cost.

`query` parses what was typed and looks each field up in `FIELD_BUILDERS`; the
names with a leading underscore are for it alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ..domain.matching import fold
from ..domain.stored import utc_text_of
from ..domain.vocabulary import ASK_LABEL, OUTCOME_LABEL
from ..errors import QueryError
from .dates import moment
from .rows import STRENGTH_RANK, LogRow

Predicate = Callable[[LogRow], bool]

EXAMPLES = {
    "outcome": "outcome:referral",
    "ask": "ask:resume",
    "since": "since:2w or since:2025-03-01",
    "until": "until:2025-06-30",
    "caller": "caller:dana",
    "strength": "strength:tenuous",
    "notes": "notes:python",
    "promises": "promises:open",
    "is": "is:overtime",
}


def negate(check: Predicate) -> Predicate:
    return lambda row: not check(row)


def text_has(needle: str) -> Predicate:
    return lambda row: needle in row.key


def choices(value: str, options: dict[str, str], what: str, example: str) -> set[str]:
    """Option values where any comma-separated part of `value` is in the value or label."""
    wanted: set[str] = set()
    allowed = ", ".join(k.replace("_", "-") for k in options)
    for part in value.split(","):
        part = fold(part).replace("-", " ").replace("_", " ").strip()
        if not part:
            continue
        hits = {
            key
            for key, label in options.items()
            if part in key.replace("_", " ") or part in fold(label).replace("-", " ")
        }
        if not hits:
            raise QueryError(f"No {what} matches {part!r}: use one of {allowed} ({example}).")
        wanted |= hits
    if not wanted:
        raise QueryError(f"The filter {what}: needs one of {allowed} ({example}).")
    return wanted


def _outcome(value: str, now: datetime) -> tuple[int, Predicate]:
    if fold(value) in ("none", "no-outcome"):
        return 1, lambda row: row.outcome == ""
    kinds = choices(value, OUTCOME_LABEL, "outcome", "outcome:referral")
    return 1, lambda row: row.outcome in kinds


def _ask(value: str, now: datetime) -> tuple[int, Predicate]:
    asks = choices(value, ASK_LABEL, "ask", "ask:resume")
    return 2, lambda row: any(a in asks for a in row.asks)


def _strength(value: str, now: datetime) -> tuple[int, Predicate]:
    options = {s: s for s in STRENGTH_RANK}
    chosen = choices(value, options, "strength", "strength:tenuous")
    return 1, lambda row: row.strength in chosen


def contains(key: str) -> Callable[[str, datetime], tuple[int, Predicate]]:
    """A term that finds its folded value in the row's folded text `key` (a name)."""

    def build(value: str, now: datetime) -> tuple[int, Predicate]:
        needle = fold(value)
        return 3, lambda row: needle in getattr(row, key)

    return build


def _notes(value: str, now: datetime) -> tuple[int, Predicate]:
    needle = fold(value)
    return 8, lambda row: row.key.find(needle, row.notes_at, row.notes_end) >= 0


def _promises(value: str, now: datetime) -> tuple[int, Predicate]:
    checks: dict[str, Predicate] = {
        "open": lambda row: row.open_promises > 0,
        "kept": lambda row: row.kept_promises > 0 and row.open_promises == 0,
        "any": lambda row: row.promises > 0,
        "none": lambda row: row.promises == 0,
    }
    if (key := fold(value)) not in checks:
        raise QueryError(f"The filter promises: takes open, kept, any or none, not {value!r}.")
    return 1, checks[key]


def _is(value: str, now: datetime) -> tuple[int, Predicate]:
    checks: dict[str, Predicate] = {
        "overtime": lambda row: row.used_s > row.limit_s,
        "edited": lambda row: row.edited,
    }
    if (key := fold(value)) not in checks:
        raise QueryError(f"The filter is: takes overtime or edited, not {value!r}.")
    return 1, checks[key]


def _since(value: str, now: datetime) -> tuple[int, Predicate]:
    start = utc_text_of(moment(value, now))
    return 0, lambda row: row.started >= start


def _until(value: str, now: datetime) -> tuple[int, Predicate]:
    stop = utc_text_of(moment(value, now, end=True))
    return 0, lambda row: row.started < stop


FIELD_BUILDERS: dict[str, Callable[[str, datetime], tuple[int, Predicate]]] = {
    "outcome": _outcome,
    "ask": _ask,
    "since": _since,
    "until": _until,
    "caller": contains("name_key"),
    "strength": _strength,
    "notes": _notes,
    "promises": _promises,
    "is": _is,
}
