"""How a call left you: rated in one durable write (Session.calls.rate), and the last
four weeks' reading the console's idle guidance shows (services.energy)."""

from __future__ import annotations

from pathlib import Path

import pendulum
import pytest

from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.core.errors import ValidationError
from netcall_tui.services.energy import recent_advice, recent_outlook, recent_start
from netcall_tui.services.session import Session
from netcall_tui.store.db import Store
from netcall_tui.store.errors import NotFoundError, ReadOnlyError

from ..helpers import count_writes

# A Thursday; its week began on Monday 23 November, the fourth week back on 2 November.
NOW = pendulum.datetime(2026, 11, 26, 10, 30, tz="Europe/London")


def a_call(store: Store, start: pendulum.DateTime, energy: int | None = None) -> Call:
    caller = store.callers.find("Dana Whitfield") or store.callers.add(Caller("Dana Whitfield"))
    call = Call(caller.id, caller.name, start, ended_at=start.add(minutes=20), energy=energy)
    store.calls.add(call)
    return call


def test_a_rating_is_stored_in_one_durable_write(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(db_path)
    session = Session(store)
    call = a_call(store, NOW.subtract(hours=2))
    writes = count_writes(monkeypatch)
    rated = session.calls.rate(call.id, 4)
    assert len(writes) == 1 and rated.energy == 4
    assert rated == call.with_(energy=4)  # nothing else changes: not even edited_at
    session.calls.rate(call.id, None)  # and back to unrated
    session.calls.rate(call.id, 2)
    session.close()
    with Store.open(db_path, read_only=True) as again:  # as a fresh open finds it
        assert again.calls.get(call.id).energy == 2


def test_rating_a_call_that_is_gone_says_so(db_path: Path) -> None:
    store = Store.open(db_path)
    session = Session(store)
    with pytest.raises(NotFoundError, match="that call is no longer in the call log"):
        session.calls.rate("no-such-call", 3)
    call = a_call(store, NOW)
    with pytest.raises(ValidationError, match="energy is a rating from 1 to 5"):
        session.calls.rate(call.id, 6)
    assert session.calls.detail(call.id).call.energy is None  # type: ignore[union-attr]
    session.close()


def test_a_read_only_log_is_not_rated(db_path: Path) -> None:
    with Store.open(db_path) as store:
        call = a_call(store, NOW)
    session = Session(Store.open(db_path, read_only=True))
    with pytest.raises(ReadOnlyError):
        session.calls.rate(call.id, 3)
    assert session.calls.detail(call.id).call.energy is None  # type: ignore[union-attr]
    session.close()


def test_the_last_four_weeks_begin_on_a_local_monday_three_weeks_back() -> None:
    assert recent_start(NOW) == pendulum.datetime(2026, 11, 2, tz="Europe/London")
    # Across the clock change (25 October 2026) it is still local midnight.
    autumn = pendulum.datetime(2026, 11, 16, 9, tz="Europe/London")
    assert recent_start(autumn) == pendulum.datetime(2026, 10, 26, tz="Europe/London")
    assert recent_start(autumn).utcoffset() == pendulum.duration(0)
    summer = pendulum.datetime(2026, 11, 12, 9, tz="Europe/London")
    first = recent_start(summer)
    assert (first.day, first.hour, first.utcoffset()) == (19, 0, pendulum.duration(hours=1))


def test_the_advice_reads_the_last_four_weeks_only(db_path: Path) -> None:
    """Ratings on each side of the Monday the four weeks begin: only those after count."""
    store = Store.open(db_path)
    session = Session(store)
    first = recent_start(NOW)
    for energy in (5, 5, 5, 5):  # the Sunday before: outside
        a_call(store, first.subtract(hours=2), energy)
    for days, energy in ((0, 2), (8, 1), (15, 3), (22, None), (23, 2)):
        a_call(store, first.add(days=days, hours=9), energy)
    found = recent_outlook(session.calls, NOW, budget_calls=6)
    assert (found.rated, found.mean, found.low) == (4, 2.0, True)
    assert found.suggested_calls == 1  # 5 calls in 4 weeks: 2 a week, one fewer
    advice = recent_advice(session.calls, NOW, budget_calls=6)
    assert advice.startswith("Your calls of the last 4 weeks left you tired (2.0 of 5).")
    a_call(store, NOW.subtract(hours=1), 5)
    a_call(store, NOW.subtract(hours=1), 5)
    assert recent_advice(session.calls, NOW, budget_calls=6) == ""  # mean 3.0: fine
    session.close()


def test_no_ratings_or_too_few_give_no_advice(db_path: Path) -> None:
    store = Store.open(db_path)
    session = Session(store)
    assert recent_advice(session.calls, NOW, 6) == ""
    a_call(store, NOW.subtract(days=1), 1)
    a_call(store, NOW.subtract(days=2), 1)
    assert recent_advice(session.calls, NOW, 6) == ""  # two ratings say nothing yet
    session.close()
