"""Every test gets its own data and config: the real user's files are never touched."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pendulum
import pytest
from textual.widgets import Input, TextArea

from netcall_tui.app import NetcallApp
from netcall_tui.core.config import Config
from netcall_tui.store.db import Store

from .helpers import FROZEN


@pytest.fixture(autouse=True)
def steady_cursors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text cursors stay shown: a snapshot taken half a second late on a busy machine
    must not catch a blink (the dialogs' snapshots flickered under load)."""
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("NETCALL_DB", str(tmp_path / "data" / "calls.json"))
    monkeypatch.setenv("NETCALL_CONFIG", str(tmp_path / "config" / "config.toml"))
    yield home


class FakeClock:
    """A monotonic clock the test moves by hand: timers are advanced, never slept on."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def frozen_now() -> Iterator[pendulum.DateTime]:
    with pendulum.travel_to(FROZEN, freeze=True):
        yield FROZEN


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "calls.json"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def make_app(store: Store, clock: FakeClock, tmp_path: Path) -> Callable[..., NetcallApp]:
    """An app on the test's store and fake clock; `app.rang` counts the bells."""

    def build(config: Config | None = None) -> NetcallApp:
        app = NetcallApp(
            config or Config(), store=store, clock=clock, config_path=tmp_path / "config.toml"
        )
        app.rang = 0  # type: ignore[attr-defined]

        def bell() -> None:
            app.rang += 1  # type: ignore[attr-defined]

        app.bell = bell  # type: ignore[method-assign]
        return app

    return build


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs: a real "no space left", which binds root too (a read-only folder
    doesn't). Skipped where mounting is not allowed."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command here")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True, timeout=30, check=True)
