from __future__ import annotations

from pathlib import Path

import pytest

from netcall_tui.core.config import Config, ConfigError, load_config, with_theme
from netcall_tui.services.files import save_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path / "nope.toml")
    assert config.story_s == 300
    assert config.advice_s == 900
    assert config.interview_s == 1800
    assert config.warning_s == 60
    assert config.theme == "netcall-dark"


def test_values_are_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "[limits]\nstory_minutes = 4\nadvice_minutes = 20.5\n[budget]\nweekly_calls = 3\n"
        '[ui]\ntheme = "netcall-light"\n[keys]\nnew_call = "ctrl+n"\n',
    )
    config = load_config(path)
    assert config.story_s == 240
    assert config.advice_s == 1230
    assert config.weekly_calls == 3
    assert config.theme == "netcall-light"
    assert config.keys == {"new_call": "ctrl+n"}


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("[limits]\nstory_minutes = -3\n", "limits.story_minutes", "at least"),
        ("[limits]\nstory_minutes = 'five'\n", "limits.story_minutes", "number of minutes"),
        ("[nudge]\nbell = 1\n", "nudge.bell", "true or false"),
        ("[budget]\nweekly_calls = 2.5\n", "budget.weekly_calls", "whole number"),
        ("[limits]\nstroy_minutes = 3\n", "limits.stroy_minutes", "unknown setting"),
        ("[keys]\nnew_call = 3\n", "keys", "action ="),
    ],
)
def test_bad_values_name_file_key_and_expectation(
    tmp_path: Path, text: str, key: str, expected: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert str(path) in message
    assert f"[{key}]" in message
    assert expected in message


def test_broken_toml_is_explained(tmp_path: Path) -> None:
    path = write(tmp_path, "[limits\nstory_minutes = 3")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_save_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.toml"
    config = with_theme(Config(story_minutes=4, keys={"quit": "ctrl+q"}), "netcall-contrast")
    save_config(config, path)
    again = load_config(path)
    assert again.theme == "netcall-contrast"
    assert again.story_s == 240
    assert again.keys == {"quit": "ctrl+q"}
    assert not list(path.parent.glob("*.tmp"))
