from __future__ import annotations

import re
from pathlib import Path

import pytest

from netcall_tui.core.config import Config, ConfigError, load_config, with_theme
from netcall_tui.core.keys import CHARACTER_NAMES, NAMED_KEYS, key_name
from netcall_tui.services.files import save_setting


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
    save_setting(config, path, "ui.theme", config.theme)
    again = load_config(path)
    assert again.theme == "netcall-contrast"
    assert again.story_s == 240
    assert again.keys == {"quit": "ctrl+q"}
    assert not list(path.parent.glob("*.tmp"))


# --- [keys]: every key must be one that can be pressed --------------------------------


@pytest.mark.parametrize(
    "keys",
    ["n", "N", "?", "ctrl+n", "f5", "f24", "space", "question_mark", "plus", "down,j", "alt+enter"],
)
def test_keys_that_can_be_pressed_are_accepted(tmp_path: Path, keys: str) -> None:
    config = load_config(write(tmp_path, f'[keys]\nnew_call = "{keys}"\n'))
    assert config.keys == {"new_call": keys}


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ("notakey", "'notakey' is not a key name"),
        ("f25", "'f25' is not a key name"),
        ("cmd+n", "'cmd', which is not a modifier"),
        ("ctrl+ctrl+n", "a modifier twice"),
        ("shift+a", "a shifted key arrives as the character it types"),
        ("ctrl+N", "write 'ctrl+n'"),
        ("ctrl+?", "write 'ctrl+question_mark'"),
        ("ctrl+", "the plus key is written plus"),
        ("n,,j", "'' is empty"),
        ("down, notakey", "'notakey' is not a key name"),
    ],
)
def test_a_key_that_can_never_be_pressed_is_refused(
    tmp_path: Path, keys: str, expected: str
) -> None:
    path = write(tmp_path, f'[keys]\nnew_call = "{keys}"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: [keys.new_call] ")
    assert expected in message
    assert "\n" not in message


def test_key_names_are_textuals() -> None:
    """core can't import Textual; its copy of the names must not drift from Textual's."""
    from textual.binding import Binding
    from textual.keys import KEY_NAME_REPLACEMENTS, Keys

    assert {key.value for key in Keys} >= NAMED_KEYS
    assert KEY_NAME_REPLACEMENTS == CHARACTER_NAMES
    characters = [
        c for c in map(chr, range(0x21, 0x250)) if c.isprintable() and c.strip() == c != ","
    ]
    named = Binding.make_bindings([Binding(",".join(characters), "noop")])  # as Textual names them
    assert [binding.key for binding in named] == [key_name(c) for c in characters]


# --- limits: the warning must come inside every phase ----------------------------------


@pytest.mark.parametrize(
    ("text", "phase"),
    [
        ("warning_minutes = 5\n", "story limit (5 minutes)"),
        ("warning_minutes = 7\n", "story limit (5 minutes)"),
        ("story_minutes = 20\nadvice_minutes = 2\nwarning_minutes = 2\n", "advice limit (2"),
    ],
)
def test_a_warning_at_or_past_a_limit_is_refused(tmp_path: Path, text: str, phase: str) -> None:
    path = write(tmp_path, "[limits]\n" + text)
    with pytest.raises(ConfigError, match=r"\[limits.warning_minutes\] expected less than the "):
        load_config(path)
    with pytest.raises(ConfigError, match=re.escape(phase)):
        load_config(path)


def test_a_warning_inside_every_limit_is_fine(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "[limits]\nstory_minutes = 2\nwarning_minutes = 1.5\n"))
    assert config.warning_s == 90
