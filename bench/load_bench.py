"""Benchmark: what checking every record costs when the log is opened.

Opening, as `netcall log` and the app's log do it: read the file (read-only), check every
record (`store.loader.check_records`), and build the log's rows. Each size is opened
with the check and without it (only the ids checked, as before), the two interleaved in
one process so that noise from other work on the machine hits both alike.

    .venv/bin/python bench/load_bench.py [--sizes 10000,100000] [--runs 5]

The last line is exactly `check_overhead_at_100k: X.XX stamped_at_100k: Y.YY`: the median
open with the check over the median open without it, at 100,000 calls, for bytes opened
for the first time (X) and for bytes netcall checked or wrote before (Y: the checked stamp
lets the open skip the check; the bar for the usual open is at most 1.10).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from log_bench import build_db  # type: ignore[import-not-found]  # run from bench/, beside it

from netcall_tui.core.log.rows import build_rows, promise_states
from netcall_tui.store import loader
from netcall_tui.store.checked import stamp, stamp_path
from netcall_tui.store.db import Store


def open_log(path: Path) -> int:
    """Open the log as the log view does; the number of rows built."""
    store = Store.open(path, read_only=True)
    try:
        rows = build_rows(store.calls.raw(), promise_states(store.promises.raw()))
    finally:
        store.close()
    return len(rows)


def timed(path: Path, check: Callable[[loader.Tables], tuple[loader.BadRecord, ...]]) -> float:
    loader.check_records = check  # the one thing compared
    gc.collect()
    start = time.perf_counter()
    open_log(path)
    return time.perf_counter() - start


def ids_only(tables: loader.Tables) -> tuple[loader.BadRecord, ...]:
    """What reading the log checked before: the ids, no record's fields."""
    loader.check_ids(tables)
    return ()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    check = loader.check_records
    ratios: dict[int, tuple[float, float]] = {}
    head = f"{'calls':>8} {'no check ms':>12} {'check ms':>10} {'stamped ms':>11}"
    print(f"{head} {'ratio':>6} {'stamped':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            path = Path(folder) / f"calls-{n}.json"
            build_db(path, n)
            open_log(path)  # warm the page cache and the imports
            without: list[float] = []
            with_: list[float] = []
            stamped: list[float] = []
            for _ in range(args.runs):
                without.append(timed(path, ids_only))
                with_.append(timed(path, check))
                stamp(path)  # as netcall leaves the bytes it wrote: the next open skips the check
                stamped.append(timed(path, check))
                stamp_path(path).unlink()
            loader.check_records = check
            before, after = statistics.median(without), statistics.median(with_)
            warm = statistics.median(stamped)
            ratios[n] = (after / before, warm / before)
            print(
                f"{n:>8,} {before * 1000:>12.0f} {after * 1000:>10.0f} {warm * 1000:>11.0f}"
                f" {ratios[n][0]:>6.3f} {ratios[n][1]:>8.3f}"
            )
    cold, warm = ratios.get(100_000, (float("nan"), float("nan")))
    print(f"check_overhead_at_100k: {cold:.2f} stamped_at_100k: {warm:.2f}")


if __name__ == "__main__":
    main()
