"""A referral's moves and what each implies: step promises, the favour given back on a
decline, a result in the contact's ledger; the undo of each; dates across DST."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Contact
from netcall_tui.core.domain.referral import NEXT, Referral, ReferralStep
from netcall_tui.core.domain.values import LedgerEntry
from netcall_tui.core.domain.vocabulary import LedgerKind, ReferralResult, ReferralState
from netcall_tui.core.errors import ValidationError
from netcall_tui.core.network.capital import capital
from netcall_tui.core.network.referral_moves import moved, undone
from netcall_tui.core.network.referrals import next_step

S = ReferralState
AT = pendulum.datetime(2026, 10, 20, 10, tz="Europe/London")  # BST; clocks go back 25 Oct


def asked() -> Referral:
    return Referral("call1", "p1", "Sam Rivera", "k1", "Dana Lee", (ReferralStep(S.ASKED, AT),))


def dana(ref: Referral) -> Contact:
    favour = LedgerEntry(LedgerKind.FAVOUR, AT, "Sam Rivera", "call1")
    return Contact("Dana Lee", id="k1", ledger=(favour,))


def in_state(state: ReferralState) -> Referral:
    """A referral that reached `state` by allowed moves."""
    path = {
        S.ASKED: [],
        S.AGREED: [S.AGREED],
        S.DECLINED: [S.DECLINED],
        S.INTRODUCED: [S.AGREED, S.INTRODUCED],
        S.CLOSED: [S.AGREED, S.INTRODUCED, S.CLOSED],
    }[state]
    ref = asked()
    for day, step in enumerate(path, start=1):
        result = ReferralResult.GOOD_MEETING if step is S.CLOSED else None
        ref = ref.moved(step, AT.add(days=day), result=result)
    return ref


@pytest.mark.parametrize("start", list(S))
@pytest.mark.parametrize("target", list(S))
def test_every_move_is_allowed_or_refused_by_the_table(start: S, target: S) -> None:
    ref = in_state(start)
    result = ReferralResult.HIRED if target is S.CLOSED else None
    if target in NEXT[start]:
        move = moved(ref, target, AT.add(days=9), result=result, ask_again_days=7)
        assert move.referral.state is target and move.referral.result is result
    else:
        with pytest.raises(ValidationError, match="cannot become"):
            moved(ref, target, AT.add(days=9), result=result, ask_again_days=7)


def test_closing_needs_a_result_and_only_closing_takes_one() -> None:
    introduced = in_state(S.INTRODUCED)
    with pytest.raises(ValidationError, match="needs its result"):
        moved(introduced, S.CLOSED, AT, ask_again_days=7)
    with pytest.raises(ValidationError, match="only closing"):
        moved(asked(), S.AGREED, AT, result=ReferralResult.HIRED, ask_again_days=7)


def test_agreeing_keeps_the_ask_again_promise_and_makes_the_introduce_one() -> None:
    ref = asked()
    step = next_step(ref, 7)
    assert step is not None
    at = AT.add(days=3)
    move = moved(ref, S.AGREED, at, note="said yes", steps=[step], ask_again_days=7)
    (kept,) = move.kept
    assert kept.id == step.id and kept.done_at == at
    assert move.added is not None and move.added.referral_id == ref.id
    assert move.added.text == "Introduce Sam Rivera to Dana Lee"
    assert move.referral.steps[-1].note == "said yes" and move.contact is None


def test_a_due_date_across_the_clocks_going_back_keeps_the_hour() -> None:
    ref = asked()  # 20 Oct 10:00 BST; a week on is 27 Oct 10:00 GMT, 169 hours later
    step = next_step(ref, 7)
    assert step is not None and step.due.hour == 10 and step.due.day == 27
    assert (step.due - ref.since).in_hours() == 169
    move = moved(ref, S.AGREED, AT.add(days=4), ask_again_days=3)  # 24 Oct BST -> 27 GMT
    assert move.added is not None and (move.added.due.day, move.added.due.hour) == (27, 10)


def test_a_decline_gives_the_favour_back_and_makes_no_promise() -> None:
    ref = asked()
    contact = dana(ref)
    now = AT.add(days=2)
    before = capital(contact, now)
    move = moved(ref, S.DECLINED, now, contact=contact, ask_again_days=7)
    assert move.added is None and move.contact is not None
    assert move.contact.ledger == ()
    assert capital(move.contact, now).remaining == before.remaining + 1


@pytest.mark.parametrize("call_id", ["call1", ""])  # "": a résumé passed on outside a call
def test_a_decline_gives_back_its_own_favour_only(call_id: str) -> None:
    ref = Referral(call_id, "p1", "Sam Rivera", "k1", "Dana Lee", (ReferralStep(S.ASKED, AT),))
    other = LedgerEntry(LedgerKind.FAVOUR, AT.subtract(days=3), "Kim Ode", call_id)
    own = LedgerEntry(LedgerKind.FAVOUR, AT, "Sam Rivera", call_id)
    contact = Contact("Dana Lee", id="k1", ledger=(other, own))
    move = moved(ref, S.DECLINED, AT.add(days=2), contact=contact, ask_again_days=7)
    assert move.contact is not None and move.contact.ledger == (other,)
    back = undone(move.referral, contact=move.contact)
    assert back.contact is not None and back.contact.ledger == (other, own)


@pytest.mark.parametrize(
    ("result", "kind"),
    [
        (ReferralResult.HIRED, LedgerKind.GOOD_RESULT),
        (ReferralResult.GOOD_MEETING, LedgerKind.GOOD_RESULT),
        (ReferralResult.REFLECTED_BADLY, LedgerKind.BAD_RESULT),
        (ReferralResult.WENT_NOWHERE, None),
    ],
)
def test_a_result_goes_in_the_ledger_as_capital_counts_it(
    result: ReferralResult, kind: LedgerKind | None
) -> None:
    ref = in_state(S.INTRODUCED)
    contact = dana(ref)
    at = AT.add(days=20)
    move = moved(ref, S.CLOSED, at, result=result, contact=contact, ask_again_days=7)
    assert move.added is None and move.referral.result is result
    if kind is None:
        assert move.contact is None
        return
    assert move.contact is not None
    entry = move.contact.ledger[-1]
    assert (entry.kind, entry.at, entry.call_id) == (kind, at, "call1")
    assert result.label in entry.note
    shift = 1 if kind is LedgerKind.GOOD_RESULT else -1
    # a good result repays the favour (never above the allowance), a bad one costs one
    expected = min(6, capital(contact, at).remaining + shift)
    assert capital(move.contact, at).remaining == expected


@pytest.mark.parametrize(
    ("target", "result"),
    [(S.AGREED, None), (S.DECLINED, None), (S.CLOSED, ReferralResult.HIRED)],
)
def test_undo_takes_the_last_move_back_whole(target: S, result: ReferralResult | None) -> None:
    ref = asked() if target is not S.CLOSED else in_state(S.INTRODUCED)
    contact = dana(ref)
    first = next_step(ref, 7)
    assert first is not None
    at = AT.add(days=21)
    move = moved(ref, target, at, result=result, steps=[first], contact=contact, ask_again_days=7)
    after = move.contact or contact
    steps: list[Promise] = [*move.kept, *([move.added] if move.added else [])]
    back = undone(move.referral, steps=steps, contact=after)
    assert back.referral == ref
    assert [p.id for p in back.kept] == [first.id] and back.kept[0].open
    assert back.dropped == ((move.added.id,) if move.added else ())
    assert (back.contact or after).ledger == contact.ledger


def test_a_referral_just_opened_has_no_move_to_undo() -> None:
    with pytest.raises(ValidationError, match="no move to take back"):
        undone(asked())
