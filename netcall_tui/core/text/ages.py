"""One way to say a time: exact ("Tue 3 Jun 2025 14:30"), an age ("3 days ago"), short
("3d ago"). The caller card, the log, the detail view and the exports all say it so.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo


def local_time(ts: float, zone: tzinfo | None) -> datetime:
    """The moment in `zone` (UTC when the zone is unknown, never the machine's naive time)."""
    return datetime.fromtimestamp(ts, zone or UTC)


def exact_text(ts: float, zone: tzinfo | None) -> str:
    """'Tue 3 Jun 2025 14:30', in the given zone."""
    moment = local_time(ts, zone)
    return f"{moment:%a} {moment.day} {moment:%b %Y %H:%M}"


def day_text(moment: datetime, now: datetime, *, clock: bool = False) -> str:
    """'Mon 2 Dec', with the year when it is not this year ('Mon 2 Dec 2024'), and with
    `clock` the time too ('Thu 3 Dec 14:00'); in `now`'s zone."""
    local = moment.astimezone(now.tzinfo or UTC)
    text = f"{local:%a} {local.day} {local:%b}"
    if local.year != now.year:
        text += f" {local.year}"
    return f"{text} {local:%H:%M}" if clock else text


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
    days = abs((now.date() - local_time(ts, now.tzinfo or UTC).date()).days)
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
    days = (now.date() - local_time(ts, now.tzinfo or UTC).date()).days
    if days == 0:
        return f"{int(seconds // 3600)}h ago"
    if days < 14:
        return f"{days}d ago"
    if days < 61:
        return f"{days // 7}w ago"
    if days < 730:
        return f"{days // 30}mo ago"
    return f"{days // 365}y ago"
