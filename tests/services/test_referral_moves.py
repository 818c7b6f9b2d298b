"""Moving a referral on, in one durable write with its promises and the contact's ledger;
undoing a move; a logged call's outcome edited to or away from a referral; removal."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pendulum
import pytest

from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.core.domain.values import Outcome
from netcall_tui.core.domain.vocabulary import (
    LedgerKind,
    OutcomeKind,
    ReferralResult,
    ReferralState,
)
from netcall_tui.core.errors import ValidationError
from netcall_tui.core.network.referral_ask import ReferralAsk
from netcall_tui.services.session import Session
from netcall_tui.store.db import Store

S = ReferralState
START = pendulum.datetime(2026, 11, 2, 10, tz="Europe/London")


@pytest.fixture
def logged(db_path: Path):
    store = Store.open(db_path)
    dana = store.contacts.add(Contact("Dana Lee"))
    session = Session(store)
    sam = Caller("Sam Rivera")
    outcome = Outcome(OutcomeKind.REFERRAL_MADE, "Dana Lee", contact_id=dana.id)
    call = Call(sam.id, sam.name, START, outcome=outcome, ended_at=START.add(minutes=20))
    call = session.calls.log(sam, call, [], ReferralAsk())
    with session.reading() as s:
        (referral,) = s.referrals.all()
    yield session, store, call, referral.id, dana.id
    session.close()
    store.close()


def kinds(store: Store, contact_id: str) -> list[LedgerKind]:
    contact = store.contacts.get(contact_id)
    assert contact is not None
    return [LedgerKind.parse(e.kind) for e in contact.ledger]


def test_agreeing_is_stored_with_the_step_promises_and_lasts_a_reopen(logged, db_path) -> None:
    session, _, call, rid, _ = logged
    at = START.add(days=2)
    moved = session.referrals.move(rid, S.AGREED, "happy to", at=at, ask_again_days=5)
    assert moved.state is S.AGREED
    again = Store.open(db_path, read_only=True)  # what is on disk, not in memory
    try:
        stored = again.referrals.get(rid)
        promises = sorted(again.promises.all(), key=lambda p: p.created_at)
    finally:
        again.close()
    assert stored is not None and stored.state is S.AGREED and stored.steps[-1].note == "happy to"
    first, second = promises
    assert first.done_at == at and second.open and second.due == at.add(days=5)
    assert second.text == "Introduce Sam Rivera to Dana Lee" and second.call_id == call.id


def test_a_decline_gives_the_favour_back(logged) -> None:
    session, store, _, rid, dana = logged
    assert kinds(store, dana) == [LedgerKind.FAVOUR]
    session.referrals.move(rid, S.DECLINED, at=START.add(days=1))
    assert kinds(store, dana) == []
    assert [p.open for p in store.promises.all()] == [False]
    session.referrals.undo(rid)
    assert kinds(store, dana) == [LedgerKind.FAVOUR]
    assert [p.open for p in store.promises.all()] == [True]


def test_a_hire_is_a_good_result_and_a_refused_move_changes_nothing(logged) -> None:
    session, store, _, rid, dana = logged
    with pytest.raises(ValidationError):
        session.referrals.move(rid, S.INTRODUCED, at=START.add(days=1))
    session.referrals.move(rid, S.AGREED, at=START.add(days=1))
    session.referrals.move(rid, S.INTRODUCED, at=START.add(days=2))
    session.referrals.move(rid, S.CLOSED, result=ReferralResult.HIRED, at=START.add(days=30))
    assert kinds(store, dana) == [LedgerKind.FAVOUR, LedgerKind.GOOD_RESULT]
    assert all(not p.open for p in store.promises.all()) and store.promises.count() == 3


def test_an_outcome_edited_away_from_the_referral_takes_it_and_its_promises(logged) -> None:
    session, store, call, rid, dana = logged
    session.referrals.move(rid, S.AGREED, at=START.add(days=1))
    new = call.with_(outcome=Outcome(OutcomeKind.ADVICE_GIVEN))
    saved = session.calls.update(call, new, None)
    assert store.referrals.count() == 0 and store.promises.count() == 0
    assert saved.promise_ids == () and kinds(store, dana) == []
    back = session.calls.update(saved, call.with_(promise_ids=()), None)  # a referral again
    (referral,) = store.referrals.all()
    (promise,) = store.promises.all()
    assert referral.state is S.ASKED and promise.id in back.promise_ids
    assert kinds(store, dana) == [LedgerKind.FAVOUR]


def test_an_outcome_edit_that_keeps_the_contact_keeps_the_referral_and_its_result(logged) -> None:
    session, store, call, rid, dana = logged
    for state in (S.AGREED, S.INTRODUCED):
        session.referrals.move(rid, state, at=START.add(days=1))
    session.referrals.move(
        rid, S.CLOSED, result=ReferralResult.REFLECTED_BADLY, at=START.add(days=9)
    )
    assert call.outcome is not None
    edited = call.with_(outcome=replace(call.outcome, detail="Dana Lee (ops)"))
    session.calls.update(call, edited, None)
    (referral,) = store.referrals.all()
    assert referral.id == rid and referral.result is ReferralResult.REFLECTED_BADLY
    assert kinds(store, dana) == [LedgerKind.FAVOUR, LedgerKind.BAD_RESULT]


def test_removing_the_call_takes_every_step_promise(logged) -> None:
    session, store, call, rid, _ = logged
    session.referrals.move(rid, S.AGREED, at=START.add(days=1))
    session.referrals.move(rid, S.INTRODUCED, at=START.add(days=2))
    assert store.promises.count() == 3
    session.calls.remove(call)
    assert store.promises.count() == store.referrals.count() == 0


def test_the_detail_links_call_caller_and_contact(logged) -> None:
    session, _, call, rid, dana = logged
    found = session.referrals.detail(rid)
    assert found is not None and found.call is not None and found.call.id == call.id
    assert found.contact is not None and found.contact.id == dana
    assert found.caller is not None and found.caller.name == "Sam Rivera"
    assert session.referrals.detail("nope") is None
