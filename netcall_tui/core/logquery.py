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
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from .errors import NetcallError
from .logrows import ASK_LABEL, OUTCOME_LABEL, STRENGTH_RANK, LogRow, fold, utc_text_of

Predicate = Callable[[LogRow], bool]

HELP = "type to search · outcome: ask: since:2w caller: strength: promises: is:"
FIELDS = ("outcome", "ask", "since", "until", "caller", "strength", "notes", "promises", "is")


class QueryError(NetcallError):
    """A filter that can't be understood; the message says how to write it."""


@dataclass(frozen=True, slots=True)
class Query:
    text: str = ""
    predicates: tuple[Predicate, ...] = field(default=(), compare=False)

    @property
    def empty(self) -> bool:
        return not self.predicates


_TOKEN = re.compile(r'(-?)(?:([A-Za-z]+):)?(?:"([^"]*)("?)|(\S*))')


def _tokens(text: str) -> list[tuple[bool, str | None, str]]:
    """(negated, field or None, value) for each term; quotes keep spaces together."""
    found: list[tuple[bool, str | None, str]] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        match = _TOKEN.match(text, pos)
        assert match is not None  # the pattern can always match the empty string
        negated, name, quoted, closed, bare = match.groups()
        if quoted is not None and not closed:
            raise QueryError('a quote is not closed: add the closing " (e.g. "dana w")')
        value = quoted if quoted is not None else (bare or "")
        if match.end() == pos:  # a lone '-' or similar: take one character as text
            value, match_end = text[pos], pos + 1
        else:
            match_end = match.end()
        if match_end < len(text) and not text[match_end].isspace() and quoted is not None:
            raise QueryError('put a space after a closing quote, e.g. "dana w" ask:resume')
        found.append((bool(negated), name.lower() if name else None, value))
        pos = match_end
    return found


def parse_query(text: str, now: datetime) -> Query:
    """Turn what was typed into predicates; `now` anchors since:2w and the like."""
    predicates: list[tuple[int, Predicate]] = []
    for negated, name, value in _tokens(text):
        if name is None:
            if value in ("", "-"):
                continue
            needle = fold(value)
            cost, check = 9, _text(needle)
        else:
            if name not in FIELDS:
                raise QueryError(
                    f"there is no filter called {name}: — use one of "
                    + ", ".join(f"{f}:" for f in FIELDS)
                    + f' (or put "{name}:{value}" in quotes to search for it as text)'
                )
            if not value:
                raise QueryError(f"{name}: needs a value, e.g. {_EXAMPLES[name]}")
            cost, check = _FIELD_BUILDERS[name](value, now)
        predicates.append((cost, _negate(check) if negated else check))
    predicates.sort(key=lambda pair: pair[0])
    return Query(text.strip(), tuple(p for _, p in predicates))


_NARROWING_FIELDS = (None, "caller", "notes")


def narrows(old: str, new: str) -> bool:
    """True when `new` can only match rows that `old` matched: more words were added,
    or the last plain (not negated, unquoted) word was typed further."""
    if not new.startswith(old):
        return False
    if not old.strip():
        return True
    added = new[len(old) :]
    if not added or old[-1].isspace():
        return True
    try:
        negated, name, value = _tokens(old)[-1]
    except (QueryError, IndexError):
        return False
    if negated or name not in _NARROWING_FIELDS or not value or old.endswith('"'):
        return False
    continued = added.split(maxsplit=1)[0] if not added[0].isspace() else ""
    return ":" not in continued and '"' not in continued


def filter_rows(rows: Sequence[LogRow], query: Query) -> list[LogRow]:
    """The rows that match every term, in the order given."""
    found = list(rows)
    for predicate in query.predicates:
        found = [row for row in found if predicate(row)]
    return found


# --- sorting --------------------------------------------------------------------------

