"""Fault tests for issue 12, items 6 and 8: real symbolic links where the call log, its
lock and its draft live, and config files that must be refused before anything starts.

The commands run as the user runs them (`python -m netcall_tui …` in a subprocess); each
check is on the files outside the folder the user named (their names, bytes and mode)
and on the one-line message and the exit code.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from netcall_tui.store.db import Store

OUTSIDE_BYTES = b'{"this is": "not netcall\'s file"'  # unreadable as a log: main moved it aside


def netcall(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The real command, no terminal (so the app reads the log before any screen)."""
    base = {
        **os.environ,
        "HOME": str(tmp_path / "home"),
        "NETCALL_CONFIG": str(tmp_path / "config" / "config.toml"),
        "NETCALL_DB": str(tmp_path / "unused" / "calls.json"),
    }
    return subprocess.run(
        [sys.executable, "-m", "netcall_tui", *args],
        env={**base, **(env or {})},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=10,  # before the fix the app went on to run headless: a timeout is a failure
        check=False,
    )


def snapshot(folder: Path) -> dict[str, tuple[bytes | str, int]]:
    """Every entry of `folder`: its bytes (a link: where it points) and its mode."""
    seen: dict[str, tuple[bytes | str, int]] = {}
    for entry in sorted(folder.iterdir()):
        info = entry.lstat()
        body = os.readlink(entry) if entry.is_symlink() else entry.read_bytes()
        seen[entry.name] = (body, stat.S_IMODE(info.st_mode))
    return seen


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    return folder


