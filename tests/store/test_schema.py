"""Schema version, migrations, refusing newer files, and owner-only permissions."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
import pendulum
import pytest

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.core.domain.stored import TABLE_RECORDS
from netcall_tui.store import fsio as fsio_module
from netcall_tui.store import migrations, schema
from netcall_tui.store.db import Store
from netcall_tui.store.errors import NewerSchemaError, SymlinkedLogError
from netcall_tui.store.schema import SCHEMA_VERSION

MakeCaller = Callable[..., Caller]
MakeCall = Callable[..., Call]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def write_json(path: Path, data: object) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = orjson.dumps(data)
    path.write_bytes(raw)
    return raw


def test_a_new_file_records_the_current_schema(db_path: Path) -> None:
    Store.open(db_path).close()
    data = orjson.loads(db_path.read_bytes())
    assert set(data) == {"calls", "callers", "contacts", "promises", "referrals", "resumes", "meta"}
    assert list(data["meta"].values()) == [{"key": "schema_version", "value": SCHEMA_VERSION}]


def test_every_table_has_a_declared_record_shape() -> None:
    assert set(TABLE_RECORDS) == set(schema.TABLES)


def test_a_v0_file_is_migrated_and_the_original_kept(
    db_path: Path, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    jane = make_caller()
    call = make_call(jane)
    v0 = {"calls": {"1": call.to_dict()}, "callers": {"7": jane.to_dict()}}  # no meta, no version
    original = write_json(db_path, v0)
    with Store.open(db_path) as store:
        assert store.calls.get(call.id) == call
        assert store.callers.get(jane.id) == jane
        store.calls.add(make_call(jane, hours=1))  # ids continue after the migrated ones
    data = orjson.loads(db_path.read_bytes())
    assert {"key": "schema_version", "value": SCHEMA_VERSION} in data["meta"].values()
    assert set(data) >= {"contacts", "promises"}
    kept = list((db_path.parent / "backups").glob("calls.schema-0.*.json"))
    assert [p.read_bytes() for p in kept] == [original]


def test_migrations_run_in_order_up_to_the_current_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    """A made-up next version that renames a field, applied after all the others."""

    def rename_notes(tables: schema.Tables) -> schema.Tables:
        for record in tables["calls"].values():
            record["notes"] = record.pop("old_notes", record.get("notes", ""))
        return tables

    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, SCHEMA_VERSION, rename_notes)
    record = make_call(make_caller(), notes="").to_dict()
    record["old_notes"] = "from the old field"
    write_json(db_path, {"calls": {"1": record}})
    with Store.open(db_path) as store:
        assert store.calls.list()[0].notes == "from the old field"
    data = orjson.loads(db_path.read_bytes())
    assert {"key": "schema_version", "value": SCHEMA_VERSION + 1} in data["meta"].values()


def test_a_read_only_open_migrates_in_memory_only(
    db_path: Path, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    call = make_call(make_caller())
    original = write_json(db_path, {"calls": {"1": call.to_dict()}})
    with Store.open(db_path, read_only=True) as viewer:
        assert viewer.calls.get(call.id) == call
    assert db_path.read_bytes() == original


@pytest.mark.parametrize("read_only", [False, True])
def test_a_newer_file_is_refused_and_left_alone(db_path: Path, read_only: bool) -> None:
    newer = {"calls": {}, "meta": {"1": {"key": "schema_version", "value": SCHEMA_VERSION + 1}}}
    original = write_json(db_path, newer)
    with pytest.raises(NewerSchemaError) as caught:
        Store.open(db_path, read_only=read_only)
    assert str(caught.value).startswith(
        f"this call log was written by a newer netcall (schema {SCHEMA_VERSION + 1}); "
        f"this is schema {SCHEMA_VERSION} — upgrade netcall"
    )
    assert db_path.read_bytes() == original
    assert sorted(os.listdir(db_path.parent)) in (["calls.json"], ["calls.json", "calls.json.lock"])
    with pytest.raises(NewerSchemaError):  # and the lock was released
        Store.open(db_path)


# --- permissions ----------------------------------------------------------------------


def test_created_files_and_folders_are_owner_only(
    tmp_path: Path, today: Any, make_caller: MakeCaller
) -> None:
    old_umask = os.umask(0o022)  # a typical umask: would give 0644/0755
    try:
        path = tmp_path / "a" / "b" / "calls.json"
        with Store.open(path, today=today) as store:
            store.callers.add(make_caller())
            today.advance()
            store.callers.add(make_caller("Omar"))  # first write of a new day: a backup
            backups = store.backups()
            assert mode(path.with_name("calls.json.lock")) == 0o600
        assert mode(path) == 0o600
        assert mode(path.parent) == mode(path.parent.parent) == 0o700
        assert mode(path.parent / "backups") == 0o700
        assert backups and all(mode(b) == 0o600 for b in backups)
    finally:
        os.umask(old_umask)


def test_an_existing_looser_file_becomes_owner_only_on_write(
    db_path: Path, make_caller: MakeCaller
) -> None:
    Store.open(db_path).close()
    db_path.chmod(0o644)
    with Store.open(db_path) as store:
        store.callers.add(make_caller())
    assert mode(db_path) == 0o600


def test_an_existing_folder_is_not_changed(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    Store.open(shared / "calls.json").close()
    assert mode(shared) == 0o755  # not ours to change (think /tmp)


def test_temporary_files_are_owner_only(
    store: Store, make_caller: MakeCaller, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    real_fsync = os.fsync

    def spying_fsync(fd: int) -> None:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode):
            seen.append(stat.S_IMODE(info.st_mode))
        real_fsync(fd)

    monkeypatch.setattr(fsio_module.os, "fsync", spying_fsync)
    old_umask = os.umask(0)
    try:
        store.callers.add(make_caller())
    finally:
        os.umask(old_umask)
    assert seen and set(seen) == {0o600}


def test_a_symlinked_log_is_refused_not_followed(tmp_path: Path) -> None:
    """Following it put the lock, the backups and set-aside copies beside the target."""
    real = tmp_path / "synced" / "calls.json"
    link = tmp_path / "elsewhere" / "calls.json"
    link.parent.mkdir()
    Store.open(real).close()
    link.symlink_to(real)
    for read_only in (False, True):
        with pytest.raises(SymlinkedLogError, match=f"--db {real}"):
            Store.open(link, read_only=read_only)
    assert sorted(p.name for p in link.parent.iterdir()) == ["calls.json"]


# --- v1 -> v2 -------------------------------------------------------------------------


def v1_file(db_path: Path) -> dict[str, Any]:
    """A v1 log as older netcalls could leave it: some times bare ISO strings, referral
    outcomes naming the contact in free text."""

    def call(n: int, started: object, outcome: object, **more: object) -> dict[str, Any]:
        record = {
            "id": f"c{n}",
            "caller_id": "p1",
            "caller_name": "Dana Whitfield",
            "strength": "moderate",
            "asks": ["introduction"],
            "traits": [],
            "phases": [{"kind": "story", "limit_s": 300, "used_s": 200.0}],
            "notes": "",
            "outcome": outcome,
            "started_at": started,
            "ended_at": None,
            "edited_at": None,
            "promise_ids": [],
        }
        return {**record, **more}

    def referral(detail: str) -> dict[str, Any]:
        return {"kind": "referral_made", "detail": detail, "when": None}

    paris = {"utc": "2026-03-02T09:00:00+00:00", "tz": "Europe/Paris"}
    data = {
        "calls": {
            "1": call(
                1,
                "2026-03-01T10:00:00+01:00",
                referral("Priya Shah"),
                ended_at="2026-03-01T10:25:00+01:00",
                edited_at="2026-03-05T08:00:00Z",
            ),
            "2": call(2, paris, referral("priya shah at Northwind")),
            "3": call(3, "2026-03-03T12:00:00", referral("someone at Acme")),
            "4": call(
                4,
                paris,
                {"kind": "follow_up_scheduled", "detail": "", "when": "2026-03-10T15:00:00+01:00"},
            ),
            "5": call(5, paris, None),
        },
        "callers": {"1": {"id": "p1", "name": "Dana Whitfield", "created_at": "2026-03-01"}},
        "contacts": {
            "1": {
                "id": "k1",
                "name": "Priya Shah",
                "tier": "trusted",
                "notes": "",
                "ledger": [
                    {
                        "kind": "favour",
                        "at": "2026-03-01T10:25:00+01:00",
                        "note": "Dana",
                        "call_id": "c1",
                    }
                ],
            },
            "2": {"id": "k2", "name": "Priya", "tier": "treasured", "notes": "", "ledger": []},
        },
        "promises": {
            "1": {
                "id": "x1",
                "text": "send the cv on",
                "due": "2026-03-08T09:00:00+01:00",
                "caller_id": "p1",
                "call_id": "c1",
                "done_at": "2026-03-07T18:00:00+01:00",
                "created_at": paris,
            },
        },
        "meta": {"1": {"key": "schema_version", "value": 1}},
    }
    write_json(db_path, data)
    return data


def is_stored_moment(value: object) -> bool:
    return isinstance(value, dict) and set(value) == {"utc", "tz"}


def test_a_v1_file_opens_as_v2_with_stored_times_and_referral_contacts(db_path: Path) -> None:
    original = orjson.dumps(v1_file(db_path))
    with Store.open(db_path) as store:
        first = store.calls.get("c1")
        assert first is not None and first.outcome is not None
        assert first.started_at == pendulum.datetime(2026, 3, 1, 9, tz="UTC")
        assert first.started_at.utcoffset() == timedelta(hours=1)  # still in its offset
        assert first.outcome.contact_id == "k1"  # the exact name
        assert [c.id for c in store.calls.list()] == ["c3", "c5", "c4", "c2", "c1"]
    data = orjson.loads(db_path.read_bytes())
    assert {"key": "schema_version", "value": SCHEMA_VERSION} in data["meta"].values()
    calls = {r["id"]: r for r in data["calls"].values()}
    assert calls["c1"]["started_at"] == {"utc": "2026-03-01T09:00:00+00:00", "tz": "+01:00"}
    assert calls["c1"]["edited_at"] == {"utc": "2026-03-05T08:00:00+00:00", "tz": "UTC"}
    assert calls["c3"]["started_at"] == {"utc": "2026-03-03T12:00:00+00:00", "tz": "UTC"}
    for record in calls.values():
        assert all(
            is_stored_moment(record[name]) or record[name] is None
            for name in ("started_at", "ended_at", "edited_at")
        )
    assert is_stored_moment(calls["c4"]["outcome"]["when"])
    (caller,) = data["callers"].values()
    assert caller["created_at"] == {"utc": "2026-03-01T00:00:00+00:00", "tz": "UTC"}
    (promise,) = data["promises"].values()
    assert all(is_stored_moment(promise[name]) for name in ("due", "done_at", "created_at"))
    ledger = data["contacts"]["1"]["ledger"]
    assert ledger[0]["at"] == {"utc": "2026-03-01T09:25:00+00:00", "tz": "+01:00"}
    contact_ids = {key: r["outcome"] and r["outcome"]["contact_id"] for key, r in calls.items()}
    # the exact name; the longest name written in it; none named (the text stays); others
    assert contact_ids == {"c1": "k1", "c2": "k1", "c3": "", "c4": "", "c5": None}
    assert calls["c3"]["outcome"]["detail"] == "someone at Acme"
    kept = list((db_path.parent / "backups").glob("calls.schema-1.*.json"))
    assert [p.read_bytes() for p in kept] == [original]


# --- v2 -> v3 -------------------------------------------------------------------------


def test_an_older_file_opens_as_v3_with_its_referrals_as_records(db_path: Path) -> None:
    v1_file(db_path)
    with Store.open(db_path) as store:
        referrals = {r.call_id: r for r in store.referrals.all()}
        assert set(referrals) == {"c1", "c2", "c3"}  # every referral a call made
        first = referrals["c1"]
        assert (first.contact_id, first.contact_name) == ("k1", "Priya Shah")
        assert first.state.value == "introduced" and first.result is None
        assert first.since == pendulum.datetime(2026, 3, 1, 9, 25, tz="UTC")
        assert (referrals["c3"].contact_id, referrals["c3"].contact_name) == ("", "someone at Acme")
        priya = store.contacts.get("k1")
        assert priya is not None and (priya.company, priya.tags, priya.profile_url) == ("", (), "")
        assert priya.created_at == priya.ledger[0].at  # its first favour
        (promise,) = store.promises.all()
        assert promise.referral_id == ""
    data = orjson.loads(db_path.read_bytes())
    assert {"key": "schema_version", "value": SCHEMA_VERSION} in data["meta"].values()
    assert all(set(r) >= {"company", "tags", "created_at"} for r in data["contacts"].values())


# --- v3 -> v4 -------------------------------------------------------------------------


def test_an_older_file_opens_as_v4_with_its_promises_open_or_done(db_path: Path) -> None:
    v1_file(db_path)
    with Store.open(db_path) as store:
        (promise,) = store.promises.all()
        assert (promise.dropped_at, promise.note) == (None, "")
        assert promise.state.value == "done"  # it was done in the v1 file
    data = orjson.loads(db_path.read_bytes())
    assert {"key": "schema_version", "value": SCHEMA_VERSION} in data["meta"].values()
    (record,) = data["promises"].values()
    assert (record["dropped_at"], record["note"]) == (None, "")


def test_a_v3_promise_gets_the_new_fields_and_keeps_its_own() -> None:
    tables: schema.Tables = {
        "promises": {
            "1": {"id": "x1", "text": "call back", "done_at": None},
            "2": {"id": "x2", "text": "send it on", "dropped_at": None, "note": "kept"},
        }
    }
    migrated = migrations.MIGRATIONS[3](tables)["promises"]
    assert (migrated["1"]["dropped_at"], migrated["1"]["note"]) == (None, "")
    assert migrated["2"]["note"] == "kept"


def test_a_dropped_promise_is_not_open(store: Store) -> None:
    due = pendulum.datetime(2026, 12, 4, 17, tz="Europe/London")
    kept = store.promises.add(Promise("call back", due))
    store.promises.add(Promise("send it on", due, dropped_at=due, note="they found a job"))
    assert [p.id for p in store.promises.open()] == [kept.id]


def test_a_promise_both_done_and_dropped_is_a_bad_record() -> None:
    from netcall_tui.core.domain.bad_records import bad_record
    from netcall_tui.core.domain.checks import problem

    due = pendulum.datetime(2026, 12, 4, 17, tz="UTC")
    record: dict[str, Any] = dict(Promise("call back", due, done_at=due).to_dict())
    assert problem("promises", record) is None
    record["dropped_at"] = record["done_at"]
    assert problem("promises", record) == "dropped_at"
    assert "null when done_at is set" in bad_record("promises", "1", record, "dropped_at").problem
    record["dropped_at"], record["note"] = None, 7
    assert problem("promises", record) == "note"


def test_a_v3_promise_gets_its_kind_from_its_call_and_wording() -> None:
    def outcome_call(call_id: str, kind: str) -> dict[str, Any]:
        return {"id": call_id, "outcome": {"kind": kind, "detail": "", "when": None}}

    tables: schema.Tables = {
        "calls": {
            "1": outcome_call("c1", "interview_scheduled"),
            "2": outcome_call("c2", "resume_kept"),
            "3": outcome_call("c3", "follow_up_scheduled"),
        },
        "promises": {
            "1": {"id": "p1", "text": "Information interview with Sam", "call_id": "c1"},
            "2": {"id": "p2", "text": "Review Sam's résumé against openings", "call_id": "c2"},
            "3": {"id": "p3", "text": "Follow-up call with Sam", "call_id": "c3"},
            "4": {"id": "p4", "text": "send Sam the list", "call_id": "c1"},  # by hand
            "5": {"id": "p5", "text": "Ask Dana", "call_id": "c1", "referral_id": "r1"},
            "6": {"id": "p6", "text": "Follow-up call with Sam", "call_id": "gone"},
        },
    }
    migrated = migrations.MIGRATIONS[3](tables)["promises"]
    kinds = [migrated[k]["kind"] for k in "123456"]
    assert kinds == ["interview", "resume_review", "follow_up", "plain", "referral", "plain"]
    assert not any(p["held"] for p in migrated.values())


def test_only_a_kept_interview_can_be_held() -> None:
    from netcall_tui.core.domain.checks import problem
    from netcall_tui.core.domain.vocabulary import PromiseKind
    from netcall_tui.core.errors import ValidationError

    due = pendulum.datetime(2026, 12, 4, 17, tz="UTC")
    held = Promise("meet Sam", due, done_at=due, kind=PromiseKind.INTERVIEW, held=True)
    assert Promise.from_dict(held.to_dict()) == held
    assert problem("promises", dict(held.to_dict())) is None
    for bad in ({"kind": "plain"}, {"done_at": None}, {"held": "yes"}, {"kind": "party"}):
        record: dict[str, Any] = {**held.to_dict(), **bad}
        assert problem("promises", record) in ("kind", "held")
    with pytest.raises(ValidationError):
        Promise("meet Sam", due, kind=PromiseKind.INTERVIEW, held=True)  # not kept yet


# --- v4 -> v5 -------------------------------------------------------------------------


def test_a_v4_call_gets_no_energy_rating_and_keeps_its_own() -> None:
    tables: dict[str, Any] = {"calls": {"1": {"id": "c1"}, "2": {"id": "c2", "energy": 4}}}
    calls = migrations.MIGRATIONS[4](tables)["calls"]
    assert [calls[k]["energy"] for k in "12"] == [None, 4]


def test_a_call_rating_is_one_to_five_or_none() -> None:
    from netcall_tui.core.domain.checks import problem
    from netcall_tui.core.errors import ValidationError

    start = pendulum.datetime(2026, 12, 2, 10, tz="UTC")
    rated = Call("k1", "Sam", start, energy=2)
    assert Call.from_dict(rated.to_dict()) == rated
    assert problem("calls", dict(rated.to_dict())) is None
    assert problem("calls", {**rated.to_dict(), "energy": None}) is None
    for bad in (0, 6, 2.0, True, "3"):
        assert problem("calls", {**rated.to_dict(), "energy": bad}) == "energy"
        with pytest.raises(ValidationError):
            Call("k1", "Sam", start, energy=bad)  # type: ignore[arg-type]
