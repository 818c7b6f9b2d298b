"""The live call's draft: saved as the call goes, brought back after a crash."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access import StoreAccess


class DraftOps:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session

    def save(self, draft: dict[str, Any]) -> None:
        with self._session.reading() as store:
            store.save_draft(draft)

    def load(self) -> dict[str, Any] | None:
        with self._session.reading() as store:
            return store.load_draft()

    def clear(self) -> None:
        with self._session.reading() as store:
            store.clear_draft()
