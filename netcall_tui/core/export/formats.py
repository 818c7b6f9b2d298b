"""Exports of the call log: CSV for spreadsheets, JSON that round-trips, a Markdown report.

All three work on stored records (the shape `Call.to_dict()` writes), so an export of
10,000 calls builds no models. CSV cells that a spreadsheet would run as a formula
(starting with = + - @, tab or CR) are neutralised with a leading apostrophe.

Here: choosing the format and the JSON export. The CSV writer is in `csv_file`, the
Markdown one in `markdown`, what they share in `data`; `services.files` writes the file.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from ..domain.stored import CallRecord
from ..errors import NetcallError
from ..text.harmless import UNSAFE, harmless
from .csv_file import to_csv
from .data import ExportData
from .markdown import to_markdown

FORMATS = ("csv", "json", "md")
EXTENSIONS = {"csv": "csv", "json": "json", "md": "md"}
JSON_FORMAT = "netcall-export"
JSON_VERSION = 1


class ExportError(NetcallError):
    """An export file that can't be read back."""


def default_name(fmt: str, now: datetime) -> str:
    return f"netcall-export-{now:%Y-%m-%d}.{EXTENSIONS.get(fmt, fmt)}"


def render(fmt: str, data: ExportData, *, now: datetime) -> str:
    """The export as text; times are shown in `now`'s zone."""
    if fmt == "csv":
        return to_csv(data, now.tzinfo or UTC)
    if fmt == "json":
        return to_json(data, now)
    if fmt == "md":
        return to_markdown(data, now)
    raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def for_terminal(fmt: str, text: str) -> str:
    """An export bound for a terminal, which must not obey what the calls hold: CSV and
    Markdown with each control character as its picture (line breaks kept), JSON with
    each one as a `\\uXXXX` escape, so the JSON still reads back exactly."""
    if fmt == "json":  # a raw newline is the layout's: json.dumps escapes those in strings
        return UNSAFE.sub(_json_escape, text)
    return harmless(text, lines=True)


def _json_escape(found: re.Match[str]) -> str:
    char = found[0]
    return char if char == "\n" else f"\\u{ord(char):04x}"


# --- JSON -----------------------------------------------------------------------------


def to_json(data: ExportData, now: datetime) -> str:
    """Every stored field of every record, as stored (a call's `energy` only when asked
    for): `read_json` gives them back."""
    calls = data.calls if data.with_energy else [_unrated(call) for call in data.calls]
    document = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "exported_at": now.isoformat(),
        "selection": data.selection,
        "calls": list(calls),
        "promises": list(data.promises),
        "callers": list(data.callers),
        "referrals": list(data.referrals),
        "resumes": list(data.resumes),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _unrated(call: CallRecord) -> dict[str, object]:
    return {name: value for name, value in call.items() if name != "energy"}


def read_json(text: str) -> ExportData:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportError(f"not a netcall JSON export: {exc}") from exc
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        raise ExportError(f'not a netcall JSON export (no "format": "{JSON_FORMAT}")')
    return ExportData(
        calls=document.get("calls", []),
        promises=document.get("promises", []),
        callers=document.get("callers", []),
        selection=document.get("selection", ""),
        referrals=document.get("referrals", []),
        resumes=document.get("resumes", []),
    )
