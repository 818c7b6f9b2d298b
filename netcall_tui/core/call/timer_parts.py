"""The pieces the call timer (`countdown.Countdown`) is built from: the default and
allowed limits, TimerState, Nudge, and `PhaseRun`, one phase's running record.

A `PhaseRun` reads its own elapsed time and holds the threshold rules, so the engine in
`countdown` only keeps the clock and moves between phases. Threshold crossings (warning,
limit, overtime repeats) are reported by `Countdown.poll()`, each once per crossing. If
several thresholds were crossed between two polls (the app was suspended, say) only the
latest is reported; the earlier ones are marked as fired, because a burst of stale nudges
helps nobody. `countdown` builds on these.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, cast

from ..domain.vocabulary import PhaseKind
from ..errors import ValidationError

if TYPE_CHECKING:
    from ..domain.stored import PhaseRecord

Clock = Callable[[], float]

DEFAULT_LIMITS: Mapping[PhaseKind, int] = {
    PhaseKind.STORY: 5 * 60,
    PhaseKind.ADVICE: 15 * 60,
    PhaseKind.INTERVIEW: 30 * 60,
}
MIN_LIMIT_S = 60  # adjust() never shortens a phase below a minute
MAX_LIMIT_S = 8 * 3600  # nor lengthens one past a working day
STATE_VERSION = 1


class TimerState(StrEnum):
    CALM = "calm"
    WARNING = "warning"  # remaining <= the warning lead
    OVER = "over"  # remaining <= 0: the limit is reached


class NudgeKind(StrEnum):
    WARNING = "warning"
    LIMIT = "limit"
    OVERTIME_REPEAT = "overtime_repeat"


@dataclass(frozen=True, slots=True)
class Nudge:
    """A threshold the current phase crossed; `repeat` counts overtime repeats (1, 2, …)."""

    kind: NudgeKind
    phase: PhaseKind
    repeat: int = 0


@dataclass(slots=True)
class PhaseRun:
    """One phase as it runs. `banked_s` is its elapsed time up to `since` (None = stopped)."""

    kind: PhaseKind
    limit_s: int
    banked_s: float = 0.0
    since: float | None = None
    warned: bool = False
    limited: bool = False
    repeats: int = 0

    def elapsed(self, clock: Clock) -> float:
        """Seconds counted in this phase; `clock` is read only while the phase runs."""
        if self.since is None:
            return self.banked_s
        # max(): a clock that steps back (not monotonic, or a bad fake) never undoes time
        return self.banked_s + max(0.0, clock() - self.since)

    def crossed(self, used: float, warning_s: int, repeat_s: int) -> Nudge | None:
        """The latest threshold crossed at `used` seconds and not yet fired; all marked fired."""
        over = used - self.limit_s
        if repeat_s > 0 and over >= repeat_s:
            count = int(over // repeat_s)
            if count > self.repeats:
                self.warned = self.limited = True
                self.repeats = count
                return Nudge(NudgeKind.OVERTIME_REPEAT, self.kind, count)
        if over >= 0 and not self.limited:
            self.warned = self.limited = True
            return Nudge(NudgeKind.LIMIT, self.kind)
        if self.in_warning(used, warning_s) and not self.warned:
            self.warned = True
            return Nudge(NudgeKind.WARNING, self.kind)
        return None

    def in_warning(self, used: float, warning_s: int) -> bool:
        return warning_s > 0 and self.limit_s - used <= warning_s

    def rearm(self, used: float, warning_s: int, repeat_s: int) -> None:
        """Mark thresholds that are ahead again (the limit moved) as not yet fired."""
        over = used - self.limit_s
        self.limited = self.limited and over >= 0
        self.warned = self.warned and (over >= 0 or self.in_warning(used, warning_s))
        if repeat_s > 0:
            self.repeats = min(self.repeats, max(0, int(over // repeat_s)))

    def to_dict(self, used: float) -> dict[str, Any]:
        """The draft form, with `used` (this phase's elapsed seconds) as its time used."""
        return {
            "kind": self.kind.value,
            "limit_s": self.limit_s,
            "used_s": round(used, 3),
            "warned": self.warned,
            "limited": self.limited,
            "repeats": self.repeats,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PhaseRun:
        from ..domain.values import Phase  # see Countdown.phases

        phase = Phase.from_dict(cast("PhaseRecord", data))  # checks kind, limit, time used
        return cls(
            phase.kind,
            phase.limit_s,
            banked_s=phase.used_s,
            warned=bool(data.get("warned", False)),
            limited=bool(data.get("limited", False)),
            repeats=int(data.get("repeats", 0)),
        )


def check_limits(limits: Mapping[PhaseKind, int]) -> dict[PhaseKind, int]:
    checked: dict[PhaseKind, int] = {}
    for kind, limit in limits.items():
        if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
            raise ValidationError(f"the {kind} limit must be a positive whole number of seconds")
        checked[PhaseKind.parse(kind)] = limit
    return checked
