"""DurableStorage: TinyDB's storage, kept in memory and written durably on every change.

- The file is read once, at open (see loader.py); `read()` returns the live dict.
- `write()` persists with fsio.atomic_write, unless a transaction is open: then the
  write is deferred to the end of the outermost transaction, so several repository
  changes reach the disk as one atomic file replacement (all or none).
- A failed write raises one StoreError and leaves the in-memory state (and the dirty
  flag) as is, so the next write or `flush()` retries it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from tinydb.storages import Storage

from .backups import DailyBackups
from .errors import ReadOnlyError
from .fsio import atomic_write
from .schema import Record, Tables
from .serializer import Serializer

Note = Callable[[str, bool], None]
_MISSING = object()


class DurableStorage(Storage):
    def __init__(
        self,
        path: Path,
        tables: Tables,
        *,
        read_only: bool = False,
        backups: DailyBackups | None = None,
    ) -> None:
        self.path = path
        self._tables = tables
        self._read_only = read_only
        self._backups = backups
        self._serializer = Serializer()
        self._dirty = False
        self.wrote = False  # True once this storage has written the file: see Store.close
        # Transactions: nesting depth, and an undo log of the first old value of each
        # record changed since the outermost begin() (O(changes), not a table copy).
        self._depth = 0
        self._undo: dict[tuple[str, str], Record | object] = {}
        self._new_tables: set[str] = set()
        self._dirty_before = False

    @property
    def dirty(self) -> bool:
        """True while some change is in memory only (a write failed, or is deferred)."""
        return self._dirty

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def read(self) -> Tables:
        return self._tables  # the live dict: no copy, no parse

    def write(self, data: Tables) -> None:
        if self._read_only:
            raise ReadOnlyError(self.path)
        if data is not self._tables:  # the whole state was swapped (e.g. drop_tables)
            self._tables = data
            self._serializer = Serializer()
        self._dirty = True
        if self._depth == 0:
            self.flush()

    def mark_dirty(self) -> None:
        self._dirty = True

    def changing(self, name: str) -> Note:
        """Called by FastTable before it changes table `name` in place. Returns the
        function it must call with each record key just before changing that record
        (`deep` when the record may be edited in place rather than replaced)."""
        if name not in self._tables and self._depth:
            self._new_tables.add(name)
        changed = self._serializer.changed(name)
        if not self._depth:
            return lambda key, deep: changed.add(key)
        undo, tables = self._undo, self._tables

        def note(key: str, deep: bool) -> None:
            changed.add(key)
            if (name, key) not in undo:
                old = tables.get(name, {}).get(key, _MISSING)
                undo[name, key] = copy.deepcopy(old) if deep and old is not _MISSING else old

        return note

    def dump(self) -> list[bytes]:
        """The in-memory state as the file's bytes, saved or not (for a copy elsewhere)."""
        return self._serializer.dump(self._tables)

    def flush(self) -> None:
        """Write the in-memory state if it has unsaved changes; StoreError on failure."""
        if not self._dirty:
            return
        if self._read_only:
            raise ReadOnlyError(self.path)
        chunks = self._serializer.dump(self._tables)
        if self._backups is not None:
            self._backups.before_write()
        atomic_write(self.path, chunks)
        self._dirty = False
        self.wrote = True

    # Transactions: nested levels join the outermost one, which commits or rolls back.

    def begin(self) -> None:
        if self._depth == 0:
            self._undo, self._new_tables = {}, set()
            self._dirty_before = self._dirty
        self._depth += 1

    def commit(self) -> None:
        """Leave one level; at the outermost, persist. If that fails the changes stay in
        memory (dirty) and the StoreError propagates."""
        self._depth -= 1
        if self._depth == 0:
            self._undo, self._new_tables = {}, set()
            self.flush()

    def rollback(self) -> set[str]:
        """Leave one level; at the outermost, put back every record changed since
        begin(). Returns the names of the tables that changed."""
        self._depth -= 1
        if self._depth > 0:
            return set()
        touched = {name for name, _key in self._undo} | self._new_tables
        for (name, key), old in self._undo.items():
            table = self._tables.get(name)
            if table is None:
                continue
            if old is _MISSING:
                table.pop(key, None)
            else:
                table[key] = old  # type: ignore[assignment]  # the undo log holds records or _MISSING, handled above
            self._serializer.changed(name).add(key)
        for name in self._new_tables:
            self._tables.pop(name, None)
            self._serializer.forget(name)
        self._undo, self._new_tables = {}, set()
        self._dirty = self._dirty_before
        return touched
