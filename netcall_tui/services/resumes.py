"""The résumé-on-file register: its rows and the words in use, and filing, reviewing,
passing on and removing a résumé, each in one durable write with the promises it
implies (habit 5: passing a résumé on or removing it closes its review promise)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..core.domain.moments import now as wall_now
from ..core.errors import ValidationError
from .access import gone, still_there

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..core.domain.promise import Promise
    from ..core.domain.records import Caller
    from ..core.domain.resume import PassedOn, Resume, ResumeFor
    from ..core.domain.stored import ResumeRecord
    from ..core.network.referral_ask import ReferralAsk
    from ..core.resumes.rows import ResumeRow
    from ..core.resumes.words import ResumeWords
    from ..store.db import Store
    from .access import StoreAccess


class ResumeOps:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session

    # --- reads ------------------------------------------------------------------------

    def rows(self) -> list[ResumeRow]:
        """Every résumé on file (and each removed one) as the register's rows."""
        from ..core.resumes.rows import build_rows

        with self._session.reading() as store:
            records = store.resumes.raw()
            callers = {r["id"]: r["name"] for r in store.callers.raw()}
        return build_rows(records, callers)

    def get(self, resume_id: str) -> Resume | None:
        with self._session.reading() as store:
            return store.resumes.get(resume_id)

    def records(self) -> list[ResumeRecord]:
        """Every stored résumé record, as it is (for exports)."""
        with self._session.reading() as store:
            return store.resumes.raw()

    def words(self) -> ResumeWords:
        """The roles, sectors and tags already used (tags: your contacts' too), most used
        first, for completing what `K` asks."""
        from ..core.resumes.words import words_in_use

        with self._session.reading() as store:
            return words_in_use(store.resumes.raw(), store.contacts.raw())

    # --- writes -----------------------------------------------------------------------

    def file(self, caller_id: str, call_id: str, what: ResumeFor, review_on: DateTime) -> Resume:
        """Keep a caller's résumé on file outside a call's log, with its review promise
        due `review_on` (listed among the call's promises when `call_id` names one)."""
        from ..core.domain.resume import Resume
        from ..core.promises.implied import resume_review

        with self._session.writing() as store:
            caller = _caller(store, caller_id)
            call = store.calls.get(call_id) if call_id else None
            if call_id and call is None:
                raise gone(store, "call")
            promise = store.promises.add(resume_review(caller, review_on, call_id))
            if call is not None:
                store.calls.update(call.with_(promise_ids=(*call.promise_ids, promise.id)))
            resume = Resume(
                caller_id=caller.id,
                call_id=call_id,
                what=what,
                review_on=review_on,
                promise_id=promise.id,
            )
            return store.resumes.add(resume)

    def reviewed(
        self, resume_id: str, next_review: DateTime, *, at: DateTime | None = None
    ) -> Resume:
        """Looked at again now (or `at`); the next review is `next_review`, and so is its
        open review promise's due (a new promise when it has none open)."""
        from ..core.promises.changes import snoozed
        from ..core.promises.implied import resume_review
        from ..core.resumes.filing import reviewed

        with self._session.writing() as store:
            resume = reviewed(_resume(store, resume_id), at or wall_now(), next_review)
            promise = _review_promise(store, resume)
            if promise is not None and promise.open:
                store.promises.update(snoozed(promise, next_review))
            else:
                caller = _caller(store, resume.caller_id)
                made = store.promises.add(resume_review(caller, next_review, resume.call_id))
                resume = replace(resume, promise_id=made.id)
            return store.resumes.update(resume)

    def pass_on(
        self,
        resume_id: str,
        contact_id: str,
        contact_name: str,
        ask: ReferralAsk | None = None,
        *,
        at: DateTime | None = None,
    ) -> Resume:
        """Pass the résumé on. To a contact of yours, with what the referral question
        asked (`ask`): a referral, asked the contact, as a logged referral opens one (the
        favour in their ledger, its next step's promise). To someone outside your
        network (no `ask`): a promise to send it to them. Its review promise is kept."""
        from ..core.domain.resume import PassedOn
        from ..core.resumes.filing import passed_on

        when = at or wall_now()
        with self._session.writing() as store:
            resume = _resume(store, resume_id)
            caller = _caller(store, resume.caller_id)
            if ask is None:
                promise = store.promises.add(_send_promise(resume, caller, contact_name, when))
                passed = PassedOn(contact_name, when, contact_id, promise_id=promise.id)
            else:
                passed = _referred(store, resume, caller, contact_id, contact_name, ask, when)
            resume = passed_on(resume, passed)
            _close_review(store, resume, when)
            return store.resumes.update(resume)

    def remove(self, resume_id: str, note: str, *, at: DateTime | None = None) -> Resume:
        """Take it off file with a kind note (they asked; they found a job); its review
        promise is kept, saying so. The record stays, as removed."""
        from ..core.resumes.filing import removed

        when = at or wall_now()
        with self._session.writing() as store:
            resume = removed(_resume(store, resume_id), when, note)
            _close_review(store, resume, when)
            return store.resumes.update(resume)


