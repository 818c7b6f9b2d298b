"""`netcall import FILE` as a user runs it: a process of its own, its output and exit
code, and what is in the log afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from netcall_tui.cli.imports import TIERS
from netcall_tui.core.domain.vocabulary import Tier
from netcall_tui.store.db import Store

from .core.import_files import LINKEDIN, LINKEDIN_HEADER
from .helpers import netcall


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "Connections.csv"
    path.write_text(LINKEDIN, encoding="utf-8", newline="")
    return path


def _contacts(db: Path) -> list[str]:
    with Store.open(db, read_only=True) as store:
        return sorted(c.name for c in store.contacts.all())


def test_with_no_terminal_and_no_yes_it_shows_the_review_and_refuses(
    export: Path, db_path: Path
) -> None:
    done = netcall("--db", str(db_path), "import", str(export))
    assert done.returncode == 2
    assert "3 new, 0 updated, 0 unchanged, 1 skipped" in done.stdout
    assert "line 6: no name (a profile whose owner hides it)" in done.stdout
    assert done.stderr == "netcall: not importing without --yes: there is no terminal to ask on\n"
    assert not db_path.exists()


def test_a_dry_run_writes_nothing(export: Path, db_path: Path) -> None:
    done = netcall("--db", str(db_path), "import", str(export), "--dry-run")
    assert done.returncode == 0 and "Dry run: nothing was written." in done.stdout
    assert not db_path.exists()


def test_yes_imports_and_the_same_file_again_changes_nothing(export: Path, db_path: Path):
    done = netcall("import", str(export), "--yes", "--tier", "trusted", "--db", str(db_path))
    assert done.returncode == 0, done.stderr
    assert done.stderr == "netcall: imported: 3 new, 0 updated, 0 unchanged, 1 skipped\n"
    assert _contacts(db_path) == ["Ada Okafor", "Siobhán Ní Bhriain", "Tomás Novák"]
    with Store.open(db_path, read_only=True) as store:
        assert {c.tier for c in store.contacts.all()} == {Tier.TRUSTED}
    before = db_path.read_bytes()
    again = netcall("--db", str(db_path), "import", str(export), "--yes")
    assert again.returncode == 0 and "0 new, 0 updated, 3 unchanged" in again.stdout
    assert "Nothing to change" in again.stdout
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (LINKEDIN_HEADER + 'Ada,"Okafor,,,,\r\n', "line 2: a quoted field starts on this line"),
        ("just notes\n", "not a file netcall can import"),
    ],
)
def test_a_file_that_cannot_be_imported_is_one_line_naming_why(
    tmp_path: Path, db_path: Path, content: str, message: str
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    done = netcall("--db", str(db_path), "import", str(bad), "--yes")
    assert done.returncode == 1
    assert done.stderr.startswith(f"netcall: cannot import {bad}: ") and message in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_a_missing_file_and_a_read_only_import(tmp_path: Path, db_path: Path) -> None:
    missing = netcall("--db", str(db_path), "import", str(tmp_path / "nope.csv"), "--yes")
    assert missing.returncode == 1 and "there is no such file" in missing.stderr
    read_only = netcall("--db", str(db_path), "--read-only", "import", "x.csv", "--yes")
    assert read_only.returncode == 2 and "--read-only" in read_only.stderr


def test_names_from_the_file_cannot_drive_the_terminal(tmp_path: Path, db_path: Path) -> None:
    bad = tmp_path / "c.csv"
    bad.write_text(LINKEDIN_HEADER + "Ada\x1b]0;pwned\x07,,,,,,,,\r\n", encoding="utf-8")
    done = netcall("--db", str(db_path), "import", str(bad), "--dry-run")
    assert "\x1b" not in done.stdout and "Ada␛]0;pwned␇" in done.stdout


@pytest.mark.parametrize(("answer", "code", "added"), [("y", 0, 3), ("n", 1, 0)])
def test_on_a_terminal_it_asks_first(
    export: Path, db_path: Path, answer: str, code: int, added: int
) -> None:
    leader, follower = os.openpty()
    with subprocess.Popen(
        [sys.executable, "-m", "netcall_tui", "--db", str(db_path), "import", str(export)],
        stdin=follower,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        os.close(follower)
        os.write(leader, f"{answer}\n".encode())
        out, err = process.communicate(timeout=60)
    os.close(leader)
    assert process.returncode == code, err
    assert "Import 3 new contact(s) (tier: acquaintance)? [y/N]" in out
    assert len(_contacts(db_path)) == added


def test_the_tier_choices_are_the_tiers() -> None:
    assert set(TIERS) == {tier.value for tier in Tier}
