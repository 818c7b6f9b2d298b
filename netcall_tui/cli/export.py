"""`netcall export`: calls as CSV, JSON or a Markdown report, to stdout or a file.

Opens the log read-only (no writer lock), so it works while the app has it open. The
arguments are light (the TUI's start-up parses the same command line); the work is
imported when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import EXIT_USAGE, fail
from .filters import add_filters

if TYPE_CHECKING:
    from ..core.config import Config

FORMATS = ("csv", "json", "md")  # core.export.formats.FORMATS; a test keeps the two equal


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "export",
        help="write calls as CSV, JSON or a Markdown report",
        description="Write calls (newest first) as CSV, JSON (every field) or Markdown.",
    )
    parser.add_argument("--format", choices=FORMATS, default="csv", help="default: csv")
    parser.add_argument("--since", metavar="DATE", help="from this date (2025-03-01) or span (2w)")
    parser.add_argument("--caller", metavar="NAME", help="only callers whose name contains NAME")
    parser.add_argument("--output", "-o", type=Path, metavar="FILE", help="default: stdout")
    parser.add_argument(
        "--with-energy",
        action="store_true",
        help="include how each call left you (1 drained … 5 energised); left out by default",
    )
    add_filters(parser)
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace, config: Config) -> int:
    import pendulum

    from ..core.errors import QueryError
    from ..core.export.data import gather
    from ..core.export.formats import for_terminal, render
    from ..services.files import write_export
    from .selection import described, select

    try:
        chosen = select(args)
    except QueryError as exc:
        return fail(str(exc), EXIT_USAGE)
    chosen.tell_skipped()
    records = [row.record for row in chosen.rows]
    data = gather(
        records,
        chosen.promises,
        chosen.callers,
        described(args),
        chosen.referrals,
        chosen.resumes,
        with_energy=args.with_energy,
    )
    text = render(args.format, data, now=pendulum.now())
    if args.output is None:
        # A file keeps the data exact; a terminal must not obey what a name holds.
        sys.stdout.write(for_terminal(args.format, text) if sys.stdout.isatty() else text)
        return 0
    write_export(args.output, text)
    count = len(records)
    print(
        f"netcall: exported {count:,} call{'s' if count != 1 else ''} to {args.output}",
        file=sys.stderr,
    )
    return 0
