"""What logging, taking back and editing a call does to the résumé register, within the
call's one transaction (`services.calls`).

- Logged as "résumé kept on file": the résumé is filed, linked to the call and to the
  review promise the outcome implied (`core.promises.implied`), due on the review date.
- Taken back: the call's résumés go with it, with the promises they made and the
  referrals they opened (those go as the call's referrals do).
- Its outcome edited: a résumé still as it was filed goes with its review promise once
  that promise went (`reimplied` drops an implied promise no one touched); one you
  reviewed, passed on or removed, or whose promise you kept, snoozed or dropped, stays
  on the register as you left it, with the referrals it opened and their favours.
  Edited to "résumé kept", the call gets its résumé, linked to the new review promise.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..core.domain.vocabulary import OutcomeKind, PromiseKind, ReferralState

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..core.domain.promise import Promise
    from ..core.domain.records import Call
    from ..core.domain.referral import Referral
    from ..core.domain.resume import Resume, ResumeFor
    from ..store.db import Store


def _keeps(call: Call) -> bool:
    return call.outcome is not None and call.outcome.kind is OutcomeKind.RESUME_KEPT


def _review(promises: Sequence[Promise]) -> Promise | None:
    return next((p for p in promises if p.kind is PromiseKind.RESUME_REVIEW), None)


def file_with_call(
    store: Store, call: Call, promises: Sequence[Promise], what: ResumeFor | None
) -> Resume | None:
    """Within a transaction: a call logged as "résumé kept on file" files it, linked to
    the call and to the review promise its outcome implied (due on the review date);
    without `what`, for nothing in particular yet, so every such call is on file."""
    from ..core.domain.resume import Resume, ResumeFor
    from ..core.promises.implied import RESUME_REVIEW_MONTHS

    if not _keeps(call) or call.outcome is None:
        return None
    review = _review(promises)
    end = call.ended_at or call.started_at
    due = review.due if review else call.outcome.when or end.add(months=RESUME_REVIEW_MONTHS)
    resume = Resume(
        caller_id=call.caller_id,
        call_id=call.id,
        what=what or ResumeFor(),
        filed_at=end,
        review_on=due,
        promise_id=review.id if review else "",
    )
    return store.resumes.add(resume)


def drop_with_call(store: Store, call: Call) -> None:
    """Within a transaction: the call's résumés go, with their review promises and the
    promises to send them on (their referrals go with the call's)."""
    for resume in store.resumes.for_call(call.id):
        for promise_id in (resume.promise_id, *(p.promise_id for p in resume.passed_on)):
            if promise_id:
                store.promises.delete(promise_id)
        store.resumes.delete(resume.id)


def passed_referrals(store: Store, call_id: str) -> list[Referral]:
    """The referrals the call's résumés opened when passed on (not its outcome's)."""
    ids = {p.referral_id for r in store.resumes.for_call(call_id) for p in r.passed_on}
    return [r for r in store.referrals.for_call(call_id) if r.id in ids]


def refile(store: Store, call: Call, added: Sequence[Promise]) -> Call:
    """Within a transaction, after an outcome edit reimplied the call's promises
    (`added`: the new outcome's): the register follows (see the module's rules). The
    call, without a new review promise when a résumé you worked on stays on file."""
    review = _review(added)
    keeps = _keeps(call)
    for resume in store.resumes.for_call(call.id):
        if store.promises.has(resume.promise_id) or not _as_filed(resume):
            if keeps and resume.on_file and review is not None:
                store.promises.delete(review.id)  # it has its review promise already
                ids = tuple(p for p in call.promise_ids if p != review.id)
                call, review = call.with_(promise_ids=ids), None
        elif keeps and review is not None:
            store.resumes.update(replace(resume, promise_id=review.id, review_on=review.due))
            review = None
        else:
            store.resumes.delete(resume.id)
    if keeps and review is not None:
        file_with_call(store, call, [review], None)
    return call


def _as_filed(resume: Resume) -> bool:
    """Not reviewed, passed on or removed since it was filed."""
    return resume.reviewed_at is None and not resume.passed_on and resume.on_file


def renote_passed(store: Store, referrals: Sequence[Referral]) -> None:
    """Within a transaction, after an outcome edit took the call's favours out of the
    ledgers: the favours (and results) of the résumés' referrals go back in."""
    from ..core.network.referral_moves import favour_of, with_step

    for referral in referrals:
        contact = store.contacts.get(referral.contact_id) if referral.contact_id else None
        if contact is None:
            continue
        if referral.state is not ReferralState.DECLINED:
            ledger = tuple(sorted((*contact.ledger, favour_of(referral)), key=lambda e: e.at))
            contact = replace(contact, ledger=ledger)
        store.contacts.update(with_step(contact, referral) or contact)
