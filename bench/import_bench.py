"""Benchmark: importing LinkedIn connections into a fresh call log.

    .venv/bin/python bench/import_bench.py [--sizes 1000,30000] [--runs 3]

For each size it writes a realistic Connections.csv (LinkedIn's notes before the header,
accented names, quoted commas in companies and positions, mostly empty emails, a few
hidden profiles), then, in a fresh process each run (so memory figures don't mix),
imports it through the real service: `session.imports.review(path)` reads and compares,
`session.imports.apply(review)` writes every contact in one durable write. The time is
from the start of the review to the durable write done (with the CPU time beside it: on
a machine others share, wall time waits for a core); the peak RSS is that process's.

The last line is exactly `import_30k_s: X peak_rss_mb: Y` (the median run at 30,000).
`measure_import(n)` gives (seconds, peak RSS MB) of one run, for bench/network_bench.py.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
SEED = 20261202
PREAMBLE = (
    "Notes:\r\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    'connections to see or download their email address."\r\n\r\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
)
FIRST = ("Ada", "José", "Siobhán", "Priya", "Tomás", "Wei", "Olumide", "Chloé", "Mateo", "Zoë")
LAST = ("Okafor", "García", "Ní Bhriain", "Shah", "Novák", "Chen", "Bello", "Dubois", "Rossi")
COMPANIES = ("Acme", '"Northwind, Inc."', "Globex", '"Initech, LLC"', "Umbrella", "Hooli")
ROLES = ('"VP, Engineering"', "Recruiter", "Head of Talent", '"Director, Sales"', "CTO")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def connections_csv(n: int, seed: int = SEED) -> str:
    """A LinkedIn export of `n` connections (1 in 50 a hidden profile: only a date)."""
    rng = random.Random(seed)
    lines = [PREAMBLE]
    for i in range(n):
        date = f"{rng.randint(1, 28):02d} {rng.choice(MONTHS)} {rng.randint(2008, 2026)}"
        if i % 50 == 49:
            lines.append(f",,,,,,{date}\r\n")
            continue
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = f"{first.lower()}.{i}@example.com" if i % 10 == 0 else ""
        url = f"https://www.linkedin.com/in/{first.lower()}-{last.lower()}-{i:06d}"
        company, role = rng.choice(COMPANIES), rng.choice(ROLES)
        lines.append(f"{first},{last},{url},{email},{company},{role},{date}\r\n")
    return "".join(lines).removesuffix("\r\n")  # the last line lacks its newline, as real ones may


def _run_one(n: int) -> dict[str, float]:
    """In this process: one import of `n` connections into a fresh log."""
    from netcall_tui.services.session import Session
    from netcall_tui.store.db import Store

    with tempfile.TemporaryDirectory(prefix="netcall-import-bench-") as folder:
        source = Path(folder) / "Connections.csv"
        source.write_text(connections_csv(n), encoding="utf-8")
        store = Store.open(Path(folder) / "calls.json")
        session = Session(store)
        try:
            cpu_start = _cpu()
            start = time.perf_counter()
            review = session.imports.review(source)
            reviewed = time.perf_counter()
            counts = session.imports.apply(review)
            done = time.perf_counter()
            cpu = _cpu() - cpu_start
        finally:
            session.close()
            store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {
        "total_s": done - start,
        "review_s": reviewed - start,
        "apply_s": done - reviewed,
        "cpu_s": cpu,
        "peak_rss_mb": peak,
        "added": counts.new,
    }


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _in_fresh_process(n: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, str(HERE), "--child", str(n)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def measure_import(n: int) -> tuple[float, float]:
    """(seconds, peak RSS MB) of importing `n` generated LinkedIn rows, in a fresh process."""
    result = _in_fresh_process(n)
    return result["total_s"], result["peak_rss_mb"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,30000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(_run_one(args.child)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    columns = ("rows", "added", "review s", "apply s", "total s", "cpu s", "peak MB")
    print("  ".join(f"{c:>8}" for c in columns))
    medians: dict[int, dict[str, float]] = {}
    for n in sizes:
        runs = [_in_fresh_process(n) for _ in range(args.runs)]
        runs.sort(key=lambda r: r["total_s"])
        median = runs[len(runs) // 2]
        medians[n] = median
        print(
            f"{n:>8,}  {int(median['added']):>8,}  {median['review_s']:>8.2f}  "
            f"{median['apply_s']:>8.2f}  {median['total_s']:>8.2f}  {median['cpu_s']:>8.2f}  "
            f"{median['peak_rss_mb']:>8.1f}"
        )
        spread = ", ".join(f"{r['total_s']:.2f}" for r in runs)
        print(f"         (runs: {spread} s; median of {len(runs)})")
    at = medians.get(30_000) or medians[sizes[-1]]
    print(f"import_30k_s: {at['total_s']:.2f} peak_rss_mb: {at['peak_rss_mb']:.1f}")


if __name__ == "__main__":
    main()
