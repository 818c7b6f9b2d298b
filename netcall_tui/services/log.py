"""Bulk reads for the session log and its exports: stored records, no models built."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access import StoreAccess

Record = dict[str, Any]


class LogReads:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session

    def calls_and_promises(self) -> tuple[list[Record], list[Record]]:
        """Every call record newest first, and every promise record."""
        with self._session.reading() as store:
            return store.calls.raw(), list(store.records("promises").values())

    def promises_and_callers(self) -> tuple[list[Record], list[Record]]:
        """Every promise and caller record, for an export of chosen calls."""
        with self._session.reading() as store:
            return list(store.records("promises").values()), list(store.records("callers").values())
