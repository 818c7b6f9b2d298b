"""The to-do of a forget: durable, private, nameless; finished by an open for writing,
only noticed by a read-only one; an unreadable one is reported and left alone."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest

from netcall_tui.store.db import Store
from netcall_tui.store.errors import StoreError
from netcall_tui.store.forget import forget
from netcall_tui.store.forget_copies import copies_of
from netcall_tui.store.forget_todo import (
    ForgetTodo,
    pending,
    read_todo,
    remove_todo,
    todo_path,
    write_todo,
)

from ..log.test_forget import build_history, holds


def their_call_ids(db_path: Path, caller_id: str) -> tuple[str, ...]:
    with Store.open(db_path, read_only=True) as store:
        return tuple(r["id"] for r in store.calls.raw() if r["caller_id"] == caller_id)


def test_a_todo_round_trips_and_is_owner_only(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    todo = ForgetTodo("p", ("c1", "c2"), (db_path.with_name("b.json"),), ((Path("/x.csv"), "csv"),))
    write_todo(db_path, todo)
    assert pending(db_path) and read_todo(db_path) == todo
    assert stat.S_IMODE(todo_path(db_path).stat().st_mode) == 0o600
    remove_todo(db_path)
    remove_todo(db_path)  # done twice: harmless
    assert read_todo(db_path) is None and not pending(db_path)


@pytest.mark.parametrize(
    "data",
    [b"not json", b"[]", b'{"version": 1}', b'{"version": 1, "caller_id": "p", "call_ids": [3]}'],
)
def test_a_todo_that_cant_be_read_says_so(db_path: Path, data: bytes) -> None:
    db_path.parent.mkdir(parents=True)
    todo_path(db_path).write_bytes(data)
    with pytest.raises(StoreError, match="could not read the to-do of an unfinished forget"):
        read_todo(db_path)


def test_the_todo_never_holds_their_name_and_is_not_a_copy(db_path: Path) -> None:
    caller_id, name = build_history(db_path)
    write_todo(db_path, ForgetTodo(caller_id, their_call_ids(db_path, caller_id)))
    assert not holds(todo_path(db_path), name, "Dana")
    assert todo_path(db_path) not in copies_of(db_path)


def test_a_read_only_open_notices_it_and_an_open_for_writing_finishes_it(db_path: Path) -> None:
    caller_id, name = build_history(db_path)
    write_todo(db_path, ForgetTodo(caller_id, their_call_ids(db_path, caller_id)))
    with Store.open(db_path, read_only=True) as store:
        assert store.forget_pending and store.forget_note is None
    assert holds(db_path, caller_id)  # untouched
    with Store.open(db_path, today=lambda: date(2026, 11, 23)) as store:
        assert not store.forget_pending
        assert store.forget_note == (
            "Finished forgetting a person (an earlier forget was interrupted): removed from "
            "the call log and 3 backup copies"
        )
    assert not pending(db_path)
    assert not any(holds(p, caller_id, name) for p in [db_path, *copies_of(db_path)])
    with Store.open(db_path) as store:  # nothing more to do, nothing more said
        assert store.forget_note is None


def test_an_unreadable_todo_is_reported_and_the_log_still_opens(db_path: Path) -> None:
    build_history(db_path)
    todo_path(db_path).write_bytes(b"garbage")
    with Store.open(db_path) as store:
        assert store.forget_note is not None
        assert store.forget_note.startswith("Could not finish forgetting a person")
        assert store.calls.count() > 0
    assert todo_path(db_path).read_bytes() == b"garbage"  # left for the user to see


def test_a_todo_is_written_before_anything_is_erased(db_path: Path, monkeypatch) -> None:
    caller_id, _ = build_history(db_path)
    from netcall_tui.store import forget as forget_module

    def refuse(*_args: object) -> None:
        raise StoreError("no space left on device")

    monkeypatch.setattr(forget_module, "write_todo", refuse)
    with Store.open(db_path) as store, pytest.raises(StoreError):
        forget(store, caller_id)
    assert holds(db_path, caller_id)  # nothing was erased


def test_a_copy_that_cant_be_changed_keeps_the_todo(db_path: Path) -> None:
    caller_id, _ = build_history(db_path)
    broken = db_path.parent / "backups" / "calls.2026-11-01.json"
    broken.write_bytes(b'{"calls": {"1": {"caller_id": "' + caller_id.encode() + b'", ')
    with Store.open(db_path) as store:
        report = forget(store, caller_id)
    assert report.failed and pending(db_path)
    broken.unlink()  # the user deletes it, as told
    with Store.open(db_path) as store:
        assert store.forget_note is not None and store.forget_note.startswith("Finished")
    assert not pending(db_path)
