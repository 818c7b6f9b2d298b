"""The declared stored shape: every model writes exactly its record's keys, and the
accessors read stored times."""

from __future__ import annotations

from typing import Any

import pendulum

from netcall_tui.core.domain import stored
from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.core.domain.values import LedgerEntry, Outcome, Phase
from netcall_tui.core.domain.vocabulary import LedgerKind, OutcomeKind, PhaseKind

AT = pendulum.datetime(2026, 11, 25, 12, 15, tz="Europe/Paris")


def keys(record_type: Any) -> set[str]:
    return set(record_type.__required_keys__) | set(record_type.__optional_keys__)


def test_each_model_writes_exactly_its_declared_record() -> None:
    caller = Caller("Dana Whitfield")
    entry = LedgerEntry(LedgerKind.FAVOUR, AT, "Dana", "c1")
    outcome = Outcome(OutcomeKind.REFERRAL_MADE, "Priya Shah", AT)
    phase = Phase(PhaseKind.STORY, 300, 200.0)
    call = Call(caller.id, caller.name, AT, phases=(phase,), outcome=outcome, ended_at=AT)
    written = {
        stored.CallerRecord: caller.to_dict(),
        stored.CallRecord: call.to_dict(),
        stored.PromiseRecord: Promise("send it on", AT, done_at=AT).to_dict(),
        stored.ContactRecord: Contact("Priya Shah", ledger=(entry,)).to_dict(),
        stored.LedgerEntryRecord: entry.to_dict(),
        stored.OutcomeRecord: outcome.to_dict(),
        stored.PhaseRecord: phase.to_dict(),
        stored.StoredMoment: call.to_dict()["started_at"],
    }
    for record_type, record in written.items():
        assert set(record) == keys(record_type), record_type.__name__
    assert set(stored.NO_OUTCOME) == keys(stored.OutcomeRecord)


def test_the_accessors_read_a_stored_time() -> None:
    moment = {"utc": "2026-11-25T11:15:00+00:00", "tz": "Europe/Paris"}
    assert stored.utc_text(moment) == "2026-11-25T11:15:00+00:00"
    assert stored.epoch(moment) == AT.timestamp()
    assert stored.utc_text(None) == "" and stored.epoch(None) == 0.0
    assert stored.utc_text_of(AT) == "2026-11-25T11:15:00+00:00"
