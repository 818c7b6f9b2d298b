"""A draft brought within the limits of what can be stored.

A draft saved by an older netcall (before the inputs stopped at their limits), or edited
by hand, may hold a text longer than its call can store; restored as it was, logging it
fails, and the draft stays to fail again on every start. Cut instead, and say what.
"""

from __future__ import annotations

from typing import Any

from ..domain.fields import MAX_DETAIL, MAX_NOTES, fit
from ..domain.records import CALLER_LIMITS


def fit_draft(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The draft with each over-long text cut to its limit, and what was cut ("the
    notes (kept the first 20,000 characters)")."""
    draft, cut = _fitted(data, {"notes": MAX_NOTES})
    cut = [f"the {field}" for field in cut]
    caller = data.get("caller")
    if isinstance(caller, dict):
        draft["caller"], caller_cut = _fitted(caller, CALLER_LIMITS)
        cut += [f"the caller's {field}" for field in caller_cut]
    promises = data.get("promises")
    if isinstance(promises, list):
        fitted = [
            _fitted(p, {"text": MAX_DETAIL}) if isinstance(p, dict) else (p, []) for p in promises
        ]
        draft["promises"] = [promise for promise, _ in fitted]
        if over := sum(1 for _, promise_cut in fitted if promise_cut):
            texts = "promise texts" if over > 1 else "promise text"
            cut.append(f"{over} {texts} (kept the first {MAX_DETAIL:,} characters)")
    return draft, cut


def _fitted(record: dict[str, Any], limits: dict[str, int]) -> tuple[dict[str, Any], list[str]]:
    """`record` with its texts within `limits`, and the fields that were cut (as "notes
    (kept the first 20,000 characters)")."""
    fitted = dict(record)
    cut: list[str] = []
    for field, limit in limits.items():
        value, was_cut = fit(record.get(field), limit)
        if was_cut:
            fitted[field] = value
            cut.append(f"{field.replace('_', ' ')} (kept the first {limit:,} characters)")
    return fitted, cut