SORT_KEYS: dict[str, Callable[[LogRow], object]] = {
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
        raise QueryError(f"can't sort by {column}; use one of {', '.join(SORT_KEYS)}")
    ordered = sorted(rows, key=lambda r: r.started, reverse=True)
    if column == "when":
        return ordered if descending else ordered[::-1]
    return sorted(ordered, key=SORT_KEYS[column], reverse=descending)


# --- field filters --------------------------------------------------------------------

_EXAMPLES = {
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


def _negate(check: Predicate) -> Predicate:
    return lambda row: not check(row)


def _text(needle: str) -> Predicate:
    return lambda row: needle in row.key


def _choices(value: str, options: dict[str, str], what: str, example: str) -> set[str]:
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
            raise QueryError(f"no {what} matches {part!r}: use one of {allowed} ({example})")
        wanted |= hits
    if not wanted:
        raise QueryError(f"{what}: needs one of {allowed} ({example})")
    return wanted


def _outcome(value: str, now: datetime) -> tuple[int, Predicate]:
    if fold(value) in ("none", "no-outcome"):
        return 1, lambda row: row.outcome == ""
    kinds = _choices(value, OUTCOME_LABEL, "outcome", "outcome:referral")
    return 1, lambda row: row.outcome in kinds


def _ask(value: str, now: datetime) -> tuple[int, Predicate]:
    asks = _choices(value, ASK_LABEL, "ask", "ask:resume")
    return 2, lambda row: any(a in asks for a in row.asks)


def _strength(value: str, now: datetime) -> tuple[int, Predicate]:
    options = {s: s for s in STRENGTH_RANK}
    chosen = _choices(value, options, "strength", "strength:tenuous")
    return 1, lambda row: row.strength in chosen


def _caller(value: str, now: datetime) -> tuple[int, Predicate]:
    needle = fold(value)
    return 3, lambda row: needle in row.name_key


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
        raise QueryError(f"promises: takes open, kept, any or none (not {value!r})")
    return 1, checks[key]


def _is(value: str, now: datetime) -> tuple[int, Predicate]:
    checks: dict[str, Predicate] = {
        "overtime": lambda row: row.used_s > row.limit_s,
        "edited": lambda row: row.edited,
    }
    if (key := fold(value)) not in checks:
        raise QueryError(f"is: takes overtime or edited (not {value!r})")
    return 1, checks[key]


_SPAN = re.compile(r"^(\d{1,4})\s*(h|d|w|m|y)$")
_DATE = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")
_WHEN_HELP = "a date (2025-03-01 or 2025-03) or a span back from now (3d, 2w, 6m, 1y)"


_YEARS = range(1900, 2201)  # beyond these, date arithmetic and time zones overflow


def moment(value: str, now: datetime, *, end: bool = False) -> datetime:
    """A point in time from 2w / 6m / 2025-03-01 / today / yesterday; `end` means the
    end of the named day or month (for until:)."""
    try:
        found = _moment(value, now, end=end)
        found.astimezone(UTC)  # stored times are UTC: it must convert too
    except (ValueError, OverflowError) as exc:
        raise QueryError(f"{value!r} is too far away; write {_WHEN_HELP}") from exc
    if found.year not in _YEARS:
        raise QueryError(f"{value!r} is too far away: use a year from 1900 to 2200")
    return found


def _moment(value: str, now: datetime, *, end: bool) -> datetime:
    text = fold(value.strip())
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if text in ("today", "yesterday"):
        day = midnight - timedelta(days=0 if text == "today" else 1)
        return day + timedelta(days=1) if end else day
    if match := _SPAN.match(text):
        count, unit = int(match.group(1)), match.group(2)
        if unit == "h":
            return now - timedelta(hours=count)
        if unit in ("d", "w"):
            return midnight - timedelta(days=count * (7 if unit == "w" else 1))
        months = count * (12 if unit == "y" else 1)
        year, month = divmod(now.year * 12 + now.month - 1 - months, 12)
        last = calendar.monthrange(year, month + 1)[1]
        return midnight.replace(year=year, month=month + 1, day=min(now.day, last))
    if match := _DATE.match(text):
        year, month, day = int(match.group(1)), int(match.group(2)), match.group(3)
        try:
            start = now.replace(year=year, month=month, day=int(day or 1), hour=0, minute=0)
            start = start.replace(second=0, microsecond=0)
        except ValueError as exc:
            raise QueryError(f"{value!r} is not a real date; write {_WHEN_HELP}") from exc
        if not end:
            return start
        if day:
            return start + timedelta(days=1)
        y2, m2 = divmod(year * 12 + month, 12)
        return start.replace(year=y2, month=m2 + 1)
    raise QueryError(f"can't read {value!r} as a time: write {_WHEN_HELP}")


def _since(value: str, now: datetime) -> tuple[int, Predicate]:
    start = utc_text_of(moment(value, now))
    return 0, lambda row: row.started >= start


def _until(value: str, now: datetime) -> tuple[int, Predicate]:
    stop = utc_text_of(moment(value, now, end=True))
    return 0, lambda row: row.started < stop


_FIELD_BUILDERS: dict[str, Callable[[str, datetime], tuple[int, Predicate]]] = {
    "outcome": _outcome,
    "ask": _ask,
    "since": _since,
    "until": _until,
    "caller": _caller,
    "strength": _strength,
    "notes": _notes,
    "promises": _promises,
    "is": _is,
}
