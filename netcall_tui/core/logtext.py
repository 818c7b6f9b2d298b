"""The session log's words: labels for asks and outcomes, and a row's numbers as text.

The display helpers run only for the rows on screen (or exported), never per keystroke;
the rows themselves, and the search keys built from these labels, are in `logrows`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from .models import Ask, OutcomeKind

if TYPE_CHECKING:
    from .logrows import LogRow

ASK_SHORT = {
    Ask.INTRODUCTION.value: "intro",
    Ask.ADVICE.value: "advice",
    Ask.RESUME.value: "résumé",
    Ask.INDUSTRY.value: "industry",
    Ask.OTHER.value: "other",
}
OUTCOME_LABEL = {k.value: k.label for k in OutcomeKind}
ASK_LABEL = {a.value: a.label for a in Ask}


def local_time(ts: float, zone: tzinfo) -> datetime:
    return datetime.fromtimestamp(ts, zone)


def exact_text(ts: float, zone: tzinfo) -> str:
    """'Tue 3 Jun 2025 14:30', in the given zone."""
    moment = local_time(ts, zone)
    return f"{moment:%a} {moment.day} {moment:%b %Y %H:%M}"


def ago_text(ts: float, now: datetime) -> str:
    """'just now', '5 min ago', '3 hours ago', 'yesterday', '3 days ago', '2 weeks ago'…
    and for times still to come 'in 5 min', 'tomorrow', 'in 12 days'."""
    seconds = now.timestamp() - ts
    future = seconds < 0
    seconds = abs(seconds)
    if seconds < 60:
        return "just now" if not future else "in a moment"
    if seconds < 3600:
        return _span(f"{int(seconds // 60)} min", future)
    days = abs((now.date() - local_time(ts, now.tzinfo or _utc()).date()).days)
    if days == 0:
        hours = int(seconds // 3600)
        return _span("an hour" if hours == 1 else f"{hours} hours", future)
    if days == 1:
        return "tomorrow" if future else "yesterday"
    if days < 14:
        return _span(f"{days} days", future)
    if days < 61:
        return _span(f"{days // 7} weeks", future)
    if days < 730:
        return _span(f"{days // 30} months", future)
    return _span(f"{days // 365} years", future)


def _span(amount: str, future: bool) -> str:
    return f"in {amount}" if future else f"{amount} ago"


def short_ago_text(ts: float, now: datetime) -> str:
    """The same in at most 8 cells: 'now', '5m ago', '3h ago', '2d ago', '5mo ago', '2y ago'."""
    seconds = now.timestamp() - ts
    if seconds < 0:
        return "future"
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)}m ago"
    days = (now.date() - local_time(ts, now.tzinfo or _utc()).date()).days
    if days == 0:
        return f"{int(seconds // 3600)}h ago"
    if days < 14:
        return f"{days}d ago"
    if days < 61:
        return f"{days // 7}w ago"
    if days < 730:
        return f"{days // 30}mo ago"
    return f"{days // 365}y ago"


def _utc() -> tzinfo:
    return UTC


def minutes_text(seconds: float) -> str:
    return f"{round(seconds / 60)}m"


def time_text(row: LogRow) -> tuple[str, str]:
    """('26m/20m', '+6m'): time used against the limit, and the overtime if any."""
    base = f"{minutes_text(row.used_s)}/{minutes_text(row.limit_s)}"
    over = row.overtime_s
    return base, (f"+{math.ceil(over / 60)}m" if over > 0 else "")


def asks_text(asks: Iterable[str]) -> str:
    return ", ".join(ASK_SHORT.get(a, a) for a in asks)


def outcome_text(row: LogRow) -> str:
    return OUTCOME_LABEL.get(row.outcome, row.outcome) if row.outcome else "—"


OUTCOME_SHORT = {
    OutcomeKind.INTERVIEW_SCHEDULED.value: "interview",
    OutcomeKind.REFERRAL_MADE.value: "referral",
    OutcomeKind.ADVICE_GIVEN.value: "advice",
    OutcomeKind.FOLLOW_UP_SCHEDULED.value: "follow-up",
    OutcomeKind.RESUME_KEPT.value: "résumé kept",
    OutcomeKind.NOT_NOW.value: "not now",
    OutcomeKind.HONEST_NO.value: "honest no",
}


def short_outcome_text(row: LogRow) -> str:
    return OUTCOME_SHORT.get(row.outcome, row.outcome) if row.outcome else "—"


def promises_text(row: LogRow) -> str:
    if not row.promises:
        return ""
    return f"{row.open_promises} open" if row.open_promises else "kept"
