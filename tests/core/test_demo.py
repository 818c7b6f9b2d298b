"""Demo records and bulk benchmark data."""

from __future__ import annotations

import json
from collections import Counter

import pendulum
import pytest

from netcall_tui.core.demo.bulk import bulk_calls
from netcall_tui.core.demo.maker import DemoData
from netcall_tui.core.demo.records import demo_records
from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.core.domain.vocabulary import (
    Ask,
    LedgerKind,
    OutcomeKind,
    PhaseKind,
    Strength,
    Tier,
)
from netcall_tui.core.network.capital import capital
from netcall_tui.core.stats.load import weekly_load

NOW = pendulum.datetime(2026, 11, 26, 15, 30, tz="Europe/Paris")


@pytest.fixture(scope="module")
def demo() -> DemoData:
    return demo_records(NOW)


def dump(data: DemoData) -> list[list[dict]]:
    return [
        [r.to_dict() for r in rows]
        for rows in (data.callers, data.calls, data.promises, data.contacts)
    ]


def test_deterministic_for_seed_and_now(demo: DemoData) -> None:
    assert dump(demo) == dump(demo_records(NOW))
    assert dump(demo) == dump(demo_records(NOW, seed=7))
    assert dump(demo) != dump(demo_records(NOW, seed=8))


def test_sizes_are_realistic(demo: DemoData) -> None:
    assert 30 <= len(demo.callers) <= 40
    assert 50 <= len(demo.calls) <= 70
    assert len(demo.contacts) == 8
    assert len(demo.promises) >= 10


def test_every_outcome_strength_tier_and_ask(demo: DemoData) -> None:
    assert {c.outcome.kind for c in demo.calls if c.outcome} == set(OutcomeKind)
    assert {c.strength for c in demo.callers} == set(Strength)
    assert {c.tier for c in demo.contacts} == set(Tier)
    assert set().union(*(c.asks for c in demo.calls)) == set(Ask)
    assert {p.kind for c in demo.calls for p in c.phases} == set(PhaseKind)
    kinds = {e.kind for c in demo.contacts for e in c.ledger}
    assert kinds == set(LedgerKind)


def test_records_round_trip_through_the_models(demo: DemoData) -> None:
    for model, rows in ((Caller, demo.callers), (Call, demo.calls), (Promise, demo.promises)):
        for row in rows:
            assert model.from_dict(row.to_dict()) == row
    for contact in demo.contacts:
        assert Contact.from_dict(contact.to_dict()).to_dict() == contact.to_dict()
    json.dumps(dump(demo))  # plain data only


def test_links_point_at_existing_records(demo: DemoData) -> None:
    caller_ids = {c.id for c in demo.callers}
    call_ids = {c.id for c in demo.calls}
    promise_ids = {p.id for p in demo.promises}
    assert all(c.caller_id in caller_ids for c in demo.calls)
    assert all(p.caller_id in caller_ids and p.call_id in call_ids for p in demo.promises)
    assert {pid for c in demo.calls for pid in c.promise_ids} == promise_ids
    ledger_calls = {e.call_id for c in demo.contacts for e in c.ledger if e.call_id}
    assert ledger_calls <= call_ids
    names = {c.id: c.name for c in demo.callers}
    assert all(names[c.caller_id] == c.caller_name for c in demo.calls)
    assert len({c.name for c in demo.callers}) == len(demo.callers)


def test_times_are_in_the_past_and_ordered(demo: DemoData) -> None:
    starts = [c.started_at for c in demo.calls]
    assert starts == sorted(starts)
    assert starts[0] >= NOW.subtract(days=190)
    for call in demo.calls:
        assert call.ended_at is not None and call.started_at < call.ended_at <= NOW
        assert call.started_at.weekday() < 5
    callers = {c.id: c for c in demo.callers}
    assert all(callers[c.caller_id].created_at <= c.started_at for c in demo.calls)


def test_repeat_callers_have_an_interview_first(demo: DemoData) -> None:
    by_caller = Counter(c.caller_id for c in demo.calls)
    repeaters = [cid for cid, n in by_caller.items() if n > 1]
    assert len(repeaters) >= 5
    for cid in repeaters:
        calls = [c for c in demo.calls if c.caller_id == cid]
        assert calls[0].outcome.kind is OutcomeKind.INTERVIEW_SCHEDULED
        assert calls[1].phases[-1].kind is PhaseKind.INTERVIEW


def test_referrals_and_honest_no_carry_their_detail(demo: DemoData) -> None:
    contact_names = {c.name for c in demo.contacts}
    for call in demo.calls:
        if call.outcome.kind is OutcomeKind.REFERRAL_MADE:
            assert call.outcome.detail in contact_names
            assert call.strength in (Strength.STRONG, Strength.MODERATE)
        if call.outcome.kind is OutcomeKind.HONEST_NO:
            assert call.outcome.detail


