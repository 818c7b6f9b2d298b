"""The `export` and `log` sub-commands' arguments. Kept light: the TUI's start-up parses
the same command line, so the work itself lives in `command_runs`, imported when used."""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli import SUBCOMMANDS
from .core.config import Config

FORMATS = ("csv", "json", "md")  # core.export.FORMATS; a test keeps the two equal

FILTER_HELP = (
    "filters as in the log pane: words (names, notes, asks, outcomes), outcome:referral, "
    "ask:resume, since:2w, until:2025-06-30, caller:dana, strength:tenuous, promises:open; "
    "a filter starting with - excludes, after --: netcall log -- -advice"
)


def register_export(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help="write calls as CSV, JSON or a Markdown report",
        description="Write calls (newest first) as CSV, JSON (every field) or Markdown.",
    )
    parser.add_argument("--format", choices=FORMATS, default="csv", help="default: csv")
    parser.add_argument("--since", metavar="DATE", help="from this date (2025-03-01) or span (2w)")
    parser.add_argument("--caller", metavar="NAME", help="only callers whose name contains NAME")
    parser.add_argument("--output", "-o", type=Path, metavar="FILE", help="default: stdout")
    parser.add_argument("filters", nargs="*", help=FILTER_HELP)
    parser.set_defaults(handler=run_export)


def register_log(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "log",
        help="print recent calls as a table",
        description="Print recent calls, newest first, as a plain table.",
    )
    parser.add_argument(
        "--limit", "-n", type=int, default=20, metavar="N", help="at most N calls (0: all)"
    )
    parser.add_argument("filters", nargs="*", help=FILTER_HELP)
    parser.set_defaults(handler=run_log)


SUBCOMMANDS.extend([register_export, register_log])


def run_export(args: argparse.Namespace, config: Config) -> int:
    from .command_runs import run_export as run

    return run(args, config)


def run_log(args: argparse.Namespace, config: Config) -> int:
    from .command_runs import run_log as run

    return run(args, config)
