"""`netcall ics` on a full disk (a real tmpfs with no space left): one line saying so,
and the calendar file as it was (or none), never a torn one, no temporary file left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from netcall_tui.core.domain.promise import Promise
from netcall_tui.store.db import Store

from ..helpers import FROZEN, fill_disk, netcall


@pytest.fixture
def db(db_path: Path) -> Path:
    with Store.open(db_path) as store:  # beside the test, not on the small disk
        for n in range(40):  # a file bigger than the space a full disk leaves
            store.promises.add(Promise(f"Send the notes to caller {n}", FROZEN.add(days=n)))
    return db_path


@pytest.mark.parametrize("before", ["none", "an earlier export"])
def test_ics_on_a_full_disk_keeps_what_was_there(db: Path, small_disk: Path, before: str) -> None:
    target = small_disk / "netcall-promises.ics"
    if before != "none":
        assert netcall("--db", str(db), "ics", "-o", str(target)).returncode == 0
    kept = target.read_bytes() if target.exists() else None
    fill_disk(small_disk)
    done = netcall("--db", str(db), "ics", "-o", str(target))
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(f"netcall: could not write the calendar to {target} (")
    assert os.strerror(28) in done.stderr  # ENOSPC: No space left on device
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert (target.read_bytes() if target.exists() else None) == kept
    assert sorted(p.name for p in small_disk.iterdir()) == sorted(
        ["filler", *([target.name] if kept else [])]
    )
