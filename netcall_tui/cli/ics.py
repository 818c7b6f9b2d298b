"""`netcall ics`: the open promises (interviews and follow-up calls at their time, the
rest all-day) as an iCalendar file to import into a calendar app.

Opens the log read-only (no writer lock), so it works while the app has it open. The
file goes to ./netcall-promises.ics unless --output names another (`-` for stdout):
one name, so exporting again replaces the file and importing it again updates the
events. The arguments are light (the TUI's start-up parses the same command line); the
work is imported when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.calendar.ics import FILE_NAME

if TYPE_CHECKING:
    from ..core.config import Config

DEFAULT_OUTPUT = Path(FILE_NAME)
STDOUT = Path("-")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "ics",
        help="write open promises as a calendar file (.ics)",
        description=(
            "Write the open promises as an iCalendar file that Google Calendar, Apple "
            "Calendar, Outlook and Thunderbird import: interviews and follow-up calls at "
            "their time, other promises all-day on their due date, each with a reminder. "
            "Importing a newer file again updates the same events."
        ),
    )
    parser.add_argument(
        "--output",
        "-o",
        type=Path,
        default=DEFAULT_OUTPUT,
        metavar="FILE",
        help=f"default: {DEFAULT_OUTPUT} in this folder; - for stdout",
    )
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace, config: Config) -> int:
    import pendulum

    from ..core.calendar.ics import EventLengths
    from ..paths import default_db_path
    from ..services.session import Session
    from ..store.db import Store

    store = Store.open((args.db or default_db_path()).expanduser(), read_only=True)
    session = Session(store)
    lengths, now = EventLengths.from_config(config), pendulum.now()
    try:
        if args.output == STDOUT:
            data, count = session.calendar.ics(now, lengths)
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            count = session.calendar.write(args.output, now, lengths)
    finally:
        session.close()
        store.close()
    where = "stdout" if args.output == STDOUT else str(args.output)
    events = f"{count:,} open promise{'s' if count != 1 else ''}"
    print(f"netcall: wrote {events} as calendar events to {where}", file=sys.stderr)
    return 0
