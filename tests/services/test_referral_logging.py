"""Logging a referral opens a referral record (asked the contact) with its next step's
promise, in the same write; taking the call back takes them out."""

from __future__ import annotations

from pathlib import Path

import pendulum

from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.core.domain.values import Outcome
from netcall_tui.core.domain.vocabulary import OutcomeKind, ReferralState
from netcall_tui.core.network.referral_ask import ReferralAsk
from netcall_tui.services.session import Session
from netcall_tui.store.db import Store

START = pendulum.datetime(2026, 11, 2, 10, tz="Europe/London")


def referral_call(caller: Caller, detail: str, contact_id: str = "") -> Call:
    outcome = Outcome(OutcomeKind.REFERRAL_MADE, detail, contact_id=contact_id)
    return Call(caller.id, caller.name, START, outcome=outcome, ended_at=START.add(minutes=20))


def test_a_referral_to_a_contact_opens_asked_with_a_promise_to_ask_again(db_path: Path) -> None:
    store = Store.open(db_path)
    dana = store.contacts.add(Contact("Dana Lee"))
    session = Session(store)
    sam = Caller("Sam Rivera")
    call = session.calls.log(sam, referral_call(sam, "Dana Lee"), [], ReferralAsk(important=True))
    with session.reading() as s:
        (referral,) = s.referrals.all()
        (promise,) = s.promises.all()
        favour = s.contacts.get(dana.id)
    assert (referral.contact_id, referral.state, referral.important) == (
        dana.id,
        ReferralState.ASKED,
        True,
    )
    assert referral.call_id == call.id and referral.since == START.add(minutes=20)
    assert promise.referral_id == referral.id and promise.id in call.promise_ids
    assert promise.text == "Ask Dana Lee again whether they would like to meet Sam Rivera"
    assert promise.due == START.add(minutes=20, days=7)
    assert favour is not None and len(favour.ledger) == 1
    session.calls.remove(call)
    with session.reading() as s:
        assert s.referrals.count() == s.promises.count() == s.calls.count() == 0
    session.close()
    store.close()


def test_a_new_name_at_the_referral_question_is_kept_as_a_contact(db_path: Path) -> None:
    store = Store.open(db_path)
    session = Session(store)
    sam = Caller("Sam Rivera")
    ask = ReferralAsk(new_contact="Priya Shah", ask_again_days=3)
    call = session.calls.log(sam, referral_call(sam, "Priya Shah"), [], ask)
    with session.reading() as s:
        (priya,) = s.contacts.all()
        (referral,) = s.referrals.all()
        (promise,) = s.promises.all()
    assert priya.name == "Priya Shah" and len(priya.ledger) == 1
    assert call.outcome is not None and call.outcome.contact_id == priya.id
    assert referral.contact_id == priya.id and promise.due == START.add(minutes=20, days=3)
    session.close()
    store.close()
