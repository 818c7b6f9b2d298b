"""The important-favour question: when a referral asks it, what it says, and when the
next favour frees up."""

from __future__ import annotations

import pendulum

from netcall_tui.core.domain.records import Contact
from netcall_tui.core.domain.values import LedgerEntry
from netcall_tui.core.domain.vocabulary import LedgerKind, Tier
from netcall_tui.core.network.favour_check import favour_question, next_favour_at, question_text

NOW = pendulum.datetime(2026, 11, 26, 10, 30, tz="Europe/London")


def ago(kind: LedgerKind, days: int) -> LedgerEntry:
    return LedgerEntry(kind, NOW.subtract(days=days))


def test_an_everyday_favour_asks_nothing() -> None:
    assert favour_question(Contact("Sam", Tier.TRUSTED), NOW) is None
    one_left = Contact("Sam", Tier.ACQUAINTANCE, ledger=(ago(LedgerKind.FAVOUR, 3),) * 5)
    assert favour_question(one_left, NOW) is None


def test_a_treasured_contact_always_asks() -> None:
    question = favour_question(Contact("Grace Hopper", Tier.TREASURED), NOW)
    assert question is not None and question.treasured and not question.overdraws
    assert question.frees_at is None  # nothing used: nothing to free
    text = question_text(question, NOW, 90)
    assert text.startswith("Grace Hopper is one of your treasured contacts: 2 of 2 left")
    assert "frees up" not in text
    assert "Tap them only for an important favour. Is it an important favour?" in text


def test_a_spent_contact_asks_and_says_when_the_next_favour_frees_up() -> None:
    spent = Contact(
        "Sam", Tier.TRUSTED, ledger=tuple(ago(LedgerKind.FAVOUR, d) for d in (5, 20, 30, 60))
    )
    question = favour_question(spent, NOW)
    assert question is not None and question.overdraws and not question.treasured
    assert question.frees_at == NOW.subtract(days=60).add(days=90)
    text = question_text(question, NOW, 90)
    assert "Sam has no favours left: 0 of 4 left (4 favours asked in the last 90 days)." in text
    assert "The next favour frees up on Sat 26 Dec." in text
    assert "This one would overdraw them." in text


def test_an_overdrawn_contact_frees_up_when_it_is_back_above_zero() -> None:
    """A bad result costs one more: the oldest favour leaving is not yet enough."""
    ledger = (
        ago(LedgerKind.FAVOUR, 80),
        ago(LedgerKind.FAVOUR, 70),
        ago(LedgerKind.BAD_RESULT, 50),
    )
    grace = Contact("Grace", Tier.TREASURED, ledger=ledger)
    question = favour_question(grace, NOW)
    assert question is not None and question.capital.remaining == -1
    # 80 days ago + 90 -> back to 0; 70 days ago + 90 -> 1 left: that is the next favour
    assert question.frees_at == NOW.subtract(days=70).add(days=90)
    assert "overdrawn by 1" in question_text(question, NOW, 90)


def test_nothing_frees_up_by_itself_when_no_entry_will_leave() -> None:
    broke = Contact("Ana", Tier.TREASURED, ledger=(ago(LedgerKind.FAVOUR, 1),) * 2)
    assert next_favour_at(broke, NOW, period_days=90) == NOW.subtract(days=1).add(days=90)
    empty_allowance = favour_question(Contact("Ana", Tier.TRUSTED), NOW, allowance={"trusted": 0})
    assert empty_allowance is not None and empty_allowance.frees_at is None
    text = question_text(empty_allowance, NOW, 90)
    assert "None frees up by itself: a referral that goes well gives one back." in text


def test_the_configs_allowance_and_period_are_used() -> None:
    sam = Contact("Sam", Tier.TRUSTED, ledger=(ago(LedgerKind.FAVOUR, 20),))
    assert favour_question(sam, NOW, allowance={"trusted": 1}) is not None
    assert favour_question(sam, NOW, allowance={"trusted": 1}, period_days=10) is None


def test_a_favour_repaid_by_a_good_result_says_so_beside_the_count() -> None:
    """'2 of 2 left (1 favour asked…)' read as a sum gone wrong: the result that gave
    the favour back is named with it."""
    repaid = (ago(LedgerKind.FAVOUR, 40), ago(LedgerKind.GOOD_RESULT, 10))
    question = favour_question(Contact("Margaret", Tier.TREASURED, ledger=repaid), NOW)
    assert question is not None
    text = question_text(question, NOW, 90)
    assert "2 of 2 left (1 favour asked, 1 good result giving back in the last 90 days)" in text
