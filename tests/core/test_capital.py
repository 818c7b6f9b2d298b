"""Networking capital: favours against a per-tier allowance; which contact a referral
went to."""

from __future__ import annotations

import pendulum

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
