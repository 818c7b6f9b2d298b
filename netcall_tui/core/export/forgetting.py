"""Forgetting a person in the files beside the log: the other copies the confirmation
offers to erase too (`OtherCopy`), and what that does to a file netcall exported.

A CSV export carries each call's `call_id` and `caller_id`, and a JSON export every
stored field, so both are rewritten without the person's rows, matched by id (no name is
needed, so none has to be kept while a forget is unfinished). A Markdown report has no
ids and its summary counts every call, so one that names them is deleted whole instead
(`names_them` finds it, by the headings of their calls).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .csv_file import (
    CSV_COLUMNS,
    CSV_COLUMNS_BEFORE_REFERRALS,
    CSV_COLUMNS_BEFORE_RESUMES,
    ENERGY_COLUMN,
)
from .formats import JSON_FORMAT
from .markdown import md

# How a chosen file is erased (the key), and what the confirmation says of it.
HOW = {
    "log": "rewritten without them",  # a copy of the call log
    "csv": "rewritten without their rows",
    "json": "rewritten without their records",
    "delete": "deleted",
}


@dataclass(frozen=True, slots=True)
class OtherCopy:
    """A file besides the log and its backups that holds the person."""

    path: Path
    what: str  # 'a CSV export', 'a set-aside copy of the call log'…
    how: str  # a key of HOW

    def describe(self) -> str:
        return f"{self.path} — {self.what}: {HOW[self.how]}"


CSV_HEADER = ",".join(CSV_COLUMNS_BEFORE_REFERRALS)  # what every export's header starts with
_HEADERS = (
    (*CSV_COLUMNS, ENERGY_COLUMN),  # --with-energy
    CSV_COLUMNS,
    CSV_COLUMNS_BEFORE_RESUMES,
    CSV_COLUMNS_BEFORE_REFERRALS,
)
MARKDOWN_TITLE = "# netcall — call log"


def kind_of(head: str) -> str | None:
    """Which export a file's first characters say it is: 'csv', 'json', 'md' or None."""
    if head.startswith(CSV_HEADER):
        return "csv"
    if head.startswith(MARKDOWN_TITLE):
        return "md"
    if head.lstrip().startswith("{") and f'"format": "{JSON_FORMAT}"' in head:
        return "json"
    return None


def _cell(text: str) -> str:
    return text[1:] if text.startswith("'") else text  # undo `neutralise`


def csv_without(text: str, caller_id: str, call_ids: set[str]) -> str | None:
    """The CSV export without their rows; None if it holds none (or isn't one)."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or tuple(rows[0]) not in _HEADERS:
        return None
    call, caller = CSV_COLUMNS.index("call_id"), CSV_COLUMNS.index("caller_id")

    def theirs(row: list[str]) -> bool:
        if len(row) != len(rows[0]):
            return False
        return _cell(row[caller]) == caller_id or _cell(row[call]) in call_ids

    kept = [row for row in rows[1:] if not theirs(row)]
    if len(kept) == len(rows) - 1:
        return None
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([rows[0], *kept])
    return out.getvalue()


def json_without(text: str, caller_id: str, call_ids: set[str]) -> str | None:
    """The JSON export without their calls, promises, referrals, résumés and caller
    record; None if it holds none of them (or isn't one)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        return None
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        return None
    ids = call_ids | {
        str(c.get("id")) for c in _records(document, "calls") if c.get("caller_id") == caller_id
    }
    rules: dict[str, Callable[[dict[str, object]], bool]] = {
        "calls": lambda r: r.get("caller_id") == caller_id or r.get("id") in ids,
        "promises": lambda r: r.get("caller_id") == caller_id or r.get("call_id") in ids,
        "callers": lambda r: r.get("id") == caller_id,
        "referrals": lambda r: r.get("caller_id") == caller_id or r.get("call_id") in ids,
        "resumes": lambda r: r.get("caller_id") == caller_id or r.get("call_id") in ids,
    }
    changed = False
    for table, gone in rules.items():
        records = document.get(table)
        if not isinstance(records, list):
            continue
        kept = [r for r in records if not (isinstance(r, dict) and gone(r))]
        changed |= len(kept) != len(records)
        document[table] = kept
    if not changed:
        return None
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _records(document: dict[str, object], table: str) -> list[dict[str, object]]:
    records = document.get(table)
    return [r for r in records if isinstance(r, dict)] if isinstance(records, list) else []


def names_them(text: str, names: Iterable[str]) -> bool:
    """Whether a Markdown report has a section for a call with one of `names`."""
    endings = tuple(f" — {md(name)}" for name in names if name)
    return bool(endings) and any(
        line.startswith("## ") and line.endswith(endings) for line in text.splitlines()
    )
