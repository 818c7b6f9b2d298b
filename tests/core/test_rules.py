"""The rules that moved out of the UI, tested without a terminal or a store: the referral
gate, the favour ledger, what an outcome implies and what changing it does."""

from __future__ import annotations

from dataclasses import replace

import pendulum

from netcall_tui.core.call.countdown import Countdown
from netcall_tui.core.call.gate import SHORT_RULE, sit_down_needed, this_call_so_far
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


def test_only_an_interview_that_ran_half_its_limit_is_on_record(clock) -> None:
    """Issue 11, item 0: `i` for zero seconds (or an interview cut short by an honest no)
    opened the gate: any call that reached the interview phase counted."""
    short = call(phases=(Phase(PhaseKind.STORY, 300, 200.0), Phase(PhaseKind.INTERVIEW, 1800, 0.0)))
    cut = call(phases=(Phase(PhaseKind.INTERVIEW, 1800, 899.0),))
    half = call(phases=(Phase(PhaseKind.INTERVIEW, 1800, 900.0),))
    split = call(
        phases=(
            Phase(PhaseKind.INTERVIEW, 1800, 500.0),
            Phase(PhaseKind.ADVICE, 900, 60.0),
            Phase(PhaseKind.INTERVIEW, 1800, 400.0),
        )
    )
    assert not CallerHistory.build([short, cut], ()).interview_on_record
    assert CallerHistory.build([half], ()).interview_on_record
    assert CallerHistory.build([split], ()).interview_on_record


def test_help_says_what_opens_the_gate() -> None:
    """The help lists each binding's tooltip (test_help_lists_every_console_key)."""
    from netcall_tui.ui.console.bindings import CONSOLE_BINDINGS

    (referral,) = [b for b in CONSOLE_BINDINGS if b.id == "outcome_referral_made"]
    assert SHORT_RULE in (referral.tooltip or "")


def test_the_call_in_progress_counts_once_its_interview_ran_long_enough(clock) -> None:
    live = LiveCall(DANA, Countdown(clock=clock), START)
    assert this_call_so_far(live) is None
    clock.advance(120)
    live.countdown.next_phase(PhaseKind.INTERVIEW)
    assert sit_down_needed(live)
    clock.advance(60)
    assert this_call_so_far(live) == (
        "This call's interview phase has run 1 minute; it counts from 15 minutes."
    )
    clock.advance(899 - 60)
    assert sit_down_needed(live)
    clock.advance(1)
    assert not sit_down_needed(live)
    assert live.guidance_state().interview_on_record


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
    assert texts[OutcomeKind.REFERRAL_MADE] == []  # the referral's own step makes it
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


def test_a_changed_outcome_keeps_an_implied_promise_the_user_dropped() -> None:
    old = call(Outcome(OutcomeKind.RESUME_KEPT))
    (implied,) = follow_ups(old, DANA)
    let_go = replace(implied, dropped_at=START, note="they found a job")
    old = old.with_(promise_ids=(let_go.id,))
    new = old.with_(outcome=Outcome(OutcomeKind.ADVICE_GIVEN))
    change = reimplied(old, new, DANA, {let_go.id: let_go})
    assert change.drop == () and change.promise_ids == (let_go.id,)


def test_the_console_and_the_log_use_one_short_word_per_outcome() -> None:
    """OUTCOME_SHORT was written twice, with different words ('résumé' / 'résumé kept')."""
    from netcall_tui.ui.console.bindings import CONSOLE_BINDINGS

    shown = {b.id: b.description for b in CONSOLE_BINDINGS if b.id.startswith("outcome_")}
    for kind in OutcomeKind:
        row = LogRow(call(Outcome(kind, "Priya" if kind.value != "advice_given" else "")).to_dict())
        assert short_outcome_text(row) == OUTCOME_SHORT[kind.value] == kind.short
        assert shown[f"outcome_{kind.value}"] == f"Log: {kind.short}"


def test_a_weak_connection_asking_an_introduction_gets_general_advice_only(clock) -> None:
    from netcall_tui.core.call.advice_only import ADVICE_ONLY_RULE, advice_only
    from netcall_tui.core.call.gate import advice_only_needed
    from netcall_tui.core.domain.vocabulary import Ask, Strength

    intro = {Ask.INTRODUCTION}
    assert advice_only(Strength.TENUOUS, intro) and advice_only(Strength.NONE, intro)
    assert not advice_only(Strength.MODERATE, intro) and not advice_only(Strength.STRONG, intro)
    assert not advice_only(Strength.NONE, {Ask.ADVICE, Ask.RESUME})
    live = LiveCall(DANA, Countdown(clock=clock), START)  # Caller's default: no connection
    assert not advice_only_needed(live)
    live.toggle_ask(Ask.INTRODUCTION)
    assert advice_only_needed(live)
    strong = LiveCall(replace(DANA, strength=Strength.STRONG), Countdown(clock=clock), START)
    strong.toggle_ask(Ask.INTRODUCTION)
    assert not advice_only_needed(strong)
    from netcall_tui.ui.console.bindings import CONSOLE_BINDINGS

    (referral,) = [b for b in CONSOLE_BINDINGS if b.id == "outcome_referral_made"]
    assert ADVICE_ONLY_RULE in (referral.tooltip or "")
    assert "important favour" in (referral.tooltip or "")


def test_an_interview_promise_marked_held_is_an_interview_on_record(clock) -> None:
    """Issue 14: a sit-down kept outside a logged call (its promise marked held) opens the
    gate; a kept interview not held, or a held-looking plain promise, does not."""
    from netcall_tui.core.domain.promise import Promise
    from netcall_tui.core.domain.vocabulary import PromiseKind
    from netcall_tui.core.promises.changes import done

    booked = Promise("Meet Dana", START, caller_id=DANA.id, kind=PromiseKind.INTERVIEW)
    plain = Promise("Send the CV on", START, caller_id=DANA.id)
    assert not CallerHistory.build([], [booked, plain]).interview_on_record
    assert not CallerHistory.build([], [done(booked, START)]).interview_on_record
    held = done(booked, START, "met at the café", held=True)
    history = CallerHistory.build([], [held, plain])
    assert history.interview_on_record and history.held_interviews == (held,)
    assert history.open_promises == (plain,)
    live = LiveCall(DANA, Countdown(clock=clock), START, history=history)
    assert not sit_down_needed(live)
