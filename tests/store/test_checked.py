"""The checked stamp: the same bytes are not checked twice; any change is checked again."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from netcall_tui.store import loader
from netcall_tui.store.checked import digest, stamp_path
from netcall_tui.store.db import Store

from ..helpers import add_call


def _no_check(tables: loader.Tables) -> tuple[loader.BadRecord, ...]:
    raise AssertionError("the records were checked again")


def _logged(db_path: Path) -> None:
    store = Store.open(db_path)
    add_call(store, "Dana Whitfield")
    store.close()


def test_bytes_netcall_wrote_are_not_checked_again(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _logged(db_path)
    assert stamp_path(db_path).read_bytes() == digest(db_path.read_bytes())
    monkeypatch.setattr(loader, "check_records", _no_check)
    for read_only in (False, True):
        store = Store.open(db_path, read_only=read_only)
        assert store.calls.count() == 1
        store.close()


def test_a_hand_edit_after_the_stamp_is_checked(db_path: Path) -> None:
    _logged(db_path)
    data = orjson.loads(db_path.read_bytes())
    (call,) = data["calls"].values()
    call["started_at"] = "not a date"
    db_path.write_bytes(orjson.dumps(data))
    store = Store.open(db_path, read_only=True)
    assert [bad.field for bad in store.bad] == ["started_at"]
    assert store.calls.count() == 0
    store.close()


def test_a_clean_file_from_elsewhere_is_stamped_once_checked(db_path: Path) -> None:
    _logged(db_path)
    stamp_path(db_path).unlink()
    Store.open(db_path, read_only=True).close()
    assert not stamp_path(db_path).exists()  # a read-only open writes nothing
    Store.open(db_path).close()
    assert stamp_path(db_path).read_bytes() == digest(db_path.read_bytes())


def test_a_stamp_that_is_a_link_is_replaced_not_followed(db_path: Path, tmp_path: Path) -> None:
    _logged(db_path)
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    stamp_path(db_path).unlink()
    stamp_path(db_path).symlink_to(outside)
    _logged(db_path)
    assert outside.read_text() == "keep me"
    assert not stamp_path(db_path).is_symlink()
