"""The CSV export, for spreadsheets: one row per call, times in the given zone; a call
that made a referral says where it stands, and one that kept a résumé on file what it is
for and where it stands (the last columns, after the ids, so a file written before they
were added still reads as an export); `energy`, how the call left you, comes last and
only when asked for.

Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are
neutralised with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import tzinfo

from ..domain.stored import (
    NO_OUTCOME,
    CallRecord,
    PromiseRecord,
    ReferralRecord,
    ResumeRecord,
    StoredMoment,
    epoch,
)
from ..domain.vocabulary import ASK_LABEL, OUTCOME_LABEL, TRAIT_LABEL
from ..text.ages import local_time
from .data import (
    ExportData,
    energy_cell,
    phase_text,
    promise_line,
    referral_since,
    referral_state,
    resume_for,
    resume_state,
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = (
    "started",
    "ended",
    "caller",
    "strength",
    "asks",
    "assessment",
    "outcome",
    "outcome_detail",
    "outcome_when",
    "minutes_used",
    "minutes_limit",
    "minutes_over",
    "phases",
    "promises",
    "notes",
    "edited",
    "call_id",
    "caller_id",
    "referral",
    "referral_since",
    "resume_for",
    "resume_state",
)
ENERGY_COLUMN = "energy"  # the last column, only when asked for (1 drained … 5 energised)
# The columns of exports written before résumés on file, and before referrals, had a
# life of their own.
CSV_COLUMNS_BEFORE_RESUMES = CSV_COLUMNS[:-2]
CSV_COLUMNS_BEFORE_REFERRALS = CSV_COLUMNS[:-4]


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would evaluate ('=HYPERLINK(…)', '@SUM', '-2+3') is made inert."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _iso_local(stored: StoredMoment | None, zone: tzinfo) -> str:
    if not stored:
        return ""
    return local_time(epoch(stored), zone).isoformat(timespec="seconds")


def csv_row(
    call: CallRecord,
    promises: Sequence[PromiseRecord],
    zone: tzinfo,
    referrals: Sequence[ReferralRecord] = (),
    resumes: Sequence[ResumeRecord] = (),
    with_energy: bool = False,
) -> list[str]:
    phases = call.get("phases") or ()
    used = sum(p.get("used_s", 0) for p in phases)
    limit = sum(p.get("limit_s", 0) for p in phases)
    outcome = call.get("outcome") or NO_OUTCOME
    cells = [
        _iso_local(call.get("started_at"), zone),
        _iso_local(call.get("ended_at"), zone),
        call.get("caller_name", ""),
        call.get("strength", ""),
        "; ".join(ASK_LABEL.get(a, a) for a in call.get("asks") or ()),
        "; ".join(TRAIT_LABEL.get(t, t) for t in call.get("traits") or ()),
        OUTCOME_LABEL.get(outcome.get("kind", ""), outcome.get("kind", "")),
        outcome.get("detail", ""),
        _iso_local(outcome.get("when"), zone),
        f"{used / 60:.1f}",
        f"{limit / 60:.1f}",
        f"{max(0.0, used - limit) / 60:.1f}",
        "; ".join(phase_text(p) for p in phases),
        "; ".join(promise_line(p, zone) for p in promises),
        call.get("notes", ""),
        _iso_local(call.get("edited_at"), zone),
        call.get("id", ""),
        call.get("caller_id", ""),
        "; ".join(f"{r.get('contact_name', '')}: {referral_state(r)}" for r in referrals),
        "; ".join(referral_since(r, zone) for r in referrals),
        " / ".join(resume_for(r) for r in resumes),
        " / ".join(resume_state(r, zone) for r in resumes),
    ]
    if with_energy:
        cells.append(energy_cell(call))
    return [neutralise(str(cell)) for cell in cells]


def to_csv(data: ExportData, zone: tzinfo) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow((*CSV_COLUMNS, ENERGY_COLUMN) if data.with_energy else CSV_COLUMNS)
    by_call, referred = data.promises_by_call(), data.referrals_by_call()
    kept = data.resumes_by_call()
    for call in data.calls:
        call_id = call.get("id", "")
        promises, referrals = by_call.get(call_id, ()), referred.get(call_id, ())
        resumes = kept.get(call_id, ())
        writer.writerow(csv_row(call, promises, zone, referrals, resumes, data.with_energy))
    return out.getvalue()
