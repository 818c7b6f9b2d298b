"""The promises view under test: a real store with the demo half-year and a promise in
each group (overdue from last year, today, this week, later, a referral's step)."""

from __future__ import annotations

import pytest

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.vocabulary import PromiseKind
from netcall_tui.store.db import Store

from ..helpers import FROZEN, add_call, seed

# FROZEN is Thursday 26 November 2026, 10:30 in London.
TODAY = FROZEN.at(17)
WEEK = FROZEN.add(days=2).at(17)  # Saturday
LAST_YEAR = FROZEN.subtract(years=1).add(days=4).at(17)  # Sunday 30 November 2025: overdue a year


@pytest.fixture
def seeded(store: Store) -> Store:
    seed(store)
    extra(store)
    return store


def extra(store: Store) -> None:
    """What the demo lacks: a promise due today, one this week, one from last year, and
    a referral's next step owed to a contact."""
    dana = add_call(store, "Dana Whitfield", days_ago=2)
    store.promises.add(
        Promise("Send Dana the list of logistics groups", TODAY, dana.caller_id, dana.id)
    )
    sam = add_call(store, "Sam Okafor", days_ago=400)
    store.promises.add(Promise("Send Sam the salary survey", LAST_YEAR, sam.caller_id, sam.id))
    store.promises.add(Promise("Read Dana's cover letter", WEEK, dana.caller_id, dana.id))
    referral = next(r for r in store.referrals.all() if r.open)
    store.promises.add(
        Promise(
            f"Ask {referral.contact_name} whether they'll meet {referral.caller_name}",
            WEEK.add(hours=1),
            referral.caller_id,
            referral.call_id,
            referral_id=referral.id,
            kind=PromiseKind.REFERRAL,
        )
    )
