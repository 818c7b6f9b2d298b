"""Store: the open call log. Opening takes the writer lock, reads the file once, checks
its schema, and wires TinyDB (over DurableStorage) to the repositories."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from tinydb import TinyDB

from . import schema
from .backups import DailyBackups, copy_before_migration, list_backups, sweep_backup_temps
from .calls import CallerRepo, CallRepo
from .claim import Claim
from .errors import ReadOnlyError, StoreError, os_reason
from .fsio import sweep_temps, temp_prefix
from .loader import load
from .lock import WriterLock
from .repos import ContactRepo, MetaRepo, PromiseRepo, Repo
from .schema import Record
from .storage import DurableStorage
from .tables import FastTable

DRAFT_KEY = "draft"


class _TinyDB(TinyDB):
    table_class = FastTable


class Store:
    """The call log. Use `Store.open(path)`; close it (or use `with`) to free the lock."""

    def __init__(
        self, path: Path, storage: DurableStorage, lock: WriterLock | None, read_only: bool
    ) -> None:
        self.path = path
        self.read_only = read_only
        self._storage = storage
        self._lock = lock
        self._closed = False
        self._db = _TinyDB(storage=lambda: storage)  # TinyDB wants a factory
        self.calls = CallRepo(self)
        self.callers = CallerRepo(self, self.calls)
        self.contacts = ContactRepo(self)
        self.promises = PromiseRepo(self)
        self.meta = MetaRepo(self)
        repos = (self.calls, self.callers, self.contacts, self.promises, self.meta)
        self._repos: dict[str, Repo[Any, Any] | MetaRepo] = {r.table_name: r for r in repos}

    @classmethod
    def open(
        cls, path: Path, *, read_only: bool = False, today: Callable[[], date] = date.today
    ) -> Store:
        """Open (or create) the call log at `path`.

        Raises LockedError if another netcall has it open for writing, CorruptFileError
        if it cannot be read (it is moved aside first), NewerSchemaError, StoreError.
        `today` gives the local date for daily backups (injectable for tests)."""
        claim = Claim.take(path, read_only=read_only, today=today)
        try:
            return claim.load()
        except BaseException:
            claim.release()
            raise

    @classmethod
    def _load(cls, path: Path, lock: WriterLock | None, today: Callable[[], date]) -> Store:
        read_only = lock is None
        if not read_only:  # we hold the lock, so leftovers belong to dead writers
            sweep_temps(path.parent, temp_prefix(path))
            sweep_backup_temps(path)
        loaded = load(path, read_only=read_only)
        backups = None if read_only else DailyBackups(path, today)
        storage = DurableStorage(path, loaded.tables, read_only=read_only, backups=backups)
        store = cls(path, storage, lock, read_only)
        if not read_only and loaded.found_version != schema.current():
            store._save_upgraded(loaded.found_version)
        return store

    def _save_upgraded(self, found: int | None) -> None:
        """Write a new file, or a migrated one (keeping the old bytes in backups/)."""
        if found is not None:
            try:
                copy_before_migration(self.path, found)
            except OSError as error:
                raise StoreError(
                    f"could not keep a copy of the call log at {self.path} before upgrading "
                    f"it ({os_reason(error)}); nothing was changed. Check the disk and try again",
                    path=self.path,
                ) from error
        self._storage.mark_dirty()
        self._storage.flush()

    # --- for the repositories -------------------------------------------------

    def table(self, name: str) -> FastTable:
        return self._db.table(name)  # type: ignore[return-value]

    def records(self, name: str) -> dict[str, Record]:
        return self._storage.read().get(name, {})

    # --- writing --------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group changes into one durable write: all of them reach the disk, or none.

        Nested transactions join the outermost one. If the block raises, every table it
        changed is restored. If the final write fails, StoreError is raised and the
        changes stay in memory, to be saved by the next write or `flush()`."""
        self.check_writable()
        self._storage.begin()
        try:
            yield
        except BaseException:
            self._restored(self._storage.rollback())
            raise
        self._storage.commit()

    def _restored(self, names: Iterable[str]) -> None:
        for name in names:
            self.table(name).reset()
            repo = self._repos.get(name)
            if repo is not None:
                repo.reindex()

    def check_writable(self) -> None:
        """Raise unless this store may be changed (open, and not read-only)."""
        if self._closed:
            raise StoreError(f"the call log at {self.path} is already closed", path=self.path)
        if self.read_only:
            raise ReadOnlyError(self.path)

    @property
    def unsaved(self) -> bool:
        """True if some change is only in memory because a write failed."""
        return self._storage.dirty

    def flush(self) -> None:
        """Retry a failed write now (a no-op when everything is saved)."""
        if not self.read_only:
            self._storage.flush()

    # --- drafts, backups, lifetime ---------------------------------------------

    def save_draft(self, draft: dict[str, Any]) -> None:
        self.meta.set(DRAFT_KEY, draft)

    def load_draft(self) -> dict[str, Any] | None:
        draft = self.meta.get(DRAFT_KEY)
        return draft if isinstance(draft, dict) else None

    def clear_draft(self) -> None:
        self.meta.delete(DRAFT_KEY)

    def backups(self) -> list[Path]:
        """Daily backups of this log, newest first."""
        return list_backups(self.path)

    def close(self, *, discard_unsaved: bool = False) -> None:
        """Save anything unsaved, then release the lock. If that save fails, StoreError
        is raised and the store stays open: retry, or close(discard_unsaved=True)."""
        if self._closed:
            return
        if not discard_unsaved:
            self.flush()
        self._closed = True
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"<Store {self.path} {mode}, {self.calls.count()} calls>"
