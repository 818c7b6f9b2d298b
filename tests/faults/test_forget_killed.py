"""Forget a person, SIGKILLed part way, 30 times: the next open finishes the job.

A zygote (forget_child.py) imports the store once and forks a real process per trial,
which forgets Dana in a fresh copy of a folder holding the log, its backups, two
set-aside `.corrupt-*` copies (one readable, one torn) and a CSV, JSON and Markdown
export, having chosen to erase those too. It dies at a chosen file replacement or
removal (just before or just after it), or at a random moment of the forget. Then a
fresh open must finish it: Dana in none of the files, every file readable, everyone
else still there, the to-do gone, and the user told.
"""

from __future__ import annotations

import contextlib
import csv
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import orjson

from netcall_tui.core.export.data import gather
from netcall_tui.core.export.formats import FORMATS, render
from netcall_tui.store.db import Store
from netcall_tui.store.forget_todo import ForgetTodo, todo_path, write_todo

from ..helpers import FROZEN, add_call
from ..log.test_forget import build_history

CHILD = Path(__file__).with_name("forget_child.py")
TRIALS = 30
TIMED = 9  # trials killed after a random delay; the rest at a chosen file operation
TIMEOUT_S = 20.0
SEED = int(os.environ.get("NETCALL_KILL_SEED", "1729"))
NOT_FILES = (".lock", ".lock.pid", ".checked")  # no person in these: nothing to read


class Zygote:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        assert self.proc.stdout is not None
        self.out = self.proc.stdout
        self.buffer = b""

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def expect(self, word: str) -> list[str]:
        """The next line starting with `word` (lines of other kinds are skipped)."""
        while True:
            while b"\n" not in self.buffer:
                ready, _, _ = select.select([self.out], [], [], TIMEOUT_S)
                assert ready, f"the forgetter said nothing for {TIMEOUT_S} s"
                chunk = os.read(self.out.fileno(), 65536)
                assert chunk, "the zygote died"
                self.buffer += chunk
            line, self.buffer = self.buffer.split(b"\n", 1)
            words = line.decode().split()
            if words and words[0] == word:
                return words

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=TIMEOUT_S)


def build_template(folder: Path) -> tuple[str, set[str]]:
    """The log with 7 backups, Dana in two set-aside copies and three exports."""
    db = folder / "calls.json"
    caller_id, _ = build_history(db)
    for day in range(23, 29):
        with Store.open(db, today=lambda day=day: date(2026, 11, day)) as store:
            add_call(store, "Someone Else", days_ago=1, notes=f"day {day}")
    with Store.open(db, read_only=True) as store:
        calls, promises, callers = store.calls.raw(), store.promises.raw(), store.callers.raw()
        resumes = store.resumes.raw()  # Dana's résumé on file goes from the JSON too
    data = gather(calls, promises, callers, resumes=resumes)
    for fmt in FORMATS:
        (folder / f"netcall-export-2026-11-28.{fmt}").write_text(render(fmt, data, now=FROZEN))
    raw = db.read_bytes()
    (folder / "calls.json.corrupt-20261101T000000").write_bytes(raw)
    torn = raw[: raw.index(caller_id.encode()) + 64]
    (folder / "calls.json.corrupt-20261102T000000").write_bytes(torn)
    return caller_id, {r["id"] for r in calls if r["caller_id"] == caller_id}


def unchanged(folder: Path, template: Path) -> list[str]:
    """Killed before the to-do was in place: nothing may have changed (so F still works),
    but for today's backup of the log as it was (and the oldest pruned for it)."""
    with Store.open(folder / "calls.json"):
        pass  # sweeps the temporary files
    names = {p.relative_to(folder) for p in folder.rglob("*") if not p.name.endswith(NOT_FILES)}
    before = {
        p.relative_to(template) for p in template.rglob("*") if not p.name.endswith(NOT_FILES)
    }
    live = (template / "calls.json").read_bytes()  # today's backup of it may appear
    found = [
        f"{name} appeared"
        for name in sorted(names - before)
        if (folder / name).is_file() and (folder / name).read_bytes() != live
    ]
    found += [f"{name} went" for name in sorted(before - names) if name.parts[0] != "backups"]
    found += [
        f"{name} changed"
        for name in sorted(names & before)
        if (folder / name).is_file()
        and (folder / name).read_bytes() != (template / name).read_bytes()
    ]
    return found


