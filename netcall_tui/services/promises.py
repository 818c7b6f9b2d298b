"""Promises: what you said you would do, read for the console's pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.domain.records import Promise
    from .access import StoreAccess


class PromiseOps:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session

    def open(self, limit: int = 12) -> list[Promise]:
        """The open promises, soonest due first."""
        with self._session.reading() as store:
            return store.promises.open(limit)
