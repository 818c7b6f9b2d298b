"""Résumés on file in exports (JSON: every record, read back; CSV: what the call's résumé
is for and where it stands; Markdown: a table), in the demo's half-year; forgetting a
person in a JSON export drops theirs; a bad résumé record is reported, never read."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from netcall_tui.core.domain.bad_records import bad_record
from netcall_tui.core.domain.checks import problem
from netcall_tui.core.export.csv_file import CSV_COLUMNS
from netcall_tui.core.export.forgetting import json_without
from netcall_tui.core.export.formats import read_json
from netcall_tui.store.db import Store

from ..helpers import seed
from ..referrals.test_referral_exports import exported


@pytest.fixture
def seeded(store: Store) -> Store:
    seed(store)
    return store


def test_json_carries_every_resume_and_reads_them_back(seeded: Store) -> None:
    back = read_json(exported(seeded, "json"))
    assert sorted(r["id"] for r in back.resumes) == sorted(r["id"] for r in seeded.resumes.raw())
    assert len(back.resumes) == 6


def test_csv_says_what_a_kept_resume_is_for_and_where_it_stands(seeded: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(exported(seeded, "csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    passed = next(r for r in seeded.resumes.all() if r.passed_on and r.call_id)
    row = next(r for r in rows if r["call_id"] == passed.call_id)
    assert row["resume_for"].startswith(f"roles: {passed.what.roles[0]}")
    assert row["resume_state"].startswith("passed on to Ola Nilsen at Fjord Freight; on file")
    removed = next(r for r in seeded.resumes.all() if not r.on_file)
    row = next(r for r in rows if r["call_id"] == removed.call_id)
    assert row["resume_state"].endswith(": They found a job at Harbour Analytics")


def test_markdown_lists_the_resumes_on_file(seeded: Store) -> None:
    text = exported(seeded, "md")
    assert "| Résumé on file | For | Filed | Where it stands |" in text
    assert text.count("on file (review ") >= 4


def test_forgetting_a_person_in_a_json_export_drops_their_resumes(seeded: Store) -> None:
    caller_id = seeded.resumes.raw()[0]["caller_id"]
    text = json_without(exported(seeded, "json"), caller_id, set())
    assert text is not None
    left = json.loads(text)["resumes"]
    assert len(left) == 5 and all(r["caller_id"] != caller_id for r in left)


BAD: dict[str, tuple[str, Any]] = {
    "tags": ("tags", "python"),
    "review_on": ("review_on", "soon"),
    "caller_id": ("caller_id", ""),
    "passed_on": ("passed_on", [{"contact_name": " ", "at": None}]),
    "reviewed_at": ("reviewed_at", {"utc": "yesterday"}),
}


@pytest.mark.parametrize("fault", list(BAD))
def test_a_bad_resume_record_names_its_field(seeded: Store, fault: str) -> None:
    record: dict[str, Any] = dict(seeded.resumes.raw()[1])
    assert problem("resumes", record) is None
    field, value = BAD[fault]
    record[field] = value
    assert problem("resumes", record) == field
    assert "it must be" in bad_record("resumes", "2", record, field).problem