def follow_review(store: Store, promise: Promise) -> None:
    """Within a transaction: a résumé's review date is its review promise's due, so a
    review promise snoozed, edited or put back from the promises view moves it too."""
    from ..core.domain.resume import Resume
    from ..core.domain.vocabulary import PromiseKind

    if promise.kind is not PromiseKind.RESUME_REVIEW:
        return
    for record in store.resumes.raw():
        if record.get("promise_id") == promise.id:
            resume = Resume.from_dict(record)
            if resume.review_on != promise.due:
                store.resumes.update(replace(resume, review_on=promise.due))


def _resume(store: Store, resume_id: str) -> Resume:
    return still_there(store, store.resumes.get(resume_id), "résumé on file")


def _caller(store: Store, caller_id: str) -> Caller:
    return still_there(store, store.callers.get(caller_id), "caller")


def _review_promise(store: Store, resume: Resume) -> Promise | None:
    return store.promises.get(resume.promise_id) if resume.promise_id else None


def _close_review(store: Store, resume: Resume, at: DateTime) -> None:
    """Within a transaction: the résumé's open review promise is kept, saying how."""
    from ..core.promises.changes import done
    from ..core.resumes.filing import closing_note

    promise = _review_promise(store, resume)
    if promise is not None and promise.open:
        store.promises.update(done(promise, at, closing_note(resume)))


def _send_promise(resume: Resume, caller: Caller, name: str, at: DateTime) -> Promise:
    from ..core.domain.promise import Promise
    from ..core.promises.due import parse_due
    from ..core.resumes.filing import SEND_PROMISE

    if not name.strip():
        raise ValidationError("say whom the résumé is passed on to")
    # Due at the end of today's working day (tomorrow's once that is past), as a promise
    # made with `p` for "today" is: due the minute it was made, it was overdue at once.
    due = parse_due("today", at)
    return Promise(
        text=SEND_PROMISE.format(caller=caller.name, name=name.strip()),
        due=due if due > at else parse_due("tomorrow", at),
        caller_id=caller.id,
        call_id=resume.call_id,
        created_at=at,
    )


def _referred(
    store: Store,
    resume: Resume,
    caller: Caller,
    contact_id: str,
    name: str,
    ask: ReferralAsk,
    at: DateTime,
) -> PassedOn:
    """Within a transaction: the referral a résumé passed to a contact of yours opens,
    with the favour noted in their ledger and its next step's promise."""
    from ..core.domain.resume import PassedOn
    from ..core.network.referral_moves import favour_of
    from ..core.network.referrals import Referrer, asked
    from .referrals import kept_contact, open_referral

    contact_id = contact_id or kept_contact(store, ask, at)
    contact = store.contacts.get(contact_id) if contact_id else None
    if contact is None:
        raise gone(store, "contact")
    who = Referrer(caller.id, caller.name, resume.call_id)
    referral = asked(who, contact.id, contact.name, ask, at)
    open_referral(store, referral, ask.ask_again_days)
    favour = favour_of(referral)
    # Forgetting the caller anonymises a favour by its call; one with no call names no one.
    store.contacts.add_entry(contact.id, favour if resume.call_id else replace(favour, note=""))
    return PassedOn(contact.name, at, contact.id, referral_id=referral.id)
