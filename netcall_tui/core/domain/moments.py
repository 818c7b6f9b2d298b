"""Wall-clock times: pendulum in memory, UTC ISO-8601 plus the zone name on disk.

pendulum is imported when first needed, not with this module: the import costs ~30 ms
(dateutil, its compiled core, zone data) and the console's first frame shows no
wall-clock time. So the modules on the start-up path reach pendulum only through these
functions and name its types under TYPE_CHECKING; the log is read (and pendulum
imported) after the first frame.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, overload

from ..errors import ValidationError
from .stored import StoredMoment

if TYPE_CHECKING:
    from pendulum import DateTime, FixedTimezone, Timezone

_OFFSET = re.compile(r"(?P<sign>[+-])(?P<h>\d\d):(?P<m>\d\d)")


def now() -> DateTime:
    """The current local time, aware."""
    import pendulum

    return pendulum.now()


def local_zone_name() -> str:
    from pendulum.tz import local_timezone

    return local_timezone().name


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


def parse_iso(text: str) -> DateTime:
    """An ISO-8601 date and time, in the offset it names (UTC if none); ValidationError
    if `text` is not one."""
    import pendulum

    try:
        parsed = pendulum.parse(text)
    except ValueError:
        parsed = None
    if not isinstance(parsed, pendulum.DateTime):
        raise ValidationError(f"not a date and time: {text!r}")
    return parsed


def from_record(value: StoredMoment | None) -> DateTime | None:
    """Read a moment written by `to_record` back in its own zone."""
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("utc"), str):
        raise ValidationError(f"not a stored time: {value!r}")
    parsed = parse_iso(value["utc"])
    zone = value.get("tz") or "UTC"
    try:
        return parsed.in_timezone(_zone(zone))
    except Exception:  # unknown zone on this machine: keep UTC, never lose the moment
        return parsed


def _zone(name: str) -> Timezone | FixedTimezone:
    """A zone by name; a fixed offset ('+02:00', as `to_record` writes one) too."""
    import pendulum

    offset = _OFFSET.fullmatch(name)
    if offset is None:
        return pendulum.timezone(name)
    sign = -1 if offset["sign"] == "-" else 1
    return pendulum.FixedTimezone(sign * (int(offset["h"]) * 3600 + int(offset["m"]) * 60))