@pytest.fixture
def mine(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    return folder


# --- item 6: the log's own path is a link ---------------------------------------------


@pytest.mark.parametrize("content", ["unreadable", "a good log"])
@pytest.mark.parametrize(
    "command",
    [[], ["--read-only"], ["log"], ["export", "--format", "json"], ["--read-only", "log"]],
    ids=["app", "app-read-only", "log", "export", "log-read-only"],
)
def test_a_symlinked_log_is_refused_and_nothing_outside_changes(
    tmp_path: Path, mine: Path, outside: Path, content: str, command: list[str]
) -> None:
    target = outside / "calls.json"
    if content == "unreadable":
        target.write_bytes(OUTSIDE_BYTES)
    else:
        Store.open(target).close()
    os.chmod(target, 0o644)
    link = mine / "calls.json"
    link.symlink_to(target)
    before_outside, before_mine = snapshot(outside), snapshot(mine)

    done = netcall(tmp_path, "--db", str(link), *command)

    assert done.returncode == 2
    line = one_line(done.stderr)
    assert f"{link} is a symbolic link to {target}" in line
    assert f"--db {target}" in line
    assert snapshot(outside) == before_outside  # not renamed, no lock, no backups beside it
    assert snapshot(mine) == before_mine  # nothing made beside the link either


def test_a_symlinked_netcall_db_is_refused_too(tmp_path: Path, mine: Path, outside: Path) -> None:
    target = outside / "calls.json"
    target.write_bytes(OUTSIDE_BYTES)
    link = mine / "calls.json"
    link.symlink_to(target)
    before = snapshot(outside)

    for command in ([], ["log"]):
        done = netcall(tmp_path, *command, env={"NETCALL_DB": str(link)})
        assert done.returncode == 2
        assert "NETCALL_DB" in one_line(done.stderr)
    assert snapshot(outside) == before


# --- item 6: links planted beside a real log ------------------------------------------


def test_a_lock_planted_as_a_link_is_not_followed(
    tmp_path: Path, mine: Path, outside: Path
) -> None:
    db = mine / "calls.json"
    Store.open(db).close()
    (mine / "calls.json.lock").unlink()
    (mine / "calls.json.lock").symlink_to(outside / "victim")  # dangling: O_CREAT made it
    (outside / "kept").write_bytes(b"someone else's file\n")
    before = snapshot(outside)

    done = netcall(tmp_path, "--db", str(db))

    assert done.returncode == 1
    line = one_line(done.stderr)
    assert f"the lock file at {mine / 'calls.json.lock'} is a symbolic link" in line
    assert snapshot(outside) == before  # no victim created, nothing locked or written there


async def test_a_draft_planted_as_a_link_is_not_read_moved_or_chmodded(
    tmp_path: Path, mine: Path, outside: Path
) -> None:
    """Before: the link was "moved aside" as a corrupt draft and the chmod to 0600 that
    follows went through it, to the file outside."""
    from netcall_tui.app import NetcallApp

    db = mine / "calls.json"
    secret = outside / "notes.txt"
    secret.write_bytes(b"not a draft at all\n")
    os.chmod(secret, 0o644)
    draft = mine / "calls.json.draft"
    draft.symlink_to(secret)
    before = snapshot(outside)

    app = NetcallApp(store=Store.open(db), config_path=tmp_path / "config.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        messages = [note.message for note in app._notifications]
    app.session.close()

    assert any(f"{draft} is a symbolic link" in message for message in messages), messages
    assert snapshot(outside) == before
    assert draft.is_symlink() and sorted(p.name for p in mine.iterdir() if "draft" in p.name) == [
        "calls.json.draft"
    ]


# --- item 8: settings that must be refused before anything starts ------------------------


# `python -m netcall_tui`, which on its way out notes its own peak memory (VmHWM: this
# process's alone; getrusage's maxrss would count the forking test worker's too).
_MEASURED = """
import atexit, pathlib, runpy, sys
out = pathlib.Path(sys.argv.pop(1))
def note():
    status = pathlib.Path("/proc/self/status").read_text()
    peak = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))
    out.write_text(peak)
atexit.register(note)
sys.argv[0] = "netcall"
runpy.run_module("netcall_tui", run_name="__main__")
"""


def netcall_measured(tmp_path: Path, *args: str) -> tuple[int, str, float, int]:
    """The real command: exit code, stderr, seconds taken and peak memory in KiB."""
    env = {**os.environ, "HOME": str(tmp_path / "home"), "NETCALL_DB": str(tmp_path / "calls.json")}
    peak = tmp_path / "peak-kib"
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED, str(peak), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=10,  # before the fix the app ran on, headless: a timeout is a failure
        check=False,
    )
    seconds = time.monotonic() - start
    return done.returncode, done.stderr, seconds, int(peak.read_text())


BAD_SETTINGS = {
    "not a key": ('[keys]\nnew_call = "notakey"\n', "[keys.new_call] 'notakey' is not a key name"),
    "hides quit": ('[keys]\nnew_call = "q"\n', "[keys.new_call] 'q' is already the key for Quit"),
    "one key, two actions": (
        '[keys]\nnew_call = "x"\nopen_log = "x"\n',
        "[keys.new_call] 'x' is already the key for Session log (open_log",
    ),
    "warning at the limit": (
        "[limits]\nwarning_minutes = 5\n",
        "[limits.warning_minutes] expected less than the story limit (5 minutes), got 5",
    ),
}


@pytest.mark.parametrize("case", list(BAD_SETTINGS))
def test_bad_settings_are_refused_in_one_line(tmp_path: Path, case: str) -> None:
    text, expected = BAD_SETTINGS[case]
    config = tmp_path / "config.toml"
    config.write_text(text, encoding="utf-8")

    code, stderr, _seconds, _memory = netcall_measured(tmp_path, "--config", str(config))

    assert code == 2
    assert one_line(stderr).startswith(f"netcall: {config}: {expected}")
    assert not (tmp_path / "calls.json").exists()  # refused before the log was touched


def test_a_phrase_that_would_blow_up_is_refused_fast_and_small(tmp_path: Path) -> None:
    """{minutes:>30000000} made the app take 314 MB; now it never starts on it."""
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    phrases = tmp_path / "phrases.toml"
    phrases.write_text(
        '[phrases]\ntime_box = [\n  "Take {minutes:>30000000} minutes.",\n]\n', encoding="utf-8"
    )

    code, stderr, seconds, memory_kib = netcall_measured(tmp_path, "--config", str(config))

    assert code == 2
    line = one_line(stderr)
    assert f"phrases file {phrases} has [phrases] time_box with {{minutes:>30000000}}" in line
    assert "(line 3)" in line
    assert seconds < 5
    assert memory_kib < 100 * 1024  # a start-up: 40 MB here; the blown-up phrase took 314 MB
