"""Forgetting a contact: their record goes, and the referrals, calls and promises that
named them say "a forgotten contact", in the live log and every backup copy; a forget a
kill interrupted is finished at the next open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pendulum

from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.core.domain.resume import ResumeFor
from netcall_tui.core.domain.values import Outcome
from netcall_tui.core.domain.vocabulary import OutcomeKind
from netcall_tui.core.network.referral_ask import ReferralAsk
from netcall_tui.services.session import Session
from netcall_tui.store.db import Store
from netcall_tui.store.forget_contact import FORGOTTEN, describe_forget
from netcall_tui.store.forget_copies import copies_of
from netcall_tui.store.forget_todo import ContactTodo, contact_todo_path

START = pendulum.datetime(2026, 11, 2, 10, tz="Europe/London")
NAME = "Dana Lee"


def history(db_path: Path, *, passed_resume: bool = False) -> tuple[str, str]:
    """Two days of sessions (so there is a backup) with a referral to Dana (and with
    `passed_resume`, a résumé on file passed on to her); her id and the other contact's."""
    with Store.open(db_path, today=lambda: date(2026, 11, 2)) as store:
        dana = store.contacts.add(Contact(NAME, notes="met at the rail meetup"))
        other = store.contacts.add(Contact("Ali Khan"))
        session = Session(store)
        sam = Caller("Sam Rivera")
        outcome = Outcome(OutcomeKind.REFERRAL_MADE, f"{NAME} at Contoso", contact_id=dana.id)
        call = Call(
            sam.id,
            sam.name,
            START,
            outcome=outcome,
            notes=f"{NAME} would suit him",
            ended_at=START.add(minutes=20),
        )
        session.calls.log(sam, call, [], ReferralAsk(contact_id=dana.id))
        if passed_resume:
            resume = session.resumes.file(sam.id, "", ResumeFor(tags=("rail",)), START)
            session.resumes.pass_on(resume.id, dana.id, NAME, ReferralAsk(), at=START)
        session.close()
    with Store.open(db_path, today=lambda: date(2026, 11, 3)) as store:
        store.contacts.add(Contact("Someone Else"))
    return dana.id, other.id


def holds(path: Path, *needles: str) -> bool:
    data = path.read_bytes()
    return any(needle.encode() in data for needle in needles)


def test_forgetting_a_contact_erases_them_everywhere(db_path: Path) -> None:
    dana_id, other_id = history(db_path)
    copies = copies_of(db_path)
    assert copies and all(holds(p, NAME) for p in copies)
    store = Store.open(db_path)
    plan = describe_forget(store, dana_id)
    assert "1 referral" in plan and "1 backup copy" in plan and NAME in plan
    session = Session(store)
    report = session.network.forget(dana_id)
    assert report.referrals == 1 and not report.failed
    assert report.summary(NAME).startswith(f"Forgot {NAME}: 1 referral now to {FORGOTTEN}")
    for path in (db_path, *copies):
        assert not holds(path, NAME, dana_id), path
        assert holds(path, "Sam Rivera")  # the caller's history stays
    again = Store.open(db_path, read_only=True)
    (referral,) = again.referrals.all()
    assert (referral.contact_id, referral.contact_name) == ("", FORGOTTEN)
    (call,) = again.calls.all()
    assert call.outcome is not None and call.outcome.contact_id == ""
    assert FORGOTTEN in call.outcome.detail and FORGOTTEN in call.notes
    (promise,) = again.promises.all()
    assert FORGOTTEN in promise.text
    assert other_id in {c.id for c in again.contacts.all()}
    assert not contact_todo_path(db_path).exists()


def test_an_interrupted_forget_is_finished_at_the_next_open(db_path: Path) -> None:
    dana_id, _ = history(db_path)
    copies = copies_of(db_path)
    # as a kill right after the to-do was written leaves it
    contact_todo_path(db_path).write_bytes(ContactTodo(dana_id, tuple(copies)).to_bytes())
    assert NAME.encode() not in contact_todo_path(db_path).read_bytes()
    store = Store.open(db_path)
    assert store.forget_note is not None and "Finished forgetting a contact" in store.forget_note
    assert not store.forget_pending
    for path in (db_path, *copies):
        assert not holds(path, NAME, dana_id), path
