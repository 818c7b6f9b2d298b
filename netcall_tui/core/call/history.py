"""What happened with a caller before: what you need to answer them consistently."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.vocabulary import PhaseKind

if TYPE_CHECKING:
    from ..domain.records import Call, Promise


def had_interview(call: Call) -> bool:
    """A sit-down happened in this call: it has an interview phase that was used."""
    return any(p.kind is PhaseKind.INTERVIEW and p.used_s > 0 for p in call.phases)


@dataclass(frozen=True, slots=True)
class CallerHistory:
    """Earlier calls (newest first) and the promises still open to this caller."""

    calls: tuple[Call, ...] = ()
    open_promises: tuple[Promise, ...] = ()

    @property
    def count(self) -> int:
        return len(self.calls)

    @property
    def interview_on_record(self) -> bool:
        return any(had_interview(call) for call in self.calls)

    @classmethod
    def build(cls, calls: Iterable[Call], promises: Iterable[Promise]) -> CallerHistory:
        ordered = sorted(calls, key=lambda c: c.started_at.timestamp(), reverse=True)
        still_open = sorted((p for p in promises if p.open), key=lambda p: p.due.timestamp())
        return cls(tuple(ordered), tuple(still_open))
