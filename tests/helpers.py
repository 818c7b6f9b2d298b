"""What several test packages share: the frozen moment, snapshot sizes, quick records,
which modules a piece of code loads."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pendulum
import pytest

from netcall_tui.core.demo.records import demo_records
from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.store.db import Store
from netcall_tui.store.sample import fill

FROZEN = pendulum.datetime(2026, 11, 26, 10, 30, tz="Europe/London")

# Every screen and dialog is pinned at these two sizes; the ids name them.
SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 48), id="160x48")]


def fixed_now() -> pendulum.DateTime:
    return FROZEN


def seed(store: Store, now: pendulum.DateTime = FROZEN, seed: int = 7) -> None:
    """The demo half-year: ~36 callers, ~62 calls, their promises and 8 contacts."""
    fill(store, demo_records(now, seed))


def add_call(store: Store, name: str, days_ago: float = 1, **fields) -> Call:
    """A caller (found or created by name) and one call of theirs."""
    caller = store.callers.find(name) or store.callers.add(Caller(name))
    start = FROZEN.subtract(days=int(days_ago)).at(11)
    call = Call(caller.id, caller.name, start, **fields)
    store.calls.add(call)
    return call


def modules_loaded(code: str, prefixes: tuple[str, ...]) -> list[str]:
    """The modules named by `prefixes` that running `code` in a fresh Python loads."""
    probe = (
        f"{code}\nimport sys\nprint(' '.join(m for m in sys.modules if m.startswith({prefixes!r})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return result.stdout.split()


def netcall(*args: str) -> subprocess.CompletedProcess[str]:
    """The `netcall` command run as a process of its own, with no terminal."""
    return subprocess.run(
        [sys.executable, "-m", "netcall_tui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def fill_disk(disk: Path) -> None:
    """Write to `disk` until it is full (a real ENOSPC from then on)."""
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"x" * 4096)
    except OSError as error:
        assert error.errno == errno.ENOSPC
    finally:
        os.close(fd)


def count_writes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The path of each durable write of the log from now on (the store's atomic_write)."""
    from netcall_tui.store import storage

    writes: list[Path] = []
    write = storage.atomic_write
    monkeypatch.setattr(
        storage,
        "atomic_write",
        lambda path, *a, **k: (writes.append(path), write(path, *a, **k))[1],
    )
    return writes
