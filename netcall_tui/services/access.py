"""How an operation module reaches the store: through the session's lock, never around it.

Declared apart from `session` so that the operation modules, which the session is made
of, don't import it back.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from ..store.db import Store
    from ..store.errors import NotFoundError


class StoreAccess(Protocol):
    def reading(self) -> AbstractContextManager[Store]:
        """The store, held still: nothing writes while the block runs."""
        ...

    def writing(self) -> AbstractContextManager[Store]:
        """The store in one transaction: every change lands in one durable write, or none."""
        ...


def gone(store: Store, what: str) -> NotFoundError:
    """The error for a record an operation was asked to change that is no longer there
    (deleted since the screen read it): one wording for every kind of record."""
    from ..store.errors import NotFoundError  # lazily, as the operations import the store

    return NotFoundError(
        f"that {what} is no longer in the call log; it may have been deleted", path=store.path
    )


T = TypeVar("T")


def still_there(store: Store, found: T | None, what: str) -> T:
    """`found` (a record just read by id), or the `gone` error when it is None."""
    if found is None:
        raise gone(store, what)
    return found
