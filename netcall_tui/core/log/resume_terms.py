"""The résumé register's filter and sort, in the log's filter words (`query`):

    data engineering     free text: tags, roles, sectors, names, notes (accents ignored);
                         each word must be found ("data engineering" in quotes: the phrase),
                         as typed or without its ending (-ing, -er, -ers, -s): an opening
                         for data engineering finds a data engineer
    role:engineer  sector:logistics  tag:python  caller:dana
    state:on_file  state:passed  state:removed   (on file includes what was passed on)
    review:due           on file, and its review date has come
    -tag:junior          leave out what matches

The rows are built in `core.resumes.rows`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from ..domain.matching import fold
from ..errors import QueryError
from ..resumes.rows import ON_FILE, PASSED, REMOVED, ResumeRow
from .fields import contains, text_has
from .query import Builder, Language, RowCheck, filter_rows, parse_query, sort_rows

HELP = (
    "Type to search, or filter: role: sector: tag: caller: state:passed review:due "
    "· ↓ goes to the résumés."
)
EXAMPLES = {
    "role": "role:engineer",
    "sector": "sector:logistics",
    "tag": "tag:python",
    "caller": "caller:dana",
    "state": "state:on_file or state:passed",
    "review": "review:due",
}
# What each state: word takes in (a passed-on résumé is still on file until removed).
_STATES: dict[str, RowCheck] = {
    ON_FILE: lambda row: row.on_file,
    PASSED: lambda row: bool(row.passed_to),
    REMOVED: lambda row: not row.on_file,
}


def _state(value: str, now: datetime) -> tuple[int, RowCheck]:
    checks: list[RowCheck] = []
    for part in filter(None, (fold(p).strip().replace(" ", "_") for p in value.split(","))):
        hits = [check for word, check in _STATES.items() if word.startswith(part)]
        if not hits:
            raise QueryError(
                f"No state matches {part!r}: use on_file, passed or removed (state:passed)."
            )
        checks.extend(hits)
    if not checks:
        raise QueryError("The filter state: needs on_file, passed or removed (state:passed).")
    return 1, lambda row: any(check(row) for check in checks)


def _review(value: str, now: datetime) -> tuple[int, RowCheck]:
    if not "due".startswith(fold(value)):
        raise QueryError(f"The filter review: takes due (review:due), not {value!r}.")
    cutoff = now.timestamp()
    return 1, lambda row: row.on_file and row.review_ts <= cutoff


_BUILDERS: dict[str, Builder] = {
    "role": contains("roles_key"),
    "sector": contains("sectors_key"),
    "tag": contains("tags_key"),
    "caller": contains("caller_key"),
    "state": _state,
    "review": _review,
}

_STATE_RANK = {ON_FILE: 0, PASSED: 1, REMOVED: 2}
SORT_KEYS: dict[str, Callable[[ResumeRow], Any]] = {
    "filed": lambda r: r.filed_ts,
    "caller": lambda r: (r.caller_key == "", r.caller_key),
    "for": lambda r: (not r.roles_key, r.roles_key, r.sectors_key),
    "reviewed": lambda r: r.reviewed_ts,
    "review": lambda r: (not r.on_file, r.review_ts),
    "passed": lambda r: (r.passed_to == "", r.passed_key),
    "state": lambda r: _STATE_RANK.get(r.state, 9),
}


# Endings an opening's words have that a résumé's may not: "data engineering" is asked
# of a "data engineer", "logistics" of "logistic".
_ENDINGS = ("ing", "ers", "er", "s")
_STEM_AT_LEAST = 4  # letters left: "ops" stays "ops"


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _STEM_AT_LEAST:
            return word[: -len(ending)]
    return word


def _words_found(needle: str) -> RowCheck:
    """A plain word (or a quoted phrase) found as typed, or with its ending let go."""
    stemmed = " ".join(_stem(word) for word in needle.split(" "))
    if stemmed == needle:
        return text_has(needle)
    return lambda row: needle in row.key or stemmed in row.key


def _filed(row: ResumeRow) -> float:
    return row.filed_ts


REGISTER: Language[ResumeRow] = Language(
    fields=_BUILDERS,
    examples=EXAMPLES,
    text=_words_found,
    # Not plain words: "engineerin" finds fewer than "engineering" (which finds "engineer").
    narrowing=("role", "sector", "tag", "caller"),
    sort_keys=SORT_KEYS,
    newest=_filed,
    first_column="filed",
    descending_first=frozenset({"reviewed"}),
)


def filter_resumes(rows: Sequence[ResumeRow], text: str, now: datetime) -> list[ResumeRow]:
    """The rows that match every term of `text`, in the order given."""
    return filter_rows(rows, parse_query(text, now, REGISTER))


def sort_resumes(rows: Sequence[ResumeRow], column: str, descending: bool) -> list[ResumeRow]:
    """Sorted by `column`, ties newest filed first."""
    return sort_rows(rows, column, descending, REGISTER)
