"""Reputation: the share of closed referrals that went well, overall and per contact."""

from __future__ import annotations

from netcall_tui.core.domain.vocabulary import ReferralResult
from netcall_tui.core.network.reputation import by_contact, reputation


def record(contact: str, state: str, result: str = "") -> dict[str, str]:
    return {"contact_id": contact, "state": state, "result": result}


RECORDS = [
    record("dana", "closed", "hired"),
    record("dana", "closed", "good_meeting"),
    record("dana", "closed", "reflected_badly"),
    record("dana", "asked"),
    record("priya", "closed", "went_nowhere"),
    record("priya", "declined"),
    record("priya", "introduced"),
    record("priya", "agreed"),
]


def test_overall_counts_closed_by_result_and_the_share_that_went_well() -> None:
    rep = reputation(RECORDS)  # type: ignore[arg-type]
    assert (rep.closed, rep.good, rep.bad, rep.open, rep.declined) == (4, 2, 1, 3, 1)
    assert rep.count(ReferralResult.WENT_NOWHERE) == 1
    assert rep.share_good == 0.5
    assert (
        rep.line() == "4 referrals closed · 50% went well · 1 reflected badly · 3 open · 1 declined"
    )


def test_per_contact() -> None:
    found = by_contact(RECORDS)  # type: ignore[arg-type]
    assert round((found["dana"].share_good or 0) * 100) == 67
    assert found["priya"].share_good == 0.0 and found["priya"].open == 2


def test_nothing_closed_yet_says_so() -> None:
    rep = reputation([record("dana", "asked")])  # type: ignore[arg-type]
    assert rep.share_good is None and rep.line() == "No referral closed yet · 1 open"
    assert reputation([]).line() == "No referral closed yet"
