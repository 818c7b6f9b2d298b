"""Timer readings as the user sees them: "04:59" left, "+01:23" over, "1:02:03".

Kept apart from the timer itself: these only turn seconds into text.
"""

from __future__ import annotations

import math


def format_clock(seconds: float) -> str:
    """A countdown reading: "04:59" left, "+01:23" over, "1:02:03" past an hour.

    Time left is rounded up, so 00:00 shows exactly when the limit is reached; overtime
    is rounded down, like any clock counting up.
    """
    if seconds > 0:
        return _hms(math.ceil(seconds))
    return "+" + _hms(math.floor(-seconds)) if seconds < 0 else "00:00"


def format_duration(seconds: float) -> str:
    """Time used, rounded down: "06:12", "1:00:05"."""
    return _hms(math.floor(max(0.0, seconds)))


def _hms(total: int) -> str:
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def minutes_text(seconds: float) -> str:
    """'16s' under a minute (a short call is not '0m'), else whole minutes: '5m'."""
    if seconds < 59.5:
        return f"{max(0, math.floor(seconds))}s"
    return f"{round(seconds / 60)}m"
