"""Errors raised by the store. Each message is shown to the user as it is, so each one
says what happened, names the file, and says what to do next.

Messages follow the house style of the core errors: they start in lower case (the UI
and CLI put them after "error:" or in a dialog) and end without a full stop.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from ..core.errors import NetcallError


class StoreError(NetcallError):
    """Something went wrong with the call log file; nothing on disk was damaged."""

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class NotFoundError(StoreError, KeyError):
    """An update or a ledger entry named a record that is not in the call log."""

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return str(self.args[0])


class LockedError(StoreError):
    """Another netcall has the call log open for writing."""

    def __init__(self, path: Path, pid: int | None) -> None:
        shown = str(pid) if pid is not None else "unknown"
        super().__init__(
            f"the call log at {path} is open in another netcall (pid {shown}); "
            "close it there, or open this one with --read-only",
            path=path,
        )
        self.pid = pid


class SymlinkedLogError(StoreError):
    """The call log's path is a symbolic link. It is not followed: the lock, the draft,
    the backups and any set-aside copy would land beside the target, outside the folder
    the user named, and a corrupt target would be renamed there."""

    def __init__(self, path: Path, target: Path) -> None:
        super().__init__(
            f"the call log at {path} is a symbolic link to {target}; netcall does not follow "
            f"it, so that nothing is created or renamed outside {path.parent}. Use the file "
            f"itself: --db {target} (or set NETCALL_DB to it)",
            path=path,
        )
        self.target = target


def symlink_refused(path: Path, what: str) -> StoreError:
    """A file netcall keeps beside the log (`what`) is a symbolic link someone put there."""
    return StoreError(
        f"{what} at {path} is a symbolic link; netcall does not follow it, so that nothing "
        "outside the call log's folder is written. Remove it (netcall makes a new one), then "
        "try again",
        path=path,
    )


class ReadOnlyError(StoreError):
    """A write was attempted on a call log opened with --read-only."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"the call log at {path} is open read-only, so nothing can be saved; to make "
            "changes, reopen it without --read-only (once no other netcall has it open)",
            path=path,
        )


class HeldError(StoreError):
    """Some records could not be read: the file is left as it is until the user chooses
    what becomes of them (`Store.keep_without_bad`, `Store.restore_good_backup`)."""

    def __init__(self, path: Path, count: int) -> None:
        records = "record" if count == 1 else "records"
        super().__init__(
            f"nothing was saved to the call log at {path}: {count} {records} in it could not "
            "be read, so netcall leaves the file as it is until you choose what to do with "
            "them (press ctrl+r, or run netcall doctor); a live call is kept as its draft",
            path=path,
        )


class CorruptFileError(StoreError):
    """The file could not be read. It was moved aside (never overwritten)."""

    def __init__(
        self,
        path: Path,
        *,
        moved_to: Path | None,
        reason: str,
        backups: list[Path],
        left: str = "read-only mode leaves it where it is",
    ) -> None:
        self.moved_to = moved_to  # None when it could not be, or must not be, moved
        self.reason = reason
        self.backups = backups  # good backups only, newest first
        message = _corrupt_message(path, moved_to, reason, backups, left)
        super().__init__(message, path=path)


class NewerSchemaError(StoreError):
    """The file was written by a newer netcall; it is left exactly as it is."""

    def __init__(self, path: Path, found: int, current: int) -> None:
        super().__init__(
            f"this call log was written by a newer netcall (schema {found}); "
            f"this is schema {current} — upgrade netcall (the file at {path} was not changed)",
            path=path,
        )
        self.found = found
        self.current = current


def _corrupt_message(
    path: Path, moved_to: Path | None, reason: str, backups: list[Path], left: str
) -> str:
    if moved_to is not None:
        kept = f"netcall did not change it: it moved it aside to {moved_to}, byte for byte"
    else:
        kept = f"netcall did not change it ({left})"
    if backups:
        advice = (
            f"To carry on, restore the newest good backup, {backups[0]} "
            "(only changes made after it was taken are missing)"
        )
    else:
        advice = (
            "There is no good backup to fall back on: keep that file, which may be "
            "repairable by hand, and start a new call log"
        )
    return f"the call log at {path} could not be read: {reason}. {kept}. {advice}"


# What to suggest for the usual reasons a write fails.
_ADVICE = {
    errno.ENOSPC: "free some disk space",
    errno.EDQUOT: "free some space (you are over your disk quota)",
    errno.EROFS: "the disk is mounted read-only; make it writable or move the log with --db",
    errno.EIO: "the disk reported an input/output error; check the disk or move the log with --db",
    errno.EACCES: "check that you may write to that folder",
    errno.EPERM: "check that you may write to that folder",
}


def os_reason(error: OSError) -> str:
    """The OS's own words for an error, e.g. 'No space left on device'."""
    if error.errno is not None:
        return os.strerror(error.errno)
    return str(error) or type(error).__name__


def write_failed(path: Path, action: str, error: OSError, what: str = "the call log") -> StoreError:
    """One clear error for any failed step of a durable write of `what`."""
    advice = _ADVICE.get(error.errno or 0, "check the disk and that folder")
    return StoreError(
        f"could not save {what} at {path}: {action} failed ({os_reason(error)}). "
        "Nothing was lost: the file on disk still holds the last saved version and your "
        f"changes are kept in memory. To fix it, {advice}; netcall saves again on the next "
        "change, or when you save explicitly",
        path=path,
    )


def read_failed(path: Path, error: OSError) -> StoreError:
    return StoreError(
        f"could not read the call log at {path} ({os_reason(error)}); "
        "check that the file and its folder are readable by you, then try again",
        path=path,
    )
