"""The register's search: "who do I have on file for this opening?" in a keystroke —
words over tags, roles, sectors, names and notes (accents ignored, each word found),
role: sector: tag: caller: state: review:, and the words already in use."""

from __future__ import annotations

import pendulum
import pytest

from netcall_tui.core.domain.resume import PassedOn, Resume, ResumeFor
from netcall_tui.core.errors import QueryError
from netcall_tui.core.log.resume_terms import REGISTER, filter_resumes, sort_resumes
from netcall_tui.core.log.view import LogView
from netcall_tui.core.resumes.rows import ResumeRow, build_rows
from netcall_tui.core.resumes.words import words_in_use

NOW = pendulum.datetime(2026, 12, 2, 9, tz="Europe/London")
CALLERS = {"p1": "Siobhán Murphy", "p2": "Tomás Hernández", "p3": "Kofi Osei"}


def resume(caller_id: str, days_ago: int, **what: object) -> Resume:
    filed = NOW.subtract(days=days_ago)
    extra = {k: what.pop(k) for k in ("passed_on", "removed_at", "removed_note") if k in what}
    return Resume(
        caller_id,
        filed.add(months=3),
        ResumeFor(**what),  # type: ignore[arg-type]
        filed_at=filed,
        **extra,  # type: ignore[arg-type]
    )


RECORDS = [
    resume(
        "p1",
        120,
        roles=("Data Engineering lead",),
        sectors=("logistics",),
        tags=("python", "SQL"),
    ),
    resume("p2", 30, roles=("analytics engineer",), sectors=("data",), tags=("engineering",)),
    resume(
        "p3",
        10,
        roles=("operations lead",),
        sectors=("Logistics",),
        tags=("forklift licence",),
        note="Great with data",
        passed_on=(PassedOn("Dana Lee", NOW.subtract(days=2)),),
    ),
    resume(
        "p1",
        200,
        roles=("nurse manager",),
        sectors=("healthcare",),
        removed_at=NOW.subtract(days=100),
        removed_note="She found a job",
    ),
]


@pytest.fixture
def rows() -> list[ResumeRow]:
    return build_rows([r.to_dict() for r in RECORDS], CALLERS)


def names(found: list[ResumeRow]) -> list[str]:
    return sorted(f"{r.caller}:{r.state}" for r in found)


def test_each_word_is_found_anywhere_and_a_phrase_in_one_field(rows) -> None:
    # "data engineering": the role, or "data" and "engineering" on one résumé
    both = filter_resumes(rows, "data engineering", NOW)
    assert names(both) == ["Siobhán Murphy:on_file", "Tomás Hernández:on_file"]
    phrase = filter_resumes(rows, '"data engineering"', NOW)
    assert names(phrase) == ["Siobhán Murphy:on_file"]


def test_a_tag_a_sector_a_role_any_case(rows) -> None:
    assert names(filter_resumes(rows, "tag:sql", NOW)) == ["Siobhán Murphy:on_file"]
    assert len(filter_resumes(rows, "sector:LOGISTICS", NOW)) == 2
    assert len(filter_resumes(rows, "logistics", NOW)) == 2
    assert names(filter_resumes(rows, "role:lead -tag:python", NOW)) == ["Kofi Osei:passed"]


def test_accents_are_ignored_in_names_and_words(rows) -> None:
    assert len(filter_resumes(rows, "siobhan", NOW)) == 2  # on file and removed
    assert names(filter_resumes(rows, "caller:tomas", NOW)) == ["Tomás Hernández:on_file"]
    assert names(filter_resumes(rows, "licence FORKLIFT", NOW)) == ["Kofi Osei:passed"]


def test_notes_and_whom_it_went_to_are_searched(rows) -> None:
    assert names(filter_resumes(rows, "great", NOW)) == ["Kofi Osei:passed"]
    assert names(filter_resumes(rows, "dana", NOW)) == ["Kofi Osei:passed"]
    assert names(filter_resumes(rows, "found a job", NOW)) == ["Siobhán Murphy:removed"]


def test_state_and_review(rows) -> None:
    assert len(filter_resumes(rows, "state:on_file", NOW)) == 3  # passed on: still on file
    assert names(filter_resumes(rows, "state:passed", NOW)) == ["Kofi Osei:passed"]
    assert names(filter_resumes(rows, "state:removed", NOW)) == ["Siobhán Murphy:removed"]
    assert names(filter_resumes(rows, 'state:"on file"', NOW)) == names(
        filter_resumes(rows, "state:on_file", NOW)
    )
    # filed 120 days ago, due 3 months on: the one review that has come
    assert names(filter_resumes(rows, "review:due", NOW)) == ["Siobhán Murphy:on_file"]
    with pytest.raises(QueryError, match="on_file, passed or removed"):
        filter_resumes(rows, "state:lost", NOW)
    with pytest.raises(QueryError, match="review:due"):
        filter_resumes(rows, "review:soon", NOW)


def test_newest_filed_first_and_sorts(rows) -> None:
    view = LogView(rows, now=lambda: NOW, language=REGISTER)
    assert [r.filed_ts for r in view.shown] == sorted((r.filed_ts for r in rows), reverse=True)
    by_caller = sort_resumes(rows, "caller", False)
    assert by_caller[0].caller == "Kofi Osei"
    view.set_filter("data")
    assert len(view.shown) == 3  # "data" in a role, a sector and a note


def test_the_words_in_use_most_used_first_contacts_tags_too() -> None:
    records = [r.to_dict() for r in RECORDS]
    contacts = [{"tags": ["logistics", "Python"]}, {"tags": ["recruiter"]}]
    words = words_in_use(records, contacts)
    assert words.sectors[0] == "logistics"  # twice (any case), as first written
    assert words.tags[0] == "python" and "recruiter" in words.tags
    assert words.roles == (
        "analytics engineer",
        "Data Engineering lead",
        "nurse manager",
        "operations lead",
    )


def test_an_opening_s_words_find_the_resume_without_their_ending() -> None:
    sam = Resume("c1", NOW, ResumeFor(("Data engineer",), ("Logistic",)), id="r1")
    rows = build_rows([sam.to_dict()], {"c1": "Sam Rivera"})
    for text in ("data engineering", '"data engineering"', "logistics", "engineers"):
        assert [r.id for r in filter_resumes(rows, text, NOW)] == ["r1"], text
    assert filter_resumes(rows, "ops", NOW) == []
    view = LogView(rows, now=lambda: NOW, language=REGISTER)
    for typed in ("e", "engineeri", "engineerin", "engineering"):  # as the keys come
        view.set_filter(typed)
    assert [r.id for r in view.shown] == ["r1"]  # typing on never lost what it finds
