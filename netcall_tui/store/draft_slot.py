"""The live call's draft as the store holds it: its file, and a change made inside a
transaction (logging the call), which waits for the log's write so that it lands with
the log's change or not at all."""

from __future__ import annotations

import contextlib
from typing import Any

import orjson

from .draft import DraftFile
from .errors import StoreError

_DELETE = object()  # a change waiting for the log write: delete the file


class DraftSlot:
    def __init__(self, file: DraftFile) -> None:
        self.file = file
        self.waiting: object = None  # the draft's bytes, _DELETE, or None: nothing waits

    @property
    def unsaved(self) -> bytes | None:
        """The draft's bytes when only memory holds them (a write failed, or the log's
        write has not come yet)."""
        return self.waiting if isinstance(self.waiting, bytes) else None

    def save(self, data: bytes, *, later: bool) -> None:
        """Write the draft now, or after the log's write (`later`: in a transaction);
        a failed write is kept for `settle`, the retry."""
        if later:
            self.waiting = data
            return
        self.waiting = None  # newer than any change still waiting for the log
        try:
            self.file.write(data)
        except StoreError:
            self.waiting = data
            raise

    def read(self, *, read_only: bool) -> dict[str, Any] | None:
        """The draft: the one waiting, else the file's (None once deleted)."""
        waiting = self.waiting
        if waiting is _DELETE:
            return None
        if isinstance(waiting, bytes):
            found: dict[str, Any] = orjson.loads(waiting)
            return found
        return self.file.read(read_only=read_only)

    def clear(self, *, later: bool) -> None:
        if later:
            self.waiting = _DELETE
            return
        self.waiting = None
        self.file.delete()

    def settle(self) -> None:
        """The change waiting for the log write, now that the log is written. A deletion
        that fails is let go: its call is in the log, so the store's `load_draft` drops it."""
        waiting = self.waiting
        if waiting is None:
            return
        self.waiting = None
        if waiting is _DELETE:
            with contextlib.suppress(StoreError):
                self.file.delete()
        elif isinstance(waiting, bytes):
            try:
                self.file.write(waiting)
            except StoreError:
                self.waiting = waiting  # tried again with the next write
                raise
