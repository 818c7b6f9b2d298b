"""The network's operations: the list's rows, a contact's detail, add / edit / delete, and
tiers set on several contacts in one write."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pendulum
import pytest

from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.core.domain.values import Outcome
from netcall_tui.core.domain.vocabulary import OutcomeKind, Tier
from netcall_tui.core.network.referral_ask import ReferralAsk
from netcall_tui.services.session import Session
from netcall_tui.store.db import Store

NOW = pendulum.datetime(2026, 11, 2, 10, tz="Europe/London")


def test_rows_detail_and_edits(db_path: Path) -> None:
    session = Session(Store.open(db_path))
    dana = session.network.add(Contact("Dana Lee", company="Contoso", tags=("data",)))
    session.network.add(Contact("Ali Khan", Tier.TRUSTED))
    sam = Caller("Sam Rivera")
    outcome = Outcome(OutcomeKind.REFERRAL_MADE, "Dana Lee", contact_id=dana.id)
    call = Call(sam.id, sam.name, NOW, outcome=outcome, ended_at=NOW.add(minutes=20))
    session.calls.log(sam, call, [], ReferralAsk(contact_id=dana.id))
    rows = session.network.rows(NOW.add(days=1))
    assert [r.name for r in rows] == ["Ali Khan", "Dana Lee"]
    assert (rows[1].used, rows[1].remaining, rows[1].referred.count) == (1, 5, 1)
    detail = session.network.detail(dana.id)
    assert detail is not None and [r.caller_name for r in detail.referrals] == ["Sam Rivera"]
    assert len(detail.contact.ledger) == 1
    # an edit begun before the favour was noted does not take the favour out
    session.network.update(replace(dana, role="Head of data"))
    stored = Store.open(db_path, read_only=True).contacts.get(dana.id)
    assert stored is not None and stored.role == "Head of data" and len(stored.ledger) == 1
    assert session.network.delete(dana.id) and not session.network.delete(dana.id)
    assert session.network.detail(dana.id) is None


def test_tiers_set_on_several_contacts_in_one_write(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ..helpers import count_writes

    session = Session(Store.open(db_path))
    people = [session.network.add(Contact(f"Person {i}")) for i in range(3)]
    writes = count_writes(monkeypatch)
    assert session.network.set_tier([p.id for p in people[:2]], Tier.TREASURED) == 2
    assert len(writes) == 1
    tiers = {c.name: c.tier for c in Store.open(db_path, read_only=True).contacts.all()}
    assert tiers == {
        "Person 0": Tier.TREASURED,
        "Person 1": Tier.TREASURED,
        "Person 2": Tier.ACQUAINTANCE,
    }
