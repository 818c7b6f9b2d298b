"""The demo's calls say how they left you, read off each call: nothing is drawn from the
demo's random source for it, so every other record (and every snapshot) is as it was."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.demo import maker
from netcall_tui.core.demo.records import demo_records
from netcall_tui.core.domain.values import Phase
from netcall_tui.core.domain.vocabulary import OutcomeKind, PhaseKind

NOW = pendulum.datetime(2026, 11, 26, 15, 30, tz="Europe/Paris")


def test_most_demo_calls_are_rated_and_a_few_not() -> None:
    calls = demo_records(NOW).calls
    rated = [c.energy for c in calls if c.energy is not None]
    assert 0.75 * len(calls) <= len(rated) < len(calls)
    assert set(rated) >= {2, 3, 4, 5}
    assert [c.energy for c in demo_records(NOW).calls] == [c.energy for c in calls]


def test_the_ratings_draw_nothing_from_the_random_source(monkeypatch: pytest.MonkeyPatch) -> None:
    rated = demo_records(NOW)
    monkeypatch.setattr(maker, "demo_energy", lambda *args: None)
    bare = demo_records(NOW)
    assert [c.with_(energy=None) for c in rated.calls] == bare.calls
    assert bare.promises == rated.promises and bare.callers == rated.callers
    assert bare.resumes == rated.resumes and bare.referrals == rated.referrals


def test_a_rating_follows_the_outcome_and_the_time() -> None:
    in_time = (Phase(PhaseKind.STORY, 300, 200.0), Phase(PhaseKind.ADVICE, 900, 800.0))
    long_over = (Phase(PhaseKind.STORY, 300, 600.0), Phase(PhaseKind.ADVICE, 900, 1000.0))
    call_id = "0" * 31 + "1"  # not one of the unrated ones
    assert maker.demo_energy(call_id, OutcomeKind.INTERVIEW_SCHEDULED, in_time) == 5
    assert maker.demo_energy(call_id, OutcomeKind.INTERVIEW_SCHEDULED, long_over) == 3
    assert maker.demo_energy(call_id, OutcomeKind.HONEST_NO, long_over) == 1
    assert maker.demo_energy("0" * 32, OutcomeKind.ADVICE_GIVEN, in_time) is None
