"""Rolling daily backups in `<dir>/backups/`: `<stem>.<YYYY-MM-DD><suffix>`, last 7 kept.

The first write of each local day copies the file as it was before that write, so a
backup is always a file some earlier netcall wrote and read back successfully.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from .errors import StoreError, os_reason, symlink_refused
from .fsio import FILE_MODE, durable_copy, fsync_dir, make_private_dir, sweep_temps

KEEP = 7
Today = Callable[[], date]


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _suffix(db_path: Path) -> str:
    return db_path.suffix or ".json"


def make_backup_dir(db_path: Path) -> Path:
    """The backups folder, made owner-only if missing. A link in its place is refused
    (StoreError): copies of the log must not land outside the log's own folder."""
    folder = backup_dir(db_path)
    if folder.is_symlink():
        raise symlink_refused(folder, "the backups folder")
    make_private_dir(folder)
    return folder


def backup_path(db_path: Path, day: date) -> Path:
    return backup_dir(db_path) / f"{db_path.stem}.{day.isoformat()}{_suffix(db_path)}"


def list_backups(db_path: Path) -> list[Path]:
    """This log's daily backups, newest first."""
    pattern = re.compile(
        re.escape(db_path.stem) + r"\.(\d{4}-\d{2}-\d{2})" + re.escape(_suffix(db_path)) + "$"
    )
    found: list[tuple[str, Path]] = []
    if backup_dir(db_path).is_symlink():  # not ours: never read, pruned or rewritten
        return []
    with contextlib.suppress(OSError):
        for entry in os.scandir(backup_dir(db_path)):
            match = pattern.match(entry.name)
            if match and entry.is_file():
                found.append((match.group(1), Path(entry.path)))
    return [p for _, p in sorted(found, reverse=True)]


def sweep_backup_temps(db_path: Path) -> None:
    if not backup_dir(db_path).is_symlink():  # never delete in a folder elsewhere
        sweep_temps(backup_dir(db_path), f".{db_path.stem}.")


class DailyBackups:
    """Makes today's backup once, at the first write of the day, and prunes old ones."""

    def __init__(self, db_path: Path, today: Today = date.today, keep: int = KEEP) -> None:
        self.db_path = db_path
        self._today = today
        self._keep = keep
        self._done_for: date | None = None

    def before_write(self) -> None:
        """Copy the current (pre-write) file if today has no backup yet."""
        day = self._today()
        if day == self._done_for:
            return
        target = backup_path(self.db_path, day)
        if self.db_path.exists() and not target.exists():
            try:
                make_backup_dir(self.db_path)
                durable_copy(self.db_path, target, what="today's backup of the call log")
            except StoreError as error:
                raise StoreError(str(error), path=self.db_path) from error
            except OSError as error:
                raise StoreError(
                    f"could not make today's backup of the call log at {self.db_path} in "
                    f"{target.parent} ({os_reason(error)}); nothing was saved and nothing was "
                    "lost. Check the disk and that folder; netcall tries again on the next change",
                    path=self.db_path,
                ) from error
            self._prune()
        self._done_for = day

    def _prune(self) -> None:
        for old in list_backups(self.db_path)[self._keep :]:
            with contextlib.suppress(OSError):
                old.unlink()


def copy_before_migration(db_path: Path, from_version: int) -> Path:
    """Keep the file exactly as an older netcall wrote it before upgrading it in place."""
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    target = (
        make_backup_dir(db_path) / f"{db_path.stem}.schema-{from_version}.{stamp}{_suffix(db_path)}"
    )
    durable_copy(db_path, target)
    return target


def _aside_name(path: Path, label: str) -> Path:
    """`<name>.<label>-<YYYYmmddTHHMMSS>` beside `path`, never an existing file's name."""
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
        n += 1
    return target


def copy_aside(path: Path, label: str) -> Path:
    """Copy `path` durably to `<name>.<label>-<YYYYmmddTHHMMSS>` beside it, owner-only;
    StoreError if it can't be."""
    target = _aside_name(path, label)
    durable_copy(path, target, what=f"a copy of the call log ({target.name})")
    return target


def move_aside(path: Path, label: str) -> Path:
    """Rename `path` to `<name>.<label>-<YYYYmmddTHHMMSS>` (the same bytes, never copied)."""
    target = _aside_name(path, label)
    os.rename(path, target)
    with contextlib.suppress(OSError):  # it holds other people's data, whatever its mode was
        os.chmod(target, FILE_MODE)
    with contextlib.suppress(OSError):  # the rename is done; durability is best effort here
        fsync_dir(path.parent)
    return target
