"""The statistics benchmark runs, at a tiny size, and ends with its fixed line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "stats_bench.py"


def test_the_bench_prints_its_table_and_its_last_line() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--sizes", "300", "--runs", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = done.stdout.strip().splitlines()
    assert any("every figure, median" in line for line in lines)
    assert any("baseline: one pass" in line for line in lines)
    assert re.fullmatch(r"stats_ms_at_100k: \d+\.\d", lines[-1])
