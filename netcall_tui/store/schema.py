"""The on-disk schema: table names, the version kept in `meta`, and migrations.

Works on the raw tables dict (`{table: {doc_id: record}}`) before TinyDB sees it.
The migrations are in `migrations`; they read SCHEMA_VERSION at call time, so tests can
add a version.
The records' shape is declared in `core.domain.stored`; each migration spells out the
version it starts from, since that never changes while the declared shape will.

- v0: development builds, before the version was recorded.
- v1: stored times are `{"utc", "tz"}` records, though some older files hold bare
  ISO-8601 strings; a referral outcome names its contact in free text only.
- v2: every stored time is a `{"utc", "tz"}` record, and every outcome has a
  `contact_id`: the contact of yours a referral went to, or "".
- v3: contacts carry company, role, email, phone, tags, a profile URL, where they came
  from and since when; referrals are records of their own (`referrals`), and a promise
  may be a referral's next step (`referral_id`).
- v4: a promise may be dropped (`dropped_at`), and carries a `note`: how it was kept,
  or why it was let go; its `kind` says what it is for (plain, interview, follow_up,
  resume_review, referral), and `held` whether a kept interview took place. Résumés
  kept on file are records of their own (`resumes`): what each is for (roles, sectors,
  tags), its review date and promise, whom it was passed on to, and whether it was
  removed; each v3 call that kept one gets its record.
- v5: a call carries `energy`: how it left you, 1 (drained) to 5 (energised), or None
  when it was never rated (every call before v5).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 5
VERSION_KEY = "schema_version"
MODEL_TABLES = ("calls", "callers", "contacts", "promises", "referrals", "resumes")
TABLES = (*MODEL_TABLES, "meta")

Record = dict[str, Any]
Tables = dict[str, dict[str, Record]]
Migration = Callable[[Tables], Tables]


class SchemaProblem(Exception):
    """The version record itself is unreadable; `args[0]` says how."""


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
