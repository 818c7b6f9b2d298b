"""Promises: what you said you would do, read for the console's pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.domain.records import Promise
    from .session import Session


class PromiseOps:
    def __init__(self, session: Session) -> None:
        self._session = session

    def open(self, limit: int = 12) -> list[Promise]:
        """The open promises, soonest due first."""
        with self._session.reading() as store:
            return store.promises.open(limit)
