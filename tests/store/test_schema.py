"""Schema version, migrations, refusing newer files, and owner-only permissions."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.core.domain.stored import TABLE_RECORDS
from netcall_tui.store import fsio as fsio_module
from netcall_tui.store import schema
from netcall_tui.store.db import Store
from netcall_tui.store.errors import NewerSchemaError
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
    assert set(data) == {"calls", "callers", "contacts", "promises", "meta"}
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
    assert {"key": "schema_version", "value": 1} in data["meta"].values()
    assert set(data) >= {"contacts", "promises"}
    kept = list((db_path.parent / "backups").glob("calls.schema-0.*.json"))
    assert [p.read_bytes() for p in kept] == [original]


def test_migrations_run_in_order_up_to_the_current_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    """A made-up version 2 that renames a field, applied after 0 -> 1."""

    def v1_to_v2(tables: schema.Tables) -> schema.Tables:
        for record in tables["calls"].values():
            record["notes"] = record.pop("old_notes", record.get("notes", ""))
        return tables

    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(schema.MIGRATIONS, 1, v1_to_v2)
    record = make_call(make_caller(), notes="").to_dict()
    record["old_notes"] = "from the old field"
    write_json(db_path, {"calls": {"1": record}})
    with Store.open(db_path) as store:
        assert store.calls.list()[0].notes == "from the old field"
    data = orjson.loads(db_path.read_bytes())
    assert {"key": "schema_version", "value": 2} in data["meta"].values()


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


def test_a_symlinked_log_is_written_where_it_lives(tmp_path: Path, make_caller: MakeCaller) -> None:
    real = tmp_path / "synced" / "calls.json"
    link = tmp_path / "elsewhere" / "calls.json"
    link.parent.mkdir()
    Store.open(real).close()
    link.symlink_to(real)
    with Store.open(link) as store:
        store.callers.add(make_caller())
    assert link.is_symlink()
    with Store.open(real) as store:
        assert store.callers.count() == 1
