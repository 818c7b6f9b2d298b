"""Session.calls.update: an outcome changed in the log brings what it implies along."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pendulum

from netcall_tui.core.domain.records import Call, Caller, Promise
from netcall_tui.core.domain.values import Outcome
from netcall_tui.core.domain.vocabulary import OutcomeKind
from netcall_tui.services.session import Session
from netcall_tui.store.db import Store

START = pendulum.datetime(2026, 11, 20, 11, tz="Europe/London")
NEXT_TUE = pendulum.datetime(2026, 12, 1, 14, tz="Europe/London")


def logged(store: Store, outcome: Outcome) -> tuple[Caller, Call]:
    caller = store.callers.add(Caller("Dana Whitfield"))
    call = Call(caller.id, caller.name, START, ended_at=START.add(minutes=20), outcome=outcome)
    store.calls.add(call)
    return caller, call


def resume_kept_after_the_fact(store: Store) -> tuple[Session, Caller, Call, Call]:
    """A not-now call changed to 'résumé kept' in the log."""
    session = Session(store)
    caller, call = logged(store, Outcome(OutcomeKind.NOT_NOW))
    kept = session.calls.update(call, call.with_(outcome=Outcome(OutcomeKind.RESUME_KEPT)), caller)
    return session, caller, call, kept


def test_a_new_outcome_replaces_the_promise_the_old_one_implied(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calls.json") as store:
        session, caller, call, kept = resume_kept_after_the_fact(store)
        (review,) = store.promises.for_call(call.id)
        assert review.text.startswith("Review Dana Whitfield's résumé")
        assert review.due == START.add(minutes=20).add(months=3)
        assert store.calls.get(call.id).promise_ids == (review.id,) == kept.promise_ids
        follow_up = Outcome(OutcomeKind.FOLLOW_UP_SCHEDULED, when=NEXT_TUE)
        session.calls.update(kept, kept.with_(outcome=follow_up), caller)
        (call_back,) = store.promises.for_call(call.id)  # the résumé review went
        assert call_back.text == "Follow-up call with Dana Whitfield"
        assert call_back.due == NEXT_TUE
        session.close()


def test_a_promise_you_kept_or_reworded_stays(tmp_path: Path) -> None:
    with Store.open(tmp_path / "calls.json") as store:
        session, caller, call, kept = resume_kept_after_the_fact(store)
        (review,) = store.promises.for_call(call.id)
        store.promises.update(replace(review, text="Send it to Priya"))
        own = Promise("Send Dana the meetup link", START.add(days=2), caller.id, call.id)
        store.promises.add(own)
        kept = store.calls.get(call.id).with_(promise_ids=(review.id, own.id))
        session.calls.update(kept, kept.with_(outcome=Outcome(OutcomeKind.ADVICE_GIVEN)), caller)
        texts = sorted(p.text for p in store.promises.for_call(call.id))
        assert texts == ["Send Dana the meetup link", "Send it to Priya"]
        session.close()
