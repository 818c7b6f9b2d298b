"""Reading the call log file once at open, and what to do when it cannot be read.

A file that cannot be read is never overwritten: it is renamed aside, the user is told
exactly what was wrong, and the good backups are listed so one can be restored.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from ..core.domain.bad_records import BadRecord, bad_record, records_unread
from ..core.domain.checks import CHECKS, Check
from . import migrations, schema
from .backups import list_backups, move_aside
from .checked import is_stamped, stamp
from .errors import (
    CorruptFileError,
    NewerSchemaError,
    StoreError,
    SymlinkedLogError,
    os_reason,
    read_failed,
)
from .fsio import durable_copy, log_path, make_private_dir, read_no_follow
from .lock import WriterLock
from .schema import Record, Tables

FREEZE_AT = 1 << 20  # bytes of file above which the loaded records are frozen for the gc


class Unreadable(Exception):
    """Internal: the file's bytes are not a call log; `reason` says exactly why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Loaded:
    tables: Tables  # without the bad records
    found_version: int | None  # None: there was no file yet
    bad: tuple[BadRecord, ...] = ()  # records that could not be read, taken out of `tables`


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Parsing builds ~10 containers per record; with the collector on, a 10k-call load
    spends most of its time in collections that can never free anything."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _json_kind(value: object) -> str:
    kinds = {dict: "an object", list: "a list", str: "a string", bool: "true/false"}
    if value is None:
        return "null"
    return kinds.get(type(value), "a number")


def _parse(raw: bytes) -> object:
    if not raw:
        raise Unreadable("the file is empty (0 bytes)")
    if not raw.strip(b"\x00"):
        raise Unreadable(
            f"the file holds only NUL bytes ({len(raw)} of them) and no data, which is what "
            "a crash or power cut can leave behind"
        )
    try:
        with _gc_paused():
            return orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise Unreadable(_json_reason(raw, error)) from None


def _json_reason(raw: bytes, error: orjson.JSONDecodeError) -> str:
    size = len(raw)
    if error.msg.startswith("unexpected end of data"):
        return f"the file stops in the middle of its data after {size} bytes (it was cut short)"
    if error.msg.startswith("unexpected content after document"):
        extra = size - error.pos
        tail = raw[error.pos :]
        what = "NUL bytes" if not tail.strip(b"\x00") else "unexpected bytes"
        return (
            f"the data ends at byte {error.pos} but the file goes on with {extra} more "
            f"{what} (trailing garbage)"
        )
    if not raw.strip():
        return f"the file holds only blank space ({size} bytes)"
    return f"the file is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"


def _check_shape(data: object) -> Tables:
    """The container shape TinyDB relies on: {table: {numeric id: {record}}}."""
    if type(data) is not dict:
        kind = _json_kind(data)
        raise Unreadable(f"the file holds {kind} where a call log has an object of tables")
    for name, table in data.items():
        if type(table) is not dict:
            raise Unreadable(f"its table {name!r} is {_json_kind(table)}, not an object of records")
        for key, doc in table.items():
            if not (key.isascii() and key.isdigit()):
                raise Unreadable(f"its table {name!r} has a record keyed {key!r}, not a number")
            if type(doc) is not dict:
                kind = _json_kind(doc)
                raise Unreadable(f"record {key} of table {name!r} is {kind}, not an object")
    return data


def _check_table(
    name: str, field: str, table: dict[str, Record], check: Check | None = None
) -> list[BadRecord]:
    """One pass over `table`: Unreadable unless every record has a unique text `field`
    (its id, or a meta key); the records `check` finds wrong, reported."""
    seen: dict[str, str] = {}
    found: list[BadRecord] = []
    for key, doc in table.items():
        value = doc.get(field)
        if type(value) is not str or not value:
            raise Unreadable(f"record {key} of table {name!r} has no {field}")
        if value in seen:
            raise Unreadable(
                f"records {seen[value]} and {key} of table {name!r} share the {field} {value!r}"
            )
        seen[value] = key
        if check is not None and (wrong := check(doc)) is not None:
            found.append(bad_record(name, key, doc, wrong))
    return found


def check_ids(tables: Tables) -> None:
    """Unreadable unless every model record has a unique text id, every meta record a
    unique key: what the file needs to be a call log at all."""
    for name in (*schema.MODEL_TABLES, "meta"):
        _check_table(name, "key" if name == "meta" else "id", tables.get(name, {}))


