"""Benchmark: logging a call with netcall's store vs stock TinyDB, at 1,000 and 10,000 calls;
saving the live call's draft at 10,000 and 100,000 calls.

Ours writes durably and atomically on every add (temp file, fsync, rename, folder
fsync); stock TinyDB 4.x's JSONStorage re-reads and re-parses the whole file, then
rewrites it in place (it fsyncs the file, but a kill mid-write leaves it torn). Both
run in the same process and folder, their inserts interleaved so disk noise hits both.

The draft is saved to its own file beside the log, with the same durable write; beside
it, for comparison, the same draft kept in the log's `meta` table as netcall did before
(every save rewrote the whole log), the two interleaved.

    .venv/bin/python bench/store_bench.py

The last line is exactly `ratio_at_10k: X.X draft_ms_at_100k: Y.YY`: stock's median add
time over ours at 10,000 calls, and the median draft save at 100,000 calls.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import orjson
import pendulum
from tinydb import TinyDB

from netcall_tui.core.call.countdown import Countdown
from netcall_tui.core.call.live import LiveCall
from netcall_tui.core.demo.bulk import bulk_calls
from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.core.domain.values import Outcome, Phase
from netcall_tui.core.domain.vocabulary import Ask, OutcomeKind, PhaseKind, Strength
from netcall_tui.store import schema
from netcall_tui.store.db import Store

SIZES = (1_000, 10_000)
ADDS = 30  # timed adds per store and size
DRAFT_SIZES = (10_000, 100_000)
DRAFT_SAVES = 30  # timed draft saves per size (each way)
SEED = 20240611

FIRST = ["Ana", "Ben", "Chloé", "Dev", "Emeka", "Fatima", "Grace", "Hiro", "Ines", "Jonas"]
LAST = ["Adeyemi", "Berg", "Chen", "Dubois", "Evans", "Fischer", "García", "Haddad", "Ito"]
SENTENCES = [
    "Wants an introduction to someone on the platform team, but could not say which role.",
    "Story ran long; spent most of it on the last startup and why it folded.",
    "Clear about the ask: feedback on a résumé for senior data engineering roles.",
    "Knows the industry well and brings a network in logistics we do not have.",
    "Suggested the local product management meetup and two newsletters to follow.",
    "No fit right now; offered to keep the résumé on file and pass it on.",
    "Agreed a thirty-minute sit-down next week before any referral.",
    "Tenuous connection through a former colleague's cousin; gave general advice only.",
    "Asked good questions about how hiring works here and what the loop looks like.",
    "Follow up in two weeks once they have narrowed the list of target companies.",
    "Mentioned a portfolio site; the case studies need numbers and outcomes.",
    "Recommended the industry association's mentoring program as another avenue.",
]


def make_call(rng: random.Random, start: pendulum.DateTime) -> Call:
    """A realistic ~1 KB call record, fully determined by `rng`."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    story = rng.randint(180, 420)
    advice = rng.randint(300, 1200)
    notes = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(6, 9)))
    kind = rng.choice([OutcomeKind.ADVICE_GIVEN, OutcomeKind.RESUME_KEPT, OutcomeKind.NOT_NOW])
    return Call(
        caller_id=f"{rng.getrandbits(128):032x}",
        caller_name=name,
        started_at=start,
        strength=rng.choice(list(Strength)),
        asks=frozenset(rng.sample(list(Ask), rng.randint(1, 2))),
        phases=(
            Phase(PhaseKind.STORY, 300, float(story)),
            Phase(PhaseKind.ADVICE, 900, float(advice)),
        ),
        notes=notes,
        outcome=Outcome(kind, "", start.add(seconds=story + advice)),
        ended_at=start.add(seconds=story + advice),
        id=f"{rng.getrandbits(128):032x}",
    )


def make_calls(count: int, seed: int) -> list[Call]:
    rng = random.Random(seed)
    start = pendulum.datetime(2023, 1, 2, 9, tz="Europe/London")
    return [make_call(rng, start.add(hours=7 * i)) for i in range(count)]


@dataclass
class Result:
    size: int
    who: str
    open_s: float
    first_read_s: float
    adds: list[float]
    file_bytes: int

    @property
    def median(self) -> float:
        return statistics.median(self.adds)

    @property
    def p95(self) -> float:
        return p95(self.adds)


