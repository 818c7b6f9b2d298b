"""Your reputation as a referrer: of the referrals that closed, the share that went well
(hired or a good meeting), overall and per contact — an ATS's "candidate quality by
referrer", turned round to the person who refers (habit 4).

Read from stored referral records (no models): the referrals view and the contacts list
count thousands at each open.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..domain.referral import BAD_RESULTS, GOOD_RESULTS, OPEN_STATES
from ..domain.stored import ReferralRecord
from ..domain.vocabulary import ReferralResult, ReferralState
from ..text.counts import counted

_GOOD = frozenset(r.value for r in GOOD_RESULTS)
_BAD = frozenset(r.value for r in BAD_RESULTS)
_OPEN = frozenset(s.value for s in OPEN_STATES)


@dataclass(frozen=True, slots=True)
class Reputation:
    """Counts of referrals by where they stand and, once closed, by result."""

    results: Mapping[str, int] = field(default_factory=dict)  # result value -> closed count
    open: int = 0
    declined: int = 0

    @property
    def closed(self) -> int:
        return sum(self.results.values())

    @property
    def good(self) -> int:
        return sum(n for result, n in self.results.items() if result in _GOOD)

    @property
    def bad(self) -> int:
        return sum(n for result, n in self.results.items() if result in _BAD)

    @property
    def share_good(self) -> float | None:
        """The share of closed referrals that went well; None before any closed."""
        return self.good / self.closed if self.closed else None

    def count(self, result: ReferralResult) -> int:
        return self.results.get(result.value, 0)

    def line(self) -> str:
        """'12 referrals closed · 75% went well · 3 open'."""
        share = self.share_good
        if share is None:
            parts = ["No referral closed yet"]
        else:
            parts = [f"{counted(self.closed, 'referral', 'referrals')} closed"]
            parts.append(f"{round(share * 100)}% went well")
            if self.bad:
                parts.append(f"{self.bad} reflected badly")
        if self.open:
            parts.append(f"{self.open} open")
        if self.declined:
            parts.append(f"{self.declined} declined")
        return " · ".join(parts)


def _tally(records: Iterable[ReferralRecord]) -> Reputation:
    results: Counter[str] = Counter()
    open_, declined = 0, 0
    for record in records:
        state = record.get("state", "")
        if state == ReferralState.CLOSED.value:
            results[record.get("result", "") or ReferralResult.WENT_NOWHERE.value] += 1
        elif state in _OPEN:
            open_ += 1
        elif state == ReferralState.DECLINED.value:
            declined += 1
    return Reputation(dict(results), open_, declined)


def reputation(records: Iterable[ReferralRecord]) -> Reputation:
    """Yours, over every referral."""
    return _tally(records)


def by_contact(records: Iterable[ReferralRecord]) -> dict[str, Reputation]:
    """Each contact's (by contact id; "" for referrals to someone not in your contacts)."""
    grouped: dict[str, list[ReferralRecord]] = {}
    for record in records:
        grouped.setdefault(record.get("contact_id", ""), []).append(record)
    return {contact_id: _tally(found) for contact_id, found in grouped.items()}
