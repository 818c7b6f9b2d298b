"""The command line: clear messages and exit codes, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from netcall_tui import __version__
from netcall_tui.cli import main

from .helpers import modules_loaded


def run(*args: str, env_config: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "netcall_tui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_broken_config_exits_2_with_one_clear_line(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("[limits]\nstory_minutes = -1\n")
    result = run("--config", str(config))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(config) in result.stderr
    assert "[limits.story_minutes]" in result.stderr


@pytest.mark.parametrize("demo", [[], ["--demo"]])
def test_an_unknown_theme_option_is_blamed_not_the_config(
    demo: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 11: `--demo --theme nope` blamed the config file, which says nothing of it."""
    assert main([*demo, "--theme", "sparkly"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("netcall: --theme 'sparkly' is not a theme; one of ")
    assert "netcall-dark" in err and "config.toml" not in err and err.count("\n") == 1


def test_config_from_env_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "env.toml"
    config.write_text("[ui]\ntheme = 'nope'\n")
    monkeypatch.setenv("NETCALL_CONFIG", str(config))
    assert main([]) == 2
    assert str(config) in capsys.readouterr().err


def test_parsing_the_command_line_loads_none_of_the_work() -> None:
    """The TUI's start-up parses the same command line: the sub-commands' work (the log's
    rows, exports, the store, pendulum) comes only when one runs."""
    code = "from netcall_tui.cli.parser import build_parser\nbuild_parser().parse_args(['log'])"
    heavy = ("pendulum", "tinydb", "textual", "netcall_tui.store", "netcall_tui.core.log")
    work = ("netcall_tui.core.export", "netcall_tui.cli.selection", "netcall_tui.cli.table")
    assert modules_loaded(code, heavy + work) == []
