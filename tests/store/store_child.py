"""Helper processes for the store tests (run as a script, never collected by pytest).

    store_child.py hold DB      open DB, print "ready <pid>", hold it until stdin closes
    store_child.py fsize DB     make a real write fail (RLIMIT_FSIZE), report as JSON
    store_child.py zygote       fork a writer per "trial N DB SEED" line on stdin

The zygote imports everything once and forks per trial, so a trial costs a fork
(~2 ms) instead of a Python start-up (~250 ms). Each forked writer loops forever doing
one durable write per step and printing `ack N SEQ KIND [IDS]` after each write
returns, until the test SIGKILLs it.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import sys
import traceback
from pathlib import Path

import pendulum

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.store.db import Store
from netcall_tui.store.errors import StoreError

NAMES = ["Ada Obi", "Ben Ito", "Cleo Park", "Dan Roe", "Eva Lind"]
T0 = pendulum.datetime(2024, 3, 1, 9, 0, tz="UTC")


def hold(db: Path) -> None:
    store = Store.open(db)
    print(f"ready {os.getpid()}", flush=True)
    sys.stdin.read()  # until the test closes our stdin (or kills us)
    store.close()


def fsize(db: Path) -> None:
    """A real failing write, as root too: the file size limit makes write() fail with
    EFBIG, which no permission bit can do for root."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG, not a fatal signal
    store = Store.open(db)
    caller = store.callers.add(Caller("Ada Obi"))
    store.calls.add(Call(caller.id, caller.name, T0))  # today's backup is made now
    before = db.read_bytes()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (len(before) + 64, hard))
    report: dict[str, object] = {"before": len(before)}
    try:
        store.calls.add(Call(caller.id, caller.name, T0.add(hours=1), notes="x" * 5000))
        report["error"] = None
    except StoreError as error:
        report["error"] = str(error)
    report["intact"] = db.read_bytes() == before
    report["files"] = sorted(os.listdir(db.parent))
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    store.flush()  # the retry, with the fault gone
    report["unsaved_after_retry"] = store.unsaved
    store.close()
    with Store.open(db) as again:
        report["calls_after_retry"] = again.calls.count()
    print(json.dumps(report), flush=True)


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # one write(2) per line: atomic on a pipe


def _step(store: Store, rng: random.Random, seq: int, mine: dict[str, list[str]]) -> str:
    """One durable write (one transaction); returns what to acknowledge."""
    kind = rng.choice(["log", "log", "draft", "edit", "done"])
    if (kind == "edit" and not mine["calls"]) or (kind == "done" and not mine["promises"]):
        kind = "log"
    with store.transaction():
        store.meta.set("seq", seq)
        if kind == "log":
            caller = store.callers.find_or_create(Caller(rng.choice(NAMES)))
            call = store.calls.add(Call(caller.id, caller.name, T0.add(minutes=seq)))
            promise = store.promises.add(
                Promise("send it on", T0.add(days=7), caller_id=caller.id, call_id=call.id)
            )
            store.clear_draft()
            mine["calls"].append(call.id)
            mine["promises"].append(promise.id)
            return f"log {call.id} {promise.id}"
        if kind == "draft":
            store.save_draft({"seq": seq, "notes": "typing… " * rng.randint(1, 40)})
            return "draft"
        if kind == "edit":
            call_id = rng.choice(mine["calls"])
            call = store.calls.get(call_id)
            assert call is not None
            store.calls.update(call.with_(notes=f"edit {seq}"))
            return f"edit {call_id}"
        promise_id = rng.choice(mine["promises"])
        store.promises.mark_done(promise_id, T0)
        return f"done {promise_id}"


def writer(trial: int, db: Path, seed: int) -> None:
    rng = random.Random(seed)
    store = Store.open(db)
    seq = store.meta.get("seq", 0)
    mine: dict[str, list[str]] = {"calls": [], "promises": []}
    while True:
        seq += 1
        what = _step(store, rng, seq, mine)
        _say(f"ack {trial} {seq} {what}")


def zygote() -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps our children
    while line := sys.stdin.readline():
        _, trial, db, seed = line.split()
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            try:
                writer(int(trial), Path(db), int(seed))
            except BaseException:
                _say(f"err {trial} " + traceback.format_exc().replace("\n", " | "))
            finally:
                os._exit(1)
        _say(f"pid {trial} {pid}")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "hold":
        hold(Path(sys.argv[2]))
    elif mode == "fsize":
        fsize(Path(sys.argv[2]))
    elif mode == "zygote":
        zygote()
    else:
        raise SystemExit(f"unknown mode {mode!r}")
