"""The session: the open call log, its lock and its one writer thread.

Writes run on the writer thread (a screen never blocks on fsync) in the order they were
asked for, so a stale draft can never overwrite the cleared draft of a call logged after
it. The lock keeps the store's in-memory tables from being read on the UI thread while
the writer is changing them. Every method is safe to call from any thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .calendar import CalendarOps
from .calls import CallOps
from .drafts import DraftOps
from .imports import ImportOps
from .log import LogReads
from .network import NetworkOps
from .people import PeopleOps
from .promises import PromiseOps
from .referrals import ReferralOps
from .resumes import ResumeOps
from .stats import StatsOps

if TYPE_CHECKING:
    from ..core.domain.bad_records import BadRecord
    from ..store.db import Store

T = TypeVar("T")


class Session:
    """Give it the open store now, or `attach` it once the log has been read."""

    def __init__(self, store: Store | None = None) -> None:
        self._store = store
        self._lock = threading.RLock()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="netcall-writer")
        self.calls = CallOps(self)
        self.drafts = DraftOps(self)
        self.promises = PromiseOps(self)
        self.resumes = ResumeOps(self)
        self.people = PeopleOps(self)
        self.log = LogReads(self)
        self.referrals = ReferralOps(self)
        self.imports = ImportOps(self)
        self.network = NetworkOps(self)
        self.calendar = CalendarOps(self)
        self.stats = StatsOps(self)

    def attach(self, store: Store) -> None:
        """The log has been read (after the first frame): from now on the session is ready."""
        with self._lock:
            self._store = store

    @property
    def ready(self) -> bool:
        """False until the app has read the log."""
        return self._store is not None

    @property
    def read_only(self) -> bool:
        return bool(getattr(self._store, "read_only", False))

    @property
    def bad_records(self) -> tuple[BadRecord, ...]:
        """Records of the log that could not be read, while the user has not chosen what
        becomes of them; until then nothing is written to the log (drafts still are)."""
        with self._lock:
            return tuple(getattr(self._store, "bad", ()))

    @property
    def held(self) -> bool:
        return bool(getattr(self._store, "held", False))

    def keep_without_bad(self) -> Path:
        """Go on without the records that could not be read; the path of the copy of
        the file, as it was, kept beside it first (on the writer thread: it writes)."""
        with self.reading() as store:
            return store.keep_without_bad()

    def newest_good_backup(self) -> Path | None:
        """The backup `restore_good_backup` would restore (each is read: not on the UI
        thread)."""
        from ..store.loader import good_backups

        with self.reading() as store:
            path = store.path
        found = good_backups(path)
        return found[0] if found else None

    def restore_good_backup(self) -> Path:
        """Put the newest good backup in place of the log and carry on with it; its path
        (on the writer thread: it writes)."""
        with self.reading() as store:
            restored, backup = store.restore_good_backup()
            self._store = restored
        return backup

    @property
    def unsaved(self) -> bool:
        """Some change is only in memory because a write failed."""
        with self._lock:
            return self._store is not None and bool(self._store.unsaved)

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """The store, held still: nothing writes while the block runs."""
        with self._lock:
            if self._store is None:
                raise RuntimeError("the call log has not been read yet")
            yield self._store

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The store in one transaction: every change in the block lands in one durable
        write, or none does."""
        with self.reading() as store, store.transaction():
            yield store

    # --- the writer thread ---------------------------------------------------------------

    def submit(self, write: Callable[..., Any], *args: Any) -> Future[Any]:
        return self._writer.submit(write, *args)

    def wait_for(self, write: Callable[..., T], *args: Any) -> T:
        """Run `write` on the writer thread, in its turn, and wait for its result (from a
        worker thread: never from the UI's). Its error is raised here."""
        return self._writer.submit(write, *args).result()

    def drain(self) -> None:
        """Wait for every write asked for so far."""
        self._writer.submit(lambda: None).result()

    def close(self) -> None:
        self._writer.shutdown(wait=True)

    def save_copy(self, target: Path) -> Path:
        """Everything in memory, saved or not, written to `target` (see Store.save_copy)."""
        with self.reading() as store:
            return store.save_copy(target)

    def retry(self) -> bool:
        """Write what a failed write left in memory; False when there was nothing to write."""
        with self.reading() as store:
            if self.read_only:
                store.check_writable()
            pending = bool(store.unsaved)
            store.flush()
        return pending
