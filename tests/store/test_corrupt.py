"""A file that cannot be read is never overwritten: it is moved aside byte for byte, the
error says what was wrong, and the newest good backup is offered and can be restored."""

from __future__ import annotations

import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from netcall_tui.core.domain.records import Caller
from netcall_tui.store.db import Store
from netcall_tui.store.errors import CorruptFileError, LockedError, StoreError
from netcall_tui.store.loader import good_backups, restore_backup

MakeCaller = Callable[..., Caller]


def _wrong_table(good: bytes) -> bytes:
    data = orjson.loads(good)
    data["calls"] = list(data["calls"].values())
    return orjson.dumps(data)


FIXTURES: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "empty": (lambda good: b"", r"the file is empty \(0 bytes\)"),
    "truncated": (
        lambda good: good[: len(good) // 2],
        r"stops in the middle of its data after \d+ bytes \(it was cut short\)",
    ),
    "trailing-garbage": (
        lambda good: good + b"\n}{ half a second write",
        r"the data ends at byte \d+ but the file goes on with 22 more unexpected bytes",
    ),
    "nul-filled": (
        lambda good: b"\x00" * len(good),
        r"the file holds only NUL bytes \(\d+ of them\) and no data",
    ),
    "wrong-shape-list": (
        lambda good: b'[{"id": "x"}]',
        r"the file holds a list where a call log has an object of tables",
    ),
    "wrong-shape-table": (
        _wrong_table,
        r"its table 'calls' is a list, not an object of records",
    ),
}


@pytest.fixture
def history(db_path: Path, today: Any, make_caller: MakeCaller) -> list[bytes]:
    """A log written over three days; returns the file as it was at the end of each
    day, oldest first (days 1 and 2 are now backups)."""
    states = []
    with Store.open(db_path, today=today) as store:
        for day in range(3):
            store.callers.add(make_caller(f"Caller of day {day}"))
            states.append(db_path.read_bytes())
            today.advance()
            if day < 2:
                store.callers.add(make_caller(f"Late caller {day}"))  # makes the backup
                states[-1] = store.backups()[0].read_bytes()
    return states


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_an_unreadable_file_is_moved_aside_and_explained(
    name: str, db_path: Path, history: list[bytes]
) -> None:
    make, reason = FIXTURES[name]
    bad = make(db_path.read_bytes())
    db_path.write_bytes(bad)
    db_path.chmod(0o644)  # as another tool may have left it: the copy set aside is 0600

    with pytest.raises(CorruptFileError) as caught:
        Store.open(db_path)
    error = caught.value

    assert error.moved_to is not None
    assert re.fullmatch(r"calls\.json\.corrupt-\d{8}T\d{6}", error.moved_to.name)
    assert error.moved_to.read_bytes() == bad  # kept byte for byte, never overwritten
    assert stat.S_IMODE(error.moved_to.stat().st_mode) == 0o600
    assert not db_path.exists()
    assert re.search(reason, error.reason), error.reason
    message = str(error)
    assert message.startswith(f"the call log at {db_path} could not be read: {error.reason}.")
    assert f"moved it aside to {error.moved_to}" in message
    newest = db_path.parent / "backups" / "calls.2024-03-03.json"
    assert error.backups[0] == newest
    assert f"restore the newest good backup, {newest}" in message

    restore_backup(error.backups[0], db_path)
    with Store.open(db_path) as store:
        assert {c.name for c in store.callers.all()} == {
            "Caller of day 0",
            "Late caller 0",
            "Caller of day 1",
        }
    assert orjson.loads(db_path.read_bytes()) == orjson.loads(history[1])


def test_a_corrupt_backup_is_not_offered(db_path: Path, history: list[bytes]) -> None:
    newest, older = good_backups(db_path)
    newest.write_bytes(newest.read_bytes()[:-10])
    db_path.write_bytes(b"")
    with pytest.raises(CorruptFileError) as caught:
        Store.open(db_path)
    assert caught.value.backups == [older]
    with pytest.raises(StoreError, match="cannot be restored: the file stops in the middle"):
        restore_backup(newest, db_path)
    assert not db_path.exists()


def test_without_backups_the_message_says_so(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"\x00\x00\x00")
    with pytest.raises(CorruptFileError) as caught:
        Store.open(db_path)
    assert caught.value.backups == []
    assert "There is no good backup to fall back on" in str(caught.value)


def test_read_only_leaves_an_unreadable_file_where_it_is(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b'{"calls": {"1": ')
    with pytest.raises(CorruptFileError) as caught:
        Store.open(db_path, read_only=True)
    assert caught.value.moved_to is None
    assert "read-only mode leaves it where it is" in str(caught.value)
    assert db_path.read_bytes() == b'{"calls": {"1": '


@pytest.mark.parametrize(
    ("records", "reason"),
    [
        ({"calls": {"x1": {}}}, "its table 'calls' has a record keyed 'x1', not a number"),
        ({"calls": {"1": 5}}, "record 1 of table 'calls' is a number, not an object"),
        ({"calls": {"1": {"notes": "no id"}}}, "record 1 of table 'calls' has no id"),
        (
            {"callers": {"1": {"id": "a"}, "2": {"id": "a"}}},
            "records 1 and 2 of table 'callers' share the id 'a'",
        ),
        (
            {"meta": {"1": {"key": "schema_version", "value": "one"}}},
            "its schema version is 'one', not a whole number",
        ),
    ],
)
def test_records_of_the_wrong_shape_are_explained(
    db_path: Path, records: dict[str, Any], reason: str
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(orjson.dumps(records))
    with pytest.raises(CorruptFileError) as caught:
        Store.open(db_path)
    assert caught.value.reason == reason


def test_restoring_over_an_existing_file_moves_it_aside(
    db_path: Path, history: list[bytes]
) -> None:
    current = db_path.read_bytes()
    moved = restore_backup(good_backups(db_path)[-1], db_path)
    assert moved is not None and moved.read_bytes() == current
    assert re.fullmatch(r"calls\.json\.replaced-\d{8}T\d{6}", moved.name)
    assert orjson.loads(db_path.read_bytes()) == orjson.loads(history[0])


def test_restoring_while_the_log_is_open_is_refused(db_path: Path, history: list[bytes]) -> None:
    before = db_path.read_bytes()
    with Store.open(db_path), pytest.raises(LockedError):
        restore_backup(good_backups(db_path)[0], db_path)
    assert db_path.read_bytes() == before
