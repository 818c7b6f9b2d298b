"""The Markdown export: a readable report, an outcome summary, the referrals and where
each stands, the résumés on file, and a section per call (saying how the call left you
only when asked).

All user text is escaped (`md`) so it shows literally: no accidental emphasis, links or
tables, and a line break inside a one-line field (a name, a detail) can't end its heading
or list item.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo

from ..domain.stored import NO_OUTCOME, CallRecord, PromiseRecord, ReferralRecord, epoch
from ..domain.vocabulary import ASK_LABEL, OUTCOME_LABEL, TRAIT_LABEL
from ..text.ages import exact_text, local_time
from ..text.clock import minutes_text
from ..text.energy import rating_words
from .data import (
    ExportData,
    phase_text,
    promise_line,
    referral_line,
    referral_since,
    referral_state,
    resume_for,
    resume_state,
)

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!])")
_LINE_BREAK = re.compile(r"\r\n?|\n")  # what ends a line in Markdown


def md(text: str) -> str:
    """User text shown literally in Markdown, on one line: no accidental emphasis, links
    or tables, and no line break (a notes line is passed one at a time)."""
    return _MD_SPECIAL.sub(r"\\\1", _LINE_BREAK.sub(" ", text))


def to_markdown(data: ExportData, now: datetime) -> str:
    zone = now.tzinfo or UTC
    zone_name = getattr(zone, "name", None) or getattr(zone, "key", None) or str(zone)
    count = len(data.calls)
    lines = ["# netcall — call log", ""]
    summary = f"Exported {exact_text(now.timestamp(), zone)} ({zone_name}) · "
    summary += f"{count:,} call{'s' if count != 1 else ''}"
    if data.selection:
        summary += f" · filter: {md(data.selection)}"
    lines += [summary, ""]
    if not count:
        return "\n".join([*lines, "No calls match.", ""])
    lines += _outcome_table(data.calls)
    lines += _referral_table(data.referrals, zone)
    lines += _resume_table(data, zone)
    by_call, referred = data.promises_by_call(), data.referrals_by_call()
    for call in data.calls:
        call_id = call.get("id", "")
        promises, referrals = by_call.get(call_id, ()), referred.get(call_id, ())
        lines += _call_section(call, promises, zone, referrals, data.with_energy)
    return "\n".join(lines)


def _referral_table(referrals: Sequence[ReferralRecord], zone: tzinfo) -> list[str]:
    if not referrals:
        return []
    rows = ["| Referred to | Caller | Where it stands | Since |", "| --- | --- | --- | --- |"]
    for r in referrals:
        cells = (r.get("contact_name", ""), r.get("caller_name", ""), referral_state(r))
        rows.append("| " + " | ".join(md(c) for c in cells) + f" | {referral_since(r, zone)} |")
    return [*rows, ""]


def _resume_table(data: ExportData, zone: tzinfo) -> list[str]:
    if not data.resumes:
        return []
    names = data.caller_names()
    rows = ["| Résumé on file | For | Filed | Where it stands |", "| --- | --- | --- | --- |"]
    for r in data.resumes:
        filed = local_time(epoch(r.get("filed_at")), zone).date().isoformat()
        who, what = names.get(r.get("caller_id", ""), ""), resume_for(r)
        rows.append(f"| {md(who)} | {md(what)} | {filed} | {md(resume_state(r, zone))} |")
    return [*rows, ""]


def _outcome_table(calls: Sequence[CallRecord]) -> list[str]:
    counts = Counter((c.get("outcome") or NO_OUTCOME).get("kind", "") for c in calls)
    rows = ["| Outcome | Calls |", "| --- | ---: |"]
    for kind, label in OUTCOME_LABEL.items():
        if counts.get(kind):
            rows.append(f"| {md(label)} | {counts[kind]} |")
    if counts.get(""):
        rows.append(f"| no outcome | {counts['']} |")
    return [*rows, ""]


def _call_section(
    call: CallRecord,
    promises: Sequence[PromiseRecord],
    zone: tzinfo,
    referrals: Sequence[ReferralRecord] = (),
    with_energy: bool = False,
) -> list[str]:
    started = exact_text(epoch(call.get("started_at")), zone)
    lines = [f"## {started} — {md(call.get('caller_name', ''))}", ""]
    phases = call.get("phases") or ()
    used = sum(p.get("used_s", 0) for p in phases)
    limit = sum(p.get("limit_s", 0) for p in phases)
    over = f" ({minutes_text(used - limit)} over)" if used > limit else ""
    outcome = call.get("outcome") or NO_OUTCOME
    facts = [
        ("Connection", call.get("strength", "")),
        ("Asked for", ", ".join(ASK_LABEL.get(a, a) for a in call.get("asks") or ())),
        ("Came across", ", ".join(TRAIT_LABEL.get(t, t) for t in call.get("traits") or ())),
        ("Time", f"{minutes_text(used)} of {minutes_text(limit)}{over}"),
        ("Phases", ", ".join(phase_text(p) for p in phases)),
    ]
    if outcome.get("kind"):
        label = OUTCOME_LABEL.get(outcome.get("kind", ""), outcome.get("kind", ""))
        detail = outcome.get("detail", "")
        facts.append(("Outcome", label + (f" — {detail}" if detail else "")))
    if call.get("edited_at"):
        facts.append(("Edited", exact_text(epoch(call["edited_at"]), zone)))
    if with_energy:
        energy = call.get("energy")
        facts.append(("Left you", "not rated" if energy is None else rating_words(energy)))
    lines += [f"- **{name}:** {md(value)}" for name, value in facts if value]
    lines += [f"- **Referral:** {md(referral_line(r, zone))}" for r in referrals]
    if promises:
        lines.append("- **Promises:**")
        for promise in promises:
            mark = "x" if promise.get("done_at") else " "
            lines.append(f"  - [{mark}] {md(promise_line(promise, zone))}")
    notes = (call.get("notes") or "").strip()
    if notes:
        lines.append("")
        lines += [f"> {md(line)}" if line.strip() else ">" for line in notes.splitlines()]
    return [*lines, ""]
