"""The filter words `export` and `log` take, the log pane's query language. Kept light:
the TUI's start-up parses the same command line; `selection` applies them."""

from __future__ import annotations

import argparse

# Every field of core/log/query.py's FIELDS is listed (a test checks, and the README's).
FILTER_HELP = (
    "filters as in the log pane: words (names, notes, asks, outcomes), outcome:referral, "
    "ask:resume, since:2w, until:2025-06-30, caller:dana, strength:tenuous, notes:python, "
    "promises:open|kept|any|none, is:overtime, is:edited; a comma means either "
    "(outcome:referral,interview); a filter starting with - excludes, after --: "
    "netcall log -- -advice"
)


def add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("filters", nargs="*", help=FILTER_HELP)
