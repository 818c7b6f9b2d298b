"""Benchmark: the session log at 0, 10,000 and 100,000 calls.

    .venv/bin/python bench/log_bench.py [--sizes 0,10000,100000] [--runs 15]

For each size it builds a call log (~1 KB realistic calls, their callers, some promises)
and measures, each in a fresh process so memory figures don't mix:

- start-up to the first painted screen (Textual's Ready event: the first frame is out),
  netcall (config, lock, console) against a bare Textual app, same run, interleaved
  (the ratio is the median of each netcall start over the bare start beside it; pairs
  alternate which of the two starts first);
  netcall reads the log after that first frame, so the phases also show how long until
  the log is read and the console filled (its promises, this week's load, a draft);
- opening the log pane (key `l`): until the newest rows are painted, and until every
  call is indexed (searchable) and shown;
- refiltering per keystroke while typing realistic filters (and deleting them again):
  the filter itself (LogView) and the whole keystroke in the running app (input changed,
  refilter, table redrawn);
- peak RSS of the process with the log open.

It also breaks netcall's start-up into phases (imports, lock, app start, the
console's on_mount, to the first frame), measured inside the process.

The last line is exactly `startup_ratio_at_10k: X.X refilter_p95_ms_at_10k: Y`, where Y is
the p95 of the whole in-app keystroke's work (the screen's handler: refilter, table and
status updated, and every table line redrawn). "to frame" adds Textual's wait for its
next frame (60 fps timer and event loop), which a keystroke in any Textual app pays.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
SEED = 20240611
SIZE = (120, 40)
TYPED = (
    "priya",
    "résumé kept",
    "outcome:referral",
    "ask:resume since:6m",
    "meetup -advice",
    "caller:tomas promises:open",
)


# --- building a log -------------------------------------------------------------------


def build_db(path: Path, n: int) -> None:
    """Stream a TinyDB file of `n` calls (plus callers and promises) straight to disk."""
    import orjson
    import pendulum

    from netcall_tui.core.demo.bulk import bulk_calls
    from netcall_tui.store.schema import SCHEMA_VERSION

    now = pendulum.now()
    zone = getattr(now.tzinfo, "name", None) or "UTC"
    callers: dict[str, tuple[str, str, str]] = {}
    promises: list[dict[str, Any]] = []
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        out.write(b'{"calls":{')
        for i, call in enumerate(bulk_calls(n, SEED, now)):
            callers.setdefault(call["caller_id"], (call["caller_name"], call["strength"], i))
            if i % 8 == 0:
                pid = f"p{i:031x}"
                call["promise_ids"] = [pid]
                promises.append(
                    {
                        "id": pid,
                        "text": f"Pass {call['caller_name'].split()[0]}'s résumé on",
                        "due": call["ended_at"],
                        "caller_id": call["caller_id"],
                        "call_id": call["id"],
                        "done_at": None if i % 16 == 0 else call["ended_at"],
                        "created_at": call["started_at"],
                        "referral_id": "",
                        "dropped_at": None,
                        "note": "",
                        "kind": "plain",
                        "held": False,
                    }
                )
            out.write((b"," if i else b"") + orjson.dumps(str(i + 1)) + b":" + orjson.dumps(call))
        out.write(b'},"callers":{')
        created = {"utc": now.in_timezone("UTC").isoformat(), "tz": zone}
        for i, (cid, (name, strength, _)) in enumerate(callers.items()):
            record = {
                "id": cid, "name": name, "strength": strength, "reach": "other",
                "referred_by": "", "role": "", "company": "", "sector": "", "phone": "",
                "email": "", "notes": "", "created_at": created,
            }  # fmt: skip
            out.write((b"," if i else b"") + orjson.dumps(str(i + 1)) + b":" + orjson.dumps(record))
        out.write(b'},"promises":{')
        for i, record in enumerate(promises):
            out.write((b"," if i else b"") + orjson.dumps(str(i + 1)) + b":" + orjson.dumps(record))
        meta = {"1": {"key": "schema_version", "value": SCHEMA_VERSION}}
        empty = b'},"contacts":{},"referrals":{},"resumes":{},"meta":'
        out.write(empty + orjson.dumps(meta) + b"}")
    os.chmod(path, 0o600)


# --- children: each measurement in its own process --------------------------------------


def child_bare() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Static("hello")
            yield Footer()

        def on_ready(self) -> None:
            print("painted", flush=True)
            self.exit()

    Bare().run(headless=True, size=SIZE)


def child_netcall(db: str) -> None:
    """What `netcall` does in a terminal (config, lock, app; the log is read after the
    first frame), timed by phase; the phases go to stdout as JSON after the "painted" line
    (the parent times the whole from outside)."""
    marks: dict[str, float] = {"start": time.perf_counter()}
    gc.disable()  # as the `netcall` entry point does (netcall_tui/__main__.py)
    from netcall_tui.app import NetcallApp
    from netcall_tui.cli.parser import build_parser, resolve_config
    from netcall_tui.store.claim import Claim
    from netcall_tui.ui.console.screen import ConsoleScreen

    marks["imports"] = time.perf_counter()
    args = build_parser().parse_args(["--db", db])
    config = resolve_config(args)
    claim = Claim.take(Path(db))
    marks["lock taken"] = time.perf_counter()
    console_mount = ConsoleScreen.on_mount

    def timed_mount(screen: ConsoleScreen) -> None:  # measurement only
        marks["console mount starts"] = time.perf_counter()
        console_mount(screen)
        marks["console on_mount"] = time.perf_counter()

    ConsoleScreen.on_mount = timed_mount  # type: ignore[method-assign]

    class Timed(NetcallApp):
        CSS_PATH = str(
            Path(sys.modules[NetcallApp.__module__].__file__ or "").parent / "ui/app.tcss"
        )

        def on_ready(self) -> None:
            marks["first frame"] = time.perf_counter()
            print("painted", flush=True)
            super().on_ready()

        def on_netcall_app_log_read(self, message: NetcallApp.LogRead) -> None:
            super().on_netcall_app_log_read(message)
            self.call_after_refresh(self._filled)

        def _filled(self) -> None:
            marks["log read, console filled"] = time.perf_counter()
            self.exit()

    app = Timed(config, claim=claim)
    try:
        app.run(headless=True, size=SIZE)
    finally:
        app.session.close()
        if app.loaded_store is not None:
            app.loaded_store.close()
        else:
            claim.release()
    steps = [
        ("imports", "start", "imports"),
        ("lock", "imports", "lock taken"),
        ("app start", "lock taken", "console mount starts"),
        ("console on_mount", "console mount starts", "console on_mount"),
        ("to first frame", "console on_mount", "first frame"),
        ("then log read", "first frame", "log read, console filled"),
    ]
    phases = {name: (marks[end] - marks[begin]) * 1000 for name, begin, end in steps}
    print(json.dumps(phases), flush=True)


def child_log(db: str) -> None:
    """Log open time and per-keystroke refilter costs, as JSON on stdout."""
    print(json.dumps(asyncio.run(_measure_log(Path(db)))), flush=True)


async def _measure_log(db: Path) -> dict[str, Any]:
    import pendulum
    from textual.geometry import Region
    from textual.widgets import Input

    from netcall_tui.app import NetcallApp
    from netcall_tui.core.log.view import LogView
    from netcall_tui.store.db import Store
    from netcall_tui.ui.screens.log import LogScreen

    store = Store.open(db)
    app = NetcallApp(store=store)
    result: dict[str, Any] = {}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = LogScreen()
        start = time.perf_counter()
        app.push_screen(screen)  # what the console's `l` does
        await _next_frame(screen)  # the newest rows are painted
        result["open_ms"] = (time.perf_counter() - start) * 1000
        while not screen.loaded:
            await asyncio.sleep(0.005)
        await _next_frame(screen)  # every call indexed, searchable and shown
        result["indexed_ms"] = (time.perf_counter() - start) * 1000
        result["rows"] = screen.view.total

        keystrokes = [
            t[:i] for t in TYPED for i in [*range(1, len(t) + 1), *range(len(t) - 1, -1, -1)]
        ]
        # the filter alone, on its own view over the same rows
        view = LogView(screen.view.all_rows, now=pendulum.now)
        core = []
        for text in keystrokes:
            t0 = time.perf_counter()
            view.set_filter(text)
            core.append((time.perf_counter() - t0) * 1000)
        result["core_ms"] = core
        # the whole keystroke's work in the app: the screen's Input.Changed handler
        # (refilter, table and status updated) and redrawing every line of the table
        box = screen.query_one("#log-filter", Input)
        table = screen.table
        region = Region(0, 0, table.size.width, table.size.height)
        whole = []
        for text in keystrokes:
            t0 = time.perf_counter()
            screen._filter(Input.Changed(box, text))
            table.render_lines(region)
            whole.append((time.perf_counter() - t0) * 1000)
        # and the same keystrokes typed for real, timed until the next frame is out
        # (this includes waiting for Textual's 60 fps frame timer)
        box.focus()
        await pilot.pause()
        frames = []
        for text in keystrokes:
            t0 = time.perf_counter()
            box.value = text
            await _next_frame(screen)
            frames.append((time.perf_counter() - t0) * 1000)
        result["frame_ms"] = frames
        result["app_ms"] = whole
    store.close()
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


async def _next_frame(screen: Any) -> None:
    """Wait until pending messages are handled and the next frame has been drawn."""
    drawn = asyncio.Event()
    screen.call_after_refresh(drawn.set)
    await drawn.wait()


# --- the parent -------------------------------------------------------------------------


# As on a user's machine, where pip compiled every module at install and an editable
# checkout caches bytecode at first run: a shell with PYTHONDONTWRITEBYTECODE=1 would
# otherwise compile our modules from source on every start (~70 ms) but not Textual's.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _startup_ms(argv: list[str], phases: list[dict[str, float]] | None = None) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=CHILD_ENV)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    rest = child.stdout.read()
    child.wait(timeout=120)
    if line.strip() != "painted":
        raise SystemExit(f"child {argv} did not paint: {line!r}")
    if phases is not None and rest.strip():
        phases.append(json.loads(rest.strip().splitlines()[-1]))
    return elapsed


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="0,10000,100000")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        {"bare": child_bare, "netcall": child_netcall, "log": child_log}[kind](*rest)
        return

    me = [sys.executable, str(HERE)]
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="netcall-bench-") as tmp:
        for n in [int(s) for s in args.sizes.split(",")]:
            db = Path(tmp) / f"calls-{n}" / "calls.json"
            t0 = time.perf_counter()
            build_db(db, n)
            size_mb = db.stat().st_size / 1e6
            print(f"built {n:,} calls ({size_mb:.1f} MB) in {time.perf_counter() - t0:.1f} s",
                  file=sys.stderr)  # fmt: skip
            _startup_ms([*me, "--child", "bare"])  # warm the file and bytecode caches
            _startup_ms([*me, "--child", "netcall", str(db)])
            bare, ours, phases = [], [], []
            for run in range(args.runs):
                # Each pair in turn starts with the other: neither gains from going second.
                if run % 2:
                    ours.append(_startup_ms([*me, "--child", "netcall", str(db)], phases))
                    bare.append(_startup_ms([*me, "--child", "bare"]))
                else:
                    bare.append(_startup_ms([*me, "--child", "bare"]))
                    ours.append(_startup_ms([*me, "--child", "netcall", str(db)], phases))
            out = subprocess.run(
                [*me, "--child", "log", str(db)],
                capture_output=True,
                text=True,
                check=True,
                env=CHILD_ENV,
            ).stdout
            log = json.loads(out.strip().splitlines()[-1])
            # Each netcall start over the bare start beside it: this machine's noise
            # (bare alone spans 300-530 ms) drifts, and pairs cancel the drift.
            pairs = [o / b for o, b in zip(ours, bare, strict=True)]
            rows.append(
                {
                    "n": n,
                    "mb": size_mb,
                    "bare": statistics.median(bare),
                    "ours": statistics.median(ours),
                    "ratio": statistics.median(pairs),
                    "ratio_q": statistics.quantiles(pairs, n=4)[::2] if len(pairs) > 1 else [0, 0],
                    "open": log["open_ms"],
                    "indexed": log["indexed_ms"],
                    "phases": {k: statistics.median(p[k] for p in phases) for k in phases[0]},
                    "core_med": statistics.median(log["core_ms"]),
                    "core_p95": _p95(log["core_ms"]),
                    "app_med": statistics.median(log["app_ms"]),
                    "app_p95": _p95(log["app_ms"]),
                    "frame_med": statistics.median(log["frame_ms"]),
                    "frame_p95": _p95(log["frame_ms"]),
                    "keys": len(log["app_ms"]),
                    "rss": log["rss_mb"],
                }
            )
    print(
        f"{'calls':>8} {'file MB':>8} {'bare ms':>8} {'netcall':>8} {'ratio (q1-q3)':>15} "
        f"{'log open/all':>13} {'filter med/p95':>15} {'keystroke med/p95':>18} "
        f"{'to frame med/p95':>17} {'peak RSS':>9}"
    )
    for r in rows:
        print(
            f"{r['n']:>8,} {r['mb']:>8.1f} {r['bare']:>8.0f} {r['ours']:>8.0f} "
            f"{r['ratio']:>5.2f} ({r['ratio_q'][0]:.2f}-{r['ratio_q'][1]:.2f}) "
            f"{r['open']:>5.0f}/{r['indexed']:>5.0f}ms "
            f"{r['core_med']:>6.1f}/{r['core_p95']:>5.1f}ms "
            f"{r['app_med']:>8.1f}/{r['app_p95']:>5.1f}ms "
            f"{r['frame_med']:>7.1f}/{r['frame_p95']:>5.1f}ms {r['rss']:>6.0f} MB"
        )
    print(f"({rows[0]['keys']} keystrokes per size: typing and deleting {len(TYPED)} filters)")
    print("netcall start-up by phase (median ms, inside the process):")
    for r in rows:
        parts = ", ".join(f"{k} {v:.0f}" for k, v in r["phases"].items())
        print(f"{r['n']:>8,}: {parts}")
    at10k = next((r for r in rows if r["n"] == 10_000), rows[-1])
    print(
        f"startup_ratio_at_10k: {at10k['ratio']:.1f} refilter_p95_ms_at_10k: {at10k['app_p95']:.0f}"
    )


if __name__ == "__main__":
    main()
