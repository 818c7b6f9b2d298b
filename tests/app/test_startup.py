"""Starting netcall on a log it can't use: one clear message and an exit code, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pendulum
import pytest

from netcall_tui.app import NetcallApp
from netcall_tui.cli import main
from netcall_tui.cli.launch import seed_demo
from netcall_tui.core.domain.vocabulary import OutcomeKind
from netcall_tui.store.db import Store

from ..helpers import netcall

HOLDER = Path(__file__).resolve().parent.parent / "store" / "store_child.py"


def test_a_log_open_elsewhere_is_explained(tmp_path: Path) -> None:
    db = tmp_path / "calls.json"
    holder = subprocess.Popen(
        [sys.executable, str(HOLDER), "hold", str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        ready = holder.stdout.readline()  # type: ignore[union-attr]
        assert ready.startswith("ready")
        result = netcall("--db", str(db))
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert f"open in another netcall (pid {holder.pid})" in result.stderr
    assert "--read-only" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreadable_log_is_kept_aside_and_explained(tmp_path: Path) -> None:
    db = tmp_path / "calls.json"
    db.write_bytes(b'{"calls": {"1": {"id": "x"')  # truncated
    result = netcall("--db", str(db))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    (aside,) = tmp_path.glob("calls.json.corrupt-*")
    assert aside.read_bytes() == b'{"calls": {"1": {"id": "x"'
    assert str(aside.name) in result.stderr


def test_demo_is_a_throwaway_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    """`netcall --demo` runs on a filled temp log, and neither touches nor creates the real one."""
    seen: dict[str, object] = {}

    def run(app: NetcallApp) -> None:
        with app.session.reading() as store:
            seen["path"] = store.path
            seen["outcomes"] = {c.outcome.kind for c in store.calls.list() if c.outcome}

    monkeypatch.setattr(NetcallApp, "run", run)
    assert main(["--demo"]) == 0
    assert seen["outcomes"] == set(OutcomeKind)
    demo_path = seen["path"]
    assert isinstance(demo_path, Path)
    assert not demo_path.parent.exists()  # thrown away
    assert not Path(os.environ["NETCALL_DB"]).exists()


def test_seeded_demo_has_callers_promises_and_contacts(tmp_path: Path) -> None:
    path = tmp_path / "demo.json"
    seed_demo(path, pendulum.now())
    with Store.open(path, read_only=True) as store:
        assert store.callers.count() >= 25
        assert store.promises.open()
        assert store.contacts.count() >= 5
