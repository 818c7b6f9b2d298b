"""Benchmark: the promises view and the résumé register at 10,000 calls.

    .venv/bin/python bench/promises_bench.py [--calls 10000] [--promises 5000]
                                             [--resumes 3000] [--runs 15]

It builds a call log of `--calls` calls (as bench/log_bench.py does) with `--promises`
promises of every kind and state and `--resumes` résumés on file (what each is for drawn
from the demo's roles, sectors and tags; some passed on, some removed), opens it as the
app does, and measures:

- opening each list: the session's rows (`session.promises.rows`, `session.resumes.rows`:
  the stored records read and flattened once) and the view sorted on them (LogView with
  the list's Language), over `--runs` opens;
- the filter per keystroke, typing realistic filters and deleting them again (LogView:
  what the screen's Input.Changed handler runs before it redraws);
- the baseline, in the same run: the session log's filter per keystroke over the same
  10,000 calls, whose bar (50 ms) the promises view and the register share.

The last line is exactly `promises_filter_p95_ms: X register_filter_p95_ms: Y`.
"""

from __future__ import annotations

import argparse
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
PROMISES_TYPED = (
    "overdue",
    "due:week",
    "caller:dana",
    "state:done",
    "send résumé",
    "review -state:done",
)
REGISTER_TYPED = (
    "data engineering",
    "logistics",
    "tag:python",
    "role:analyst sector:finance",
    "caller:tomas",
    "state:passed",
    "review:due sql",
)
LOG_TYPED = ("priya", "résumé kept", "outcome:referral", "meetup -advice", "caller:tomas")
TAGS = ("python", "sql", "airflow", "figma", "spanish", "budgeting", "agile", "forklift")
MORE_ROLES = ("data engineering lead", "analytics engineer", "operations analyst")


