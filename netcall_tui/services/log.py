"""Bulk reads for the session log and its exports: stored records, no models built."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.domain.stored import CallerRecord, CallRecord, PromiseRecord
    from .access import StoreAccess


class LogReads:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session

    def calls_and_promises(self) -> tuple[list[CallRecord], list[PromiseRecord]]:
        """Every call record newest first, and every promise record."""
        with self._session.reading() as store:
            return store.calls.raw(), store.promises.raw()

    def promises_and_callers(self) -> tuple[list[PromiseRecord], list[CallerRecord]]:
        """Every promise and caller record, for an export of chosen calls."""
        with self._session.reading() as store:
            return store.promises.raw(), store.callers.raw()
