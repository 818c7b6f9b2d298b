"""Exports of the call log: CSV for spreadsheets, JSON that round-trips, a Markdown report.

All three work on stored records (the shape `Call.to_dict()` writes), so an export of
10,000 calls builds no models. CSV cells that a spreadsheet would run as a formula
(starting with = + - @, tab or CR) are neutralised with a leading apostrophe.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from .errors import NetcallError
from .logrows import ASK_LABEL, OUTCOME_LABEL, epoch, exact_text, local_time, minutes_text
from .models import Trait

FORMATS = ("csv", "json", "md")
EXTENSIONS = {"csv": "csv", "json": "json", "md": "md"}
JSON_FORMAT = "netcall-export"
JSON_VERSION = 1
TRAIT_LABEL = {t.value: t.label for t in Trait}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Record = Mapping[str, Any]


class ExportError(NetcallError):
    """An export file that can't be read back."""


@dataclass(frozen=True, slots=True)
class ExportData:
    """Calls (newest first) with the promises they made and their callers' records."""

    calls: Sequence[Record]
    promises: Sequence[Record] = ()
    callers: Sequence[Record] = ()
    selection: str = ""  # what was filtered, in the user's words


def gather(
    calls: Sequence[Record],
    promises: Iterable[Record],
    callers: Iterable[Record],
    selection: str = "",
) -> ExportData:
    """The chosen calls with only their own promises and callers (from whole tables)."""
    call_ids = {c.get("id") for c in calls}
    caller_ids = {c.get("caller_id") for c in calls}
    return ExportData(
        calls=list(calls),
        promises=[p for p in promises if p.get("call_id") in call_ids],
        callers=[c for c in callers if c.get("id") in caller_ids],
        selection=selection,
    )


def default_name(fmt: str, now: datetime) -> str:
    return f"netcall-export-{now:%Y-%m-%d}.{EXTENSIONS.get(fmt, fmt)}"


def render(fmt: str, data: ExportData, *, now: datetime) -> str:
    """The export as text; times are shown in `now`'s zone."""
    if fmt == "csv":
        return to_csv(data, now.tzinfo or _utc())
    if fmt == "json":
        return to_json(data, now)
    if fmt == "md":
        return to_markdown(data, now)
    raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def _utc() -> tzinfo:
    from datetime import UTC

    return UTC


# --- CSV ------------------------------------------------------------------------------

CSV_COLUMNS = (
    "started",
    "ended",
    "caller",
    "strength",
    "asks",
    "assessment",
    "outcome",
    "outcome_detail",
    "outcome_when",
    "minutes_used",
    "minutes_limit",
    "minutes_over",
    "phases",
    "promises",
    "notes",
    "edited",
    "call_id",
    "caller_id",
)


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would evaluate ('=HYPERLINK(…)', '@SUM', '-2+3') is made inert."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _iso_local(stored: Any, zone: tzinfo) -> str:
    if not stored:
        return ""
    return local_time(epoch(stored), zone).isoformat(timespec="seconds")


def _promises_by_call(promises: Sequence[Record]) -> dict[str, list[Record]]:
    found: dict[str, list[Record]] = {}
    for promise in promises:
        found.setdefault(promise.get("call_id", ""), []).append(promise)
    return found


def _promise_line(promise: Record, zone: tzinfo) -> str:
    due = local_time(epoch(promise.get("due")), zone).date().isoformat()
    state = "kept" if promise.get("done_at") else "open"
    return f"{promise.get('text', '')} (due {due}, {state})"


def _phase_text(phase: Record) -> str:
    return (
        f"{phase.get('kind', '')} {minutes_text(phase.get('used_s', 0))}"
        f"/{minutes_text(phase.get('limit_s', 0))}"
    )


def csv_row(call: Record, promises: Sequence[Record], zone: tzinfo) -> list[str]:
    phases = call.get("phases") or ()
    used = sum(p.get("used_s", 0) for p in phases)
    limit = sum(p.get("limit_s", 0) for p in phases)
    outcome = call.get("outcome") or {}
    cells = [
        _iso_local(call.get("started_at"), zone),
        _iso_local(call.get("ended_at"), zone),
        call.get("caller_name", ""),
        call.get("strength", ""),
        "; ".join(ASK_LABEL.get(a, a) for a in call.get("asks") or ()),
        "; ".join(TRAIT_LABEL.get(t, t) for t in call.get("traits") or ()),
        OUTCOME_LABEL.get(outcome.get("kind", ""), outcome.get("kind", "")),
        outcome.get("detail", ""),
        _iso_local(outcome.get("when"), zone),
        f"{used / 60:.1f}",
        f"{limit / 60:.1f}",
        f"{max(0.0, used - limit) / 60:.1f}",
        "; ".join(_phase_text(p) for p in phases),
        "; ".join(_promise_line(p, zone) for p in promises),
        call.get("notes", ""),
        _iso_local(call.get("edited_at"), zone),
        call.get("id", ""),
        call.get("caller_id", ""),
    ]
    return [neutralise(str(cell)) for cell in cells]


