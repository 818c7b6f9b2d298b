"""Benchmark: every figure of the statistics screen at 10,000 and 100,000 calls.

    .venv/bin/python bench/stats_bench.py [--sizes 10000,100000] [--runs 9]

For each size it builds a call log (bench/log_bench.py's builder: bulk calls over two
years, their callers, a promise every 8th call) with, in proportion, interview
promises (3 per 100 calls, most of them held), referrals (5 per 100, in every state)
and résumés on file (4 per 100, some passed on, some removed), opens it read-only as
the app does, and measures over `--runs` runs:

- `figures(...)` (core.stats.compute) over the store's raw records, as
  `session.stats.figures` passes them: the whole statistics screen's computation;
- the baseline, in the same run and interleaved with it: one plain pass over the same
  calls reading each `started_at["utc"]`, the least any computation over them costs on
  this machine now; the ratio says how far above that the figures are.

The log is written in time order, as a real one is (a call is added when it is
logged). Its order matters: reading the records is most of the cost, and records read
in the order they lie in memory come much faster than the same records scattered. So
the same calls are also measured in the bulk builder's random order, the worst case
(a log made by imports out of order), on a row of their own.

The garbage collector is off while timing: the figures allocate little (on and off
measure alike), and a full collection over the loaded log, which anything may set off,
would land in one run and not another.
The last line is exactly `stats_ms_at_100k: X`: the median of `figures` at 100,000
calls in time order, in milliseconds (the bar: 150); of the largest size when --sizes
leaves 100,000 out.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
SEED = 20261202
BAR_MS = 150.0


def p95(values: Sequence[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def build(path: Path, scattered: Path, calls: int) -> None:
    """A log of `calls` calls (log_bench's builder) and its interviews, referrals and
    résumés, made from its calls' own times: at `path` in time order, at `scattered`
    in the builder's random order."""
    import orjson

    sys.path.insert(0, str(HERE.parent))
    from log_bench import build_db

    build_db(path, calls)
    tables = orjson.loads(path.read_bytes())
    stored = list(tables["calls"].values())
    rng = random.Random(SEED)
    interviews = [_interview(rng, rng.choice(stored)) for _ in range(calls * 3 // 100)]
    referrals = [_referral(rng, rng.choice(stored)) for _ in range(calls * 5 // 100)]
    resumes = [_resume(rng, rng.choice(stored)) for _ in range(calls * 4 // 100)]
    first = len(tables["promises"]) + 1
    tables["promises"].update({str(first + i): r for i, r in enumerate(interviews)})
    tables["referrals"] = {str(i + 1): record for i, record in enumerate(referrals)}
    tables["resumes"] = {str(i + 1): record for i, record in enumerate(resumes)}
    scattered.write_bytes(orjson.dumps(tables))
    in_order = sorted(stored, key=lambda call: call["started_at"]["utc"])
    tables["calls"] = {str(i + 1): record for i, record in enumerate(in_order)}
    path.write_bytes(orjson.dumps(tables))


def _ended(call: dict[str, Any]) -> Any:
    from netcall_tui.core.domain.moments import from_record

    return from_record(call["ended_at"])


def _interview(rng: random.Random, call: dict[str, Any]) -> dict[str, Any]:
    from netcall_tui.core.domain.promise import Promise
    from netcall_tui.core.domain.vocabulary import PromiseKind

    end = _ended(call)
    held = rng.random() < 0.7
    promise = Promise(
        f"Information interview with {call['caller_name'].split()[0]}",
        end.add(days=rng.randint(3, 20)),
        caller_id=call["caller_id"],
        call_id=call["id"],
        done_at=end.add(days=rng.randint(3, 25)) if held else None,
        created_at=end,
        kind=PromiseKind.INTERVIEW,
        held=held,
    )
    return dict(promise.to_dict())


def _referral(rng: random.Random, call: dict[str, Any]) -> dict[str, Any]:
    from netcall_tui.core.demo.material import CONTACTS
    from netcall_tui.core.domain.referral import Referral, ReferralStep
    from netcall_tui.core.domain.vocabulary import ReferralResult, ReferralState

    end = _ended(call)
    state = rng.choice(list(ReferralState))
    steps = [ReferralStep(ReferralState.ASKED, end)]
    if state is not ReferralState.ASKED:
        steps.append(ReferralStep(state, end.add(days=rng.randint(1, 30))))
    closed = state is ReferralState.CLOSED
    referral = Referral(
        call_id=call["id"],
        caller_id=call["caller_id"],
        caller_name=call["caller_name"],
        contact_id="",
        contact_name=rng.choice(CONTACTS)[0],
        steps=tuple(steps),
        result=rng.choice(list(ReferralResult)) if closed else None,
        created_at=end,
    )
    return dict(referral.to_dict())


def _resume(rng: random.Random, call: dict[str, Any]) -> dict[str, Any]:
    from netcall_tui.core.demo.material import ROLES, SECTORS
    from netcall_tui.core.domain.resume import PassedOn, Resume, ResumeFor

    end = _ended(call)
    roll = rng.random()
    passed = tuple(PassedOn("Priya Shah", end.add(days=9 * (i + 1))) for i in range(int(roll * 3)))
    resume = Resume(
        caller_id=call["caller_id"],
        call_id=call["id"],
        what=ResumeFor(roles=(rng.choice(ROLES),), sectors=(rng.choice(SECTORS),)),
        filed_at=end,
        review_on=end.add(months=3),
        passed_on=passed,
        removed_at=end.add(days=30) if roll > 0.85 else None,
    )
    return dict(resume.to_dict())


def _timed(work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def measure(db: Path, runs: int) -> dict[str, Any]:
    import pendulum

    from netcall_tui.core.stats.compute import figures
    from netcall_tui.store.db import Store

    store = Store.open(db, read_only=True)
    if store.bad:
        raise SystemExit(f"the bench's log has {len(store.bad)} bad records: {store.bad[0]}")
    calls, promises = store.calls.unsorted(), store.promises.raw()
    referrals, resumes = store.referrals.raw(), store.resumes.raw()
    now = pendulum.now()

    def compute() -> Any:
        return figures(calls, promises, referrals, resumes, now, 6, 120)

    def baseline() -> str:
        return max(call["started_at"]["utc"] for call in calls)

    found: dict[str, Any] = {"figures": [], "baseline": [], "stats": compute()}
    found["counts"] = (len(calls), len(promises), len(referrals), len(resumes))
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            found["figures"].append(_timed(compute))
            found["baseline"].append(_timed(baseline))
    finally:
        gc.enable()
    store.close()
    return found


def _spread(name: str, values: Sequence[float]) -> tuple[str, str, str]:
    return name, f"{statistics.median(values):.1f} ms", f"p95 {p95(values):.1f} ms"


def _ratio(found: dict[str, Any]) -> str:
    return f"{statistics.median(found['figures']) / statistics.median(found['baseline']):.1f}x"


Found = dict[str, Any]  # one log's measurements


def _rows(size: int, found: Found, scattered: Found) -> list[tuple[str, str, str]]:
    _, promises, referrals, resumes = found["counts"]
    counted = sum(week.calls for week in found["stats"].weeks)
    return [
        (
            f"{size:,} calls: the log",
            f"{promises:,} / {referrals:,} / {resumes:,}",
            f"promises / referrals / résumés; built in {found['built']:.1f} s",
        ),
        _spread("  every figure, median", found["figures"]),
        _spread("  baseline: one pass, median", found["baseline"]),
        ("  figures / baseline", _ratio(found), f"{counted:,} calls in the 52 weeks"),
        _spread("  in random order: figures", scattered["figures"]),
        ("  in random order: / baseline", _ratio(scattered), "the same calls scattered"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, dict[str, Any]] = {}
    scattered: dict[int, dict[str, Any]] = {}
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            db, shuffled = Path(tmp) / "calls.json", Path(tmp) / "scattered.json"
            start = time.perf_counter()
            build(db, shuffled, size)
            built = time.perf_counter() - start
            results[size] = measure(db, args.runs)
            results[size]["built"] = built
            scattered[size] = measure(shuffled, args.runs)
    for size, found in results.items():
        for name, value, note in _rows(size, found, scattered[size]):
            print(f"{name:<30} {value:>22}   {note}")
    largest = results.get(100_000, results[max(sizes)])
    print(f"bar: {BAR_MS:.0f} ms at 100,000 calls; {args.runs} runs per size")
    print(f"stats_ms_at_100k: {statistics.median(largest['figures']):.1f}")


if __name__ == "__main__":
    main()
