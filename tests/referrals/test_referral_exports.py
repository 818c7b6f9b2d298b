"""Referrals in exports (JSON, CSV, Markdown), forgetting a person in an export file
drops their referrals, the forget plan counts them, the call's detail shows its one."""

from __future__ import annotations

import csv
import io
import json

import pytest
from textual.widgets import Static

from netcall_tui.core.export.csv_file import (
    CSV_COLUMNS,
    CSV_COLUMNS_BEFORE_REFERRALS,
    CSV_COLUMNS_BEFORE_RESUMES,
)
from netcall_tui.core.export.data import gather
from netcall_tui.core.export.forgetting import csv_without, json_without, kind_of
from netcall_tui.core.export.formats import read_json, render
from netcall_tui.store.db import Store
from netcall_tui.store.forget_plan import plan_forget
from netcall_tui.ui.screens.log_detail import LogDetailScreen

from ..helpers import FROZEN, fixed_now


def exported(store: Store, fmt: str) -> str:
    data = gather(
        store.calls.raw(),
        store.promises.raw(),
        store.callers.raw(),
        referrals=store.referrals.raw(),
        resumes=store.resumes.raw(),
    )
    return render(fmt, data, now=FROZEN)


def lucas(store: Store):
    return next(r for r in store.referrals.all() if r.caller_name == "Lucas Novak")


def test_json_carries_every_referral_and_reads_them_back(seeded: Store) -> None:
    back = read_json(exported(seeded, "json"))
    assert len(back.referrals) == 10
    assert {r["state"] for r in back.referrals} == {"asked", "declined", "introduced", "closed"}


def test_csv_says_where_each_referral_stands(seeded: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(exported(seeded, "csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    referral = lucas(seeded)
    row = next(r for r in rows if r["call_id"] == referral.call_id)
    assert row["referral"] == "Colette Fournier: introduced"
    assert row["referral_since"] == referral.since.date().isoformat()
    assert sum(1 for r in rows if r["referral"].endswith(": hired")) == 2


def test_markdown_lists_the_referrals_and_each_call_its_own(seeded: Store) -> None:
    text = exported(seeded, "md")
    assert "| Referred to | Caller | Where it stands | Since |" in text
    assert "| Colette Fournier | Lucas Novak | introduced |" in text
    assert "- **Referral:** to Grace Achebe: they declined (since " in text


def test_forgetting_a_person_in_a_json_export_drops_their_referrals(seeded: Store) -> None:
    referral = lucas(seeded)
    text = json_without(exported(seeded, "json"), referral.caller_id, set())
    assert text is not None
    left = json.loads(text)["referrals"]
    assert len(left) == 9 and all(r["caller_id"] != referral.caller_id for r in left)


@pytest.mark.parametrize(
    "header", [CSV_COLUMNS, CSV_COLUMNS_BEFORE_RESUMES, CSV_COLUMNS_BEFORE_REFERRALS]
)
def test_a_csv_export_old_or_new_is_still_one_to_forget_in(seeded: Store, header) -> None:
    text = exported(seeded, "csv")
    if header is not CSV_COLUMNS:  # as written before the résumé (and referral) columns
        rows = list(csv.reader(io.StringIO(text)))
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(r[: len(header)] for r in rows)
        text = out.getvalue()
    assert kind_of(text[:2000]) == "csv"
    referral = lucas(seeded)
    kept = csv_without(text, referral.caller_id, set())
    assert kept is not None and referral.call_id not in kept


def test_the_forget_plan_says_how_many_referrals_go(seeded: Store) -> None:
    plan = plan_forget(seeded, lucas(seeded).caller_id, look_further=False)
    assert len(plan.referral_ids) == 1
    assert "• 1 referral of them to your contacts, with how each went" in plan.describe()


async def test_the_call_detail_shows_its_referral(make_app, seeded: Store) -> None:
    referral = lucas(seeded)
    async with make_app().run_test(size=(120, 40)) as pilot:
        await pilot.app.push_screen(LogDetailScreen(referral.call_id, now=fixed_now))
        await pilot.pause()
        facts = str(pilot.app.screen.query_one("#detail-facts", Static).render())
        assert "Referral    to Colette Fournier: introduced, since " in facts
