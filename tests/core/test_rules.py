"""The rules that moved out of the UI, tested without a terminal or a store: the referral
gate, the favour ledger, what an outcome implies and what changing it does."""

from __future__ import annotations

from dataclasses import replace

import pendulum

from netcall_tui.core.call.countdown import Countdown
from netcall_tui.core.call.gate import sit_down_needed
from netcall_tui.core.call.history import CallerHistory
from netcall_tui.core.call.live import LiveCall
from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.core.domain.values import Outcome, Phase
from netcall_tui.core.domain.vocabulary import OUTCOME_SHORT, LedgerKind, OutcomeKind, PhaseKind
from netcall_tui.core.log.rows import LogRow
from netcall_tui.core.log.text import short_outcome_text
from netcall_tui.core.network.ledger import favour_for, without_call
from netcall_tui.core.promises.implied import follow_ups, reimplied

START = pendulum.datetime(2026, 11, 20, 11, tz="Europe/London")
DANA = Caller("Dana Whitfield")


def call(outcome: Outcome | None = None, **fields: object) -> Call:
    return Call(
        DANA.id, DANA.name, START, ended_at=START.add(minutes=20), outcome=outcome, **fields
    )  # type: ignore[arg-type]  # fields are Call's own


def test_a_referral_waits_for_a_sit_down_unless_one_is_on_record(clock) -> None:
    live = LiveCall(DANA, Countdown(clock=clock), START)
    assert sit_down_needed(live)
    met = call(phases=(Phase(PhaseKind.INTERVIEW, 1800, 1700.0),))
    live = LiveCall(DANA, Countdown(clock=clock), START, history=CallerHistory.build([met], ()))
    assert not sit_down_needed(live)


def test_a_referral_to_a_contact_is_a_favour_and_comes_back_out() -> None:
    priya, ben = Contact("Priya Shah"), Contact("Ben Carrow")
    referred = call(Outcome(OutcomeKind.REFERRAL_MADE, "Priya Shah at Northwind"))
    found = favour_for(referred, [ben, priya])
    assert found is not None
    contact, entry = found
    assert contact is priya
    assert (entry.kind, entry.call_id, entry.note) == (LedgerKind.FAVOUR, referred.id, DANA.name)
    assert favour_for(call(Outcome(OutcomeKind.ADVICE_GIVEN)), [priya]) is None
    noted = replace(priya, ledger=(entry,))
    (cleared,) = without_call([ben, noted], referred.id)
    assert cleared.ledger == () and cleared.id == priya.id


def test_each_outcome_implies_its_promise() -> None:
    when = START.add(days=7)
    texts = {
        kind: [p.text for p in follow_ups(call(Outcome(kind, detail, when)), DANA)]
        for kind, detail in [
            (OutcomeKind.RESUME_KEPT, ""),
            (OutcomeKind.INTERVIEW_SCHEDULED, ""),
            (OutcomeKind.FOLLOW_UP_SCHEDULED, ""),
            (OutcomeKind.REFERRAL_MADE, "Priya Shah"),
            (OutcomeKind.ADVICE_GIVEN, ""),
            (OutcomeKind.NOT_NOW, ""),
        ]
    }
    assert texts[OutcomeKind.INTERVIEW_SCHEDULED] == [
        "Information interview with Dana Whitfield (30 min, in person)"
    ]
    assert texts[OutcomeKind.REFERRAL_MADE] == [
        "Ask how Dana Whitfield's introduction to Priya Shah went"
    ]
    assert len(texts[OutcomeKind.RESUME_KEPT]) == len(texts[OutcomeKind.FOLLOW_UP_SCHEDULED]) == 1
    assert texts[OutcomeKind.ADVICE_GIVEN] == texts[OutcomeKind.NOT_NOW] == []


def test_a_changed_outcome_drops_only_the_untouched_promise_it_implied() -> None:
    old = call(Outcome(OutcomeKind.RESUME_KEPT))
    (implied,) = follow_ups(old, DANA)
    own = replace(implied, id="own", text="Send it to Priya")  # reworded by hand: it stays
    old = old.with_(promise_ids=(implied.id, own.id))
    stored = {implied.id: implied, own.id: own}
    new = old.with_(outcome=Outcome(OutcomeKind.FOLLOW_UP_SCHEDULED, when=START.add(days=3)))
    change = reimplied(old, new, DANA, stored)
    assert change.drop == (implied.id,)
    (added,) = change.add
    assert added.text == "Follow-up call with Dana Whitfield" and added.call_id == new.id
    assert change.promise_ids == (own.id, added.id)


def test_the_console_and_the_log_use_one_short_word_per_outcome() -> None:
    """OUTCOME_SHORT was written twice, with different words ('résumé' / 'résumé kept')."""
    from netcall_tui.ui.console.bindings import CONSOLE_BINDINGS

    shown = {b.id: b.description for b in CONSOLE_BINDINGS if b.id.startswith("outcome_")}
    for kind in OutcomeKind:
        row = LogRow(call(Outcome(kind, "Priya" if kind.value != "advice_given" else "")).to_dict())
        assert short_outcome_text(row) == OUTCOME_SHORT[kind.value] == kind.short
        assert shown[f"outcome_{kind.value}"] == f"Log: {kind.short}"
