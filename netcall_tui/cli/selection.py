"""Which calls `export` and `log` mean: the filters and options applied to the log, read
read-only. Imported when one of them runs, never on the TUI's start-up path."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field

import pendulum

from ..core.domain.bad_records import records_unread
from ..core.domain.matching import fold
from ..core.domain.stored import CallerRecord, PromiseRecord, ReferralRecord, ResumeRecord
from ..core.log.dates import moment
from ..core.log.query import filter_rows, parse_query
from ..core.log.rows import LogRow, build_rows, promise_states
from ..paths import default_db_path


@dataclass(frozen=True, slots=True)
class Selection:
    rows: list[LogRow]  # matching the filters, newest first
    total: int  # calls in the log
    promises: list[PromiseRecord]  # every stored promise and caller, for exports
    callers: list[CallerRecord]
    skipped: int = 0  # records of the log that could not be read, left out
    referrals: list[ReferralRecord] = field(default_factory=list)  # every one, for exports
    resumes: list[ResumeRecord] = field(default_factory=list)  # every one, for exports

    def tell_skipped(self) -> None:
        """Say on stderr how many records were left out, and where to look."""
        if self.skipped:
            were = "was" if self.skipped == 1 else "were"
            unread = records_unread(self.skipped)
            print(f"netcall: {unread} and {were} skipped — see `netcall doctor`", file=sys.stderr)


def described(args: argparse.Namespace) -> str:
    """The selection as the user gave it, for messages and the export's header."""
    caller = getattr(args, "caller", None)
    return " ".join(p for p in (_query_text(args), f"--caller {caller!r}" if caller else "") if p)


def _query_text(args: argparse.Namespace) -> str:
    parts = list(args.filters)
    if getattr(args, "since", None):
        parts.append(f"since:{args.since}")
    return " ".join(parts)


def select(args: argparse.Namespace) -> Selection:
    """The calls matching `args` (filters, --since, --caller) in the log at --db."""
    from ..store.db import Store

    now = pendulum.now()
    text = _query_text(args)
    if getattr(args, "since", None):
        moment(args.since, now)  # a clearer message than the filter's for a bad --since
    query = parse_query(text, now)
    path = (args.db or default_db_path()).expanduser()
    store = Store.open(path, read_only=True)
    try:
        records = store.calls.raw()
        promises = store.promises.raw()
        callers = store.callers.raw()
        referrals = store.referrals.raw()
        resumes = store.resumes.raw()
        if store.forget_pending:
            from ..store.forget_todo import PENDING_NOTE

            print(f"netcall: {PENDING_NOTE}", file=sys.stderr)
        skipped = len(store.bad)
    finally:
        store.close()
    rows = build_rows(records, promise_states(promises))
    chosen = filter_rows(rows, query) if not query.empty else rows
    if getattr(args, "caller", None):  # as given: a quote or a colon in a name is no syntax
        needle = fold(args.caller)
        chosen = [row for row in chosen if needle in row.name_key]
    return Selection(chosen, len(rows), promises, callers, skipped, referrals, resumes)
