"""The fast figures against a slow, obvious computation: every stored time parsed with
pendulum and put in its local week and month by its date, calls read as models."""

from __future__ import annotations

import dataclasses
import random
import statistics
from collections import Counter
from datetime import date, timedelta
from typing import Any

import pendulum
import pytest

from netcall_tui.core.call.history import had_interview
from netcall_tui.core.demo.bulk import bulk_calls
from netcall_tui.core.domain.records import Call
from netcall_tui.core.domain.stored import StoredMoment
from netcall_tui.core.domain.vocabulary import OutcomeKind, ReferralResult
from netcall_tui.core.stats.compute import figures
from netcall_tui.core.stats.energy import outlook
from netcall_tui.core.stats.load import call_minutes

from .stored import interview, referral, resume


def _at(stored: StoredMoment) -> pendulum.DateTime:
    parsed = pendulum.parse(stored["utc"])
    assert isinstance(parsed, pendulum.DateTime)
    return parsed


def _local_day(stored: StoredMoment | None, zone: str) -> date | None:
    if stored is None:
        return None
    parsed = pendulum.parse(stored["utc"])
    assert isinstance(parsed, pendulum.DateTime)
    return parsed.in_timezone(zone).date()


def slow_figures(
    calls: list[Any],
    promises: list[Any],
    referrals: list[Any],
    resumes: list[Any],
    now: pendulum.DateTime,
    budget: int,
) -> dict[str, Any]:
    zone = now.timezone_name
    today = date(now.year, now.month, now.day)
    this_monday = today - timedelta(days=today.weekday())
    mondays = [this_monday - timedelta(weeks=back) for back in range(51, -1, -1)]
    month_firsts: list[date] = []
    first = date(today.year, today.month, 1)
    for _ in range(12):
        month_firsts.insert(0, first)
        first = (first - timedelta(days=1)).replace(day=1)

    def in_year(day: date | None) -> bool:
        return day is not None and mondays[0] <= day < mondays[-1] + timedelta(weeks=1)

    week_calls: Counter[date] = Counter()
    week_minutes: Counter[date] = Counter()
    week_ratings: dict[date, list[int]] = {m: [] for m in mondays}
    mix: dict[date, Counter[str]] = {m: Counter() for m in month_firsts}
    year_calls: list[tuple[pendulum.DateTime, Call]] = []
    for record in calls:
        model = Call.from_dict(record)
        started = model.started_at.in_timezone(zone)
        day = started.date()
        if date(day.year, day.month, 1) in mix and model.outcome is not None:
            mix[date(day.year, day.month, 1)][model.outcome.kind.value] += 1
        if not in_year(day):
            continue
        monday = day - timedelta(days=day.weekday())
        week_calls[monday] += 1
        week_minutes[monday] += call_minutes(model)
        if model.energy is not None:
            week_ratings[monday].append(model.energy)
        year_calls.append((started, model))

    stories = [p for _, c in year_calls for p in c.phases[:1] if p.kind.value == "story"]
    timed = [c for _, c in year_calls if c.limit_s > 0]
    over = [c.used_s - c.limit_s for c in timed if c.used_s > c.limit_s]
    sit_downs = [c for _, c in year_calls if had_interview(c)]
    days = Counter(s.weekday() for s, _ in year_calls)
    hours = Counter(s.hour for s, _ in year_calls)
    made = [r for r in referrals if in_year(_local_day(r["created_at"], zone))]
    closed = Counter(r["result"] for r in made if r["state"] == "closed")
    recent = [e for m in mondays[-4:] for e in week_ratings[m]]
    rated = [e for m in mondays for e in week_ratings[m]]
    found = outlook(recent, sum(week_calls[m] for m in mondays[-4:]), 4, budget)
    return {
        "weeks": [
            (m, week_calls[m], week_minutes[m], len(week_ratings[m]),
             statistics.mean(week_ratings[m]) if week_ratings[m] else None)
            for m in mondays
        ],
        "months": [
            (m, [(k.value, mix[m][k.value]) for k in OutcomeKind if mix[m][k.value]])
            for m in month_firsts
        ],
        "timing": (
            len(stories),
            statistics.median(p.used_s for p in stories) if stories else None,
            sum(p.used_s <= p.limit_s for p in stories),
            len(timed),
            len(over),
            statistics.mean(over) if over else None,
        ),
        "interviews": len(sit_downs) + sum(
            p["kind"] == "interview" and p["held"] and in_year(_local_day(p["done_at"], zone))
            and not any(
                c.caller_id == p["caller_id"]
                and _at(p["created_at"]) <= c.started_at <= _at(p["done_at"]).add(days=1)
                for c in sit_downs
            )
            for p in promises
        ),
        "referrals": (
            len(made),
            sum(r["state"] in ("asked", "agreed", "introduced") for r in made),
            sum(r["state"] == "declined" for r in made),
            [(k.value, closed[k.value]) for k in ReferralResult if closed[k.value]],
        ),
        "resumes": (
            sum(r["removed_at"] is None for r in resumes),
            sum(in_year(_local_day(p["at"], zone)) for r in resumes for p in r["passed_on"]),
        ),
        "busiest": (
            min(days, key=lambda d: (-days[d], d)) if days else None,
            max(days.values(), default=0),
            min(hours, key=lambda h: (-hours[h], h)) if hours else None,
            max(hours.values(), default=0),
        ),
        "energy": (
            len(rated),
            statistics.mean(rated) if rated else None,
            found.rated,
            found.mean,
            found.low,
            found.suggested_calls,
        ),
    }  # fmt: skip


