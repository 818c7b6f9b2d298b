"""Durations as a sentence says them: "15 seconds", "1 minute", "2 minutes 30 seconds"."""

from __future__ import annotations

import math


def spoken_duration(seconds: float) -> str:
    """Rounded up to the second, so "time left" never says less than is left."""
    total = max(0, math.ceil(seconds - 1e-9))
    minutes, secs = divmod(total, 60)
    parts = [_count(minutes, "minute")] if minutes else []
    if secs or not minutes:
        parts.append(_count(secs, "second"))
    return " ".join(parts)


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"