def run_size(size: int, folder: Path) -> tuple[Result, Result]:
    calls = make_calls(size + ADDS, SEED + size)
    ours_path, stock_path = folder / f"ours-{size}.json", folder / f"stock-{size}.json"

    with Store.open(ours_path) as store, store.transaction():  # one write
        for call in calls[:size]:
            store.calls.add(call)
    seeded = TinyDB(stock_path)
    seeded.table("calls").insert_multiple(c.to_dict() for c in calls[:size])
    seeded.close()

    t0 = time.perf_counter()
    store = Store.open(ours_path)
    t1 = time.perf_counter()
    store.calls.count()
    ours_open, ours_read = t1 - t0, time.perf_counter() - t0

    t0 = time.perf_counter()
    stock = TinyDB(stock_path)
    t1 = time.perf_counter()
    len(stock.table("calls"))
    stock_open, stock_read = t1 - t0, time.perf_counter() - t0

    ours_adds: list[float] = []
    stock_adds: list[float] = []
    for call in calls[size:]:
        t0 = time.perf_counter()
        store.calls.add(call)
        t1 = time.perf_counter()
        stock.table("calls").insert(call.to_dict())
        t2 = time.perf_counter()
        ours_adds.append(t1 - t0)
        stock_adds.append(t2 - t1)
    store.close()
    stock.close()
    return (
        Result(size, "ours", ours_open, ours_read, ours_adds, ours_path.stat().st_size),
        Result(size, "stock", stock_open, stock_read, stock_adds, stock_path.stat().st_size),
    )


def seed_log(path: Path, size: int) -> None:
    """A current-schema log of `size` bulk calls, written directly (no models)."""
    tables = schema.new_tables()
    now = pendulum.now()
    tables["calls"] = {str(i + 1): r for i, r in enumerate(bulk_calls(size, SEED, now))}
    path.write_bytes(orjson.dumps(tables))


def live_draft(rng: random.Random) -> dict:
    """A live call's draft as the console saves it: a caller, notes, a promise."""
    start = pendulum.now().subtract(minutes=7)
    caller = Caller(f"{rng.choice(FIRST)} {rng.choice(LAST)}", Strength.MODERATE, role="PM")
    live = LiveCall(caller, Countdown(), start, asks={Ask.INTRODUCTION, Ask.RESUME})
    live.notes = " ".join(rng.choice(SENTENCES) for _ in range(6))
    live.promises.append(Promise("Send the meetup link", start.add(days=2), caller.id))
    return live.to_draft()


def run_drafts(size: int, folder: Path) -> tuple[list[float], list[float]]:
    """Draft saves at `size` calls: to the draft file, and into the log's meta table."""
    rng = random.Random(SEED + size)
    path = folder / f"drafts-{size}.json"
    seed_log(path, size)
    draft = live_draft(rng)
    file_saves: list[float] = []
    meta_saves: list[float] = []
    with Store.open(path) as store:
        store.save_draft(draft)  # untimed: the first write of a day makes a backup
        store.meta.set("draft", draft)
        for i in range(DRAFT_SAVES):
            draft["notes"] += f" {i}"
            t0 = time.perf_counter()
            store.save_draft(draft)
            t1 = time.perf_counter()
            store.meta.set("draft", draft)
            t2 = time.perf_counter()
            file_saves.append(t1 - t0)
            meta_saves.append(t2 - t1)
    return file_saves, meta_saves


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    ratios: dict[int, float] = {}
    drafts: dict[int, float] = {}
    header = (
        f"{'calls':>7} {'store':<6} {'file MB':>8} {'open ms':>8} {'open+read ms':>13} "
        f"{'add median ms':>14} {'add p95 ms':>11}"
    )
    print(f"netcall store vs stock TinyDB — {ADDS} timed adds per row")
    print(header)
    print("-" * len(header))
    with tempfile.TemporaryDirectory(prefix="netcall-bench-") as tmp:
        for size in SIZES:
            ours, stock = run_size(size, Path(tmp))
            for r in (ours, stock):
                print(
                    f"{r.size:>7,} {r.who:<6} {r.file_bytes / 1e6:>8.1f} {r.open_s * 1e3:>8.1f} "
                    f"{r.first_read_s * 1e3:>13.1f} {r.median * 1e3:>14.2f} {r.p95 * 1e3:>11.2f}"
                )
            ratios[size] = stock.median / ours.median
            opened = stock.first_read_s / ours.first_read_s
            print(
                f"{'':>7} ratio stock/ours: add median {ratios[size]:.1f}, "
                f"add p95 {stock.p95 / ours.p95:.1f}, open+read {opened:.1f}"
            )
        print()
        print(f"live call's draft — {DRAFT_SAVES} timed saves per row")
        header = (
            f"{'calls':>7} {'draft file median ms':>21} {'p95 ms':>7} "
            f"{'in the log (before) median ms':>30}"
        )
        print(header)
        print("-" * len(header))
        for size in DRAFT_SIZES:
            file_saves, meta_saves = run_drafts(size, Path(tmp))
            drafts[size] = statistics.median(file_saves)
            print(
                f"{size:>7,} {drafts[size] * 1e3:>21.2f} {p95(file_saves) * 1e3:>7.2f} "
                f"{statistics.median(meta_saves) * 1e3:>30.1f}"
            )
    print(f"ratio_at_10k: {ratios[10_000]:.1f} draft_ms_at_100k: {drafts[100_000] * 1e3:.2f}")


if __name__ == "__main__":
    main()
