"""What happened with a caller before: what you need to answer them consistently."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.sitdown import sit_down_needs_s
from ..domain.vocabulary import PhaseKind, PromiseKind

if TYPE_CHECKING:
    from ..domain.promise import Promise
    from ..domain.records import Call
    from ..domain.values import Phase


def interview_needs_s(phases: Iterable[Phase]) -> float:
    """Seconds of interview phase that make a sit-down: half its (largest) limit."""
    limits = [p.limit_s for p in phases if p.kind is PhaseKind.INTERVIEW]
    return sit_down_needs_s(max(limits)) if limits else 0.0


def interview_used_s(phases: Iterable[Phase]) -> float:
    """Seconds spent in the interview phase (a call may go back to it after advice)."""
    return sum(p.used_s for p in phases if p.kind is PhaseKind.INTERVIEW)


def interview_took_place(phases: Iterable[Phase]) -> bool:
    """A sit-down happened in a call with these phases (core.domain.sitdown's rule)."""
    phases = tuple(phases)
    needed = interview_needs_s(phases)
    return needed > 0 and interview_used_s(phases) >= needed


def had_interview(call: Call) -> bool:
    """A sit-down happened in this call (see `interview_took_place`)."""
    return interview_took_place(call.phases)


@dataclass(frozen=True, slots=True)
class CallerHistory:
    """Earlier calls (newest first), the promises still open to this caller, and their
    information-interview promises marked held."""

    calls: tuple[Call, ...] = ()
    open_promises: tuple[Promise, ...] = ()
    held_interviews: tuple[Promise, ...] = ()

    @property
    def count(self) -> int:
        return len(self.calls)

    @property
    def interview_on_record(self) -> bool:
        """A sit-down took place: in an earlier call (`had_interview`), or an
        information-interview promise was marked held (met outside a logged call). The
        one place the referral gate asks."""
        return bool(self.held_interviews) or any(had_interview(call) for call in self.calls)

    @classmethod
    def build(cls, calls: Iterable[Call], promises: Iterable[Promise]) -> CallerHistory:
        ordered = sorted(calls, key=lambda c: c.started_at.timestamp(), reverse=True)
        promises = tuple(promises)
        still_open = sorted((p for p in promises if p.open), key=lambda p: p.due.timestamp())
        held = (p for p in promises if p.held and p.kind is PromiseKind.INTERVIEW)
        return cls(tuple(ordered), tuple(still_open), tuple(held))
