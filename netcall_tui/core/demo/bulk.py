"""Bulk sample calls for benchmarks: stored-form call dicts, 100,000 in a few seconds.

Separate from `demo_records` because it trades realism for speed: it writes the dicts
`Call.to_dict()` would, straight from pools of prepared values, with no models built.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC
from datetime import datetime as std_datetime
from typing import Any

from pendulum import DateTime

from ..call.phrasebook import default_phrasebook
from ..domain.stored import CallRecord
from ..domain.vocabulary import OutcomeKind, Strength, Trait
from .material import (
    BACKGROUNDS,
    CONTACTS,
    FIRST_NAMES,
    LAST_NAMES,
    NEXT_STEPS,
    SINGLE_ASKS,
    STORIES,
)

_BULK_SPAN_S = 2 * 365 * 86400
_BULK_MAX_CALLERS = 50_000  # about three calls a caller, but bounded for huge n


# How the bulk calls left the receiver: most rated, mostly fine, some not.
_RATINGS = (4, None, 3, 5, None, 2, 4, 3, 1, None, 4, 3)


def _iso_utc(timestamp: float) -> str:
    # Same text pendulum writes for a whole-second UTC moment, without its parsing cost.
    return std_datetime.fromtimestamp(int(timestamp), UTC).isoformat()


def _bulk_pools(rng: random.Random, n: int) -> dict[str, list[Any]]:
    strengths = [s.value for s in Strength]
    callers = [
        (
            f"{rng.getrandbits(64):016x}{i:016x}",
            f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            strengths[i % len(strengths)],
        )
        for i in range(min(max(50, n // 3), _BULK_MAX_CALLERS))
    ]
    sentences = [*STORIES, *NEXT_STEPS, *(t.replace("{", "").replace("}", "") for t in BACKGROUNDS)]
    notes = [" ".join(rng.sample(sentences, 9)) for _ in range(256)]
    asks = [sorted(a.value for a in combo) for combo in SINGLE_ASKS]
    every = list(Trait)
    traits = [sorted(t.value for t in rng.sample(every, rng.randint(0, 4))) for _ in range(32)]
    avenues = default_phrasebook().avenues
    outcomes = [
        (kind.value, rng.choice(CONTACTS)[0] if kind is OutcomeKind.REFERRAL_MADE else "")
        for kind in OutcomeKind
    ]
    outcomes = [(k, rng.choice(avenues) if k == "honest_no" else d) for k, d in outcomes]
    return dict(callers=callers, notes=notes, asks=asks, traits=traits, outcomes=outcomes)


def bulk_calls(n: int, seed: int, now: DateTime) -> Iterator[CallRecord]:
    """`n` stored call records (about 1 KB each), fast enough for 100k in seconds.

    The dicts are built directly in the shape `Call.to_dict()` writes, skipping model
    validation and pendulum per item; `Call.from_dict` reads every one of them back.
    """
    rng = random.Random(seed)
    pools = _bulk_pools(rng, n)
    callers, notes, asks = pools["callers"], pools["notes"], pools["asks"]
    traits, outcomes = pools["traits"], pools["outcomes"]
    zone = getattr(now.tzinfo, "name", None) or "UTC"
    end = now.timestamp() - 3600
    prefix = f"{seed & 0xFFFFFFFF:08x}{rng.getrandbits(32):08x}"
    rand, pick = rng.random, rng.choice
    for i in range(n):
        caller_id, name, strength = pick(callers)
        started = end - rand() * _BULK_SPAN_S
        story = round(90 + rand() * 400, 1)
        later, limit = ("interview", 1800) if rand() < 0.2 else ("advice", 900)
        rest = round(limit * (0.6 + rand() * 0.6), 1)
        kind, detail = pick(outcomes)
        yield {
            "id": f"{prefix}{i:016x}",
            "caller_id": caller_id,
            "caller_name": name,
            "strength": strength,
            "asks": pick(asks),
            "traits": pick(traits),
            "phases": [
                {"kind": "story", "limit_s": 300, "used_s": story},
                {"kind": later, "limit_s": limit, "used_s": rest},
            ],
            "notes": pick(notes),
            "outcome": {"kind": kind, "detail": detail, "when": None, "contact_id": ""},
            "started_at": {"utc": _iso_utc(started), "tz": zone},
            "ended_at": {"utc": _iso_utc(started + story + rest + 60), "tz": zone},
            "edited_at": None,
            "promise_ids": [],
            "energy": _RATINGS[i % len(_RATINGS)],  # not from rng: the rest stays as it was
        }
