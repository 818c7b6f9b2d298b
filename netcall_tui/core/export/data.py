"""What an export holds — the chosen calls with their own promises and callers — and the
pieces of a stored call that every format writes the same way (promise line, phase time).

Shared by the CSV (`csv_file`) and Markdown (`markdown`) writers and by `formats`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import tzinfo

from ..domain.stored import CallerRecord, CallRecord, PhaseRecord, PromiseRecord, epoch
from ..text.ages import local_time
from ..text.clock import minutes_text


@dataclass(frozen=True, slots=True)
class ExportData:
    """Calls (newest first) with the promises they made and their callers' records."""

    calls: Sequence[CallRecord]
    promises: Sequence[PromiseRecord] = ()
    callers: Sequence[CallerRecord] = ()
    selection: str = ""  # what was filtered, in the user's words

    def promises_by_call(self) -> dict[str, list[PromiseRecord]]:
        """The promises grouped by the id of the call that made them."""
        found: dict[str, list[PromiseRecord]] = {}
        for promise in self.promises:
            found.setdefault(promise.get("call_id", ""), []).append(promise)
        return found


def gather(
    calls: Sequence[CallRecord],
    promises: Iterable[PromiseRecord],
    callers: Iterable[CallerRecord],
    selection: str = "",
) -> ExportData:
    """The chosen calls with only their own promises and callers (from whole tables)."""
    call_ids = {c.get("id") for c in calls}
    caller_ids = {c.get("caller_id") for c in calls}
    return ExportData(
        calls=list(calls),
        promises=[p for p in promises if p.get("call_id") in call_ids],
        callers=[c for c in callers if c.get("id") in caller_ids],
        selection=selection,
    )


def promise_line(promise: PromiseRecord, zone: tzinfo) -> str:
    due = local_time(epoch(promise.get("due")), zone).date().isoformat()
    state = "kept" if promise.get("done_at") else "open"
    return f"{promise.get('text', '')} (due {due}, {state})"


def phase_text(phase: PhaseRecord) -> str:
    return (
        f"{phase.get('kind', '')} {minutes_text(phase.get('used_s', 0))}"
        f"/{minutes_text(phase.get('limit_s', 0))}"
    )
