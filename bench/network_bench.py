"""Benchmark: your network at 30,000 contacts (and 10,000 calls).

    .venv/bin/python bench/network_bench.py [--contacts 30000] [--calls 10000] [--runs 15]

It builds a call log of `--calls` calls (as bench/log_bench.py does) with `--contacts`
contacts as a LinkedIn import leaves them (core/demo/bulk_contacts), then measures:

- opening the network screen (as the console's `w` does): until its rows are built and
  shown;
- the contact filter per keystroke, typing realistic filters and deleting them again:
  the filter alone (ContactView) and the whole keystroke in the running app (the screen's
  Input.Changed handler: refilter, table and status updated, every table line redrawn);
- logging a referral (`session.calls.log` with a REFERRAL_MADE outcome to one of the
  contacts): one durable write with the favour, the referral and its promise;
- importing 30,000 LinkedIn connections (bench/import_bench.py's `measure_import`, in a
  fresh process: review and durable write, with its peak RSS).

The last line is exactly `import_30k_s: X filter_p95_ms_at_30k: Y`, X being the import's
seconds and Y the p95 of the whole in-app keystroke.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
SEED = 20261202
SIZE = (120, 40)
TYPED = ("priya", "tier:trusted", "recruiter", "tag:logistics", "quillon -engineer", "osei")


def build(path: Path, contacts: int, calls: int) -> None:
    """A log of `calls` calls (log_bench's builder) with `contacts` contacts added."""
    import orjson
    import pendulum

    sys.path.insert(0, str(HERE.parent))
    from log_bench import build_db

    from netcall_tui.core.demo.bulk_contacts import bulk_contacts

    build_db(path, calls)
    tables = orjson.loads(path.read_bytes())
    records = bulk_contacts(contacts, SEED, pendulum.now())
    tables["contacts"] = {str(i + 1): record for i, record in enumerate(records)}
    path.write_bytes(orjson.dumps(tables))


KEYS = ("core_ms", "app_ms", "referral_ms")


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


async def measure(db: Path, runs: int) -> dict[str, Any]:
    import pendulum
    from textual.geometry import Region
    from textual.widgets import Input

    from netcall_tui.app import NetcallApp
    from netcall_tui.core.log.contact_terms import ContactView
    from netcall_tui.store.db import Store
    from netcall_tui.ui.screens.network import NetworkScreen

    store = Store.open(db)
    app = NetcallApp(store=store)
    found: dict[str, Any] = {}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = NetworkScreen()
        start = time.perf_counter()
        app.push_screen(screen)
        while not screen.loaded:
            await asyncio.sleep(0.005)
        await pilot.pause()
        found["open_ms"] = (time.perf_counter() - start) * 1000
        found["rows"] = screen.view.total
        keys = [t[:i] for t in TYPED for i in [*range(1, len(t) + 1), *range(len(t) - 1, -1, -1)]]
        alone = ContactView(screen.view.all_rows, now=pendulum.now)
        found["core_ms"] = [_timed(alone.set_filter, text) for text in keys]
        box, table = screen.query_one("#network-filter", Input), screen.table
        region = Region(0, 0, table.size.width, table.size.height)

        def keystroke(text: str) -> None:
            screen._filter(Input.Changed(box, text))
            table.render_lines(region)

        found["app_ms"] = [_timed(keystroke, text) for text in keys]
        found["referral_ms"] = [_timed(_log_referral, app, store, i) for i in range(runs)]
    store.close()
    return found


def _timed(work: Any, *args: Any) -> float:
    t0 = time.perf_counter()
    work(*args)
    return (time.perf_counter() - t0) * 1000


def _log_referral(app: Any, store: Any, i: int) -> None:
    import pendulum

    from netcall_tui.core.domain.records import Call, Caller
    from netcall_tui.core.domain.values import Outcome
    from netcall_tui.core.domain.vocabulary import OutcomeKind
    from netcall_tui.core.network.referral_ask import ReferralAsk

    contact = store.contacts.raw()[i * 97]
    caller = Caller(f"Bench Caller {i}")
    start = pendulum.now().subtract(minutes=30)
    outcome = Outcome(OutcomeKind.REFERRAL_MADE, contact["name"], contact_id=contact["id"])
    call = Call(caller.id, caller.name, start, outcome=outcome, ended_at=start.add(minutes=25))
    app.session.calls.log(caller, call, [], ReferralAsk(contact_id=contact["id"]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "calls.json"
        t0 = time.perf_counter()
        build(db, args.contacts, args.calls)
        built = time.perf_counter() - t0
        found = asyncio.run(measure(db, args.runs))
    spread = {key: (p95(found[key]), statistics.median(found[key])) for key in KEYS}
    rows = [
        ("contacts / calls", f"{found['rows']:,} / {args.calls:,}", f"built in {built:.1f} s"),
        ("open the network screen", f"{found['open_ms']:.0f} ms", "rows built and shown"),
        ("filter alone, p95", "{:.2f} ms".format(spread["core_ms"][0]),
         "median {:.2f} ms".format(spread["core_ms"][1])),
        ("keystroke in the app, p95", "{:.2f} ms".format(spread["app_ms"][0]),
         "median {:.2f} ms".format(spread["app_ms"][1])),
        ("log a referral, median", "{:.1f} ms".format(spread["referral_ms"][1]),
         "p95 {:.1f} ms, {} runs".format(spread["referral_ms"][0], args.runs)),
    ]  # fmt: skip
    sys.path.insert(0, str(HERE.parent))
    from import_bench import measure_import

    import_s, import_mb = measure_import(30_000)
    rows.append(("import 30,000 LinkedIn rows", f"{import_s:.2f} s", f"peak {import_mb:.0f} MB"))
    for name, value, note in rows:
        print(f"{name:<28} {value:>18}   {note}")
    print(f"import_30k_s: {import_s:.2f} filter_p95_ms_at_30k: {p95(found['app_ms']):.1f}")


if __name__ == "__main__":
    main()
