"""The live call's draft: a small file of its own beside the log, `<log name>.draft`.

A running call saves its draft every few seconds and on every change, so saving it must
cost the same at any log size: it never rewrites the log. It is written with the log's
durable, atomic write (fsio.atomic_write: temp file, fsync, rename, folder fsync) and is
owner-only like the log. Its temporary files are named as the log's are plus `.draft`
(`.<log name>.draft.<pid>.<token>.tmp`), so the sweep of the log's leftovers at open
removes them too. Older files kept the draft in the `meta` table under META_KEY; the
store moves it into this file when it opens such a log.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path
from typing import Any

import orjson

from .backups import move_aside
from .errors import StoreError, os_reason, symlink_refused
from .fsio import atomic_write, fsync_dir, read_no_follow

SUFFIX = ".draft"
META_KEY = "draft"  # where files before the draft file kept it


def draft_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def encode(draft: dict[str, Any]) -> bytes:
    """The draft as JSON; TypeError (checked before anything is written) if it isn't."""
    try:
        return orjson.dumps(draft)
    except TypeError as error:
        raise TypeError(f"the draft cannot be saved as JSON: {error}") from None


class DraftFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.exists()

    def read(self, *, read_only: bool) -> dict[str, Any] | None:
        """The saved draft, or None if there is none. One that can't be read is moved
        aside (unless read-only) and reported as a StoreError."""
        try:
            raw = read_no_follow(self.path)
        except FileNotFoundError:
            return None
        except OSError as error:
            if error.errno == errno.ELOOP:  # not read, and never moved aside or written
                raise symlink_refused(self.path, "the live call's draft") from error
            raise StoreError(
                f"could not read the live call's draft at {self.path} ({os_reason(error)})",
                path=self.path,
            ) from error
        try:
            draft = orjson.loads(raw)
        except orjson.JSONDecodeError:
            draft = None
        if isinstance(draft, dict):
            return draft
        raise self._unreadable(read_only)

    def _unreadable(self, read_only: bool) -> StoreError:
        where = "it was left where it is"
        if not read_only:
            try:
                where = f"it was moved aside to {move_aside(self.path, 'corrupt')}"
            except OSError as error:
                where = f"it could not be moved aside ({os_reason(error)})"
        return StoreError(
            f"the saved call at {self.path} is not a draft netcall can read; {where}",
            path=self.path,
        )

    def write(self, data: bytes) -> None:
        atomic_write(self.path, data, what="the live call's draft")

    def delete(self) -> None:
        """Remove the draft durably (a discarded call must not come back); StoreError."""
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            return
        except OSError as error:
            raise StoreError(
                f"could not remove the live call's draft at {self.path} ({os_reason(error)}); "
                "check that folder: the call may be offered again at the next start",
                path=self.path,
            ) from error
        with contextlib.suppress(OSError):  # gone already; its durability is best effort
            fsync_dir(self.path.parent)
