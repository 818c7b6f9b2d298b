"""Networking capital: how many more favours a contact can bear (habit 4).

Each tier has an allowance of favours per rolling period (default 90 days). Favours
asked in the period use it up; a referral that went well gives one back (it repays a
favour, it never grows the allowance); one that went badly costs one more. The balance
can go below zero: that is an overdrawn contact, shown as such rather than hidden.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.matching import named_in
from ..domain.records import Call, Contact
from ..domain.vocabulary import LedgerKind, OutcomeKind, Tier

if TYPE_CHECKING:
    from pendulum import DateTime

PERIOD_DAYS = 90
ALLOWANCE: Mapping[Tier, int] = {Tier.TREASURED: 2, Tier.TRUSTED: 4, Tier.ACQUAINTANCE: 6}
# Favours per tier: by Tier, or by its value as the config's [capital] gives it.
Allowance = Mapping[Tier, int] | Mapping[str, int]
GOOD_CREDIT = 1
BAD_COST = 1


@dataclass(frozen=True, slots=True)
class Capital:
    remaining: int  # favours you can still ask in this period; negative = overdrawn
    allowance: int
    used: int  # favours asked in the period
    good: int  # referrals that went well in the period
    bad: int  # referrals that went badly in the period
    # When the oldest favour in the period drops out; None while the allowance is whole
    # (a favour repaid by a good result has nothing left to free).
    frees_at: DateTime | None = None

    @property
    def exhausted(self) -> bool:
        return self.remaining <= 0

    @property
    def overdrawn(self) -> bool:
        return self.remaining < 0

    @property
    def fraction_left(self) -> float:
        return max(0.0, self.remaining / self.allowance) if self.allowance else 0.0


def capital(
    contact: Contact,
    now: DateTime,
    *,
    allowance: Allowance | None = None,
    period_days: int = PERIOD_DAYS,
) -> Capital:
    """The contact's capital at `now`, counting ledger entries of the last `period_days`."""
    limit = (allowance or ALLOWANCE).get(contact.tier, ALLOWANCE[contact.tier])
    since = now.subtract(days=period_days)  # calendar days: DST doesn't shift the edge
    # parse(): LedgerEntry does not normalise its kind, so a plain string may arrive
    recent = [(LedgerKind.parse(e.kind), e.at) for e in contact.ledger if since < e.at <= now]
    favours = sorted(at for kind, at in recent if kind is LedgerKind.FAVOUR)
    good = sum(1 for kind, _ in recent if kind is LedgerKind.GOOD_RESULT)
    bad = sum(1 for kind, _ in recent if kind is LedgerKind.BAD_RESULT)
    remaining = min(limit, limit - len(favours) + GOOD_CREDIT * good - BAD_COST * bad)
    # In now's zone: the period's edge is counted in its calendar days, so an entry kept
    # in UTC (or another zone) frees up when `since` passes it, not an hour off at DST.
    spent = favours and remaining < limit
    frees_at = dropped_out(favours[0], now, period_days) if spent else None
    return Capital(remaining, limit, len(favours), good, bad, frees_at)


def dropped_out(at: DateTime, now: DateTime, period_days: int) -> DateTime:
    """When an entry made `at` leaves the period `capital` counts at times like `now`."""
    return at.in_timezone(now.timezone or "UTC").add(days=period_days)


def referred_contact(call: Call, contacts: Iterable[Contact]) -> Contact | None:
    """The contact a referral went to: the outcome's `contact_id`, or else the one its
    "to whom" text names (see `matching.named_in`: an exact name, or the longest contact
    name written in it, "Priya Shah at Northwind")."""
    outcome = call.outcome
    if outcome is None or outcome.kind is not OutcomeKind.REFERRAL_MADE:
        return None
    if outcome.contact_id:
        return next((c for c in contacts if c.id == outcome.contact_id), None)
    by_name: dict[str, Contact] = {}
    for contact in contacts:
        by_name.setdefault(contact.name, contact)
    name = named_in(outcome.detail, by_name)
    return None if name is None else by_name[name]
