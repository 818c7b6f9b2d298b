"""Wall-clock times: pendulum in memory, UTC ISO-8601 plus the zone name on disk.

pendulum is imported when first needed, not with this module: the import costs ~30 ms
(dateutil, its compiled core, zone data) and the console's first frame shows no
wall-clock time. So the modules on the start-up path reach pendulum only through these
functions and name its types under TYPE_CHECKING; the log is read (and pendulum
imported) after the first frame.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ..errors import ValidationError
from .stored import StoredMoment

if TYPE_CHECKING:
    from pendulum import DateTime


def now() -> DateTime:
    """The current local time, aware."""
    import pendulum

    return pendulum.now()


def local_zone_name() -> str:
    import pendulum

    return pendulum.local_timezone().name


@overload
def to_record(moment: DateTime) -> StoredMoment: ...


@overload
def to_record(moment: DateTime | None) -> StoredMoment | None: ...


def to_record(moment: DateTime | None) -> StoredMoment | None:
    """Store a moment as UTC ISO-8601 and the zone it was taken in, so it reads back aware."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValidationError(f"time {moment!r} has no time zone")
    zone = getattr(moment.tzinfo, "name", None) or "UTC"
    return {"utc": moment.in_timezone("UTC").isoformat(), "tz": zone}


def from_record(value: Any) -> DateTime | None:
    """Read a moment written by `to_record` (or a bare ISO string) back in its own zone."""
    if value is None:
        return None
    import pendulum

    if isinstance(value, str):
        parsed = pendulum.parse(value)
        if not isinstance(parsed, pendulum.DateTime):
            raise ValidationError(f"not a date and time: {value!r}")
        return parsed
    if isinstance(value, dict) and "utc" in value:
        parsed = pendulum.parse(value["utc"])
        if not isinstance(parsed, pendulum.DateTime):
            raise ValidationError(f"not a date and time: {value!r}")
        zone = value.get("tz") or "UTC"
        try:
            return parsed.in_timezone(zone)
        except Exception:  # unknown zone on this machine: keep UTC, never lose the moment
            return parsed
    raise ValidationError(f"not a stored time: {value!r}")
