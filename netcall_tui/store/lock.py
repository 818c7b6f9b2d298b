"""The single-writer lock: an exclusive OS lock on `<db>.lock`, plus our pid beside it.

flock(2): the kernel drops the lock when the holding process dies, however it dies, so
a lock left by a killed netcall never blocks, and the lock belongs to the open file, so
two stores in one process exclude each other too (on a local disk; NFS emulates flock
with per-process locks). The store is POSIX-only already (O_CLOEXEC, directory fsync).
We call flock directly rather than through filelock, whose import alone cost ~20 ms of
every start-up for the two calls we need.
The pid goes in a sidecar `<db>.lock.pid` (not inside the lock file) because a process
that fails to get the lock must still be able to read who holds it.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from pathlib import Path

from .errors import LockedError, StoreError, os_reason, symlink_refused
from .fsio import FILE_MODE, TEMP_SUFFIX, read_no_follow, temp_prefix

# What a non-blocking lock attempt raises when another holder has it.
_HELD_ELSEWHERE = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES}


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def pid_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock.pid")


class WriterLock:
    """Held for as long as a Store is open for writing."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._lock_path = lock_path_for(db_path)
        self._pid_path = pid_path_for(db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock without waiting, or raise LockedError naming the holder's pid."""
        if self._fd is not None:
            return
        # O_NOFOLLOW: a link planted at the lock's name must not make us create or
        # lock a file somewhere else.
        flags = os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW
        try:
            fd = os.open(self._lock_path, flags, FILE_MODE)
        except OSError as error:
            if error.errno == errno.ELOOP:
                raise symlink_refused(self._lock_path, "the lock file") from error
            raise self._cannot_lock(error) from error
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            os.close(fd)
            if error.errno in _HELD_ELSEWHERE:
                raise LockedError(self.db_path, read_holder_pid(self.db_path)) from None
            raise self._cannot_lock(error) from error
        self._fd = fd
        self._write_pid()

    def _cannot_lock(self, error: OSError) -> StoreError:
        return StoreError(
            f"could not lock the call log at {self.db_path} ({os_reason(error)}); "
            "check that you may write to its folder, or open it with --read-only",
            path=self.db_path,
        )

    def _write_pid(self) -> None:
        # Informational only (for the LockedError message), so no fsync: a stale pid
        # after a crash is harmless because the kernel lock is what decides.
        # A hidden temp name the open-time sweep recognises, in case we die mid-way.
        tmp = self.db_path.with_name(f"{temp_prefix(self.db_path)}pid.{os.getpid()}{TEMP_SUFFIX}")
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC | os.O_NOFOLLOW
        with contextlib.suppress(OSError):
            fd = os.open(tmp, flags, FILE_MODE)
            try:
                os.write(fd, f"{os.getpid()}\n".encode())
            finally:
                os.close(fd)
            os.replace(tmp, self._pid_path)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if read_holder_pid(self.db_path) == os.getpid():
            with contextlib.suppress(OSError):
                os.unlink(self._pid_path)
        # The lock file itself stays: deleting it would let a third process lock a new
        # file while a second one still waits on the old one.
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def read_holder_pid(db_path: Path) -> int | None:
    try:
        text = read_no_follow(pid_path_for(db_path)).decode("ascii").strip()
        return int(text)
    except (OSError, ValueError):  # UnicodeDecodeError is a ValueError
        return None
