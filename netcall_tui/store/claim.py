"""The first, quick half of opening the call log: the folder and the writer lock.

Kept apart from `db` (TinyDB, orjson, the repositories) so that taking the lock, which
happens before the first frame, imports only what it needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .errors import ReadOnlyError, StoreError, os_reason
from .fsio import log_path, make_private_dir
from .lock import WriterLock


@dataclass
class Claim:
    """The first, quick half of opening: the folder made and the writer lock taken (so a
    second netcall is told at once), before the file is read. `Store.load(claim)` is the slow half;
    the app runs it after its first frame, so start-up doesn't grow with the log."""

    path: Path
    lock: WriterLock | None
    today: Callable[[], date]

    @classmethod
    def take(
        cls, path: Path, *, read_only: bool = False, today: Callable[[], date] = date.today
    ) -> Claim:
        """Raises LockedError if another netcall has the log open for writing,
        SymlinkedLogError if `path` is a symbolic link (read-only too), StoreError."""
        path = log_path(path)
        if read_only:
            return cls(path, None, today)
        try:
            make_private_dir(path.parent)
        except OSError as error:
            raise StoreError(
                f"could not create the folder {path.parent} for the call log ({os_reason(error)}); "
                "check the path, or choose another with --db",
                path=path,
            ) from error
        lock = WriterLock(path)
        lock.acquire()
        return cls(path, lock, today)

    @property
    def read_only(self) -> bool:
        return self.lock is None

    def restore(self, backup: Path) -> Path | None:
        """Put `backup` in place of an unreadable log, under the lock this claim holds."""
        if self.lock is None:
            raise ReadOnlyError(self.path)
        from .loader import restore_backup

        return restore_backup(backup, self.path, lock_held=True)

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
