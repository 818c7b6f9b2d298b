"""[keys] against every screen: a remap that would hide another action is refused."""

from __future__ import annotations

import pytest
from textual.binding import Binding

from netcall_tui.app import NetcallApp
from netcall_tui.core.config import Config, ConfigError
from netcall_tui.ui.keymap import check_keymap, effective_keymap
from netcall_tui.ui.registry import keyed_classes


def refused(keys: dict[str, str]) -> str:
    with pytest.raises(ConfigError) as caught:
        check_keymap(Config(keys=keys), NetcallApp)
    return str(caught.value)


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (
            {"new_call": "q"},
            "[keys.new_call] 'q' is already the key for Quit (quit) on the console",
        ),
        ({"quit": "n"}, "[keys.quit] 'n' is already the key for New call (new_call)"),
        ({"new_call": "?"}, "'?' is already the key for Help (help)"),
        ({"new_call": "ctrl+p"}, "the command palette (built into Textual"),
        ({"new_call": "ctrl+q"}, "is already Quit (built into Textual"),
        ({"open_log": "x", "new_call": "x"}, "(open_log, which [keys] moves there too)"),
        ({"pause": "p"}, "[keys.pause] 'p' is already the key for Promise (promise)"),
        (
            {"log.sort": "r"},
            "[keys.log.sort] 'r' is already the key for Reverse (log.reverse) on the log screen",
        ),
        ({"log.export": "j"}, "'j' is already the key for Down (log.down) on the log screen"),
        ({"caller.start": "escape"}, "Cancel (caller.cancel) on the caller form"),
    ],
)
def test_a_key_another_action_answers_to_is_refused(keys: dict[str, str], expected: str) -> None:
    message = refused(keys)
    assert expected in message
    assert "\n" not in message


def test_every_default_key_written_out_is_accepted() -> None:
    """Keys shared on purpose (space: pause/resume; q and ? close help) may stay shared."""
    defaults: dict[str, str] = {}
    for cls in (NetcallApp, *keyed_classes()):
        for binding in cls.BINDINGS:
            if isinstance(binding, Binding) and binding.id:
                defaults[binding.id] = binding.key
    check_keymap(Config(keys=defaults), NetcallApp)


def test_free_keys_and_a_swap_are_accepted() -> None:
    check_keymap(Config(keys={"new_call": "ctrl+n", "pause": "f5", "quit": "ctrl+w"}), NetcallApp)
    check_keymap(Config(keys={"open_log": "n", "new_call": "l"}), NetcallApp)  # a swap
    check_keymap(Config(keys={"log.sort": "o"}), NetcallApp)  # other screens are apart


def test_resume_follows_pause() -> None:
    assert effective_keymap({"pause": "f5"}) == {"pause": "f5", "resume": "f5"}
    assert effective_keymap({"pause": "f5", "resume": "f6"})["resume"] == "f6"