def fast_figures(stats: Any) -> dict[str, Any]:
    """The same shape from the real Stats."""
    t, r, b, e = stats.timing, stats.referrals, stats.busiest, stats.energy
    return {
        "weeks": [(w.monday, w.calls, w.minutes, w.rated, w.energy) for w in stats.weeks],
        "months": [(m.month, list(m.outcomes)) for m in stats.months],
        "timing": (t.stories, t.median_story_s, t.stories_in_limit, t.timed, t.over, t.mean_over_s),
        "interviews": stats.interviews_held,
        "referrals": (r.made, r.open, r.declined, list(r.results)),
        "resumes": (stats.resumes_on_file, stats.resumes_passed_on),
        "busiest": (b.weekday, b.weekday_calls, b.hour, b.hour_calls),
        "energy": (e.rated, e.mean, e.recent_rated, e.recent_mean, e.low, e.suggested_calls),
    }


def _rounded(value: Any) -> Any:
    """Floats to 6 places (sums in another order differ in the last bits)."""
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return value


def _others(rng: random.Random, now: pendulum.DateTime) -> tuple[list[Any], list[Any], list[Any]]:
    """Promises, referrals and résumés at random times over two years (stored as London
    times: the zone a time was taken in does not move it)."""

    def when() -> str:
        back = now.subtract(seconds=int(rng.random() * 2 * 365 * 86400))
        return back.in_timezone(now.timezone_name).format("YYYY-MM-DD HH:mm")

    promises = [interview(when(), held=rng.random() < 0.7) for _ in range(120)]
    states = ["asked", "agreed", "declined", "introduced", "closed"]
    results = [r.value for r in ReferralResult]
    referrals = []
    for _ in range(150):
        state = rng.choice(states)
        referrals.append(referral(when(), state, rng.choice(results) if state == "closed" else ""))
    resumes = [
        resume(
            tuple(when() for _ in range(rng.randint(0, 3))), when() if rng.random() < 0.2 else None
        )
        for _ in range(80)
    ]
    return promises, referrals, resumes


@pytest.mark.parametrize(
    ("zone", "when"),
    [
        ("Europe/London", "2026-12-02 10:00"),
        ("Europe/London", "2026-03-30 08:00"),  # the day after the clocks went forward
        ("America/New_York", "2026-11-02 00:30"),  # the day after they went back
        ("Australia/Lord_Howe", "2026-10-05 09:00"),  # half an hour, at 15:30 UTC
        ("Asia/Kathmandu", "2027-01-04 00:10"),  # +05:45, just after a week's start
        ("Pacific/Kiritimati", "2026-12-31 23:50"),  # +14:00, at a year's end
        ("America/St_Johns", "2026-06-15 12:00"),  # -02:30 in summer
    ],
)
def test_the_fast_figures_match_a_slow_obvious_computation(zone: str, when: str) -> None:
    now = pendulum.parse(when, tz=zone)
    assert isinstance(now, pendulum.DateTime)
    calls = list(bulk_calls(2000, 11, now))
    rng = random.Random(5)
    for record in calls[::50]:  # old files: no energy key, no phases, no outcome
        record.pop("energy")  # type: ignore[misc]
        record["phases"] = []
        record["outcome"] = None
    promises, referrals, resumes = _others(rng, now)
    stats = figures(calls, promises, referrals, resumes, now, 6, 120)
    fast = _rounded(fast_figures(stats))
    slow = _rounded(slow_figures(calls, promises, referrals, resumes, now, 6))
    for key, value in slow.items():
        assert fast[key] == value, key
    assert sum(w.calls for w in stats.weeks) > 800  # a year of the two years' calls
    assert dataclasses.asdict(stats)  # plain data throughout
