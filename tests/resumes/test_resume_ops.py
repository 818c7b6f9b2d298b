"""The register's operations: logging a call that kept a résumé files it with its review
promise, and reviewing, passing on (to a contact, or to someone outside your network)
and removing one, each one durable write that closes the loop on its review promise."""

from __future__ import annotations

from dataclasses import replace

import pendulum
import pytest

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.core.domain.resume import Resume, ResumeFor
from netcall_tui.core.domain.values import Outcome
from netcall_tui.core.domain.vocabulary import OutcomeKind, PromiseKind, PromiseStatus
from netcall_tui.core.errors import ValidationError
from netcall_tui.core.network.referral_ask import ReferralAsk
from netcall_tui.core.promises.implied import follow_ups
from netcall_tui.services.session import Session
from netcall_tui.store.errors import NotFoundError

ZONE = "Europe/London"
START = pendulum.datetime(2026, 11, 2, 10, tz=ZONE)
END = START.add(minutes=20)
LATER = pendulum.datetime(2026, 12, 2, 9, tz=ZONE)
DATA = ResumeFor(roles=("Data Engineering lead",), sectors=("logistics",), tags=("python",))


def kept_call(caller: Caller, when: pendulum.DateTime | None = None) -> Call:
    outcome = Outcome(OutcomeKind.RESUME_KEPT, when=when)
    return Call(caller.id, caller.name, START, outcome=outcome, ended_at=END)


def log_kept(
    session: Session, caller: Caller, what: ResumeFor | None = DATA, when=None
) -> tuple[Call, Resume]:
    call = kept_call(caller, when)
    promises = [replace(p, call_id=call.id) for p in follow_ups(call, caller)]
    call = call.with_(promise_ids=tuple(p.id for p in promises))
    logged = session.calls.log(caller, call, promises, resume=what)
    with session.reading() as s:
        (resume,) = s.resumes.for_call(logged.id)
    return logged, resume


def stored_promise(session: Session, promise_id: str) -> Promise:
    found = session.promises.get(promise_id)
    assert found is not None
    return found


def test_logging_a_kept_resume_files_it_with_its_review_promise(session: Session) -> None:
    sam = Caller("Sam Rivera")
    call, resume = log_kept(session, sam)
    review = stored_promise(session, resume.promise_id)
    assert review.kind is PromiseKind.RESUME_REVIEW and review.id in call.promise_ids
    assert resume.review_on == review.due == END.add(months=3)
    assert (resume.call_id, resume.caller_id, resume.filed_at) == (call.id, call.caller_id, END)
    assert resume.what == DATA
    (row,) = session.resumes.rows()
    assert row.caller == "Sam Rivera" and row.state == "on_file"


def test_without_what_it_is_for_it_is_filed_all_the_same(session: Session) -> None:
    when = pendulum.datetime(2027, 1, 15, 9, tz=ZONE)
    _, resume = log_kept(session, Caller("Sam Rivera"), None, when)
    assert resume.what == ResumeFor() and resume.review_on == when


def test_reviewed_moves_the_review_and_its_promise(session: Session) -> None:
    _, resume = log_kept(session, Caller("Sam Rivera"))
    nxt = LATER.add(months=3)
    after = session.resumes.reviewed(resume.id, nxt, at=LATER)
    assert (after.reviewed_at, after.review_on) == (LATER, nxt)
    assert stored_promise(session, resume.promise_id).due == nxt


def test_pass_on_to_a_contact_opens_a_referral_and_closes_the_review(session: Session) -> None:
    with session.writing() as s:
        dana = s.contacts.add(Contact("Dana Lee"))
    call, resume = log_kept(session, Caller("Sam Rivera"))
    after = session.resumes.pass_on(resume.id, dana.id, "Dana Lee", ReferralAsk(), at=LATER)
    (passed,) = after.passed_on
    with session.reading() as s:
        referral = s.referrals.get(passed.referral_id)
        contact = s.contacts.get(dana.id)
    assert referral is not None and referral.call_id == call.id
    assert contact is not None and len(contact.ledger) == 1
    review = stored_promise(session, resume.promise_id)
    assert review.state is PromiseStatus.DONE and review.note == "Passed on to Dana Lee"


def test_pass_on_outside_the_network_is_a_promise(session: Session) -> None:
    _, resume = log_kept(session, Caller("Sam Rivera"))
    after = session.resumes.pass_on(resume.id, "", "Ola at Northwind", at=LATER)
    send = stored_promise(session, after.passed_on[0].promise_id)
    assert send.text == "Send Sam Rivera's résumé to Ola at Northwind"
    assert send.due == LATER.at(17, 0)  # today's end of work, not overdue at once
    evening = LATER.at(18, 30)
    again = session.resumes.pass_on(resume.id, "", "Kim", at=evening)
    assert stored_promise(session, again.passed_on[1].promise_id).due == evening.add(days=1).at(17)


def test_remove_closes_the_review_and_refuses_twice(session: Session) -> None:
    _, resume = log_kept(session, Caller("Sam Rivera"))
    session.resumes.remove(resume.id, "they found a job", at=LATER)
    review = stored_promise(session, resume.promise_id)
    assert review.note == "Removed from file: they found a job"
    with pytest.raises(ValidationError):
        session.resumes.remove(resume.id, "again")
    with pytest.raises(NotFoundError):
        session.resumes.reviewed("nope", LATER)


def test_reviewed_once_its_promise_is_kept_makes_a_new_one(session: Session) -> None:
    _, resume = log_kept(session, Caller("Sam Rivera"))
    session.resumes.pass_on(resume.id, "", "Ola", at=LATER)
    nxt = LATER.add(months=2)
    after = session.resumes.reviewed(resume.id, nxt, at=LATER.add(days=1))
    assert after.promise_id != resume.promise_id
    made = stored_promise(session, after.promise_id)
    assert (made.kind, made.due, made.open) == (PromiseKind.RESUME_REVIEW, nxt, True)
    assert made.call_id == resume.call_id


def test_filed_outside_a_call_with_its_review_promise(session: Session) -> None:
    sam = Caller("Sam Rivera")
    call, _ = log_kept(session, sam)
    when = LATER.add(months=1)
    filed = session.resumes.file(call.caller_id, call.id, DATA, when)
    review = stored_promise(session, filed.promise_id)
    assert (review.kind, review.due, review.call_id) == (PromiseKind.RESUME_REVIEW, when, call.id)
    with session.reading() as s:
        stored_call = s.calls.get(call.id)
    assert stored_call is not None and review.id in stored_call.promise_ids
    words = session.resumes.words()
    assert words.tags == ("python",) and words.roles == ("Data Engineering lead",)
    with pytest.raises(NotFoundError):
        session.resumes.file("nobody", "", DATA, when)


def test_a_review_promise_snoozed_or_edited_moves_the_review_and_undo_puts_it_back(
    session: Session,
) -> None:
    _, resume = log_kept(session, Caller("Sam Rivera"))
    first = resume.review_on

    def review_on() -> pendulum.DateTime:
        found = session.resumes.get(resume.id)
        assert found is not None
        return found.review_on

    session.promises.snooze(resume.promise_id, LATER.add(weeks=1))
    assert review_on() == LATER.add(weeks=1)
    session.promises.edit(resume.promise_id, due=LATER.add(weeks=2))
    assert review_on() == LATER.add(weeks=2)
    session.promises.undo()
    assert review_on() == LATER.add(weeks=1)
    assert first != LATER.add(weeks=1)