def test_phases_include_overtime_and_notes_vary(demo: DemoData) -> None:
    stories = [c.phases[0] for c in demo.calls]
    assert any(p.overtime_s > 0 for p in stories)
    assert any(p.used_s < p.limit_s for p in stories)
    assert len({c.notes for c in demo.calls}) == len(demo.calls)


def test_open_and_done_promises(demo: DemoData) -> None:
    assert any(p.open for p in demo.promises)
    assert any(not p.open for p in demo.promises)
    assert all(p.done_at is None or p.done_at <= NOW for p in demo.promises)


def test_demo_feeds_load_and_capital(demo: DemoData) -> None:
    assert weekly_load(demo.calls, NOW, 6, 120).calls >= 1
    assert any(capital(c, NOW).used > 0 for c in demo.contacts)


# --- bulk --------------------------------------------------------------------------------


def test_bulk_calls_round_trip_and_are_about_a_kilobyte() -> None:
    rows = list(bulk_calls(2000, seed=1, now=NOW))
    assert len(rows) == 2000
    assert len({r["id"] for r in rows}) == 2000
    for row in rows[:300]:
        assert Call.from_dict(row).to_dict() == row
    sizes = [len(json.dumps(r, ensure_ascii=False).encode()) for r in rows]
    assert 800 <= sum(sizes) / len(sizes) <= 1300
    assert {r["outcome"]["kind"] for r in rows} == {k.value for k in OutcomeKind}
    assert all(Call.from_dict(r).ended_at <= NOW for r in rows[:300])


def test_bulk_calls_are_deterministic_and_lazy() -> None:
    first = list(bulk_calls(50, seed=3, now=NOW))
    assert first == list(bulk_calls(50, seed=3, now=NOW))
    assert first != list(bulk_calls(50, seed=4, now=NOW))
    stream = bulk_calls(10**9, seed=3, now=NOW)  # a generator: nothing is built up front
    assert next(stream)["id"]


def test_bulk_callers_keep_one_name_per_id() -> None:
    names: dict[str, str] = {}
    for row in bulk_calls(5000, seed=2, now=NOW):
        assert names.setdefault(row["caller_id"], row["caller_name"]) == row["caller_name"]


def test_referrals_at_every_stage_true_to_the_ledgers(demo: DemoData) -> None:
    from netcall_tui.core.domain.vocabulary import ReferralState

    referral_calls = {
        c.id for c in demo.calls if c.outcome and c.outcome.kind is OutcomeKind.REFERRAL_MADE
    }
    assert {r.call_id for r in demo.referrals} == referral_calls
    assert {r.state for r in demo.referrals} >= set(ReferralState) - {ReferralState.AGREED}
    assert len({r.result for r in demo.referrals if r.result}) >= 3
    contacts = {c.id: c for c in demo.contacts}
    for referral in demo.referrals:
        ledger = {(e.kind, e.call_id) for e in contacts[referral.contact_id].ledger}
        favoured = (LedgerKind.FAVOUR, referral.call_id) in ledger
        assert favoured is (referral.state is not ReferralState.DECLINED)
        good = (LedgerKind.GOOD_RESULT, referral.call_id) in ledger
        assert good is (
            referral.result is not None
            and referral.result.value != "went_nowhere"
            and referral.result.value != "reflected_badly"
        )
    again = demo_records(NOW)
    assert [r.to_dict() for r in again.referrals] == [r.to_dict() for r in demo.referrals]


def test_resumes_on_file_passed_on_and_removed_the_rest_as_it_was(
    demo: DemoData, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netcall_tui.core.demo import records
    from netcall_tui.core.domain.checks import problem

    kept_calls = {
        c.id for c in demo.calls if c.outcome and c.outcome.kind is OutcomeKind.RESUME_KEPT
    }
    assert kept_calls <= {r.call_id for r in demo.resumes}
    assert sum(1 for r in demo.resumes if r.on_file) >= 4
    assert any(r.passed_on for r in demo.resumes)
    assert sum(1 for r in demo.resumes if not r.on_file) == 1
    assert all(r.what.roles and r.what.tags for r in demo.resumes)
    promises = {p.id: p for p in demo.promises}
    callers = {c.id for c in demo.callers}
    for resume in demo.resumes:
        assert problem("resumes", resume.to_dict()) is None and resume.caller_id in callers
        if resume.promise_id:
            assert promises[resume.promise_id].call_id == resume.call_id
    again = demo_records(NOW)
    assert [r.to_dict() for r in again.resumes] == [r.to_dict() for r in demo.resumes]
    # the rest of the demo is drawn as before: résumés use a random source of their own
    monkeypatch.setattr(records, "add_resumes", lambda *args: None)
    bare = demo_records(NOW)
    assert bare.resumes == [] and dump(bare) == dump(demo)
    assert [r.to_dict() for r in bare.referrals] == [r.to_dict() for r in demo.referrals]
