"""Store: the open call log. Opening takes the writer lock, reads the file once, checks
its schema, and wires TinyDB (over DurableStorage) to the repositories. The live call's
draft is kept beside it, in its own file (see `draft`)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from tinydb import TinyDB

from ..core.domain.bad_records import BadRecord
from . import schema
from .backups import (
    DailyBackups,
    copy_aside,
    copy_before_migration,
    list_backups,
    sweep_backup_temps,
)
from .calls import CallerRepo, CallRepo
from .checked import stamp
from .claim import Claim
from .draft import META_KEY, DraftFile, draft_path, encode
from .draft_slot import DraftSlot
from .errors import HeldError, ReadOnlyError, StoreError, os_reason
from .forget_todo import pending
from .fsio import atomic_write, sweep_temps, temp_prefix
from .loader import good_backups, load, restore_backup
from .lock import WriterLock
from .repos import ContactRepo, MetaRepo, PromiseRepo, ReferralRepo, Repo
from .resume_repo import ResumeRepo
from .schema import Record
from .storage import DurableStorage
from .tables import FastTable


class _TinyDB(TinyDB):
    table_class = FastTable


class Store:
    """The call log. Use `Store.open(path)`; close it (or use `with`) to free the lock."""

    def __init__(
        self,
        path: Path,
        storage: DurableStorage,
        lock: WriterLock | None,
        read_only: bool,
        bad: tuple[BadRecord, ...] = (),
        today: Callable[[], date] = date.today,
    ) -> None:
        self.path = path
        self.read_only = read_only
        # Records that could not be read: left out of every table. Until the user chooses
        # what becomes of them (keep_without_bad, restore_good_backup) the file is held:
        # it is not written, though the live call's draft (a file of its own) still is.
        self.bad = bad
        self.held = bool(bad) and not read_only
        self._today = today
        self._storage = storage
        self._lock = lock
        self._closed = False
        self._draft = DraftSlot(DraftFile(draft_path(path)))
        # An interrupted forget: finished at an open for writing (`forget_note` says so),
        # only noticed at a read-only one.
        self.forget_pending = False
        self.forget_note: str | None = None
        self._db = _TinyDB(storage=lambda: storage)  # TinyDB wants a factory
        self.calls = CallRepo(self)
        self.callers = CallerRepo(self, self.calls)
        self.contacts = ContactRepo(self)
        self.promises = PromiseRepo(self)
        self.referrals = ReferralRepo(self)
        self.resumes = ResumeRepo(self)
        self.meta = MetaRepo(self)
        repos = (
            self.calls,
            self.callers,
            self.contacts,
            self.promises,
            self.referrals,
            self.resumes,
            self.meta,
        )
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
            return cls.load(claim)
        except BaseException:
            claim.release()
            raise

    @classmethod
    def load(cls, claim: Claim) -> Store:
        """Read the file a claim holds (CorruptFileError, NewerSchemaError, StoreError);
        the lock stays held on failure, so a backup can be restored and this tried again."""
        return cls._load(claim.path, claim.lock, claim.today)

    @classmethod
    def _load(cls, path: Path, lock: WriterLock | None, today: Callable[[], date]) -> Store:
        read_only = lock is None
        if not read_only:  # we hold the lock, so leftovers belong to dead writers
            sweep_temps(path.parent, temp_prefix(path))
            sweep_backup_temps(path)
        loaded = load(path, read_only=read_only)
        backups = None if read_only else DailyBackups(path, today)
        storage = DurableStorage(path, loaded.tables, read_only=read_only, backups=backups)
        store = cls(path, storage, lock, read_only, loaded.bad, today)
        if store.held:
            return store  # not even an upgrade is written before the user chooses
        if not read_only and loaded.found_version != schema.current():
            store._save_upgraded(loaded.found_version)
        if not read_only:
            store._move_meta_draft()
        store._finish_forget()
        return store

    def _finish_forget(self) -> None:
        if not pending(self.path):
            return
        if not self.read_only:
            from .forget import finish_pending  # rarely needed: not on every start's path

            self.forget_note = finish_pending(self)
        self.forget_pending = pending(self.path)

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

    def _move_meta_draft(self) -> None:
        """An older file's draft, kept in `meta`, moves into the draft file. If the file
        exists already, a crash came between the two steps: it is the one to keep. If it
        can't be written, the draft stays where it is and moves at a later open."""
        legacy = self.meta.get(META_KEY)
        if legacy is None:
            return
        try:
            if isinstance(legacy, dict) and not self._draft.file.exists():
                self._draft.file.write(encode(legacy))
            self.meta.delete(META_KEY)
        except (StoreError, TypeError):
            return

    # --- for the repositories -------------------------------------------------

    def table(self, name: str) -> FastTable:
        return self._db.table(name)  # type: ignore[return-value]  # table_class is FastTable, so every table is one

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
        outermost = not self._storage.in_transaction
        draft_before = self._draft.waiting
        self._storage.begin()
        try:
            yield
        except BaseException:
            self._restored(self._storage.rollback())
            if outermost:
                self._draft.waiting = draft_before
            raise
        self._storage.commit()
        if outermost:
            self._settle_draft()

    def _restored(self, names: Iterable[str]) -> None:
        for name in names:
            self.table(name).reset()
            repo = self._repos.get(name)
            if repo is not None:
                repo.reindex()

    def check_writable(self) -> None:
        """Raise unless this store may be changed (open, not read-only, not held)."""
        self._check_draft_writable()
        if self.held:
            raise HeldError(self.path, len(self.bad))

    def _check_draft_writable(self) -> None:
        """The draft has a file of its own: it is saved while the log is held."""
        if self._closed:
            raise StoreError(f"the call log at {self.path} is already closed", path=self.path)
        if self.read_only:
            raise ReadOnlyError(self.path)

    # --- records that could not be read: the user's two ways on ---------------------

    def keep_without_bad(self) -> Path:
        """Go on without the bad records: the file as it is now is copied aside first
        (owner-only, beside it; its path is returned), then written without them.
        StoreError if the copy can't be made (nothing changed) or the write fails (it is
        retried like any failed write)."""
        self._check_draft_writable()
        try:
            kept = copy_aside(self.path, "unreadable-records")
        except OSError as error:
            raise StoreError(
                f"could not keep a copy of the call log at {self.path} ({os_reason(error)}); "
                "nothing was changed",
                path=self.path,
            ) from error
        self.bad, self.held = (), False
        self._storage.mark_dirty()
        self._storage.flush()
        return kept

    def restore_good_backup(self) -> tuple[Store, Path]:
        """Put the newest backup that reads cleanly in place of the log (the file as it
        is now is moved aside, never overwritten) and open it, under this store's lock;
        this store is done with. StoreError if there is no good backup."""
        self._check_draft_writable()
        backups = good_backups(self.path)
        if not backups:
            raise StoreError(
                f"there is no good backup of the call log at {self.path} to restore; keep "
                "going without the records that could not be read instead",
                path=self.path,
            )
        restore_backup(backups[0], self.path, lock_held=True)
        self._closed = True  # the lock passes to the store read from the backup
        return Store._load(self.path, self._lock, self._today), backups[0]

    @property
    def unsaved(self) -> bool:
        """True if some change is only in memory because a write failed: the log's, or
        the live call's draft waiting to be written again."""
        return self._storage.dirty or self._draft.unsaved is not None

    def flush(self) -> None:
        """Retry a failed write now (a no-op when everything is saved)."""
        if not self.read_only:
            self._storage.flush()
            self._settle_draft()

    # --- drafts, backups, lifetime ---------------------------------------------

    def save_draft(self, draft: dict[str, Any]) -> None:
        """Save the live call's draft (its own small file, not the log). Inside a
        transaction it is written after the log's write; TypeError if not JSON-able."""
        self._check_draft_writable()
        self._draft.save(encode(draft), later=self._storage.in_transaction)

    def load_draft(self) -> dict[str, Any] | None:
        """The saved draft, unless its call is in the log already (a crash between
        logging it and clearing the draft): that draft is deleted and None returned.
        StoreError if the draft file can't be read (it is moved aside)."""
        draft = self._draft.read(read_only=self.read_only)
        if draft is None:
            return None
        call_id = draft.get("call_id")
        if isinstance(call_id, str) and self.calls.has(call_id):
            if not self.read_only:
                self.clear_draft()
            return None
        return draft

    def clear_draft(self) -> None:
        """Delete the draft. Inside a transaction (logging the call) that happens after
        the log's write, so the draft is kept if the write fails or is rolled back."""
        self._check_draft_writable()
        self._draft.clear(later=self._storage.in_transaction)

    def _settle_draft(self) -> None:
        if not self._storage.dirty:
            self._draft.settle()

    def backups(self) -> list[Path]:
        """Daily backups of this log, newest first."""
        return list_backups(self.path)

    def save_copy(self, target: Path) -> Path:
        """Write everything in memory, saved or not, to `target`: a call log of its own
        (open it with --db), with the live call's draft beside it if one is waiting.
        For when the log itself can't be written; StoreError if this can't either."""
        atomic_write(target, self._storage.dump(), what="a copy of the call log")
        if (draft := self._draft.unsaved) is not None:
            atomic_write(draft_path(target), draft, what="a copy of the draft")
        return target

    def close(self, *, discard_unsaved: bool = False) -> None:
        """Save anything unsaved, then release the lock. If that save fails, StoreError
        is raised and the store stays open: retry, or close(discard_unsaved=True)."""
        if self._closed:
            return
        if not discard_unsaved:
            self.flush()
        if self._storage.wrote and not self._storage.dirty and not self.bad:
            stamp(self.path)  # the bytes netcall wrote last: the next open needn't check them
        self._draft.waiting = None
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
