"""`netcall log`: recent calls, newest first, as a plain table, for a quick look.

Opens the log read-only (no writer lock), so it works while the app has it open. The
arguments are light (the TUI's start-up parses the same command line); the work is
imported when the command runs.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .errors import EXIT_USAGE, fail
from .filters import add_filters

if TYPE_CHECKING:
    from ..core.config import Config


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "log",
        help="print recent calls as a table",
        description="Print recent calls, newest first, as a plain table.",
    )
    parser.add_argument(
        "--limit", "-n", type=int, default=20, metavar="N", help="at most N calls (0: all)"
    )
    add_filters(parser)
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace, config: Config) -> int:
    from ..core.errors import QueryError
    from .selection import described, select
    from .table import format_table

    if args.limit < 0:
        return fail("--limit must be 0 (all) or more", EXIT_USAGE)
    try:
        chosen = select(args)
    except QueryError as exc:
        return fail(str(exc), EXIT_USAGE)
    chosen.tell_skipped()
    rows, total = chosen.rows, chosen.total
    if not total:
        print("No calls yet — run netcall and press n to start one.")
        return 0
    if not rows:
        print(f"No calls match {described(args)!r} (of {total:,}).")
        return 0
    shown = rows[: args.limit] if args.limit else rows
    print(format_table(shown))
    more = f"{len(shown):,} of {len(rows):,}" if len(shown) < len(rows) else f"{len(rows):,}"
    filtered = f" matching, of {total:,} in all" if len(rows) != total else ""
    hint = " (--limit 0 shows all)" if len(shown) < len(rows) else ""
    print(f"\n{more} call{'s' if len(rows) != 1 else ''}{filtered}{hint}.")
    return 0
