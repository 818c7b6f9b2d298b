"""The rules of keeping, dropping, snoozing and editing a promise, apart from the store."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.vocabulary import PromiseStatus
from netcall_tui.core.errors import ValidationError
from netcall_tui.core.promises.changes import done, dropped, edited, snoozed

AT = pendulum.datetime(2026, 12, 2, 9, tz="Europe/London")
OPEN = Promise("Call Dana back", AT.add(hours=8))


def test_each_change_and_the_state_it_leaves() -> None:
    assert done(OPEN, AT, "called").state is PromiseStatus.DONE
    assert done(OPEN, AT, "called").note == "called"
    assert dropped(OPEN, AT, "no longer looking").state is PromiseStatus.DROPPED
    assert snoozed(OPEN, AT.add(days=1)).due == AT.add(days=1)
    assert edited(OPEN, text="Call Dana") == Promise(
        "Call Dana", OPEN.due, id=OPEN.id, created_at=OPEN.created_at
    )
    assert edited(done(OPEN, AT), due=AT).state is PromiseStatus.DONE  # a kept one can be fixed


@pytest.mark.parametrize("closed", [done(OPEN, AT), dropped(OPEN, AT)])
def test_a_closed_promise_is_not_kept_dropped_or_snoozed_again(closed: Promise) -> None:
    for change in (lambda p: done(p, AT), lambda p: dropped(p, AT), lambda p: snoozed(p, AT)):
        with pytest.raises(ValidationError, match=f"already {closed.state.label}"):
            change(closed)


def test_a_promise_is_never_both_done_and_dropped() -> None:
    with pytest.raises(ValidationError, match="either done or dropped"):
        Promise("x", AT, done_at=AT, dropped_at=AT)


def test_the_note_is_trimmed_kept_as_data_and_limited() -> None:
    kept = done(OPEN, AT, "  sent\x1b[31m  ")
    assert kept.note == "sent\x1b[31m"  # the screens show it harmless, as all user text
    assert Promise.from_dict(kept.to_dict()) == kept
    with pytest.raises(ValidationError, match="note"):
        dropped(OPEN, AT, "x" * 10_000)


def test_only_a_kept_interview_promise_is_held() -> None:
    from netcall_tui.core.domain.vocabulary import PromiseKind

    interview = Promise("Meet Dana", AT, kind=PromiseKind.INTERVIEW)
    held = done(interview, AT, "met", held=True)
    assert held.held and held.state is PromiseStatus.DONE
    assert Promise.from_dict(held.to_dict()) == held
    assert not done(interview, AT).held
    with pytest.raises(ValidationError, match="information-interview"):
        done(OPEN, AT, held=True)
