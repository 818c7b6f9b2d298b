"""The calendar export written from the log: every open promise with its caller's name
and nothing else of theirs, owner-only, and a target that is not a plain file refused."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pendulum
import pytest
from icalendar import Calendar

from netcall_tui.core.calendar.ics import EventLengths, uid
from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.core.domain.vocabulary import PromiseKind
from netcall_tui.core.export.formats import ExportError
from netcall_tui.services.session import Session
from netcall_tui.store.db import Store

from ..helpers import FROZEN

LENGTHS = EventLengths()


@pytest.fixture
def session(db_path: Path) -> Iterator[Session]:
    store = Store.open(db_path)
    dana = store.callers.add(
        Caller("Dana Whitfield", phone="+44 7700 900123", email="dana@example.com", notes="shy")
    )
    store.calls.add(Call(dana.id, dana.name, FROZEN.subtract(days=2), notes="wants fintech"))
    at = FROZEN.add(days=3).at(14)
    store.promises.add(
        Promise("Information interview", at, caller_id=dana.id, kind=PromiseKind.INTERVIEW)
    )
    store.promises.add(Promise("Send the salary survey", FROZEN.add(days=1), caller_id=dana.id))
    store.promises.add(Promise("Call back", FROZEN, done_at=FROZEN))
    opened = Session(store)
    yield opened
    opened.close()
    store.close()


def test_every_open_promise_is_an_event_with_nothing_private_of_the_caller(
    session: Session, tmp_path: Path
) -> None:
    target = tmp_path / "promises.ics"
    assert session.calendar.write(target, FROZEN, LENGTHS) == 2
    data = target.read_bytes()
    calendar = Calendar.from_ical(data)
    assert sorted(str(e["SUMMARY"]) for e in calendar.events) == [
        "Information interview",
        "Send the salary survey",
    ]
    assert all(str(e["DESCRIPTION"]) == "Promised to Dana Whitfield" for e in calendar.events)
    for private in (b"7700", b"dana@example.com", b"shy", b"fintech", b"Call back"):
        assert private not in data


def test_the_file_is_owner_only_whatever_the_umask(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "promises.ics"
    old = os.umask(0)
    try:
        session.calendar.write(target, FROZEN, LENGTHS)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".promises")] == []


def test_exporting_again_replaces_the_file_with_the_same_uids(
    session: Session, tmp_path: Path
) -> None:
    target = tmp_path / "promises.ics"
    session.calendar.write(target, FROZEN, LENGTHS)
    first = {str(e["UID"]) for e in Calendar.from_ical(target.read_bytes()).events}
    (kept,) = [p for p in session.promises.open() if p.kind is PromiseKind.PLAIN]
    session.promises.done(kept.id, "sent")
    assert session.calendar.write(target, pendulum.now(), LENGTHS) == 1
    second = {str(e["UID"]) for e in Calendar.from_ical(target.read_bytes()).events}
    assert second == first - {uid(kept.id)}


@pytest.mark.parametrize("odd", ["link", "folder", "fifo"])
def test_a_target_that_is_not_a_plain_file_is_refused_and_left_alone(
    session: Session, tmp_path: Path, odd: str
) -> None:
    target = tmp_path / "promises.ics"
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("mine")
    make = {
        "link": lambda: target.symlink_to(elsewhere),
        "folder": target.mkdir,
        "fifo": lambda: os.mkfifo(target),
    }
    make[odd]()
    with pytest.raises(ExportError) as caught:
        session.calendar.write(target, FROZEN, LENGTHS)
    message = str(caught.value)
    assert message.startswith(f"will not write the calendar to {target}: it is ")
    assert message.endswith("; choose another file") and "\n" not in message
    assert elsewhere.read_text() == "mine"
    assert target.is_symlink() if odd == "link" else not target.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["data", "home", "elsewhere.txt", "promises.ics"]
    )
