"""`netcall stats`: the statistics screen's figures, printed as text (the charts drawn in
block characters, the budget marked), JSON (every figure with its period) or Markdown.

Opens the log read-only (no writer lock), so it works while the app has it open; the
usual --db, --demo and --read-only apply. The arguments are light (the TUI's start-up
parses the same command line); the work is imported when the command runs.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.config import Config

FORMATS = ("text", "json", "md")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "stats",
        help="print the statistics: calls per week against the budget, how calls end",
        description=(
            "Print the statistics screen's figures: calls and minutes per week against "
            "the weekly budget (the last 12 and 52 weeks), how the calls ended month by "
            "month, timing, interviews, referrals, résumés, the busiest times and how "
            "the calls left you. Each figure says the period it covers."
        ),
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text (default: charts in block characters), json or md (Markdown tables)",
    )
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace, config: Config) -> int:
    import pendulum

    from ..paths import default_db_path
    from ..services.session import Session
    from ..store.db import Store
    from .stats_formats import RENDERERS

    store = Store.open((args.db or default_db_path()).expanduser(), read_only=True)
    session = Session(store)
    try:
        stats = session.stats.figures(pendulum.now(), config.weekly_calls, config.weekly_minutes)
    finally:
        session.close()
        store.close()
    print(RENDERERS[args.format](stats))
    return 0
