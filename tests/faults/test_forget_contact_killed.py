"""Forget a contact, SIGKILLed at each file replacement (just before and just after it):
the next open finishes the job — their name in none of the files (a résumé passed on to
them included), the caller's history still there, the to-do gone."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from netcall_tui.store.db import Store
from netcall_tui.store.forget_copies import copies_of
from netcall_tui.store.forget_todo import contact_todo_path

from ..network.test_forget_contact import NAME, history

CHILD = """
import os, signal, sys
from pathlib import Path
from netcall_tui.store.db import Store
from netcall_tui.store.forget_contact import forget_contact
db, contact_id, kill_at = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
store = Store.open(db)
real, ops = os.replace, [0]
def step(*args, **kwargs):
    ops[0] += 1
    if kill_at == 2 * ops[0] - 1:
        os.kill(os.getpid(), signal.SIGKILL)
    result = real(*args, **kwargs)
    if kill_at == 2 * ops[0]:
        os.kill(os.getpid(), signal.SIGKILL)
    return result
os.replace = step
forget_contact(store, contact_id)
"""


@pytest.mark.parametrize("kill_at", range(1, 7))
def test_a_killed_forget_is_finished_at_the_next_open(tmp_path: Path, kill_at: int) -> None:
    folder = tmp_path / "data"
    dana_id, _ = history(folder / "calls.json", passed_resume=True)
    db = folder / "calls.json"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(db), dana_id, str(kill_at)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    shutil.rmtree(folder / "calls.json.lock", ignore_errors=True)
    begun = contact_todo_path(db).exists()
    store = Store.open(db)
    assert not contact_todo_path(db).exists()
    for path in (db, *copies_of(db)):
        data = path.read_bytes()
        assert b"Sam Rivera" in data, path
        if begun:  # finished by the open, and the user told
            assert NAME.encode() not in data and dana_id.encode() not in data, path
            assert store.forget_note is not None and "forgetting a contact" in store.forget_note
        else:  # killed before its to-do was down: nothing was erased
            assert NAME.encode() in data and kill_at == 1
    store.close()
