"""The durable call log: TinyDB over an atomic, fsynced, single-writer JSON file.

The only package that imports TinyDB; it never imports Textual. `Claim` and the errors
load at once; the rest (TinyDB, orjson, the repositories) when first used, so that the
app can take the lock and paint before it reads the log.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .claim import Claim
from .errors import (
    CorruptFileError,
    LockedError,
    NewerSchemaError,
    NotFoundError,
    ReadOnlyError,
    StoreError,
)

if TYPE_CHECKING:
    from .backups import list_backups
    from .db import Store
    from .loader import good_backups, restore_backup
    from .schema import SCHEMA_VERSION

_LATER = {
    "Store": ".db",
    "list_backups": ".backups",
    "good_backups": ".loader",
    "restore_backup": ".loader",
    "SCHEMA_VERSION": ".schema",
}


def __getattr__(name: str) -> Any:
    if name in _LATER:
        return getattr(import_module(_LATER[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "SCHEMA_VERSION",
    "Claim",
    "CorruptFileError",
    "LockedError",
    "NewerSchemaError",
    "NotFoundError",
    "ReadOnlyError",
    "Store",
    "StoreError",
    "good_backups",
    "list_backups",
    "restore_backup",
]
