"""The promises view's filter and sort, in the log's filter words (`query`):

    dana                 free text: what was promised, to whom, the note (accents ignored)
    overdue              the open promises whose due moment has passed
    due:today  due:week  due:later  due:overdue   (week: from now to Sunday's end)
    caller:dana          to whom: the caller, or the contact of a referral's step
    state:open  state:done  state:dropped   (state:done,dropped: either)
    -caller:sam          leave out what matches

Groups are read from the rows (`core.promises.rows`), built against the view's `now`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from ..domain.matching import fold
from ..errors import QueryError
from ..promises.groups import DueGroup
from ..promises.rows import STATUS_LABEL, PromiseRow
from .fields import choices, contains, text_has
from .query import Builder, Language, RowCheck, filter_rows, parse_query, sort_rows

HELP = (
    "Type to search, or filter: overdue due:today due:week caller: state:done "
    "· ↓ goes to the promises."
)
EXAMPLES = {
    "due": "due:today or due:week",
    "caller": "caller:dana",
    "state": "state:done or state:open",
}
# What each due: word takes in: this week's promises include today's.
_DUE = {
    "today": frozenset({DueGroup.TODAY}),
    "week": frozenset({DueGroup.TODAY, DueGroup.WEEK}),
    "later": frozenset({DueGroup.LATER}),
    "overdue": frozenset({DueGroup.OVERDUE}),
}
_OVERDUE = "overdue"  # a plain word that is a filter of its own


def _due(value: str, now: datetime) -> tuple[int, RowCheck]:
    wanted: set[DueGroup] = set()
    for part in filter(None, (fold(p).strip() for p in value.split(","))):
        hits = [groups for word, groups in _DUE.items() if word.startswith(part)]
        if not hits:
            raise QueryError(
                f"No due date matches {part!r}: use today, week, later or overdue (due:today)."
            )
        wanted.update(*hits)
    return 1, lambda row: row.group in wanted


def _state(value: str, now: datetime) -> tuple[int, RowCheck]:
    states = choices(value, STATUS_LABEL, "state", EXAMPLES["state"])
    return 1, lambda row: row.state in states


def _text(needle: str) -> RowCheck:
    if needle == _OVERDUE:
        return lambda row: row.group is DueGroup.OVERDUE
    return text_has(needle)


_BUILDERS: dict[str, Builder] = {
    "due": _due,
    "caller": contains("caller_key"),
    "state": _state,
}

_STATE_RANK = {"open": 0, "done": 1, "dropped": 2}
SORT_KEYS: dict[str, Callable[[PromiseRow], Any]] = {
    "due": lambda r: r.due_ts,
    "what": lambda r: fold(r.text),
    "caller": lambda r: (r.caller_key == "", r.caller_key),
    "state": lambda r: _STATE_RANK.get(r.state, 9),
}


def _due_ts(row: PromiseRow) -> float:
    return row.due_ts


PROMISES: Language[PromiseRow] = Language(
    fields=_BUILDERS,
    examples=EXAMPLES,
    text=_text,
    # Not plain words: typing "overdu" on to "overdue" turns a search into a filter
    # whose rows need not be among the search's (5,000 rows refilter in a blink anyway).
    narrowing=("caller",),
    sort_keys=SORT_KEYS,
    newest=_due_ts,
    first_column="due",
    descending_first=frozenset(),
    ties_descending=False,  # soonest due first
)


def filter_promises(rows: Sequence[PromiseRow], text: str, now: datetime) -> list[PromiseRow]:
    """The rows that match every term of `text`, in the order given."""
    return filter_rows(rows, parse_query(text, now, PROMISES))


def sort_promises(rows: Sequence[PromiseRow], column: str, descending: bool) -> list[PromiseRow]:
    """Sorted by `column`, ties soonest due first."""
    return sort_rows(rows, column, descending, PROMISES)
