"""Schema v4: every v3 call that kept a résumé on file gets its register entry, linked
to the call, its caller and its review promise (whose kind the same step sets)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pendulum

from netcall_tui.core.domain.checks import problem
from netcall_tui.core.domain.moments import to_record
from netcall_tui.store import migrations, schema
from netcall_tui.store.db import Store

ZONE = "Europe/Paris"
START = pendulum.datetime(2026, 3, 2, 10, tz=ZONE)
END = START.add(minutes=25)
DUE = pendulum.datetime(2026, 6, 1, 9, tz=ZONE)


def v3_call(call_id: str, kind: str, promise_ids: list[str]) -> dict[str, Any]:
    return {
        "id": call_id,
        "caller_id": "p1",
        "caller_name": "Dana Whitfield",
        "strength": "moderate",
        "asks": ["resume"],
        "traits": [],
        "phases": [],
        "notes": "",
        "outcome": {"kind": kind, "detail": "", "when": None, "contact_id": ""},
        "started_at": to_record(START),
        "ended_at": to_record(END),
        "edited_at": None,
        "promise_ids": promise_ids,
    }


def v3_promise(promise_id: str, text: str, call_id: str) -> dict[str, Any]:
    return {
        "id": promise_id,
        "text": text,
        "due": to_record(DUE),
        "caller_id": "p1",
        "call_id": call_id,
        "done_at": None,
        "created_at": to_record(END),
        "referral_id": "",
    }


def v3_file(db_path: Path) -> None:
    review = "Review Dana Whitfield's résumé against openings; pass it on if something fits"
    data = {
        "calls": {
            "1": v3_call("c1", "resume_kept", ["x1", "x2"]),
            "2": v3_call("c2", "resume_kept", []),  # its promise was deleted by hand
            "3": v3_call("c3", "advice_given", []),
        },
        "callers": {
            "1": {"id": "p1", "name": "Dana Whitfield", "created_at": to_record(START)},
        },
        "contacts": {},
        "promises": {
            "1": v3_promise("x1", "send Dana the list", "c1"),  # by hand, first
            "2": v3_promise("x2", review, "c1"),
        },
        "referrals": {},
        "meta": {"1": {"key": "schema_version", "value": 3}},
    }
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(orjson.dumps(data))


def test_each_v3_kept_resume_becomes_a_register_entry(db_path: Path) -> None:
    v3_file(db_path)
    with Store.open(db_path) as store:
        assert store.bad == ()
        resumes = {r.call_id: r for r in store.resumes.all()}
        assert set(resumes) == {"c1", "c2"}
        first, second = resumes["c1"], resumes["c2"]
        assert (first.caller_id, first.promise_id, first.review_on) == ("p1", "x2", DUE)
        assert first.filed_at == END and first.reviewed_at is None and first.on_file
        assert (first.what.roles, first.what.sectors, first.what.tags) == ((), (), ())
        assert second.promise_id == "" and second.review_on == END.add(months=3)
    data = orjson.loads(db_path.read_bytes())
    assert {"key": "schema_version", "value": schema.SCHEMA_VERSION} in data["meta"].values()
    assert all(problem("resumes", r) is None for r in data["resumes"].values())


def test_a_v3_file_without_kept_resumes_gets_an_empty_register() -> None:
    tables: schema.Tables = {"calls": {"1": v3_call("c3", "advice_given", [])}, "promises": {}}
    assert migrations.MIGRATIONS[3](tables)["resumes"] == {}


def test_a_kept_call_with_a_time_that_cant_be_read_is_left_for_the_checks() -> None:
    call = {**v3_call("c1", "resume_kept", []), "ended_at": "soon"}
    tables: schema.Tables = {"calls": {"1": call}, "promises": {}}
    (record,) = migrations.MIGRATIONS[3](tables)["resumes"].values()
    assert record["review_on"] == "soon" and problem("resumes", record) == "filed_at"
