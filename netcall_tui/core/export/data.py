"""What an export holds — the chosen calls with their own promises, callers, referrals
and résumés kept on file, and their energy ratings only when asked for — and the pieces
of a stored call that every format writes the same way (promise line, phase time,
referral, résumé).

Shared by the CSV (`csv_file`) and Markdown (`markdown`) writers and by `formats`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import tzinfo

from ..domain.stored import (
    CallerRecord,
    CallRecord,
    PhaseRecord,
    PromiseRecord,
    ReferralRecord,
    ResumeRecord,
    epoch,
)
from ..domain.vocabulary import ReferralResult, ReferralState
from ..text.ages import local_time
from ..text.clock import minutes_text


@dataclass(frozen=True, slots=True)
class ExportData:
    """Calls (newest first) with the promises they made, their callers' records, the
    referrals they opened and the résumés kept on file (from them, or for their callers)."""

    calls: Sequence[CallRecord]
    promises: Sequence[PromiseRecord] = ()
    callers: Sequence[CallerRecord] = ()
    selection: str = ""  # what was filtered, in the user's words
    referrals: Sequence[ReferralRecord] = ()
    resumes: Sequence[ResumeRecord] = ()
    # How each call left you is yours: written only when asked (--with-energy); without
    # it every format is what it was before calls were rated.
    with_energy: bool = False

    def resumes_by_call(self) -> dict[str, list[ResumeRecord]]:
        found: dict[str, list[ResumeRecord]] = {}
        for resume in self.resumes:
            found.setdefault(resume.get("call_id", ""), []).append(resume)
        return found

    def caller_names(self) -> dict[str, str]:
        """Caller id -> name, from the callers' records and else their calls."""
        names = {c.get("caller_id", ""): c.get("caller_name", "") for c in self.calls}
        names.update({c.get("id", ""): c.get("name", "") for c in self.callers})
        return names

    def referrals_by_call(self) -> dict[str, list[ReferralRecord]]:
        found: dict[str, list[ReferralRecord]] = {}
        for referral in self.referrals:
            found.setdefault(referral.get("call_id", ""), []).append(referral)
        return found

    def promises_by_call(self) -> dict[str, list[PromiseRecord]]:
        """The promises grouped by the id of the call that made them."""
        found: dict[str, list[PromiseRecord]] = {}
        for promise in self.promises:
            found.setdefault(promise.get("call_id", ""), []).append(promise)
        return found


def gather(
    calls: Sequence[CallRecord],
    promises: Iterable[PromiseRecord],
    callers: Iterable[CallerRecord],
    selection: str = "",
    referrals: Iterable[ReferralRecord] = (),
    resumes: Iterable[ResumeRecord] = (),
    with_energy: bool = False,
) -> ExportData:
    """The chosen calls with only their own promises, callers, referrals and résumés
    (from whole tables; a résumé filed outside a call goes with its caller's calls);
    their energy ratings only `with_energy`."""
    call_ids = {c.get("id") for c in calls}
    caller_ids = {c.get("caller_id") for c in calls}
    return ExportData(
        calls=list(calls),
        promises=[p for p in promises if p.get("call_id") in call_ids],
        callers=[c for c in callers if c.get("id") in caller_ids],
        selection=selection,
        referrals=[r for r in referrals if r.get("call_id") in call_ids],
        resumes=[r for r in resumes if _goes_with(r, call_ids, caller_ids)],
        with_energy=with_energy,
    )


def _goes_with(resume: ResumeRecord, call_ids: set[str], caller_ids: set[str]) -> bool:
    call_id = resume.get("call_id")
    return call_id in call_ids if call_id else resume.get("caller_id") in caller_ids


def energy_cell(call: CallRecord) -> str:
    """The call's rating as a number ('4'), or '' when unrated."""
    energy = call.get("energy")
    return "" if energy is None else str(energy)


def promise_line(promise: PromiseRecord, zone: tzinfo) -> str:
    due = local_time(epoch(promise.get("due")), zone).date().isoformat()
    state = "kept" if promise.get("done_at") else "dropped" if promise.get("dropped_at") else "open"
    return f"{promise.get('text', '')} (due {due}, {state})"


def phase_text(phase: PhaseRecord) -> str:
    return (
        f"{phase.get('kind', '')} {minutes_text(phase.get('used_s', 0))}"
        f"/{minutes_text(phase.get('limit_s', 0))}"
    )


def referral_state(referral: ReferralRecord) -> str:
    """'they agreed', or 'closed: hired' (a word not known shows as stored)."""
    state = referral.get("state", "")
    known = ReferralState.lookup(state)
    text = known.label if known else state
    result = referral.get("result", "")
    if result:
        found = ReferralResult.lookup(result)
        text += f": {found.label if found else result}"
    return text


def referral_since(referral: ReferralRecord, zone: tzinfo) -> str:
    """The local date it entered its state, 'YYYY-MM-DD'."""
    steps = referral.get("steps") or ()
    if not steps:
        return ""
    return local_time(epoch(steps[-1].get("at")), zone).date().isoformat()


def referral_line(referral: ReferralRecord, zone: tzinfo) -> str:
    """'to Dana Lee: they agreed (since 2026-11-03)'."""
    since = referral_since(referral, zone)
    when = f" (since {since})" if since else ""
    return f"to {referral.get('contact_name', '')}: {referral_state(referral)}{when}"


def resume_for(resume: ResumeRecord) -> str:
    """'roles: data engineer; sectors: logistics; tags: python, sql' (what is given)."""
    fields = {
        "roles": resume.get("roles") or [],
        "sectors": resume.get("sectors") or [],
        "tags": resume.get("tags") or [],
    }
    parts = [f"{name}: {', '.join(words)}" for name, words in fields.items() if words]
    return "; ".join(parts)


def resume_state(resume: ResumeRecord, zone: tzinfo) -> str:
    """'on file (review 2027-02-01)', 'passed on to Dana Lee, Ola (on file)' or
    'removed 2026-12-02: found a job'."""
    if resume.get("removed_at"):
        when = local_time(epoch(resume.get("removed_at")), zone).date().isoformat()
        note = resume.get("removed_note", "")
        return f"removed {when}" + (f": {note}" if note else "")
    review = local_time(epoch(resume.get("review_on")), zone).date().isoformat()
    passed = ", ".join(p.get("contact_name", "") for p in resume.get("passed_on") or ())
    on_file = f"on file (review {review})"
    return f"passed on to {passed}; {on_file}" if passed else on_file
