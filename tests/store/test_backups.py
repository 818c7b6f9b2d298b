"""Rolling daily backups: the first write of each local day, the last seven kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from netcall_tui.core.domain.records import Caller
from netcall_tui.store.backups import list_backups
from netcall_tui.store.db import Store
from netcall_tui.store.errors import StoreError

MakeCaller = Callable[..., Caller]


def backup_days(store: Store) -> list[str]:
    return [p.name for p in store.backups()]


def test_first_write_of_a_day_backs_up_the_file_as_it_was(
    db_path: Path, today: Any, make_caller: MakeCaller
) -> None:
    with Store.open(db_path, today=today) as store:  # creating the file is no backup
        store.callers.add(make_caller("Ada"))
        assert store.backups() == []  # the file did not exist before today's first write
    before_next_day = db_path.read_bytes()
    today.advance()
    with Store.open(db_path, today=today) as store:
        store.callers.add(make_caller("Ben"))
        store.callers.add(make_caller("Cleo"))  # a second write that day: no new backup
        assert backup_days(store) == ["calls.2024-03-02.json"]
        assert store.backups()[0].read_bytes() == before_next_day
        today.advance()
        store.callers.add(make_caller("Dan"))  # the day changed while the log was open
        assert backup_days(store) == ["calls.2024-03-03.json", "calls.2024-03-02.json"]


def test_a_backup_already_made_today_is_kept(
    db_path: Path, today: Any, make_caller: MakeCaller
) -> None:
    with Store.open(db_path, today=today) as store:
        store.callers.add(make_caller("Ada"))
        today.advance()
        store.callers.add(make_caller("Ben"))
        first = store.backups()[0].read_bytes()
    with Store.open(db_path, today=today) as store:  # a later session the same day
        store.callers.add(make_caller("Cleo"))
        assert store.backups()[0].read_bytes() == first


def test_only_the_last_seven_are_kept(db_path: Path, today: Any, make_caller: MakeCaller) -> None:
    with Store.open(db_path, today=today) as store:
        store.callers.add(make_caller("Day zero"))
        for n in range(10):
            today.advance()
            store.callers.add(make_caller(f"Day {n}"))
        days = backup_days(store)
    assert days == [f"calls.{date(2024, 3, d).isoformat()}.json" for d in range(11, 4, -1)]
    assert len(list_backups(db_path)) == 7


def test_backups_ignores_other_files(db_path: Path, today: Any, make_caller: MakeCaller) -> None:
    with Store.open(db_path, today=today) as store:
        store.callers.add(make_caller())
        folder = db_path.parent / "backups"
        folder.mkdir(exist_ok=True)
        for name in ["notes.txt", "calls.latest.json", "other.2024-01-01.json"]:
            (folder / name).write_text("x")
        assert store.backups() == []


def test_a_backups_folder_that_is_a_link_is_never_written_through(
    db_path: Path, tmp_path: Path, today: Any, make_caller: MakeCaller
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "calls.2024-03-01.json").write_bytes(b"{}")  # looks like a backup: not ours
    with Store.open(db_path, today=today) as store:
        store.callers.add(make_caller("Ada"))

    (db_path.parent / "backups").symlink_to(elsewhere)
    today.advance()
    with Store.open(db_path, today=today) as store:
        assert store.backups() == []
        with pytest.raises(StoreError, match=r"the backups folder at .* is a symbolic link"):
            store.callers.add(make_caller("Ben"))
        store.close(discard_unsaved=True)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["calls.2024-03-01.json"]
