"""Networking capital: favours against a per-tier allowance; which contact a referral
went to."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.domain.records import Call, Contact
from netcall_tui.core.domain.values import LedgerEntry, Outcome
from netcall_tui.core.domain.vocabulary import LedgerKind, OutcomeKind, Tier
from netcall_tui.core.network.capital import ALLOWANCE, capital, referred_contact

NOW = pendulum.datetime(2026, 11, 26, 12, tz="Europe/Paris")


def entry(kind: LedgerKind | str, days_ago: float) -> LedgerEntry:
    return LedgerEntry(kind, NOW.subtract(days=days_ago))  # type: ignore[arg-type]


def contact(tier: Tier, *entries: LedgerEntry) -> Contact:
    return Contact("Grace Hopper", tier, ledger=entries)


def test_untouched_contacts_have_their_full_allowance() -> None:
    for tier in Tier:
        got = capital(contact(tier), NOW)
        assert got.remaining == got.allowance == ALLOWANCE[tier]
        assert (got.used, got.good, got.bad) == (0, 0, 0)
        assert got.frees_at is None
        assert got.fraction_left == 1.0
    assert ALLOWANCE[Tier.TREASURED] < ALLOWANCE[Tier.TRUSTED] < ALLOWANCE[Tier.ACQUAINTANCE]


def test_favours_use_it_up() -> None:
    got = capital(contact(Tier.TREASURED, entry("favour", 10), entry("favour", 40)), NOW)
    assert got.used == 2
    assert got.remaining == 0
    assert got.exhausted and not got.overdrawn
    assert got.frees_at == NOW.subtract(days=40).add(days=90)


def test_old_favours_fall_out_of_the_period() -> None:
    got = capital(contact(Tier.TREASURED, entry("favour", 100), entry("favour", 5)), NOW)
    assert got.used == 1
    assert got.remaining == 1


def test_future_entries_do_not_count() -> None:
    got = capital(contact(Tier.TRUSTED, entry(LedgerKind.FAVOUR, -3)), NOW)
    assert got.used == 0


def test_good_results_give_back_but_never_above_allowance() -> None:
    trusted = contact(
        Tier.TRUSTED,
        entry(LedgerKind.FAVOUR, 30),
        entry(LedgerKind.FAVOUR, 20),
        entry(LedgerKind.GOOD_RESULT, 5),
    )
    assert capital(trusted, NOW).remaining == 3
    lucky = contact(Tier.TRUSTED, entry(LedgerKind.GOOD_RESULT, 5), entry("good_result", 3))
    assert capital(lucky, NOW).remaining == 4
    assert capital(lucky, NOW).good == 2


def test_bad_results_cost_extra_and_can_overdraw() -> None:
    treasured = contact(
        Tier.TREASURED,
        entry(LedgerKind.FAVOUR, 30),
        entry(LedgerKind.FAVOUR, 20),
        entry(LedgerKind.BAD_RESULT, 5),
    )
    got = capital(treasured, NOW)
    assert got.bad == 1
    assert got.remaining == -1
    assert got.overdrawn
    assert got.fraction_left == 0.0


def test_allowance_and_period_can_be_overridden() -> None:
    c = contact(Tier.ACQUAINTANCE, entry("favour", 100), entry("favour", 10))
    got = capital(c, NOW, allowance={Tier.ACQUAINTANCE: 3}, period_days=365)
    assert (got.allowance, got.used, got.remaining) == (3, 2, 1)
    partial = capital(c, NOW, allowance={Tier.TREASURED: 1})  # other tiers keep defaults
    assert partial.allowance == ALLOWANCE[Tier.ACQUAINTANCE]


def referral(detail: str, contact_id: str = "") -> Call:
    outcome = Outcome(OutcomeKind.REFERRAL_MADE, detail, contact_id=contact_id)
    return Call("p1", "Dana Whitfield", NOW, outcome=outcome)


def test_a_referral_goes_to_its_contact_id_or_else_the_name_in_its_text() -> None:
    priya = Contact("Priya Shah", id="k1")
    short = Contact("Priya", id="k2")
    sam = Contact("Sam Rivera", id="k3")
    everyone = [short, priya, sam]
    assert referred_contact(referral("priya shah at Northwind"), everyone) == priya
    assert referred_contact(referral("Priya"), everyone) == short
    assert referred_contact(referral("someone at Acme"), everyone) is None
    # once resolved, the id decides, whatever the text says
    assert referred_contact(referral("Priya Shah", contact_id="k3"), everyone) == sam
    assert referred_contact(referral("Priya Shah", contact_id="gone"), everyone) is None
    assert referred_contact(Call("p1", "Dana", NOW), everyone) is None


# --- period edges with pendulum: DST, month ends, zones ----------------------------

LONDON = "Europe/London"


def favour_at(at: pendulum.DateTime) -> LedgerEntry:
    return LedgerEntry(LedgerKind.FAVOUR, at)


@pytest.mark.parametrize(
    ("at", "frees"),
    [
        # spring forward (29 Mar 2026) inside the period: the wall time stays 10:00
        (
            pendulum.datetime(2026, 3, 1, 10, tz=LONDON),
            pendulum.datetime(2026, 5, 30, 10, tz=LONDON),
        ),
        # fall back (25 Oct 2026) inside the period
        (
            pendulum.datetime(2026, 8, 1, 10, tz=LONDON),
            pendulum.datetime(2026, 10, 30, 10, tz=LONDON),
        ),
        # month ends: 31 Jan + 90 days is 1 May; 30 Nov + 90 days crosses a year end
        (pendulum.datetime(2026, 1, 31, 9, tz=LONDON), pendulum.datetime(2026, 5, 1, 9, tz=LONDON)),
        (
            pendulum.datetime(2026, 11, 30, 23, 59, tz=LONDON),
            pendulum.datetime(2027, 2, 28, 23, 59, tz=LONDON),
        ),
        # a leap day
        (
            pendulum.datetime(2028, 2, 29, 12, tz=LONDON),
            pendulum.datetime(2028, 5, 29, 12, tz=LONDON),
        ),
    ],
)
def test_a_favour_frees_up_exactly_when_it_leaves_the_period(at, frees) -> None:
    treasured = contact(Tier.TREASURED, favour_at(at))
    before = capital(treasured, frees.subtract(seconds=1))
    assert (before.used, before.remaining) == (1, 1)
    assert before.frees_at == frees
    after = capital(treasured, frees)
    assert (after.used, after.remaining, after.frees_at) == (0, 2, None)


def test_a_favour_kept_in_utc_frees_up_by_the_local_calendar() -> None:
    """frees_at was worked out in the entry's own zone: a favour stored in UTC said it
    freed at 11:00 across a spring clock change, while it was free from 10:00."""
    at = pendulum.datetime(2026, 3, 1, 10, tz="UTC")  # 10:00 in London too (GMT)
    treasured = contact(Tier.TREASURED, favour_at(at))
    now = pendulum.datetime(2026, 5, 30, 9, 30, tz=LONDON)
    got = capital(treasured, now)
    assert got.used == 1
    assert got.frees_at == pendulum.datetime(2026, 5, 30, 10, tz=LONDON)
    assert capital(treasured, got.frees_at).used == 0
    assert capital(treasured, got.frees_at.subtract(seconds=1)).used == 1


def test_an_entry_on_the_periods_first_instant_has_left_it() -> None:
    now = pendulum.datetime(2026, 3, 31, 12, tz=LONDON)  # after the change, in BST
    edge = now.subtract(days=90)  # 31 Dec 12:00 GMT
    assert capital(contact(Tier.TRUSTED, favour_at(edge)), now).used == 0
    assert capital(contact(Tier.TRUSTED, favour_at(edge.add(seconds=1))), now).used == 1


def test_a_favour_repaid_by_a_good_result_has_nothing_to_free() -> None:
    """'4/4 frees 7 Dec' said a favour would free up for a contact with all left."""
    repaid = (
        LedgerEntry(LedgerKind.FAVOUR, NOW.subtract(days=30)),
        LedgerEntry(LedgerKind.GOOD_RESULT, NOW.subtract(days=5)),
    )
    got = capital(Contact("Colette", Tier.TRUSTED, ledger=repaid), NOW)
    assert (got.remaining, got.used, got.frees_at) == (4, 1, None)
