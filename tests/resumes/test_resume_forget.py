"""Forgetting and the register: a caller's résumés on file go with them (live log and
copies); a contact forgotten leaves the résumés passed on to them passed on to "a
forgotten contact"."""

from __future__ import annotations

from pathlib import Path

from netcall_tui.core.domain.records import Caller, Contact
from netcall_tui.core.network.referral_ask import ReferralAsk
from netcall_tui.services.session import Session
from netcall_tui.store.forget import forget
from netcall_tui.store.forget_contact import FORGOTTEN
from netcall_tui.store.forget_plan import plan_forget

from .test_resume_ops import LATER, log_kept


def test_forgetting_a_contact_keeps_whom_it_went_to_as_forgotten(
    session: Session, db_path: Path
) -> None:
    with session.writing() as s:
        dana = s.contacts.add(Contact("Dana Lee"))
    _, resume = log_kept(session, Caller("Sam Rivera"))
    session.resumes.pass_on(resume.id, dana.id, "Dana Lee", ReferralAsk(), at=LATER)
    session.resumes.pass_on(resume.id, "", "Ola", at=LATER)
    session.network.forget(dana.id)
    after = session.resumes.get(resume.id)
    assert after is not None
    assert [(p.contact_id, p.contact_name) for p in after.passed_on] == [
        ("", FORGOTTEN),
        ("", "Ola"),
    ]
    assert b"Dana Lee" not in db_path.read_bytes()


def test_forgetting_a_caller_erases_their_resumes(session: Session, db_path: Path) -> None:
    with session.writing() as s:
        dana = s.contacts.add(Contact("Dana Lee"))
    call, resume = log_kept(session, Caller("Sam Rivera"))
    session.resumes.pass_on(resume.id, dana.id, "Dana Lee", ReferralAsk(), at=LATER)
    with session.writing() as store:
        plan = plan_forget(store, call.caller_id, look_further=False)
        assert plan.resume_ids == (resume.id,)
        forget(store, call.caller_id)
        assert store.resumes.count() == store.referrals.count() == 0
        (contact,) = store.contacts.all()
    assert contact.ledger[0].call_id == "" and contact.ledger[0].note == ""
    assert b"Sam Rivera" not in db_path.read_bytes()
