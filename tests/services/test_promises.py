"""Keeping, snoozing, editing and dropping a promise, and undoing the last change: each
one durable write, read back from the file as a fresh open finds it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pendulum
import pytest

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Caller
from netcall_tui.core.domain.vocabulary import PromiseStatus
from netcall_tui.core.errors import ValidationError
from netcall_tui.core.promises.due import parse_due
from netcall_tui.core.promises.groups import DueGroup
from netcall_tui.services.session import Session
from netcall_tui.store.db import Store
from netcall_tui.store.errors import NotFoundError

ZONE = "Europe/London"
NOW = pendulum.datetime(2026, 12, 2, 9, tz=ZONE)
DUE = pendulum.datetime(2026, 12, 2, 17, tz=ZONE)


@pytest.fixture
def logged(db_path: Path) -> Iterator[tuple[Session, str]]:
    store = Store.open(db_path)
    dana = store.callers.add(Caller("Dana Whitfield"))
    promise = store.promises.add(Promise("Send the CV on", DUE, caller_id=dana.id))
    session = Session(store)
    yield session, promise.id
    session.close()
    store.close()


def on_disk(db_path: Path, promise_id: str) -> Promise:
    again = Store.open(db_path, read_only=True)  # what is on disk, not in memory
    try:
        found = again.promises.get(promise_id)
    finally:
        again.close()
    assert found is not None
    return found


def test_done_with_a_note_is_stored_and_undone(logged, db_path: Path) -> None:
    session, pid = logged
    kept = session.promises.done(pid, "sent to Priya", at=NOW)
    stored = on_disk(db_path, pid)
    assert stored == kept and stored.state is PromiseStatus.DONE
    assert (stored.done_at, stored.note) == (NOW, "sent to Priya")
    assert session.promises.undo() == on_disk(db_path, pid)
    stored = on_disk(db_path, pid)
    assert (stored.state, stored.done_at, stored.note) == (PromiseStatus.OPEN, None, "")
    assert session.promises.undo() is None  # only the last change


def test_drop_with_a_reason_is_stored_and_undone(logged, db_path: Path) -> None:
    session, pid = logged
    session.promises.drop(pid, "they found a job", at=NOW)
    stored = on_disk(db_path, pid)
    assert (stored.state, stored.dropped_at, stored.note) == (
        PromiseStatus.DROPPED,
        NOW,
        "they found a job",
    )
    with Store.open(db_path, read_only=True) as again:
        assert again.promises.open() == []  # dropped is not open
    session.promises.undo()
    assert on_disk(db_path, pid).open


def test_snooze_moves_the_due_moment_and_undo_brings_it_back(logged, db_path: Path) -> None:
    session, pid = logged
    week = parse_due("in 1 week", NOW)
    session.promises.snooze(pid, week)
    assert on_disk(db_path, pid).due == week == pendulum.datetime(2026, 12, 9, 17, tz=ZONE)
    session.promises.undo()
    assert on_disk(db_path, pid).due == DUE


def test_edit_changes_what_and_when_and_undo_restores_both(logged, db_path: Path) -> None:
    session, pid = logged
    later = parse_due("fri", NOW)
    session.promises.edit(pid, text="Send the CV to Priya")
    session.promises.edit(pid, due=later)
    stored = on_disk(db_path, pid)
    assert (stored.text, stored.due) == ("Send the CV to Priya", later)
    session.promises.undo()  # the last change: the due date only
    stored = on_disk(db_path, pid)
    assert (stored.text, stored.due) == ("Send the CV to Priya", DUE)
    with pytest.raises(ValidationError, match="promise"):
        session.promises.edit(pid, text="   ")
    assert on_disk(db_path, pid).text == "Send the CV to Priya"


@pytest.mark.parametrize("change", ["done", "drop", "snooze"])
def test_only_an_open_promise_is_kept_dropped_or_snoozed(logged, db_path, change) -> None:
    session, pid = logged
    session.promises.done(pid, at=NOW)
    before = db_path.read_bytes()
    with pytest.raises(ValidationError, match="already done"):
        if change == "snooze":
            session.promises.snooze(pid, DUE.add(days=1))
        else:
            getattr(session.promises, change)(pid, at=NOW)
    assert db_path.read_bytes() == before


def test_undo_leaves_a_promise_changed_since_alone(logged, db_path: Path) -> None:
    session, pid = logged
    session.promises.done(pid, at=NOW)
    with session.writing() as store:  # changed elsewhere (a call's edit, say)
        store.promises.update(replace(on_disk(db_path, pid), done_at=NOW.add(hours=1)))
    with pytest.raises(ValidationError, match="changed since"):
        session.promises.undo()
    assert on_disk(db_path, pid).done_at == NOW.add(hours=1)


def test_a_deleted_promise_is_reported_not_written(logged, db_path: Path) -> None:
    session, pid = logged
    with session.writing() as store:
        store.promises.delete(pid)
    with pytest.raises(NotFoundError, match="no longer in the call log"):
        session.promises.done(pid)


def test_rows_name_the_caller_and_group_against_now(logged) -> None:
    session, pid = logged
    (row,) = session.promises.rows(NOW)
    assert (row.id, row.caller, row.group, row.state) == (
        pid,
        "Dana Whitfield",
        DueGroup.TODAY,
        "open",
    )
    session.promises.done(pid, at=NOW)
    assert session.promises.rows(NOW)[0].group is DueGroup.DONE


def test_a_held_interview_is_stored_and_opens_the_referral_gate(db_path: Path) -> None:
    from netcall_tui.core.domain.vocabulary import PromiseKind

    store = Store.open(db_path)
    dana = store.callers.add(Caller("Dana Whitfield"))
    meet = store.promises.add(
        Promise("Meet Dana", DUE, caller_id=dana.id, kind=PromiseKind.INTERVIEW)
    )
    session = Session(store)
    try:
        assert not session.calls.history(dana.id).interview_on_record
        session.promises.done(meet.id, "coffee at the station", held=True, at=NOW)
        stored = on_disk(db_path, meet.id)
        assert (stored.held, stored.note, stored.done_at) == (True, "coffee at the station", NOW)
        assert session.calls.history(dana.id).interview_on_record
        session.promises.undo()
        assert not on_disk(db_path, meet.id).held
        assert not session.calls.history(dana.id).interview_on_record
    finally:
        session.close()
        store.close()
