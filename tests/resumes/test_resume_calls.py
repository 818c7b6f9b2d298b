"""What taking a call back and editing its outcome do to the register: a résumé as it
was filed goes with its review promise; one you worked on stays, with its referral."""

from __future__ import annotations

from pathlib import Path

import pendulum

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.core.domain.resume import Resume
from netcall_tui.core.domain.values import Outcome
from netcall_tui.core.domain.vocabulary import OutcomeKind, PromiseKind
from netcall_tui.core.network.referral_ask import ReferralAsk
from netcall_tui.services.session import Session

from .test_resume_ops import LATER, ZONE, log_kept

ADVICE = Outcome(OutcomeKind.ADVICE_GIVEN)


def test_taking_the_call_back_takes_its_resume_and_promises(session: Session) -> None:
    with session.writing() as s:
        dana = s.contacts.add(Contact("Dana Lee"))
    call, resume = log_kept(session, Caller("Sam Rivera"))
    session.resumes.pass_on(resume.id, dana.id, "Dana Lee", ReferralAsk(), at=LATER)
    session.resumes.pass_on(resume.id, "", "Ola", at=LATER)
    session.calls.remove(call)
    with session.reading() as s:
        assert s.resumes.count() == s.promises.count() == s.referrals.count() == 0
        contact = s.contacts.get(dana.id)
    assert contact is not None and contact.ledger == ()


def test_edited_away_an_untouched_resume_goes_with_its_promise(session: Session) -> None:
    call, _ = log_kept(session, Caller("Sam Rivera"))
    edited = session.calls.update(call, call.with_(outcome=ADVICE), None)
    with session.reading() as s:
        assert s.resumes.count() == 0 and s.promises.count() == 0
    assert edited.promise_ids == ()


def test_edited_away_a_passed_on_resume_stays_with_its_referral(session: Session) -> None:
    with session.writing() as s:
        dana = s.contacts.add(Contact("Dana Lee"))
    call, resume = log_kept(session, Caller("Sam Rivera"))
    session.resumes.pass_on(resume.id, dana.id, "Dana Lee", ReferralAsk(), at=LATER)
    session.calls.update(call, call.with_(outcome=ADVICE), None)
    with session.reading() as s:
        (kept,) = s.resumes.all()
        (referral,) = s.referrals.all()
        contact = s.contacts.get(dana.id)
    assert kept.passed_on[0].referral_id == referral.id
    assert contact is not None and len(contact.ledger) == 1  # the favour stays noted


WHEN = pendulum.datetime(2027, 3, 1, 9, tz=ZONE)


def new_review_date(session: Session, call: Call) -> tuple[Call, Resume, Promise]:
    """The call's outcome edited to keep the résumé until WHEN; its one résumé and
    promise as stored after."""
    outcome = Outcome(OutcomeKind.RESUME_KEPT, when=WHEN)
    edited = session.calls.update(call, call.with_(outcome=outcome), None)
    with session.reading() as s:
        (resume,) = s.resumes.all()
        (review,) = s.promises.all()
    return edited, resume, review


def test_edited_to_a_new_review_date_the_resume_follows(session: Session) -> None:
    call, resume = log_kept(session, Caller("Sam Rivera"))
    edited, moved, review = new_review_date(session, call)
    assert (moved.id, moved.what, moved.review_on) == (resume.id, resume.what, WHEN)
    assert moved.promise_id == review.id and review.id in edited.promise_ids


def test_a_reviewed_resume_keeps_its_one_review_promise(session: Session) -> None:
    call, resume = log_kept(session, Caller("Sam Rivera"))
    session.resumes.reviewed(resume.id, LATER.add(months=3), at=LATER)
    edited, kept, review = new_review_date(session, call)
    assert kept.promise_id == review.id and review.due == LATER.add(months=3)
    assert edited.promise_ids == (review.id,)


def test_edited_to_resume_kept_files_one(session: Session, db_path: Path) -> None:
    sam = Caller("Sam Rivera")
    start = pendulum.datetime(2026, 11, 2, 10, tz=ZONE)
    call = Call(sam.id, sam.name, start, outcome=ADVICE, ended_at=start.add(minutes=20))
    logged = session.calls.log(sam, call, [])
    kept = Outcome(OutcomeKind.RESUME_KEPT)
    edited = session.calls.update(logged, logged.with_(outcome=kept), sam)
    with session.reading() as s:
        (resume,) = s.resumes.all()
        (review,) = s.promises.all()
    assert review.kind is PromiseKind.RESUME_REVIEW and resume.promise_id == review.id
    assert resume.call_id == edited.id and resume.review_on == review.due
