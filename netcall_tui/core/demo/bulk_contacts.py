"""Bulk sample contacts for benchmarks: 30,000 stored-form contact records in well under
a second, as a LinkedIn import leaves them (acquaintances, mostly with a company and a
role, a few with tags and a favour asked). Like `bulk`, no models are built: the dicts
are what `Contact.to_dict()` writes, and `Contact.from_dict` reads each back."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC
from datetime import datetime as std_datetime

from pendulum import DateTime

from ..domain.stored import ContactRecord, LedgerEntryRecord, StoredMoment
from ..domain.vocabulary import Tier
from .material import COMPANIES, FIRST_NAMES, LAST_NAMES, SECTORS, TITLES

_SPAN_S = 8 * 365 * 86400


def _utc(timestamp: float) -> str:
    return std_datetime.fromtimestamp(int(timestamp), UTC).isoformat()


def bulk_contacts(n: int, seed: int, now: DateTime) -> Iterator[ContactRecord]:
    """`n` stored contact records; one in fifty is treasured or trusted, one in twenty
    has a favour asked in the last 90 days."""
    rng = random.Random(seed)
    zone = getattr(now.tzinfo, "name", None) or "UTC"
    end = now.timestamp()
    prefix = f"c{seed & 0xFFFFFFF:07x}{rng.getrandbits(32):08x}"
    pick, rand = rng.choice, rng.random
    for i in range(n):
        connected = end - rand() * _SPAN_S
        when: StoredMoment = {"utc": _utc(connected), "tz": zone}
        tier = Tier.ACQUAINTANCE.value
        if i % 50 == 0:
            tier = Tier.TREASURED.value if i % 100 == 0 else Tier.TRUSTED.value
        ledger: list[LedgerEntryRecord] = []
        if i % 20 == 0:
            at: StoredMoment = {"utc": _utc(end - rand() * 80 * 86400), "tz": zone}
            ledger.append({"kind": "favour", "at": at, "note": "", "call_id": ""})
        yield {
            "id": f"{prefix}{i:016x}",
            "name": f"{pick(FIRST_NAMES)} {pick(LAST_NAMES)}",
            "tier": tier,
            "company": pick(COMPANIES) if rand() < 0.9 else "",
            "role": pick(TITLES) if rand() < 0.85 else "",
            "email": "",
            "phone": "",
            "notes": "",
            "tags": [pick(SECTORS)] if rand() < 0.2 else [],
            "profile_url": f"https://www.linkedin.com/in/sample-{i:06d}",
            "source": "linkedin",
            "connected_on": when["utc"][:10],
            "created_at": when,
            "ledger": ledger,
        }
