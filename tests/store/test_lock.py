"""One writer at a time: a second netcall is told who holds the log; a killed holder's
lock never blocks; read-only opens need no lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from netcall_tui.store.db import Store
from netcall_tui.store.errors import LockedError

CHILD = Path(__file__).with_name("store_child.py")


@pytest.fixture
def holder(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process with the log open for writing."""
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), "hold", str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().split() == ["ready", str(proc.pid)]
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=30)


def test_a_second_writer_is_told_the_holders_pid(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(LockedError) as caught:
        Store.open(db_path)
    assert caught.value.pid == holder.pid
    assert str(caught.value) == (
        f"the call log at {db_path} is open in another netcall (pid {holder.pid}); "
        "close it there, or open this one with --read-only"
    )


def test_read_only_opens_while_another_writes(db_path: Path, holder: subprocess.Popen[str]) -> None:
    with Store.open(db_path, read_only=True) as viewer:
        assert viewer.calls.count() == 0


def test_the_lock_is_free_once_the_holder_closes(
    db_path: Path, holder: subprocess.Popen[str]
) -> None:
    assert holder.stdin is not None
    holder.stdin.close()
    assert holder.wait(timeout=30) == 0
    Store.open(db_path).close()
    assert not db_path.with_name("calls.json.lock.pid").exists()  # cleaned up on close


def test_a_killed_holder_does_not_block(db_path: Path, holder: subprocess.Popen[str]) -> None:
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    assert db_path.with_name("calls.json.lock.pid").read_text().strip() == str(holder.pid)
    with Store.open(db_path) as store:  # the kernel dropped the dead process's lock
        assert store.calls.count() == 0
        with pytest.raises(LockedError, match=rf"\(pid {os.getpid()}\)"):
            Store.open(db_path)  # and now we hold it, with our pid


def test_two_stores_in_one_process_exclude_each_other(db_path: Path) -> None:
    with Store.open(db_path), pytest.raises(LockedError):
        Store.open(db_path)
    Store.open(db_path).close()
