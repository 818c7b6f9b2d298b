"""`netcall promises`: what you said you would do, as a plain table, most urgent first.

Opens the log read-only (no writer lock), so it works while the app has it open; the
usual --db, --demo and --read-only apply. The arguments are light (the TUI's start-up
parses the same command line); the work is imported when the command runs.
"""

from __future__ import annotations

import argparse
from datetime import UTC
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from ..core.config import Config
    from ..core.promises.rows import PromiseRow

DUE_WORDS = {"today": "due today", "week": "due this week", "overdue": "overdue"}
_HEADINGS = ("Due", "Group", "What", "To whom", "State")
_WHAT_MAX = 60
_WHOM_MAX = 28


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "promises",
        help="print your promises as a table",
        description="Print the open promises, most urgent first (overdue, then soonest due).",
    )
    parser.add_argument(
        "--due",
        choices=tuple(DUE_WORDS),
        help="only the open ones due today, this week (today's too) or overdue",
    )
    parser.add_argument(
        "--all", action="store_true", help="the kept and dropped ones too, after the open ones"
    )
    parser.set_defaults(handler=run, filters=[])
    return parser


def run(args: argparse.Namespace, config: Config) -> int:
    import pendulum

    from ..core.log.promise_terms import filter_promises
    from ..core.promises.rows import build_rows
    from .selection import select

    now = pendulum.now()
    chosen = select(args)  # the whole log read-only; no call filters: all its promises
    chosen.tell_skipped()
    callers = {r["id"]: r["name"] for r in chosen.callers}
    contacts = {r["id"]: r["contact_name"] for r in chosen.referrals}
    rows = build_rows(chosen.promises, now, callers, contacts)
    if args.due:
        rows = filter_promises(rows, f"due:{args.due}", now)
    shown = _in_order(rows, everything=args.all)
    if not shown:
        print(_none_text(args, bool(chosen.promises)))
        return 0
    print(promise_table(shown, now))
    print(f"\n{_count_text(shown)}.")
    return 0


def _in_order(rows: list[PromiseRow], *, everything: bool) -> list[PromiseRow]:
    """The open ones most urgent first; with `everything`, then the kept and dropped
    ones, the most recently closed first."""
    from ..core.promises.groups import DueGroup
    from ..core.promises.waiting import most_urgent

    closed = [row for row in rows if row.group is DueGroup.DONE] if everything else []
    return most_urgent(rows) + sorted(closed, key=lambda row: -row.closed_ts)


def _none_text(args: argparse.Namespace, any_stored: bool) -> str:
    if args.due:
        return f"No promises {DUE_WORDS[args.due]}."
    if not any_stored:
        return "No promises due — none made yet (p during a call records one)."
    return "No promises due — all kept or dropped (--all lists them)."


def promise_table(rows: list[PromiseRow], now: datetime) -> str:
    """Due, group, what, to whom (the caller; a referral step's contact too), state."""
    from ..core.promises.groups import GROUP_LABEL
    from ..core.promises.rows import STATUS_LABEL
    from ..core.text.ages import local_time
    from .table import cut, lay_out

    zone = now.tzinfo or UTC
    cells = [
        [
            _due_cell(local_time(row.due_ts, zone), now),
            GROUP_LABEL[row.group],
            cut(row.text, _WHAT_MAX),
            cut(" · ".join(filter(None, (row.caller, row.contact))), _WHOM_MAX),
            STATUS_LABEL[row.state],
        ]
        for row in rows
    ]
    return lay_out(_HEADINGS, cells)


def _due_cell(due: datetime, now: datetime) -> str:
    """The date, and the time only where one was given (as the promises view says it)."""
    from ..core.promises.wording import has_clock

    return f"{due:%Y-%m-%d %H:%M}" if has_clock(due, now) else f"{due:%Y-%m-%d}"


def _count_text(rows: list[PromiseRow]) -> str:
    from ..core.promises.groups import DueGroup

    open_ = sum(row.group is not DueGroup.DONE for row in rows)
    closed = len(rows) - open_
    text = f"{open_:,} open promise{'s' if open_ != 1 else ''}"
    return f"{text}, {closed:,} kept or dropped" if closed else text
