"""The durable call log: TinyDB over an atomic, fsynced, single-writer JSON file.

The only package that imports TinyDB; it never imports Textual.
"""

from .backups import list_backups
from .db import Claim, Store
from .errors import (
    CorruptFileError,
    LockedError,
    NewerSchemaError,
    NotFoundError,
    ReadOnlyError,
    StoreError,
)
from .loader import good_backups, restore_backup
from .schema import SCHEMA_VERSION

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
