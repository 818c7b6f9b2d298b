"""The contacts list's rows: stored contact records flattened once into what the list
shows, sorts and searches, with each contact's capital and how referrals to them went.

Built from raw records: at 30,000 contacts a model per contact would cost more than the
whole list. Only a contact with something in their ledger is made a `Contact` (to work
out their capital the one way `capital` does); the others have their whole allowance.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain.matching import fold
from ..domain.referral import BAD_RESULTS, GOOD_RESULTS
from ..domain.stored import ContactRecord, ReferralRecord, utc_text
from ..domain.vocabulary import Tier
from .capital import ALLOWANCE, PERIOD_DAYS, capital

if TYPE_CHECKING:
    from pendulum import DateTime

_GOOD = frozenset(r.value for r in GOOD_RESULTS)
_BAD = frozenset(r.value for r in BAD_RESULTS)


@dataclass(slots=True)
class Referred:
    """How the referrals to one contact went: how many, good and bad, the newest's time."""

    count: int = 0
    good: int = 0
    bad: int = 0
    last: str = ""  # UTC ISO text of the newest referral's start, "" for none


@dataclass(frozen=True, slots=True)
class CapitalTerms:
    """The [capital] settings: favours per tier per period."""

    allowance: Mapping[Tier, int] = field(default_factory=lambda: dict(ALLOWANCE))
    period_days: int = PERIOD_DAYS

    @classmethod
    def of(cls, allowance: Mapping[str, int], period_days: int) -> CapitalTerms:
        """From the config's `allowance` (by tier value) and `capital_period_days`."""
        return cls({Tier.parse(k): v for k, v in allowance.items()}, period_days)


class ContactRow:
    """One contact as the list sees it; `key` holds the folded name, company, role, tags
    and notes (what a typed word is looked for in). A plain slotted class, as LogRow."""

    __slots__ = (
        "allowance",
        "company",
        "company_key",
        "frees_at",
        "id",
        "key",
        "name",
        "name_key",
        "referred",
        "remaining",
        "role",
        "tags",
        "tags_key",
        "tier",
        "used",
    )

    def __init__(
        self, record: ContactRecord, referred: Referred, capital_now: tuple[int, int, int, Any]
    ) -> None:
        get: Any = record.get  # the keys are ContactRecord's
        self.id: str = record["id"]
        self.name: str = get("name", "")
        self.company: str = get("company", "")
        self.role: str = get("role", "")
        self.tier: str = get("tier", Tier.ACQUAINTANCE.value)
        self.tags: tuple[str, ...] = tuple(get("tags") or ())
        self.name_key = fold(self.name)
        self.company_key = fold(self.company)
        self.tags_key = "\n".join(fold(tag) for tag in self.tags)  # one tag a line
        words = (self.company, self.role, " ".join(self.tags), get("notes", ""))
        self.key = "\n".join((self.name_key, *(fold(w) for w in words)))
        self.remaining, self.allowance, self.used, self.frees_at = capital_now
        self.referred = referred

    @property
    def last_referral(self) -> str:
        return self.referred.last

    def __repr__(self) -> str:
        return f"ContactRow({self.id!r}, {self.name!r})"


def referred_by_contact(referrals: Iterable[ReferralRecord]) -> dict[str, Referred]:
    """How the referrals went, per contact id (a forgotten contact's have no id)."""
    found: dict[str, Referred] = {}
    for record in referrals:
        contact_id = record.get("contact_id", "")
        if not contact_id:
            continue
        seen = found.setdefault(contact_id, Referred())
        seen.count += 1
        result = record.get("result", "")
        seen.good += result in _GOOD
        seen.bad += result in _BAD
        seen.last = max(seen.last, utc_text(record.get("created_at")))
    return found


def _capital_of(
    record: ContactRecord, now: DateTime, terms: CapitalTerms
) -> tuple[int, int, int, DateTime | None]:
    """(remaining, allowance, favours used, when the next favour frees up)."""
    tier = Tier.parse(record.get("tier", Tier.ACQUAINTANCE.value))
    if not record.get("ledger"):  # nearly everyone: nothing asked of them yet
        limit = terms.allowance.get(tier, ALLOWANCE[tier])
        return limit, limit, 0, None
    from ..domain.records import Contact

    gauge = capital(
        Contact.from_dict(record), now, allowance=terms.allowance, period_days=terms.period_days
    )
    return gauge.remaining, gauge.allowance, gauge.used, gauge.frees_at


_NOBODY = Referred()


def build_contact_rows(
    records: Iterable[ContactRecord],
    referrals: Iterable[ReferralRecord],
    now: DateTime,
    terms: CapitalTerms | None = None,
) -> list[ContactRow]:
    """Rows in the order given; the garbage collector is paused as `build_rows` does."""
    terms = terms or CapitalTerms()
    referred = referred_by_contact(referrals)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return [
            ContactRow(r, referred.get(r["id"], _NOBODY), _capital_of(r, now, terms))
            for r in records
        ]
    finally:
        if was_enabled:
            gc.enable()
