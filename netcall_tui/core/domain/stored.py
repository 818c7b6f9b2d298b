"""The stored shape: how records sit on disk, and the accessors that read their fields.

Bulk readers (log rows, exports, forget, statistics) work on these records directly,
without building models; the accessors are the one place that knows how a stored time
is written.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any


def epoch(stored: Any) -> float:
    """Seconds since the epoch of a stored time ({"utc": iso, "tz": zone} or an ISO string)."""
    if isinstance(stored, dict):
        stored = stored.get("utc")
    if not stored:
        return 0.0
    return datetime.fromisoformat(str(stored)).timestamp()


def utc_text(stored: Any) -> str:
    """A stored time as UTC ISO text ('2026-11-25T11:15:00+00:00'): all such texts sort in
    time order. Records hold it as {"utc": …}; a bare ISO string (old files) is converted."""
    if isinstance(stored, dict):
        return str(stored.get("utc") or "")
    if not stored:
        return ""
    return datetime.fromisoformat(str(stored)).astimezone(UTC).isoformat()


def utc_text_of(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()
