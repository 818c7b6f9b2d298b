"""`netcall export` and `netcall log`: the call log for scripts and quick looks, no TUI.

Both open the log read-only (no writer lock), so they work while the app has it open.
Filters are the log pane's: words, outcome:referral, ask:resume, since:2w, caller:dana…
"""

from __future__ import annotations

import argparse
import sys
import unicodedata

import pendulum
from rich.cells import cell_len, set_cell_size

from .cli import EXIT_USAGE, fail
from .core.config import Config
from .core.domain.matching import fold
from .core.errors import QueryError
from .core.export.data import gather
from .core.export.formats import render, write_export
from .core.log.dates import moment
from .core.log.query import filter_rows, parse_query
from .core.log.rows import LogRow, build_rows, promise_states
from .core.log.text import asks_text, promises_text, short_outcome_text, time_text
from .core.text.ages import local_time
from .paths import default_db_path


def _described(args: argparse.Namespace) -> str:
    """The selection as the user gave it, for messages and the export's header."""
    caller = getattr(args, "caller", None)
    return " ".join(p for p in (_query_text(args), f"--caller {caller!r}" if caller else "") if p)


def _query_text(args: argparse.Namespace) -> str:
    parts = list(args.filters)
    if getattr(args, "since", None):
        parts.append(f"since:{args.since}")
    return " ".join(parts)


def _select(args: argparse.Namespace) -> tuple[list[LogRow], int, object]:
    """Rows matching the filters, newest first; the total; and the open store's tables."""
    from .store.db import Store

    now = pendulum.now()
    text = _query_text(args)
    if getattr(args, "since", None):
        moment(args.since, now)  # a clearer message than the filter's for a bad --since
    query = parse_query(text, now)
    path = (args.db or default_db_path()).expanduser()
    store = Store.open(path, read_only=True)
    try:
        records = store.calls.raw()
        promises = list(store.records("promises").values())
        callers = list(store.records("callers").values())
    finally:
        store.close()
    rows = build_rows(records, promise_states(promises))
    chosen = filter_rows(rows, query) if not query.empty else rows
    if getattr(args, "caller", None):  # as given: a quote or a colon in a name is no syntax
        needle = fold(args.caller)
        chosen = [row for row in chosen if needle in row.name_key]
    return chosen, len(rows), (promises, callers)


def run_export(args: argparse.Namespace, config: Config) -> int:
    try:
        rows, _total, (promises, callers) = _select(args)  # type: ignore[misc]
    except QueryError as exc:
        return fail(str(exc), EXIT_USAGE)
    data = gather([r.record for r in rows], promises, callers, _described(args))
    text = render(args.format, data, now=pendulum.now())
    if args.output is None:
        sys.stdout.write(text)
        return 0
    write_export(args.output, text)
    count = len(rows)
    print(
        f"netcall: exported {count:,} call{'s' if count != 1 else ''} to {args.output}",
        file=sys.stderr,
    )
    return 0


def run_log(args: argparse.Namespace, config: Config) -> int:
    if args.limit < 0:
        return fail("--limit must be 0 (all) or more", EXIT_USAGE)
    try:
        rows, total, _ = _select(args)
    except QueryError as exc:
        return fail(str(exc), EXIT_USAGE)
    if not total:
        print("No calls yet — run netcall and press n to start one.")
        return 0
    if not rows:
        print(f"No calls match {_described(args)!r} (of {total:,}).")
        return 0
    shown = rows[: args.limit] if args.limit else rows
    print(format_table(shown))
    more = f"{len(shown):,} of {len(rows):,}" if len(shown) < len(rows) else f"{len(rows):,}"
    filtered = f" matching, of {total:,} in all" if len(rows) != total else ""
    hint = " (--limit 0 shows all)" if len(shown) < len(rows) else ""
    print(f"\n{more} call{'s' if len(rows) != 1 else ''}{filtered}{hint}")
    return 0


_HEADINGS = ("When", "Caller", "Strength", "Asks", "Outcome", "Time", "Promises")
_CALLER_MAX = 28


_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def plain(text: str) -> str:
    """No terminal control characters from stored text (a name can't move the cursor),
    and no bidi overrides (a name can't reverse the rest of its line)."""
    return "".join("?" if ch in _BIDI or unicodedata.category(ch) == "Cc" else ch for ch in text)


def _fit(text: str, width: int) -> str:
    """`text` padded to `width` terminal cells (a CJK character takes two)."""
    return text + " " * (width - cell_len(text))


def format_table(rows: list[LogRow]) -> str:
    zone = pendulum.now().tzinfo
    table = [list(_HEADINGS)]
    for row in rows:
        used, over = time_text(row)
        caller = plain(row.caller)
        if cell_len(caller) > _CALLER_MAX:
            caller = set_cell_size(caller, _CALLER_MAX - 1).rstrip() + "…"
        table.append(
            [
                f"{local_time(row.ts, zone):%Y-%m-%d %H:%M}",  # type: ignore[arg-type]
                caller,
                row.strength,
                asks_text(row.asks),
                short_outcome_text(row),
                f"{used} {over}".strip(),
                promises_text(row),
            ]
        )
    widths = [max(cell_len(line[i]) for line in table) for i in range(len(_HEADINGS))]
    lines = [
        "  ".join(_fit(cell, w) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in table
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
