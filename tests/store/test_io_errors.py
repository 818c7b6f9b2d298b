"""Each step of a durable write failing in turn: one clear StoreError, the previous file
intact on disk, no temporary file left, and a retry that succeeds once the fault is gone."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.store.db import Store
from netcall_tui.store.errors import StoreError

CHILD = Path(__file__).with_name("store_child.py")
MakeCaller = Callable[..., Caller]
MakeCall = Callable[..., Call]
real_fsync, real_replace, real_open = os.fsync, os.replace, os.open


def _fail(code: int) -> OSError:
    return OSError(code, os.strerror(code))


def _is_dir(fd: int) -> bool:
    return stat.S_ISDIR(os.fstat(fd).st_mode)


def fail_create(mp: pytest.MonkeyPatch) -> None:
    def fake(path: Any, flags: int, mode: int = 0o777, **kw: Any) -> int:
        if str(path).endswith(".tmp"):
            raise _fail(errno.ENOSPC)
        return real_open(path, flags, mode, **kw)

    mp.setattr(os, "open", fake)


def fail_write(mp: pytest.MonkeyPatch) -> None:
    def fake(*_: Any) -> int:
        raise _fail(errno.ENOSPC)

    mp.setattr(os, "writev", fake)
    mp.setattr(os, "write", fake)


def fail_file_fsync(mp: pytest.MonkeyPatch) -> None:
    def fake(fd: int) -> None:
        if not _is_dir(fd):
            raise _fail(errno.EIO)
        real_fsync(fd)

    mp.setattr(os, "fsync", fake)


def fail_replace(mp: pytest.MonkeyPatch) -> None:
    def fake(src: Any, dst: Any) -> None:
        raise _fail(errno.EROFS)

    mp.setattr(os, "replace", fake)


def fail_dir_fsync(mp: pytest.MonkeyPatch) -> None:
    def fake(fd: int) -> None:
        if _is_dir(fd):
            raise _fail(errno.EIO)
        real_fsync(fd)

    mp.setattr(os, "fsync", fake)


STEPS: dict[str, tuple[Callable[[pytest.MonkeyPatch], None], str, int]] = {
    "create": (fail_create, "creating a temporary file beside it failed", errno.ENOSPC),
    "write": (fail_write, "writing the new version to a temporary file failed", errno.ENOSPC),
    "fsync": (fail_file_fsync, "flushing the new version to disk (fsync) failed", errno.EIO),
    "replace": (fail_replace, "putting the new version in place (rename) failed", errno.EROFS),
    "dir-fsync": (fail_dir_fsync, "flushing the folder to disk (fsync) failed", errno.EIO),
}


def leftovers(folder: Path) -> list[str]:
    return [n for n in os.listdir(folder) if n.startswith(".") or n.endswith(".tmp")]


@pytest.fixture
def busy(store: Store, make_caller: MakeCaller, make_call: MakeCall) -> Store:
    """A store with history, past today's first write (so today's backup exists)."""
    jane = store.callers.add(make_caller())
    store.calls.add(make_call(jane))
    return store


@pytest.mark.parametrize("step", sorted(STEPS))
@pytest.mark.parametrize("retry", ["flush", "next-write"])
def test_a_failed_step_keeps_the_old_file_and_a_retry_saves(
    step: str,
    retry: str,
    busy: Store,
    make_call: MakeCall,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    inject, action, code = STEPS[step]
    jane = busy.callers.all()[0]
    before = busy.path.read_bytes()
    inject(monkeypatch)

    with pytest.raises(StoreError) as caught:
        busy.calls.add(call := make_call(jane, hours=1))

    assert type(caught.value) is StoreError
    message = str(caught.value)
    assert message.startswith(f"could not save the call log at {busy.path}: {action}")
    assert f"({os.strerror(code)})" in message
    assert "Nothing was lost: the file on disk still holds the last saved version" in message
    assert busy.path.read_bytes() == before
    assert leftovers(busy.path.parent) == []
    assert busy.unsaved and busy.calls.get(call.id) == call  # kept in memory

    monkeypatch.undo()
    if retry == "flush":
        busy.flush()
        expected = 2
    else:
        busy.calls.add(make_call(jane, hours=2))
        expected = 3
    assert not busy.unsaved
    busy.close()
    with Store.open(busy.path) as again:
        assert again.calls.count() == expected
        assert again.calls.get(call.id) == call


def test_a_failed_transaction_write_keeps_all_of_it_for_the_retry(
    busy: Store, make_call: MakeCall, monkeypatch: pytest.MonkeyPatch
) -> None:
    jane = busy.callers.all()[0]
    before = busy.path.read_bytes()
    fail_replace(monkeypatch)
    with pytest.raises(StoreError), busy.transaction():
        busy.calls.add(make_call(jane, hours=1))
        busy.save_draft({"notes": "x"})
    assert busy.path.read_bytes() == before
    monkeypatch.undo()
    busy.flush()
    busy.close()
    with Store.open(busy.path) as again:
        assert again.calls.count() == 2 and again.load_draft() == {"notes": "x"}


def test_a_failed_backup_stops_the_write_and_is_retried(
    busy: Store, today: Any, make_call: MakeCall, monkeypatch: pytest.MonkeyPatch
) -> None:
    jane = busy.callers.all()[0]
    before = busy.path.read_bytes()
    today.advance()
    fail_file_fsync(monkeypatch)
    with pytest.raises(StoreError) as caught:
        busy.calls.add(make_call(jane, hours=1))
    # It names the backup it was making, not "the call log" (as it used to).
    assert str(caught.value).startswith("could not save today's backup of the call log at ")
    assert "/backups/" in str(caught.value).split(":")[0]
    assert busy.path.read_bytes() == before
    assert busy.backups() == []
    assert leftovers(busy.path.parent / "backups") == []
    monkeypatch.undo()
    busy.flush()
    assert [p.read_bytes() for p in busy.backups()] == [before]


def test_close_with_a_failing_disk_keeps_the_store_open(
    busy: Store, make_call: MakeCall, monkeypatch: pytest.MonkeyPatch
) -> None:
    jane = busy.callers.all()[0]
    fail_write(monkeypatch)
    with pytest.raises(StoreError):
        busy.calls.add(make_call(jane, hours=1))
    with pytest.raises(StoreError):
        busy.close()
    assert busy.unsaved
    busy.close(discard_unsaved=True)
    monkeypatch.undo()
    with Store.open(busy.path) as again:  # the lock was released
        assert again.calls.count() == 1


def test_a_real_write_failure(db_path: Path, python: str) -> None:
    """No monkeypatching: the file size limit (RLIMIT_FSIZE) makes the kernel refuse the
    write with EFBIG. Works as root, unlike permission bits, so it runs in CI."""
    out = subprocess.run(
        [python, str(CHILD), "fsize", str(db_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    report = json.loads(out.strip().splitlines()[-1])
    assert report["error"].startswith(f"could not save the call log at {db_path}: writing")
    assert f"({os.strerror(errno.EFBIG)})" in report["error"]
    assert report["intact"] is True
    assert [n for n in report["files"] if n.startswith(".")] == []
    assert report["unsaved_after_retry"] is False
    assert report["calls_after_retry"] == 2


def _folder_permissions_bind_us(folder: Path) -> bool:
    """False for root (CAP_DAC_OVERRIDE): it can write into a 0500 folder anyway."""
    probe = folder / "probe"
    probe.mkdir(mode=0o500)
    probe.chmod(0o500)
    try:
        (probe / "x").touch()
    except PermissionError:
        return True
    return False


def test_a_read_only_folder(busy: Store, make_call: MakeCall, tmp_path: Path) -> None:
    if not _folder_permissions_bind_us(tmp_path):
        pytest.skip("root writes into read-only folders; test_a_real_write_failure covers it")
    jane = busy.callers.all()[0]
    before = busy.path.read_bytes()
    busy.path.parent.chmod(0o500)
    try:
        with pytest.raises(StoreError, match=r"creating a temporary file beside it failed"):
            busy.calls.add(make_call(jane, hours=1))
        assert busy.path.read_bytes() == before
    finally:
        busy.path.parent.chmod(0o700)
    busy.flush()
    assert not busy.unsaved


def test_a_new_log_whose_folder_cannot_be_flushed_is_not_left_half_made(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_dir_fsync(monkeypatch)
    with pytest.raises(StoreError, match="flushing the folder to disk"):
        Store.open(db_path)
    assert not db_path.exists()
    monkeypatch.undo()
    Store.open(db_path).close()  # and the lock was released
    assert db_path.exists()
