"""The résumé register's columns (drawn by the log's table): who, what for (roles ·
sectors · tags), since when, last reviewed, review due, and whom it was passed on to."""

from __future__ import annotations

from datetime import datetime

from ...core.resumes.rows import ResumeRow
from ...core.text.ages import day_text, local_time, short_ago_text
from .log_columns import Column, ColumnSet, Parts, harmless_cells

NARROW = (
    Column("caller", "Who", 10, 24, "caller", flex=True),
    Column("for", "For", 12, 60, "for", flex=True),
    Column("filed", "Since", 8, 8, "filed"),
    Column("review", "Review", 6, 11, "review"),
    Column("passed", "Passed to", 9, 16, "passed"),
)
WIDE = (
    Column("caller", "Who", 12, 32, "caller", flex=True),
    Column("for", "What for", 16, 80, "for", flex=True),
    Column("filed", "On file since", 14, 16, "filed"),
    Column("reviewed", "Last reviewed", 14, 16, "reviewed"),
    Column("review", "Review due", 11, 16, "review"),
    Column("passed", "Passed on to", 12, 30, "passed", flex=True),
)


def what_for_parts(row: ResumeRow) -> Parts:
    """Roles, then sectors, then the tags muted: "data engineer · logistics · python"."""
    parts: Parts = []
    for words, style in ((row.roles, ""), (row.sectors, ""), (row.tags, "muted")):
        if words:
            parts.append((" · " if parts else "", ""))
            parts.append((", ".join(words), style))
    return parts or [("—", "muted")]


def day_of(ts: float, now: datetime, wide: bool) -> str:
    """'Mon 2 Mar' ('2 Mar' narrow), with the year when it is not this year; '—' unset."""
    if not ts:
        return "—"
    if wide:
        return day_text(local_time(ts, now.tzinfo), now)
    local = local_time(ts, now.tzinfo)
    text = f"{local.day} {local:%b}"
    return text if local.year == now.year else f"{text} {local.year}"


def _parts(key: str, row: ResumeRow, now: datetime, wide: bool) -> Parts:
    if key == "caller":
        return [(row.caller or "(unknown caller)", "" if row.caller else "muted")]
    if key == "for":
        return what_for_parts(row)
    if key == "filed":
        since = day_of(row.filed_ts, now, True) if wide else short_ago_text(row.filed_ts, now)
        return [(since, "")]
    if key == "reviewed":
        return [(day_of(row.reviewed_ts, now, wide), "" if row.reviewed_ts else "muted")]
    if key == "review":
        if not row.on_file:
            return [("removed", "muted")]
        due = row.review_ts <= now.timestamp()
        return [(day_of(row.review_ts, now, wide), "overtime" if due else "")]
    if key == "passed":
        return [(row.passed_to, "")] if row.passed_to else [("—", "muted")]
    return [("", "")]


RESUME_COLUMNS = ColumnSet(NARROW, WIDE, harmless_cells(_parts))
