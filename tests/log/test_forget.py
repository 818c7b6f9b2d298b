"""Forgetting a person: the live file and every copy of it no longer hold them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.resume import Resume, ResumeFor
from netcall_tui.core.domain.values import LedgerEntry, Outcome
from netcall_tui.core.domain.vocabulary import LedgerKind, OutcomeKind
from netcall_tui.store import schema
from netcall_tui.store.backups import backup_dir
from netcall_tui.store.db import Store
from netcall_tui.store.draft import draft_path
from netcall_tui.store.forget import forget
from netcall_tui.store.forget_copies import copies_of
from netcall_tui.store.forget_plan import plan_forget
from netcall_tui.store.forget_rules import IN_A_COPY, IN_THE_LOG, scrub_tables

from ..helpers import FROZEN, add_call, seed


def days(*numbers: int):
    return [date(2026, 11, n) for n in numbers]


def build_history(db_path: Path) -> tuple[str, str]:
    """Three days of sessions so there are backups; returns (Dana's caller id, her name)."""
    day1, day2, day3 = days(20, 21, 22)
    with Store.open(db_path, today=lambda: day1) as store:
        seed(store)
        first = add_call(store, "Dana Whitfield", days_ago=30, notes="Dana's first call")
        store.promises.add(
            Promise("Send Dana's résumé on", FROZEN, caller_id=first.caller_id, call_id=first.id)
        )
        what = ResumeFor(tags=("logistics",), note="the Leeds one's CV")
        store.resumes.add(Resume(first.caller_id, FROZEN, what, call_id=first.id))
    with Store.open(db_path, today=lambda: day2) as store:
        contact = store.contacts.all()[0]
        second = add_call(
            store,
            "Dana Whitfield",
            days_ago=5,
            outcome=Outcome(OutcomeKind.REFERRAL_MADE, contact.name),
        )
        store.contacts.add_entry(
            contact.id,
            LedgerEntry(LedgerKind.FAVOUR, FROZEN, "Introduced Dana W. (the Leeds one)", second.id),
        )
    with Store.open(db_path, today=lambda: day3) as store:
        add_call(store, "Someone Else", days_ago=1)
    return first.caller_id, "Dana Whitfield"


def holds(path: Path, *needles: str) -> bool:
    data = path.read_bytes()
    return any(needle.encode() in data for needle in needles)


def test_the_plan_says_exactly_what_will_go(db_path: Path) -> None:
    caller_id, name = build_history(db_path)
    with Store.open(db_path, read_only=True) as store:
        plan = plan_forget(store, caller_id)
    assert plan.name == name
    assert len(plan.call_ids) == 2
    assert len(plan.promise_ids) == 1
    assert plan.caller_record
    assert plan.ledger_mentions == 1
    assert len(plan.resume_ids) == 1
    assert len(plan.copies) == 2  # the backups made on day 2 and day 3
    text = plan.describe()
    assert "2 calls (2026-10-27 to 2026-11-21)" in text
    assert "1 promise made to them" in text
    assert "their caller record" in text
    assert "1 referral favour" in text
    assert "1 résumé on file, with what each was for and whom it went to" in text
    assert "2 backup copies" in text
    assert "cannot be undone" in text


def test_forget_erases_them_from_the_live_file_and_every_backup(db_path: Path) -> None:
    caller_id, name = build_history(db_path)
    with Store.open(db_path, today=lambda: date(2026, 11, 23)) as store:
        before = store.calls.count()
        call_ids = [r["id"] for r in store.calls.raw() if r["caller_id"] == caller_id]
        report = forget(store, caller_id)
        assert report.calls == 2 and report.promises == 1 and report.caller_record
        assert report.ledger_entries == 1
        assert report.failed == ()
        assert store.calls.count() == before - 2
        assert store.callers.get(caller_id) is None
        assert all(r.caller_id != caller_id for r in store.resumes.all())
        favour = [e for c in store.contacts.all() for e in c.ledger if e.kind is LedgerKind.FAVOUR]
        assert favour  # the contact's ledger keeps its favours…
        assert all(e.call_id not in call_ids for e in favour)  # …without the link to Dana
    backups = sorted(backup_dir(db_path).iterdir())
    assert len(backups) == 3  # the forget's own write made today's backup, rewritten too
    assert len(report.rewritten) == 3
    for path in [db_path, *backups]:
        # the favour's note named her another way: it goes too
        assert not holds(path, caller_id, name, "Leeds one", *call_ids), path
        assert len(orjson.loads(path.read_bytes())["calls"]) >= 58  # everyone else stays
    with Store.open(db_path, read_only=True) as store:  # still a readable log
        assert store.callers.find(name) is None
    summary = report.summary(name)
    assert summary == "Forgot Dana Whitfield: 2 calls, 1 promise; 3 backups rewritten"


def test_a_copy_that_cant_be_read_is_reported_not_deleted(db_path: Path) -> None:
    caller_id, _ = build_history(db_path)
    broken = backup_dir(db_path) / "calls.2026-11-01.json"
    broken.write_bytes(b'{"calls": {"1": {"caller_id": "' + caller_id.encode() + b'", ')
    unrelated = backup_dir(db_path) / "calls.2026-01-01.json"  # not about them
    unrelated.write_bytes(b"not json, and not about them")
    with Store.open(db_path) as store:
        assert broken in copies_of(store.path)
        report = forget(store, caller_id)
    assert [path for path, _ in report.failed] == [broken]
    assert "not a readable call log" in report.failed[0][1]
    assert broken.exists() and unrelated.exists()
    assert "delete them yourself" in report.summary("Dana")


def test_forget_clears_an_unfinished_call_with_them(db_path: Path) -> None:
    caller_id, _ = build_history(db_path)
    with Store.open(db_path) as store:
        store.save_draft({"caller": {"id": caller_id, "name": "Dana Whitfield"}})
        assert draft_path(db_path) not in copies_of(db_path)  # not a copy of the log
        plan = plan_forget(store, caller_id)
        assert plan.draft
        report = forget(store, caller_id)
        assert store.load_draft() is None
    assert not draft_path(db_path).exists()
    assert report.failed == ()


def test_forget_leaves_an_unfinished_call_with_someone_else(db_path: Path) -> None:
    caller_id, _ = build_history(db_path)
    with Store.open(db_path) as store:
        store.save_draft({"caller": {"id": "someone-else", "name": "Omar Haddad"}})
        assert not plan_forget(store, caller_id).draft
        forget(store, caller_id)
        assert store.load_draft() == {"caller": {"id": "someone-else", "name": "Omar Haddad"}}


def test_scrub_tables_on_raw_tables() -> None:
    tables = {
        "calls": {"1": {"id": "c1", "caller_id": "p"}, "2": {"id": "c2", "caller_id": "q"}},
        "promises": {"1": {"id": "x", "call_id": "c1", "caller_id": ""}},
        "callers": {"1": {"id": "p"}, "2": {"id": "q"}},
        "contacts": {"1": {"id": "k", "ledger": [{"call_id": "c1", "note": "P Person"}]}},
        "meta": {"1": {"key": "draft", "value": {"caller": {"id": "p"}}}},
        "resumes": {"1": {"id": "r", "caller_id": "p"}, "2": {"id": "s", "call_id": "c1"}},
    }
    assert scrub_tables(tables, "p", set()) == 7
    assert orjson.dumps(tables).count(b'"p"') == 0
    assert tables["contacts"]["1"]["ledger"] == [{"call_id": "", "note": ""}]
    assert list(tables["calls"]) == ["2"] and list(tables["callers"]) == ["2"]


def test_forgetting_says_what_it_does_to_every_table() -> None:
    """A new table must come with its rule, in the live log and in the copies."""
    assert set(schema.MODEL_TABLES) <= set(schema.TABLES)
    assert list(IN_THE_LOG) == list(IN_A_COPY)
    assert set(IN_THE_LOG) == set(schema.TABLES)


def test_forget_erases_an_older_draft_still_in_meta(db_path: Path) -> None:
    caller_id, _ = build_history(db_path)
    with Store.open(db_path) as store:
        store.meta.set("draft", {"caller": {"id": caller_id, "name": "Dana Whitfield"}})
        forget(store, caller_id)
        assert store.meta.get("draft") is None
    assert not holds(db_path, caller_id)
