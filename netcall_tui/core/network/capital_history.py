"""A contact's capital over time: what was left at the end of each week, for a small
chart on their detail screen (the same rule as `capital`, asked week by week)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..domain.records import Contact
from ..domain.vocabulary import Tier
from .capital import PERIOD_DAYS, capital

if TYPE_CHECKING:
    from pendulum import DateTime

WEEKS = 52


def weekly_capital(
    contact: Contact,
    now: DateTime,
    *,
    allowance: Mapping[Tier, int] | None = None,
    period_days: int = PERIOD_DAYS,
    weeks: int = WEEKS,
) -> list[int]:
    """Favours left at `now` and at each of the `weeks - 1` weeks before, oldest first."""
    return [
        capital(
            contact, now.subtract(weeks=back), allowance=allowance, period_days=period_days
        ).remaining
        for back in range(weeks - 1, -1, -1)
    ]
