"""The single-writer lock: an exclusive OS lock on `<db>.lock`, plus our pid beside it.

filelock's FileLock is flock(2)-based on Linux and macOS: the kernel drops it when the
holding process dies, however it dies, so a lock left by a killed netcall never blocks.
The pid goes in a sidecar `<db>.lock.pid` (not inside the lock file) because a process
that fails to get the lock must still be able to read who holds it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from filelock import FileLock, Timeout

from .errors import LockedError, StoreError, os_reason
from .fsio import FILE_MODE, TEMP_SUFFIX, temp_prefix


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def pid_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock.pid")


class WriterLock:
    """Held for as long as a Store is open for writing."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._lock = FileLock(str(lock_path_for(db_path)), timeout=0, mode=FILE_MODE)
        self._pid_path = pid_path_for(db_path)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> None:
        """Take the lock without waiting, or raise LockedError naming the holder's pid."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise LockedError(self.db_path, read_holder_pid(self.db_path)) from None
        except OSError as error:
            raise StoreError(
                f"could not lock the call log at {self.db_path} ({os_reason(error)}); "
                "check that you may write to its folder, or open it with --read-only",
                path=self.db_path,
            ) from error
        self._write_pid()

    def _write_pid(self) -> None:
        # Informational only (for the LockedError message), so no fsync: a stale pid
        # after a crash is harmless because the kernel lock is what decides.
        # A hidden temp name the open-time sweep recognises, in case we die mid-way.
        tmp = self.db_path.with_name(f"{temp_prefix(self.db_path)}pid.{os.getpid()}{TEMP_SUFFIX}")
        with contextlib.suppress(OSError):
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, FILE_MODE)
            try:
                os.write(fd, f"{os.getpid()}\n".encode())
            finally:
                os.close(fd)
            os.replace(tmp, self._pid_path)

    def release(self) -> None:
        if not self._lock.is_locked:
            return
        if read_holder_pid(self.db_path) == os.getpid():
            with contextlib.suppress(OSError):
                os.unlink(self._pid_path)
        self._lock.release(force=True)


def read_holder_pid(db_path: Path) -> int | None:
    try:
        text = pid_path_for(db_path).read_text(encoding="ascii").strip()
        return int(text)
    except (OSError, ValueError):
        return None
