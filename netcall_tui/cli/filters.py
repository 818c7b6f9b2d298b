"""The filter words `export` and `log` take, the log pane's query language. Kept light:
the TUI's start-up parses the same command line; `selection` applies them."""

from __future__ import annotations

import argparse

FILTER_HELP = (
    "filters as in the log pane: words (names, notes, asks, outcomes), outcome:referral, "
    "ask:resume, since:2w, until:2025-06-30, caller:dana, strength:tenuous, promises:open; "
    "a filter starting with - excludes, after --: netcall log -- -advice"
)


def add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("filters", nargs="*", help=FILTER_HELP)