def check_records(tables: Tables) -> tuple[BadRecord, ...]:
    """Every record checked, in the one pass that checks the ids (`check_ids`): each
    against its table's check (`core.domain.checks`). A bad record is taken out of
    `tables`, so nothing that reads the log meets it, and reported."""
    _check_table("meta", "key", tables.get("meta", {}))
    found: list[BadRecord] = []
    for name in schema.MODEL_TABLES:
        found += _check_table(name, "id", tables.get(name, {}), CHECKS[name])
    for bad in found:
        del tables[bad.table][bad.key]
    return tuple(found)


def decode(raw: bytes) -> tuple[Tables, int]:
    """Parse and check a file's bytes: the tables and the schema version they were in."""
    tables = _check_shape(_parse(raw))
    try:
        return tables, schema.read_version(tables)
    except schema.SchemaProblem as problem:
        raise Unreadable(str(problem)) from None


def _read_bytes(path: Path) -> bytes | None:
    try:
        return read_no_follow(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        if error.errno == errno.ELOOP:  # made a link since it was opened: still refused
            raise SymlinkedLogError(path, Path(os.path.realpath(path))) from error
        raise read_failed(path, error) from error


def load(path: Path, *, read_only: bool) -> Loaded:
    """The file's tables at the current schema version; raise if it cannot be used."""
    raw = _read_bytes(path)
    if raw is None:
        return Loaded(schema.new_tables(), None)
    try:
        with _gc_paused():
            tables, version = decode(raw)
            if version > schema.current():
                raise NewerSchemaError(path, version, schema.current())
            tables = migrations.migrate(tables, version)
            if is_stamped(path, raw):  # these very bytes were checked or written by netcall
                check_ids(tables)
                bad: tuple[BadRecord, ...] = ()
            else:
                bad = check_records(tables)
                if not bad and not read_only:
                    stamp(path, raw)
            if len(raw) >= FREEZE_AT:
                # The records live as long as the app. Moving them to the collector's
                # permanent generation (before it is switched back on, or its first
                # pass walks them all) keeps every later full collection from walking
                # them again. JSON data has no cycles, so records dropped later are
                # still freed by reference counting.
                gc.freeze()
    except Unreadable as problem:
        raise corrupt(path, problem.reason, read_only=read_only) from None
    return Loaded(tables, version, bad)


def corrupt(path: Path, reason: str, *, read_only: bool) -> CorruptFileError:
    """Move the unreadable file aside (unless read-only) and build the error."""
    moved, left = None, "read-only mode leaves it where it is"
    if not read_only:
        try:
            moved = move_aside(path, "corrupt")
        except OSError as error:
            left = f"it could not be moved aside ({os_reason(error)}), so it was left where it is"
    backups = good_backups(path)
    return CorruptFileError(path, moved_to=moved, reason=reason, backups=backups, left=left)


def problem_with(file: Path) -> str | None:
    """Why `file` is not a usable call log for this netcall, or None if it is."""
    try:
        tables, version = decode(file.read_bytes())
        if version > schema.current():
            return f"it was written by a newer netcall (schema {version})"
        bad = check_records(migrations.migrate(tables, version))
    except Unreadable as problem:
        return problem.reason
    except OSError as error:
        return os_reason(error)
    if bad:
        first = bad[0]
        return (
            f"{records_unread(len(bad))} (the first, {first.where}: {first.field} {first.problem})"
        )
    return None


def good_backups(db_path: Path) -> list[Path]:
    """The backups that read cleanly, newest first (each one is parsed, so this is for
    the rare recovery path only)."""
    return [p for p in list_backups(db_path) if problem_with(p) is None]


def restore_backup(backup: Path, db_path: Path, *, lock_held: bool = False) -> Path | None:
    """Put `backup` in place as the call log, durably; the backup itself stays.

    Checks the backup first and takes the writer lock (LockedError if another netcall
    has the log open) unless the caller holds it already (`lock_held`, a Claim). A file
    already at `db_path` is moved aside, never overwritten; its new name is returned
    (None if there was none)."""
    db_path = log_path(db_path)
    problem = problem_with(backup)
    if problem is not None:
        raise StoreError(
            f"the backup {backup} cannot be restored: {problem}; choose another backup",
            path=db_path,
        )
    make_private_dir(db_path.parent)
    lock = None if lock_held else WriterLock(db_path)
    if lock is not None:
        lock.acquire()
    try:
        moved = move_aside(db_path, "replaced") if db_path.exists() else None
        durable_copy(backup, db_path)
    except OSError as error:
        raise StoreError(
            f"could not restore {backup} as the call log at {db_path} ({os_reason(error)}); "
            "check the disk and that folder, then try again",
            path=db_path,
        ) from error
    finally:
        if lock is not None:
            lock.release()
    return moved