def to_csv(data: ExportData, zone: tzinfo) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    by_call = _promises_by_call(data.promises)
    for call in data.calls:
        writer.writerow(csv_row(call, by_call.get(call.get("id", ""), ()), zone))
    return out.getvalue()


# --- JSON -----------------------------------------------------------------------------


def to_json(data: ExportData, now: datetime) -> str:
    """Every stored field of every record, as stored: `read_json` gives them back."""
    document = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "exported_at": now.isoformat(),
        "selection": data.selection,
        "calls": list(data.calls),
        "promises": list(data.promises),
        "callers": list(data.callers),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


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
    )


# --- Markdown -------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!])")


def md(text: str) -> str:
    """User text shown literally in Markdown: no accidental emphasis, links or tables."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def to_markdown(data: ExportData, now: datetime) -> str:
    zone = now.tzinfo or _utc()
    zone_name = getattr(zone, "name", None) or getattr(zone, "key", None) or str(zone)
    count = len(data.calls)
    lines = ["# netcall — call log", ""]
    summary = f"Exported {exact_text(now.timestamp(), zone)} ({zone_name}) · "
    summary += f"{count:,} call{'s' if count != 1 else ''}"
    if data.selection:
        summary += f" · filter: {md(data.selection)}"
    lines += [summary, ""]
    if not count:
        return "\n".join([*lines, "No calls match.", ""])
    lines += _outcome_table(data.calls)
    by_call = _promises_by_call(data.promises)
    for call in data.calls:
        lines += _call_section(call, by_call.get(call.get("id", ""), ()), zone)
    return "\n".join(lines)


def _outcome_table(calls: Sequence[Record]) -> list[str]:
    counts = Counter((c.get("outcome") or {}).get("kind", "") for c in calls)
    rows = ["| Outcome | Calls |", "| --- | ---: |"]
    for kind, label in OUTCOME_LABEL.items():
        if counts.get(kind):
            rows.append(f"| {md(label)} | {counts[kind]} |")
    if counts.get(""):
        rows.append(f"| no outcome | {counts['']} |")
    return [*rows, ""]


def _call_section(call: Record, promises: Sequence[Record], zone: tzinfo) -> list[str]:
    started = exact_text(epoch(call.get("started_at")), zone)
    lines = [f"## {started} — {md(call.get('caller_name', ''))}", ""]
    phases = call.get("phases") or ()
    used = sum(p.get("used_s", 0) for p in phases)
    limit = sum(p.get("limit_s", 0) for p in phases)
    over = f" ({minutes_text(used - limit)} over)" if used > limit else ""
    outcome = call.get("outcome") or {}
    facts = [
        ("Connection", call.get("strength", "")),
        ("Asked for", ", ".join(ASK_LABEL.get(a, a) for a in call.get("asks") or ())),
        ("Came across", ", ".join(TRAIT_LABEL.get(t, t) for t in call.get("traits") or ())),
        ("Time", f"{minutes_text(used)} of {minutes_text(limit)}{over}"),
        ("Phases", ", ".join(_phase_text(p) for p in phases)),
    ]
    if outcome:
        label = OUTCOME_LABEL.get(outcome.get("kind", ""), outcome.get("kind", ""))
        detail = outcome.get("detail", "")
        facts.append(("Outcome", label + (f" — {detail}" if detail else "")))
    if call.get("edited_at"):
        facts.append(("Edited", exact_text(epoch(call["edited_at"]), zone)))
    lines += [f"- **{name}:** {md(value)}" for name, value in facts if value]
    if promises:
        lines.append("- **Promises:**")
        for promise in promises:
            mark = "x" if promise.get("done_at") else " "
            lines.append(f"  - [{mark}] {md(_promise_line(promise, zone))}")
    notes = (call.get("notes") or "").strip()
    if notes:
        lines.append("")
        lines += [f"> {md(line)}" if line.strip() else ">" for line in notes.splitlines()]
    return [*lines, ""]


# --- writing --------------------------------------------------------------------------


def write_export(path: Path, text: str) -> None:
    """Write an export owner-only (it holds other people's details), whole or not at all."""
    path = path.expanduser()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        reason = exc.strerror or type(exc).__name__
        raise ExportError(
            f"could not write the export to {path} ({reason}); check the folder exists and "
            "that you may write to it, or choose another file"
        ) from exc