def p95(values: Sequence[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def build(path: Path, calls: int, promises: int, resumes: int) -> None:
    """A log of `calls` calls (log_bench's builder), its promises replaced by `promises`
    of every kind and state, and `resumes` résumés on file."""
    import orjson

    sys.path.insert(0, str(HERE.parent))
    from log_bench import build_db

    build_db(path, calls)
    tables = orjson.loads(path.read_bytes())
    stored = list(tables["calls"].values())
    rng = random.Random(SEED)
    made = [_promise(rng, rng.choice(stored)) for _ in range(promises)]
    kept = [_resume(rng, rng.choice(stored)) for _ in range(resumes)]
    tables["promises"] = {str(i + 1): record for i, record in enumerate(made)}
    tables["resumes"] = {str(i + 1): record for i, record in enumerate(kept)}
    path.write_bytes(orjson.dumps(tables))


def _promise(rng: random.Random, call: dict[str, Any]) -> dict[str, Any]:
    import pendulum

    from netcall_tui.core.domain.moments import from_record
    from netcall_tui.core.domain.promise import Promise
    from netcall_tui.core.domain.vocabulary import PromiseKind

    end = from_record(call["ended_at"]) or pendulum.now()
    due = pendulum.now().add(days=rng.randint(-60, 90), hours=rng.randint(0, 23))
    first = call["caller_name"].split()[0]
    kind = rng.choice(list(PromiseKind))
    texts = {
        PromiseKind.RESUME_REVIEW: f"Review {first}'s résumé against openings",
        PromiseKind.INTERVIEW: f"Information interview with {first}",
        PromiseKind.FOLLOW_UP: f"Follow-up call with {first}",
    }
    text = texts.get(kind, f"Send {first}'s résumé to Priya")
    roll = rng.random()
    done, dropped = (end, None) if roll < 0.3 else (None, end) if roll < 0.4 else (None, None)
    plain = PromiseKind.PLAIN if kind is PromiseKind.REFERRAL else kind  # no referral here
    promise = Promise(
        text,
        due,
        caller_id=call["caller_id"],
        call_id=call["id"],
        done_at=done,
        dropped_at=dropped,
        created_at=end,
        kind=plain,
    )
    return dict(promise.to_dict())


def _resume(rng: random.Random, call: dict[str, Any]) -> dict[str, Any]:
    import pendulum

    from netcall_tui.core.demo.material import ROLES, SECTORS
    from netcall_tui.core.domain.moments import from_record
    from netcall_tui.core.domain.resume import PassedOn, Resume, ResumeFor

    end = from_record(call["ended_at"]) or pendulum.now()
    what = ResumeFor(
        roles=(rng.choice(ROLES), rng.choice(MORE_ROLES)),
        sectors=tuple(rng.sample(SECTORS, 2)),
        tags=tuple(rng.sample(TAGS, 3)),
        note=f"{call['caller_name']} would suit a team lead role",
    )
    roll = rng.random()
    passed = (PassedOn("Priya Shah", end.add(days=9)),) if roll < 0.25 else ()
    resume = Resume(
        caller_id=call["caller_id"],
        call_id=call["id"],
        what=what,
        filed_at=end,
        review_on=end.add(months=3),
        passed_on=passed,
        removed_at=end.add(days=30) if roll > 0.9 else None,
    )
    return dict(resume.to_dict())


def _timed(work: Callable[..., Any], *args: Any) -> float:
    t0 = time.perf_counter()
    work(*args)
    return (time.perf_counter() - t0) * 1000


def _hits(view: Any, text: str) -> int:
    view.set_filter(text)
    return len(view.shown)


def _keys(typed: Sequence[str]) -> list[str]:
    """Every keystroke typing each filter and deleting it again."""
    return [t[:i] for t in typed for i in [*range(1, len(t) + 1), *range(len(t) - 1, -1, -1)]]


def measure(db: Path, runs: int) -> dict[str, Any]:
    import pendulum

    from netcall_tui.core.log.promise_terms import PROMISES
    from netcall_tui.core.log.resume_terms import REGISTER
    from netcall_tui.core.log.rows import build_rows, promise_states
    from netcall_tui.core.log.view import LogView
    from netcall_tui.services.session import Session
    from netcall_tui.store.db import Store

    store = Store.open(db, read_only=True)
    if store.bad:
        raise SystemExit(f"the bench's log has {len(store.bad)} bad records: {store.bad[0]}")
    session = Session(store)
    now = pendulum.now()
    found: dict[str, Any] = {"promises": store.promises.count(), "resumes": store.resumes.count()}

    def open_promises() -> LogView:
        return LogView(session.promises.rows(now), now=pendulum.now, language=PROMISES)

    def open_register() -> LogView:
        return LogView(session.resumes.rows(), now=pendulum.now, language=REGISTER)

    found["promises_open_ms"] = [_timed(open_promises) for _ in range(runs)]
    found["register_open_ms"] = [_timed(open_register) for _ in range(runs)]
    views = {"promises": open_promises(), "register": open_register()}
    found["promises_ms"] = [_timed(views["promises"].set_filter, k) for k in _keys(PROMISES_TYPED)]
    found["register_ms"] = [_timed(views["register"].set_filter, k) for k in _keys(REGISTER_TYPED)]
    errors = [v.error for v in views.values() if v.error]
    if errors:
        raise SystemExit(f"a bench filter does not read: {errors[0]}")
    with session.reading() as read:
        rows = build_rows(read.calls.raw(), promise_states(read.promises.raw()))
    log = LogView(rows, now=pendulum.now)
    found["log_ms"] = [_timed(log.set_filter, k) for k in _keys(LOG_TYPED)]
    found["hits"] = {
        "data engineering": _hits(views["register"], "data engineering"),
        "overdue": _hits(views["promises"], "overdue"),
    }
    session.close()
    store.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--promises", type=int, default=5_000)
    parser.add_argument("--resumes", type=int, default=3_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "calls.json"
        t0 = time.perf_counter()
        build(db, args.calls, args.promises, args.resumes)
        built = time.perf_counter() - t0
        found = measure(db, args.runs)

    def spread(key: str, what: str) -> tuple[str, str, str]:
        values = found[key]
        return what, f"{p95(values):.2f} ms", f"median {statistics.median(values):.2f} ms"

    rows = [
        (
            "calls / promises / résumés",
            f"{args.calls:,} / {found['promises']:,} / {found['resumes']:,}",
            f"built in {built:.1f} s",
        ),
        spread("promises_open_ms", "open the promises view, p95"),
        spread("promises_ms", "promises filter, p95"),
        spread("register_open_ms", "open the register, p95"),
        spread("register_ms", "register filter, p95"),
        spread("log_ms", "baseline: log filter, p95"),
        (
            "found",
            f"{found['hits']['data engineering']:,} résumés",
            f"for 'data engineering'; {found['hits']['overdue']:,} promises overdue",
        ),
    ]
    for name, value, note in rows:
        print(f"{name:<30} {value:>24}   {note}")
    promises, register = p95(found["promises_ms"]), p95(found["register_ms"])
    print(f"promises_filter_p95_ms: {promises:.1f} register_filter_p95_ms: {register:.1f}")


if __name__ == "__main__":
    main()
