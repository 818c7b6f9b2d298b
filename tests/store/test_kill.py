"""Kill -9 at random moments during writes, hundreds of times: never a torn file.

A zygote process (store_child.py) imports the store once and forks one writer per
trial. The writer loops over durable writes, printing an acknowledgement after each
returns. The test reads the acks, SIGKILLs the writer at a random moment, then checks
that the file opens cleanly, holds every acknowledged write, and that the open swept
every temporary file. Trials run in chains on the same file, so later writers start
from whatever a killed one left behind.
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import orjson
import pendulum
import pytest

from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.store.db import Store
from netcall_tui.store.draft import draft_path

CHILD = Path(__file__).with_name("store_child.py")
CHAINS = 24
TRIALS_PER_CHAIN = 10  # 240 trials
MAX_ACKS = 6
MAX_SPIN_S = 0.004
TIMEOUT_S = 20.0
SEED = int(os.environ.get("NETCALL_KILL_SEED", "1729"))


@dataclass
class Expected:
    """What the acknowledged writes of a chain promise about its file."""

    calls: set[str] = field(default_factory=set)
    promises: set[str] = field(default_factory=set)
    done: set[str] = field(default_factory=set)
    edits: dict[str, int] = field(default_factory=dict)  # call id -> last acked edit seq
    seq: int = 0

    def record(self, seq: int, words: list[str]) -> None:
        self.seq = max(self.seq, seq)
        kind, ids = words[0], words[1:]
        if kind == "log":
            self.calls.add(ids[0])
            self.promises.add(ids[1])
        elif kind == "edit":
            self.edits[ids[0]] = seq
        elif kind == "done":
            self.done.add(ids[0])


class Zygote:
    def __init__(self, python: str) -> None:
        self.proc = subprocess.Popen(
            [python, str(CHILD), "zygote"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        assert self.proc.stdin and self.proc.stdout
        self.out = self.proc.stdout.fileno()
        os.set_blocking(self.out, False)
        self.buffer = b""

    def send(self, line: str) -> None:
        assert self.proc.stdin
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def lines(self, wait: bool) -> list[str]:
        """Complete lines available now (waiting for some first if `wait`)."""
        if wait:
            ready, _, _ = select.select([self.out], [], [], TIMEOUT_S)
            assert ready, "the writer stopped acknowledging writes"
        try:
            while chunk := os.read(self.out, 1 << 16):
                self.buffer += chunk
        except BlockingIOError:
            pass
        *complete, self.buffer = self.buffer.split(b"\n")
        return [c.decode() for c in complete]

    def close(self) -> None:
        assert self.proc.stdin
        self.proc.stdin.close()
        self.proc.wait(timeout=TIMEOUT_S)


def _spin(seconds: float) -> None:
    """Busy-wait a random fraction of a write, so the kill lands anywhere in it."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def run_trial(zygote: Zygote, trial: int, db: Path, rng: random.Random, exp: Expected) -> None:
    zygote.send(f"trial {trial} {db} {rng.randrange(1 << 30)}")
    kill_after = rng.randint(0, MAX_ACKS)
    pidfd, acks = None, 0
    while pidfd is None or acks < kill_after:
        for line in zygote.lines(wait=True):
            acks += _handle(line, exp)
            if line.startswith("pid "):
                pidfd = os.pidfd_open(int(line.split()[2]))
    _spin(rng.uniform(0, MAX_SPIN_S))
    try:
        signal.pidfd_send_signal(pidfd, signal.SIGKILL)
        ready, _, _ = select.select([pidfd], [], [], TIMEOUT_S)  # readable once it is dead
        assert ready, "the killed writer did not die"
    finally:
        os.close(pidfd)
    for line in zygote.lines(wait=False):  # acks that raced with the kill count too
        _handle(line, exp)


def _handle(line: str, exp: Expected) -> int:
    words = line.split()
    assert words[0] != "err", line
    if words[0] != "ack":
        return 0
    exp.record(int(words[2]), words[3:])
    return 1


def temp_files(db: Path) -> list[str]:
    names = os.listdir(db.parent) + [f"backups/{n}" for n in os.listdir(db.parent / "backups")]
    return [n for n in names if n.rsplit("/", 1)[-1].startswith(".") or n.endswith(".tmp")]


# How often a kill landed mid-write (temp file left) or just after a write that had not
# been acknowledged yet: evidence the kills hit the interesting moments.
STATS = {"leftovers": 0, "unacked_committed": 0}


def verify(db: Path, exp: Expected, seq_before: int) -> int:
    if (db.parent / "backups").exists() and temp_files(db):
        STATS["leftovers"] += 1
    assert not [n for n in os.listdir(db.parent) if ".corrupt-" in n]
    if db.exists():
        orjson.loads(db.read_bytes())  # whole, valid JSON, whatever open() would say
    if draft_path(db).exists():
        assert isinstance(orjson.loads(draft_path(db).read_bytes()), dict)  # the draft too
    with Store.open(db) as store:  # opens cleanly (and sweeps leftovers)
        assert temp_files(db) == []
        assert exp.calls <= {c.id for c in store.calls.list()}
        assert exp.promises <= {p.id for p in store.promises.all()}
        for promise_id in exp.done:
            promise = store.promises.get(promise_id)
            assert promise is not None and promise.done_at is not None
        for call_id, seq in exp.edits.items():
            call = store.calls.get(call_id)
            assert call is not None and int(call.notes.split()[1]) >= seq
        seq_now = store.meta.get("seq", 0)
        if seq_now > max(exp.seq, seq_before):
            STATS["unacked_committed"] += 1
        assert seq_now >= max(exp.seq, seq_before)
        _check_whole_transactions(store)
        return seq_now


def _check_whole_transactions(store: Store) -> None:
    """Even the unacknowledged last write is all or nothing: no promise without its
    call, no call without its caller."""
    calls = {c.id: c for c in store.calls.list()}
    callers = {c.id for c in store.callers.all()}
    assert all(c.caller_id in callers for c in calls.values())
    assert all(p.call_id in calls for p in store.promises.all())


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """A log with some history, so kills also hit backups and rewrites of a real file."""
    path = tmp_path / "seed" / "calls.json"
    with Store.open(path) as store:
        for i in range(30):
            caller = store.callers.add(Caller(f"Seed Caller {i}"))
            start = pendulum.datetime(2023, 1, 1, tz="UTC").add(days=i)
            store.calls.add(Call(caller.id, caller.name, start, notes="seed " * 50))
    return path


@pytest.mark.slow
def test_kill_during_writes_never_tears_the_file(tmp_path: Path, seeded: Path, python: str) -> None:
    rng = random.Random(SEED)
    zygote = Zygote(python)
    trials = 0
    try:
        for chain in range(CHAINS):
            db = tmp_path / f"chain{chain}" / "calls.json"
            db.parent.mkdir(mode=0o700)
            (db.parent / "backups").mkdir(mode=0o700)
            if chain % 2:  # half start from an existing file, half from nothing
                shutil.copy(seeded, db)
            exp, seq = Expected(), 0
            for _ in range(TRIALS_PER_CHAIN):
                run_trial(zygote, trials, db, rng, exp)
                seq = verify(db, exp, seq)
                trials += 1
    finally:
        zygote.close()
    print(f"{trials} trials, seed {SEED}: {STATS}")
    assert trials >= 200
    assert STATS["leftovers"] > 0, "no kill landed inside a write; the test proves little"
