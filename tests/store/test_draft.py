"""The live call's draft in a file of its own beside the log: saving it never rewrites the
log, it is durable and owner-only, it goes with the log's transactions, and a draft whose
call is already logged never brings that call back."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.store import draft as draft_module
from netcall_tui.store.db import Store
from netcall_tui.store.draft import draft_path
from netcall_tui.store.errors import StoreError

from ..helpers import fill_disk

MakeCaller = Callable[..., Caller]
MakeCall = Callable[..., Call]
DRAFT = {"version": 1, "call_id": "c-live", "caller": {"id": "p1"}, "notes": "wants an intro"}


def fail_rename(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_rename(src: Any, dst: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", no_rename)


def test_a_draft_is_a_file_of_its_own_and_the_log_is_not_rewritten(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[Path] = []
    real = draft_module.atomic_write
    monkeypatch.setattr(
        draft_module,
        "atomic_write",
        lambda path, data, **kw: (writes.append(path), real(path, data, **kw)),
    )
    log_before = store.path.stat()
    store.save_draft(DRAFT)
    store.save_draft({**DRAFT, "notes": "wants an intro to Priya"})
    assert writes == [draft_path(store.path)] * 2
    assert draft_path(store.path).name == "calls.json.draft"
    after = store.path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (log_before.st_ino, log_before.st_mtime_ns)
    assert stat.S_IMODE(draft_path(store.path).stat().st_mode) == 0o600
    assert orjson.loads(draft_path(store.path).read_bytes())["notes"] == "wants an intro to Priya"


def test_a_draft_comes_back_after_a_restart_and_clearing_deletes_it(store: Store) -> None:
    store.save_draft(DRAFT)
    store.close()
    with Store.open(store.path) as again:
        assert again.load_draft() == DRAFT
        again.clear_draft()
        assert not draft_path(store.path).exists()
        assert again.load_draft() is None
        again.clear_draft()  # clearing nothing is fine


def test_a_draft_whose_call_is_logged_is_dropped(
    store: Store, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    """A crash between logging the call and clearing its draft: the call comes back once."""
    jane = store.callers.add(make_caller())
    store.save_draft({**DRAFT, "call_id": "c-logged"})
    store.calls.add(make_call(jane, id="c-logged"))  # ...and netcall died here
    store.close()
    with Store.open(store.path) as again:
        assert again.load_draft() is None
        assert not draft_path(store.path).exists()


def test_clearing_in_a_transaction_happens_after_the_log_write(
    store: Store, make_caller: MakeCaller, make_call: MakeCall, monkeypatch: pytest.MonkeyPatch
) -> None:
    jane = store.callers.add(make_caller())
    store.save_draft(DRAFT)
    with pytest.raises(RuntimeError), store.transaction():
        store.calls.add(make_call(jane, id="c-live"))
        store.clear_draft()
        raise RuntimeError("rolled back")
    assert store.load_draft() == DRAFT  # nothing was logged, so the draft stays

    fail_rename(monkeypatch)
    with pytest.raises(StoreError), store.transaction():
        store.calls.add(make_call(jane, id="c-live"))
        store.clear_draft()
    assert draft_path(store.path).exists()  # the log write failed: the draft is kept
    monkeypatch.undo()
    store.flush()  # the retry writes the log, then the draft goes
    assert not draft_path(store.path).exists()


def test_a_newer_draft_is_not_deleted_by_an_older_clear_waiting_for_a_retry(
    store: Store, make_caller: MakeCaller, make_call: MakeCall, monkeypatch: pytest.MonkeyPatch
) -> None:
    jane = store.callers.add(make_caller())
    fail_rename(monkeypatch)
    with pytest.raises(StoreError), store.transaction():
        store.calls.add(make_call(jane))
        store.clear_draft()
    monkeypatch.undo()
    store.save_draft(DRAFT)  # the next call
    store.flush()
    assert store.load_draft() == DRAFT


def test_an_older_files_draft_in_meta_moves_into_the_draft_file(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.meta.set("draft", DRAFT)  # where netcall kept it before the draft file
    with Store.open(db_path) as store:
        assert store.load_draft() == DRAFT
        assert store.meta.get("draft") is None
    on_disk = orjson.loads(db_path.read_bytes())
    assert all(r.get("key") != "draft" for r in on_disk["meta"].values())
    assert orjson.loads(draft_path(db_path).read_bytes()) == DRAFT


def test_the_draft_files_leftover_temporary_files_are_swept(store: Store) -> None:
    store.save_draft(DRAFT)
    store.close()
    leftover = store.path.with_name(f".{draft_path(store.path).name}.4242.deadbeef.tmp")
    leftover.write_bytes(b'{"half": ')
    with Store.open(store.path) as again:
        assert not leftover.exists()
        assert again.load_draft() == DRAFT


def test_an_unreadable_draft_is_reported_and_moved_aside(store: Store) -> None:
    draft_path(store.path).write_bytes(b"\x00\x00")
    with pytest.raises(StoreError, match="not a draft netcall can read; it was moved aside"):
        store.load_draft()
    assert not draft_path(store.path).exists()
    assert [p.name for p in store.path.parent.glob("calls.json.draft.corrupt-*")]
    assert store.load_draft() is None


def test_read_only_reads_the_draft_and_leaves_it(
    store: Store, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    jane = store.callers.add(make_caller())
    store.calls.add(make_call(jane, id="c-live"))
    store.save_draft(DRAFT)
    with Store.open(store.path, read_only=True) as viewer:
        assert viewer.load_draft() is None  # its call is logged...
    assert draft_path(store.path).exists()  # ...but a reader never deletes


def test_a_draft_that_is_not_json_is_refused_before_anything_is_written(store: Store) -> None:
    with pytest.raises(TypeError, match="cannot be saved as JSON"):
        store.save_draft({"when": object()})
    assert not draft_path(store.path).exists()


def test_a_draft_that_cannot_be_saved_says_so_and_is_retried(small_disk: Path) -> None:
    """A full disk: the message names the draft (not "the call log"), the draft waits in
    memory as unsaved, and the retry (flush) writes it once there is room again."""
    db = small_disk / "calls.json"
    with Store.open(db) as store:
        store.save_draft({"notes": "first"})
        fill_disk(small_disk)
        with pytest.raises(StoreError) as caught:
            store.save_draft({"notes": "second " * 2000})
        message = str(caught.value)
        assert message.startswith(f"could not save the live call's draft at {draft_path(db)}")
        assert "call log" not in message.split(":")[0]
        assert store.unsaved
        (small_disk / "filler").unlink()
        store.flush()
        assert not store.unsaved
        assert store.load_draft() == {"notes": "second " * 2000}
