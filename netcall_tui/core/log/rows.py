"""The session log's rows: stored call records flattened once into what the log shows,
sorts and searches, so a keystroke's refilter never builds a model or parses a date.

A `LogRow` keeps the raw record it came from (for the detail view and exports) plus
precomputed, accent-folded lowercase search keys. The display helpers that
turn a row's numbers into text are in `text`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from ..domain.matching import fold
from ..domain.stored import NO_OUTCOME, CallRecord, PromiseRecord, utc_text
from ..domain.vocabulary import ASK_LABEL, OUTCOME_LABEL, Strength

STRENGTH_RANK = {s.value: rank for rank, s in enumerate(Strength)}


@lru_cache(maxsize=65536)
def _fold_name(name: str) -> str:
    return fold(name)  # a caller's name recurs on every one of their calls


@dataclass(frozen=True, slots=True)
class PromiseState:
    open: int = 0
    kept: int = 0


class LogRow:
    """One call as the log sees it. `key` holds the folded name, notes, asks and outcome;
    the notes are `key[notes_at:notes_end]`. A plain slotted class: 10,000 are built at
    every open of the log, and a frozen dataclass costs twice as much to construct."""

    __slots__ = (
        "_ts",
        "asks",
        "caller",
        "caller_id",
        "edited",
        "id",
        "kept_promises",
        "key",
        "limit_s",
        "name_key",
        "notes_end",
        "open_promises",
        "outcome",
        "outcome_detail",
        "record",
        "started",
        "strength",
        "used_s",
    )

    def __init__(self, record: CallRecord, promises: PromiseState | None = None) -> None:
        get: Any = record.get  # bound once (10,000 rows per open); the keys are CallRecord's
        asks = tuple(get("asks") or ())
        outcome = get("outcome") or NO_OUTCOME
        kind = outcome.get("kind", "")
        detail = outcome.get("detail", "") or ""
        used = limit = 0.0
        for phase in get("phases") or ():
            used += phase.get("used_s", 0)
            limit += phase.get("limit_s", 0)
        name = get("caller_name", "")
        self.name_key = name_key = _fold_name(name)
        notes = fold(get("notes", "") or "")
        self.notes_end = len(name_key) + 1 + len(notes)
        self.key = f"{name_key}\n{notes}\n{_ask_words(asks)}\n{_outcome_words(kind, detail)}"
        self.id: str = record["id"]
        self.started = utc_text(get("started_at"))
        self._ts: float | None = None
        self.caller_id: str = get("caller_id", "")
        self.caller: str = name
        self.strength: str = get("strength", "none")
        self.asks = asks
        self.outcome: str = kind
        self.outcome_detail: str = detail
        self.used_s = float(used)
        self.limit_s = int(limit)
        state = promises or _NO_PROMISES
        self.open_promises = state.open
        self.kept_promises = state.kept
        self.edited = get("edited_at") is not None
        self.record = record

    @property
    def ts(self) -> float:
        """Seconds since the epoch; worked out only for rows that are drawn or exported
        (filters and sorting compare the UTC text, which sorts as time does)."""
        if self._ts is None:
            self._ts = datetime.fromisoformat(self.started).timestamp() if self.started else 0.0
        return self._ts

    @property
    def notes_at(self) -> int:
        return len(self.name_key) + 1

    @property
    def overtime_s(self) -> float:
        return max(0.0, self.used_s - self.limit_s)

    @property
    def promises(self) -> int:
        return self.open_promises + self.kept_promises

    def __repr__(self) -> str:
        return f"LogRow({self.id!r}, {self.caller!r})"


_NO_PROMISES = PromiseState()


@lru_cache(maxsize=256)
def _ask_words(asks: tuple[str, ...]) -> str:
    return " ".join([*asks, *(fold(ASK_LABEL.get(a, a)) for a in asks)])


@lru_cache(maxsize=1024)
def _outcome_words(kind: str, detail: str) -> str:
    if not kind:
        return ""
    return f"{kind.replace('_', ' ')} {fold(OUTCOME_LABEL.get(kind, kind))} {fold(detail)}"


def build_row(record: CallRecord, promises: PromiseState | None = None) -> LogRow:
    return LogRow(record, promises)


def promise_states(promises: Iterable[PromiseRecord]) -> dict[str, PromiseState]:
    """Open and kept promise counts per call id, from stored promise records (a
    dropped promise is neither)."""
    counts: dict[str, list[int]] = {}
    for promise in promises:
        if promise.get("dropped_at") is not None:
            continue
        pair = counts.setdefault(promise.get("call_id", ""), [0, 0])
        pair[0 if promise.get("done_at") is None else 1] += 1
    return {call_id: PromiseState(*pair) for call_id, pair in counts.items() if call_id}


def build_rows(
    records: Iterable[CallRecord], promises: Mapping[str, PromiseState] | None = None
) -> list[LogRow]:
    """Rows in the order given (the store hands them newest first).

    The cyclic garbage collector is paused meanwhile: 10,000 new rows would otherwise
    trigger full collections over every record the store holds, none of them garbage
    (a third of the time at 10,000 calls)."""
    states = promises or {}
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        if not states:
            return [LogRow(r) for r in records]
        return [LogRow(r, states.get(r["id"])) for r in records]
    finally:
        if was_enabled:
            gc.enable()
