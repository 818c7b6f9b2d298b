"""Issue 12, item 5: stored text never reaches the terminal raw.

Every text field of a caller, their calls, a promise and a contact holds terminal
payloads (retitle, clear, clipboard write, an 8-bit CSI, DEL, a bidi override). The real
app runs under a pseudo-terminal and its output bytes are read; the CLI runs as a
subprocess on a pty (so it knows it writes to a terminal); the rendered screens are read
under Pilot. Files keep the data exact.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from netcall_tui.core.call.countdown import Countdown
from netcall_tui.core.call.live import LiveCall
from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.core.domain.values import Outcome
from netcall_tui.core.domain.vocabulary import OutcomeKind
from netcall_tui.core.export.formats import read_json
from netcall_tui.store.db import Store

from ..helpers import FROZEN

PAYLOAD = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;aGk=\x07\x9b6n\x7f\u202e"
# What must never reach the terminal: the payload's own bytes (Textual writes ESC
# sequences of its own, so ESC alone or ESC [ 2 J can't be looked for).
RAW = [b"\x1b]0;pwned", b"\x1b]52;", "\x9b".encode(), "\u202e".encode(), b"\x7f"]
SHOWN = "␛]0;pwned␇".encode()  # the same payload, drawn as pictures
NAME = f"Eve{PAYLOAD}Mallory"
# Drawn text may hold none of these: C0, DEL, C1, the bidi controls.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def seed_payloads(db: Path, *, draft: bool = False) -> None:
    """One caller and two calls with the payload in every text field."""
    with Store.open(db) as store:

        def field(what: str) -> str:
            return f"{what}{PAYLOAD}end"

        caller = store.callers.add(
            Caller(
                NAME,
                referred_by=field("referrer"),
                role=field("role"),
                company=field("company"),
                sector=field("sector"),
                phone=field("phone"),
                email=field("email"),
                notes=field("caller notes"),
            )
        )
        contact = store.contacts.add(Contact(field("contact"), notes=field("contact notes")))
        honest = Outcome(OutcomeKind.HONEST_NO, field("avenue"))
        referral = Outcome(OutcomeKind.REFERRAL_MADE, contact.name, contact_id=contact.id)
        first = Call(caller.id, caller.name, FROZEN.subtract(days=2), notes=field("notes\nl2"))
        store.calls.add(first.with_(outcome=honest))
        second = Call(caller.id, caller.name, FROZEN.subtract(days=1), notes=field("more"))
        store.calls.add(second.with_(outcome=referral))
        store.promises.add(
            Promise(field("promise"), FROZEN.add(days=2), caller_id=caller.id, call_id=second.id)
        )
        if draft:
            live = LiveCall(caller, Countdown(), FROZEN, notes=field("live notes"))
            store.save_draft(live.to_draft())


# --- the real app under a pty ---------------------------------------------------------


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)  # HOME and XDG_* are the test's own (root conftest)
    env.update(TERM="xterm-256color", COLUMNS="100", LINES="30", NO_COLOR="")
    env.pop("NO_COLOR")
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])
    return env


class Terminal:
    """A child process on a 100x30 pseudo-terminal; everything it writes is kept."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.fd, child = pty.openpty()
        fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.proc = subprocess.Popen(
            args, stdin=child, stdout=child, stderr=child, env=env, start_new_session=True
        )
        os.close(child)
        self.out = b""

    def read_until(self, marker: bytes, timeout: float) -> bool:
        """Read until `marker` appears in what was written since, or `timeout` passes."""
        start = len(self.out)
        deadline = time.monotonic() + timeout
        while marker not in self.out[start:]:
            quiet = not self.read_for(min(0.2, deadline - time.monotonic()))
            if quiet and (self.proc.poll() is not None or time.monotonic() >= deadline):
                return marker in self.out[start:]
        return True

    def read_for(self, seconds: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], max(0.0, seconds))
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:  # the child is gone
            return False
        self.out += chunk
        return bool(chunk)

    def send(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def close(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        os.close(self.fd)


def test_the_app_never_writes_a_stored_payload_to_the_terminal(tmp_path: Path) -> None:
    db = tmp_path / "calls.json"
    seed_payloads(db, draft=True)  # the draft puts the caller on the console's card
    term = Terminal([sys.executable, "-m", "netcall_tui", "--db", str(db)], _env(tmp_path))
    try:
        assert term.read_until(b"Mallory", 15), term.out[-2000:]  # the card, restored
        term.send(b"l")  # the session log
        assert term.read_until(b"sorted by", 10), term.out[-2000:]
        term.send(b"\x1b[B")  # down: from the filter (where focus starts) to the table
        assert term.read_until(b"Open", 10), term.out[-2000:]  # the table's enter key shows
        term.send(b"\r")  # the newest call in full
        assert term.read_until(b"Reached you", 10), term.out[-2000:]
        assert term.read_until(b"caller notes", 3), term.out[-2000:]
        term.send(b"\x1b")  # back to the log
        term.read_until(b"sorted by", 3)
        term.send(b"\x1b")  # back to the console
        term.read_for(0.3)
        for raw in RAW:
            assert raw not in term.out, raw
        assert SHOWN in term.out  # the fields were drawn, with the controls made visible
    finally:
        term.close()


# --- what the screens draw, under Pilot -----------------------------------------------


def _screen_text(app) -> str:
    return "\n".join(
        "".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()
    )


def _assert_clean(app, *expected: str) -> None:
    text = _screen_text(app)
    assert UNSAFE.search(text.replace("\n", "")) is None, [
        line for line in text.splitlines() if UNSAFE.search(line)
    ]
    for part in expected:
        assert part in text, (part, text)


async def test_log_detail_and_caller_card_draw_no_control_character(tmp_path: Path) -> None:
    from netcall_tui.app import NetcallApp
    from netcall_tui.core.config import Config

    db = tmp_path / "calls.json"
    seed_payloads(db)
    store = Store.open(db)
    app = NetcallApp(Config(), store=store, config_path=tmp_path / "config.toml")
    try:
        async with app.run_test(size=(140, 40)) as pilot:
            await pilot.pause()
            caller = store.callers.find(NAME)
            assert caller is not None
            history = app.session.calls.history(caller.id)
            app.screen.begin(LiveCall(caller, Countdown(), FROZEN, history=history))
            await pilot.pause()
            _assert_clean(app, "Eve␛]0;pwned␇␛[2J", "role␛", "promise␛")
            await pilot.press("escape", "l")
            await pilot.pause()
            _assert_clean(app, "Eve␛]0;", "avenue␛")  # at 140 columns the detail shows
            await pilot.press("down", "enter")  # to the table (focus starts in the filter)
            await pilot.pause()
            _assert_clean(app, "Reached you", "company␛", "contact␛", "promise␛", "more␛")
            await pilot.press("o")  # the outcome form: its input holds the stored detail
            await pilot.pause()
            _assert_clean(app, "Outcome of the call with Eve␛]0;", "contact]0;pwned")
            await pilot.press("escape", "e", "ctrl+s")  # notes edited, not changed
            await pilot.pause()
            _assert_clean(app, "more␛]0;pwned␇")
            notes = {call.notes for call in store.calls.all()}
            assert f"more{PAYLOAD}end" in notes  # shown as pictures, stored as they were
    finally:
        store.close()


# --- the command line, on a terminal and to a file ------------------------------------


def _cli_on_terminal(tmp_path: Path, *args: str) -> bytes:
    term = Terminal([sys.executable, "-m", "netcall_tui", *args], _env(tmp_path))
    try:
        deadline = time.monotonic() + 20
        while term.proc.poll() is None and time.monotonic() < deadline:
            term.read_for(0.2)
        while term.read_for(0.05):  # what is left in the pty
            pass
        assert term.proc.returncode == 0, term.out
        return term.out
    finally:
        term.close()


@pytest.mark.parametrize(
    "command",
    [["log"], ["export", "--format", "csv"], ["export", "--format", "md"]],
    ids=["log", "csv", "md"],
)
def test_the_cli_on_a_terminal_prints_no_payload(tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "calls.json"
    seed_payloads(db)
    out = _cli_on_terminal(tmp_path, "--db", str(db), *command)
    assert SHOWN.replace(b"]", b"\\]") in out if command[-1] == "md" else SHOWN in out
    for raw in [*RAW, b"\x1b"]:  # the CLI writes no escapes of its own
        assert raw not in out, (raw, out)


def test_json_on_a_terminal_has_no_payload_and_still_reads_back(tmp_path: Path) -> None:
    db = tmp_path / "calls.json"
    seed_payloads(db)
    out = _cli_on_terminal(tmp_path, "--db", str(db), "export", "--format", "json")
    for raw in [*RAW, b"\x1b"]:
        assert raw not in out, raw
    data = read_json(out.decode().replace("\r\n", "\n"))  # the pty turns \n into \r\n
    assert {c["caller_name"] for c in data.calls} == {NAME}


def test_json_export_to_a_file_round_trips_exactly(tmp_path: Path) -> None:
    db = tmp_path / "calls.json"
    seed_payloads(db)
    target = tmp_path / "out.json"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "netcall_tui",
            f"--db={db}",
            "export",
            "--format=json",
            f"-o{target}",
            "--with-energy",  # every stored field, the ratings too
        ],
        env=_env(tmp_path),
        check=True,
        capture_output=True,
        timeout=30,
    )
    data = read_json(target.read_text(encoding="utf-8"))
    stored = json.loads(db.read_text(encoding="utf-8"))
    assert sorted(data.calls, key=lambda c: c["id"]) == sorted(
        stored["calls"].values(), key=lambda c: c["id"]
    )
    assert list(data.callers) == list(stored["callers"].values())
    assert list(data.promises) == list(stored["promises"].values())


def test_csv_to_a_file_keeps_the_data_exact(tmp_path: Path) -> None:
    from netcall_tui.cli import main

    db = tmp_path / "calls.json"
    seed_payloads(db)
    target = tmp_path / "out.csv"
    assert main(["--db", str(db), "export", "--output", str(target)]) == 0
    assert NAME in target.read_text(encoding="utf-8")


def test_a_line_break_in_a_name_keeps_one_heading_per_call(tmp_path: Path) -> None:
    from netcall_tui.core.export.data import ExportData
    from netcall_tui.core.export.markdown import to_markdown

    with Store.open(tmp_path / "calls.json") as store:
        caller = store.callers.add(Caller("Eve\n## Injected\n| a | b |"))
        outcome = Outcome(OutcomeKind.HONEST_NO, "the guild\n- **Outcome:** fake")
        for days in (1, 2, 3):
            start = FROZEN.subtract(days=days)
            store.calls.add(Call(caller.id, caller.name, start, outcome=outcome))
        records = store.calls.raw()
    text = to_markdown(ExportData(calls=records), FROZEN)
    lines = text.splitlines()
    headings = [line for line in lines if line.startswith("## ")]
    assert len(headings) == 3 and all("Injected" in line for line in headings), headings
    outcomes = [line for line in lines if line.startswith("- **Outcome:**")]
    assert len(outcomes) == 3 and all("fake" in line for line in outcomes), outcomes
    starts = ("# ", "## ", "- ", "  - ", ">", "|", "Exported")
    assert all(line.startswith(starts) for line in lines if line), text  # no stray line