def problems(folder: Path, needles: list[bytes], others: int) -> list[str]:
    """What the open after the kill did not put right."""
    found: list[str] = []
    with Store.open(folder / "calls.json") as store:  # this open finishes the forget
        if store.calls.count() != others:
            found.append(f"the log holds {store.calls.count()} calls, not {others}")
        note = store.forget_note
    if todo_path(folder / "calls.json").exists():
        found.append("the to-do is still there")
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.name.endswith(NOT_FILES):
            continue
        data = path.read_bytes()
        if any(needle in data for needle in needles):
            found.append(f"{path.relative_to(folder)} still holds them")
        if path.suffix == ".csv":
            rows = list(csv.reader(data.decode().splitlines()))
            if len(rows) - 1 != others:
                found.append(f"{path.name} has {len(rows) - 1} rows, not {others}")
        elif ".json" in path.name:
            try:
                orjson.loads(data)
            except orjson.JSONDecodeError:
                found.append(f"{path.relative_to(folder)} can't be read")
    if found and note:
        found.append(f"(told: {note})")
    return found


def test_a_forget_killed_part_way_is_finished_by_the_next_open(tmp_path: Path) -> None:
    template = tmp_path / "template"
    template.mkdir()
    caller_id, call_ids = build_template(template)
    with Store.open(template / "calls.json", read_only=True) as store:
        others = store.calls.count() - len(call_ids)
    needles = [caller_id.encode(), *(i.encode() for i in call_ids), b"Dana Whitfield"]
    rng = random.Random(SEED)
    zygote = Zygote()
    failures: list[str] = []
    try:
        # Trial 0 runs to the end: it counts the file operations, and times the forget.
        steps, duration = 0, 0.0
        for trial in range(TRIALS):
            folder = tmp_path / f"trial-{trial}"
            shutil.copytree(template, folder)
            timed = trial > TRIALS - 1 - TIMED
            spread = (trial - 1) * 2 * steps // (TRIALS - TIMED - 1)  # over every kill point
            kill_at = 0 if trial == 0 or timed else 1 + spread
            zygote.send(f"{trial} {folder} {caller_id} {kill_at}")
            _, _, pid = zygote.expect("pid")
            zygote.expect("go")
            began = time.monotonic()
            if timed:
                time.sleep(rng.uniform(0, duration))
                with contextlib.suppress(ProcessLookupError):  # it finished first
                    os.kill(int(pid), signal.SIGKILL)
            if trial == 0:
                steps = int(zygote.expect("steps")[2])
                duration = time.monotonic() - began
            status = int(zygote.expect("end")[2])
            if kill_at:
                assert os.WIFSIGNALED(status), f"trial {trial}: not killed at point {kill_at}"
            live = (folder / "calls.json").read_bytes()
            begun = todo_path(folder / "calls.json").exists() or caller_id.encode() not in live
            found = problems(folder, needles, others) if begun else unchanged(folder, template)
            if found:
                failures.append(f"trial {trial} (kill at {kill_at or 'a random moment'}): {found}")
            shutil.rmtree(folder)
    finally:
        zygote.close()
    assert steps > 10  # the hook saw the forget's file operations
    assert not failures, f"{len(failures)} of {TRIALS} trials failed:\n" + "\n".join(failures)


def test_a_read_only_command_says_a_forget_is_unfinished_and_leaves_it(tmp_path: Path) -> None:
    db = tmp_path / "calls.json"
    caller_id, _ = build_history(db)
    with Store.open(db, read_only=True) as store:
        call_ids = tuple(r["id"] for r in store.calls.raw() if r["caller_id"] == caller_id)
    write_todo(db, ForgetTodo(caller_id, call_ids))  # as a kill left it
    result = subprocess.run(
        [sys.executable, "-m", "netcall_tui", "log", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert "an earlier forget was interrupted and is not finished" in result.stderr
    assert "Traceback" not in result.stderr
    assert todo_path(db).exists() and caller_id.encode() in db.read_bytes()
