"""`netcall stats`' three outputs on the hand-made figures: text (the screen's sections,
the charts in blocks with the budget marked), JSON parsed back, Markdown tables."""

from __future__ import annotations

import json

from netcall_tui.cli.stats_formats import as_json, as_markdown, as_text, document

from .made import SHORT_CALLS, empty_stats, made_stats


def test_text_has_every_section_and_the_charts() -> None:
    text = as_text(made_stats())
    for heading in (
        "Calls per week · last 12 weeks (7 Sep – 26 Nov 2026)",
        "Minutes per week · last 12 weeks (7 Sep – 26 Nov 2026)",
        "Calls per week · last 52 weeks (1 Dec 2025 – 26 Nov 2026)",
        "How the calls ended · last 12 months (1 Dec 2025 – 26 Nov 2026)",
        "Timing · last 52 weeks (1 Dec 2025 – 26 Nov 2026)",
        "Busiest: Tuesdays, 14:00–15:00",
        "Median story 4 min 12 s · 71% within the limit (140 stories)",
    ):
        assert heading in text
    lines = text.splitlines()
    assert any(line.startswith(" 6┤") and "─" in line for line in lines)  # the budget
    assert any(line.startswith("10┤") for line in lines)  # the highest
    assert max(len(line) for line in lines) <= 80
    assert "█" in text and "Month" in text


def test_text_of_an_empty_log_is_calm() -> None:
    text = as_text(empty_stats())
    assert text.count("No calls yet") == 8
    assert "█" not in text and " 0 " not in text


def test_json_is_a_stable_document_with_periods() -> None:
    doc = json.loads(as_json(made_stats()))
    assert doc == document(made_stats())
    assert doc["schema"] == 1
    assert doc["today"] == "2026-11-26"
    assert doc["budget"] == {"weekly_calls": 6, "weekly_minutes": 150}
    assert doc["weeks"]["period"] == {"first": "2025-12-01", "last": "2026-11-26"}
    assert len(doc["weeks"]["weeks"]) == 52
    assert [w["calls"] for w in doc["weeks"]["weeks"][-12:]] == list(SHORT_CALLS)
    assert doc["weeks"]["weeks"][-1]["period"] == {"first": "2026-11-23", "last": "2026-11-26"}
    assert doc["months"]["months"][-1]["period"] == {"first": "2026-11-01", "last": "2026-11-26"}
    assert doc["timing"]["in_limit_share"] == 0.714
    assert doc["busiest"]["weekday"] == "Tuesday"
    assert doc["energy"]["recent"]["period"] == {"first": "2026-11-02", "last": "2026-11-26"}
    assert doc["resumes_on_file"]["period"] == {"first": "2026-11-26", "last": "2026-11-26"}
    for key in ("timing", "referrals", "busiest", "energy", "interviews_held"):
        assert set(doc[key]["period"]) == {"first", "last"}


def test_json_of_an_empty_log() -> None:
    doc = json.loads(as_json(empty_stats()))
    assert doc["timing"]["median_story_s"] is None
    assert doc["busiest"]["weekday"] is None
    assert all(m["outcomes"] == {} for m in doc["months"]["months"])


def test_markdown_tables() -> None:
    md = as_markdown(made_stats())
    assert md.startswith("# Statistics as of 26 Nov 2026")
    assert "| Week of | Calls | Minutes | Energy |" in md
    assert "| 2026-11-23 | 3 | 70 | 2.0 |" in md
    assert "| Month | All | interview |" in md
    assert "## Energy · last 52 weeks (1 Dec 2025 – 26 Nov 2026)" in md
    # One section for the 12 weeks' table; no chart's line or digits to explain.
    assert "## Calls and minutes per week · last 12 weeks (7 Sep – 26 Nov 2026)" in md
    assert "- Budget 6 calls a week · 4 of 12 weeks over · highest 10" in md
    assert "- Energy: the week's average rating, 1 drained … 5 energised" in md
    assert "─" not in md and "Digits under the bars" not in md
    empty = as_markdown(empty_stats())
    assert "|" not in empty and "No calls yet" in empty
