"""Exports without one person: CSV and JSON rewritten by id, a Markdown report found by name."""

from __future__ import annotations

import json

from netcall_tui.core.domain.moments import to_record
from netcall_tui.core.export.data import gather
from netcall_tui.core.export.forgetting import csv_without, json_without, kind_of, names_them
from netcall_tui.core.export.formats import render

from ..helpers import FROZEN

WHEN = to_record(FROZEN)
CALLS = [
    {"id": "c1", "caller_id": "p", "caller_name": "Dana W*", "started_at": WHEN},
    {"id": "c2", "caller_id": "q", "caller_name": "Omar", "started_at": WHEN},
]
PROMISES = [{"id": "x", "call_id": "c1", "caller_id": "p", "text": "send", "due": WHEN}]
CALLERS = [{"id": "p", "name": "Dana W*"}, {"id": "q", "name": "Omar"}]


def export(fmt: str) -> str:
    return render(fmt, gather(CALLS, PROMISES, CALLERS), now=FROZEN)


def test_each_export_is_recognised_by_its_first_line() -> None:
    assert [kind_of(export(f)[:512]) for f in ("csv", "json", "md")] == ["csv", "json", "md"]
    assert kind_of('{"_default": {}}') is None and kind_of("name,phone") is None


def test_csv_loses_their_rows_only() -> None:
    text = csv_without(export("csv"), "p", set())
    assert text is not None and "Dana" not in text and "Omar" in text
    assert text.startswith(export("csv").split("\r\n")[0])
    assert csv_without(text, "p", set()) is None  # done twice: nothing to do
    assert csv_without(export("csv"), "nobody", {"c9"}) is None


def test_json_loses_their_calls_promises_and_record() -> None:
    text = json_without(export("json"), "p", set())
    assert text is not None
    document = json.loads(text)
    assert [c["id"] for c in document["calls"]] == ["c2"]
    assert document["promises"] == [] and [c["id"] for c in document["callers"]] == ["q"]
    assert json_without(text, "p", set()) is None
    assert json_without("not json", "p", set()) is None


def test_a_markdown_report_is_found_by_their_heading() -> None:
    text = export("md")
    assert names_them(text, {"Dana W*"})  # as escaped in the heading
    assert not names_them(text, {"Dana"}) and not names_them(text, set())
