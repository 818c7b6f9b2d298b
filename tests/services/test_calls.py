"""Session.calls: an outcome changed in the log brings what it implies along; start-up
reads old files; logging a call leaves no draft behind."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import orjson
import pendulum

from netcall_tui.core.call.countdown import Countdown
from netcall_tui.core.call.live import LiveCall
from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.core.domain.values import Outcome
from netcall_tui.core.domain.vocabulary import OutcomeKind
from netcall_tui.services.session import Session
from netcall_tui.store.db import Store
from netcall_tui.store.draft import draft_path

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


def test_calls_since_reads_a_start_stored_as_a_bare_iso_string(tmp_path: Path) -> None:
    """Old files hold some times as bare ISO text; the log reads them, so must start-up."""
    db = tmp_path / "calls.json"
    caller = Caller("Dana Whitfield")
    old = Call(caller.id, caller.name, START).to_dict()
    recent = Call(caller.id, caller.name, START.add(days=7)).to_dict()
    old["started_at"] = "2026-11-20T11:00:00+00:00"  # type: ignore[typeddict-item]
    recent["started_at"] = "2026-11-27T12:00:00+01:00"  # type: ignore[typeddict-item]
    v1 = {
        "calls": {"1": old, "2": recent},
        "callers": {"1": caller.to_dict()},
        "meta": {"1": {"key": "schema_version", "value": 1}},
    }
    db.write_bytes(orjson.dumps(v1))
    with Store.open(db) as store:
        session = Session(store)
        since = session.calls.since(pendulum.datetime(2026, 11, 25, tz="Europe/London"))
        assert [c.id for c in since] == [recent["id"]]
        assert since[0].started_at == START.add(days=7)
        session.close()


def test_logging_a_call_deletes_its_draft_file(tmp_path: Path) -> None:
    db = tmp_path / "calls.json"
    with Store.open(db) as store:
        session = Session(store)
        caller = Caller("Dana Whitfield")
        live = LiveCall(caller, Countdown(), START)
        session.drafts.save(live.to_draft())
        assert draft_path(db).exists()
        call, promises = live.finish(Outcome(OutcomeKind.ADVICE_GIVEN), START.add(minutes=12))
        session.calls.log(caller, call, promises)
        assert not draft_path(db).exists()
        assert store.calls.get(live.call_id) is not None
        session.close()


def test_waited_writes_run_on_the_one_writer_thread_in_turn(tmp_path: Path) -> None:
    """The detail view's edits wait for their write, but it runs on the writer thread,
    after whatever the console queued before it."""
    import threading

    with Store.open(tmp_path / "calls.json") as store:
        session = Session(store)
        order: list[str] = []
        session.submit(lambda: order.append("queued first"))
        name = session.wait_for(lambda: order.append("waited") or threading.current_thread().name)
        assert order == ["queued first", "waited"]
        assert name.startswith("netcall-writer")
        session.close()
