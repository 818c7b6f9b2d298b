"""The on-disk schema: table names, the version kept in `meta`, and migrations.

Works on the raw tables dict (`{table: {doc_id: record}}`) before TinyDB sees it.
Everything reads SCHEMA_VERSION and MIGRATIONS at call time, so tests can add a version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 1
VERSION_KEY = "schema_version"
MODEL_TABLES = ("calls", "callers", "contacts", "promises")
TABLES = (*MODEL_TABLES, "meta")

Record = dict[str, Any]
Tables = dict[str, dict[str, Record]]
Migration = Callable[[Tables], Tables]


class SchemaProblem(Exception):
    """The version record itself is unreadable; `args[0]` says how."""


def _v0_to_v1(tables: Tables) -> Tables:
    """v0: files from development builds, before the version was recorded. Records
    already have the v1 shape; some tables may be missing."""
    for name in TABLES:
        tables.setdefault(name, {})
    return tables


# MIGRATIONS[n] turns a version-n file into a version-(n+1) file.
MIGRATIONS: dict[int, Migration] = {0: _v0_to_v1}


def current() -> int:
    return SCHEMA_VERSION


def new_tables() -> Tables:
    tables: Tables = {name: {} for name in TABLES}
    set_version(tables, SCHEMA_VERSION)
    return tables


def _version_doc(tables: Tables) -> tuple[str, Record] | None:
    for doc_id, doc in tables.get("meta", {}).items():
        if doc.get("key") == VERSION_KEY:
            return doc_id, doc
    return None


def read_version(tables: Tables) -> int:
    """The schema version recorded in `meta`; 0 for a file from before versioning."""
    found = _version_doc(tables)
    if found is None:
        return 0
    value = found[1].get("value")
    if type(value) is not int or value < 0:
        raise SchemaProblem(f"its schema version is {value!r}, not a whole number")
    return value


def set_version(tables: Tables, version: int) -> None:
    meta = tables.setdefault("meta", {})
    found = _version_doc(tables)
    if found is not None:
        meta[found[0]] = {"key": VERSION_KEY, "value": version}
        return
    next_id = max((int(k) for k in meta), default=0) + 1
    meta[str(next_id)] = {"key": VERSION_KEY, "value": version}


def migrate(tables: Tables, found: int) -> Tables:
    """Bring `tables` from version `found` up to the current version, one step at a time."""
    for version in range(found, SCHEMA_VERSION):
        tables = MIGRATIONS[version](tables)
        set_version(tables, version + 1)
    return tables
