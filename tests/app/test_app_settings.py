"""Themes, keymap, bell and palette: the app-wide settings a user can change."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from netcall_tui.core.call.phrasebook import default_phrasebook
from netcall_tui.core.config import Config, load_config
from netcall_tui.ui.console.screen import ConsoleScreen
from netcall_tui.ui.dialogs.caller_form import CallerForm


async def test_switching_theme_is_saved_to_config(make_app, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.theme == "netcall-dark"
        app.theme = "netcall-contrast"
        await pilot.pause()
    assert load_config(tmp_path / "config.toml").theme == "netcall-contrast"


async def test_switching_theme_keeps_the_users_comments(make_app, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('# mine\n[ui]\ntheme = "netcall-dark"   # at night\n')
    app = make_app(load_config(path))
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = "netcall-light"
        await pilot.pause()
    assert path.read_text() == '# mine\n[ui]\ntheme = "netcall-light"   # at night\n'


async def test_all_three_themes_are_registered(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)):
        assert {"netcall-dark", "netcall-light", "netcall-contrast"} <= set(app.available_themes)


async def test_keys_are_remappable_from_config(make_app) -> None:
    app = make_app(Config(keys={"new_call": "ctrl+n"}))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert not isinstance(app.screen, CallerForm)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, CallerForm)


async def test_bell_can_be_turned_off(make_app, clock) -> None:
    app = make_app(Config(bell=False))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#name", Input).value = "Quiet Caller"
        await pilot.press("enter")
        await pilot.pause()
        clock.advance(400)
        app.screen.tick()
        await pilot.pause()
        assert app.rang == 0
        assert any("at its limit" in (n.title or "") for n in app._notifications)


async def test_overtime_nudges_repeat_when_configured(make_app, clock) -> None:
    app = make_app(Config(overtime_repeat_minutes=2, warning_minutes=0))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#name", Input).value = "Long Talker"
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConsoleScreen)
        for _ in range(4):  # 5 min limit, then +2, +4, +6 of overtime
            clock.advance(120 if app.rang else 300)
            screen.tick()
        assert app.rang == 4


async def test_palette_lists_the_console_actions(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"New call", "Session log", "Help", "Quit"} <= titles
        assert not {"Focus Next", "Copy selected text"} & titles  # keys, not actions
        await pilot.pause()


async def test_copy_puts_the_chosen_phrase_on_the_clipboard(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        app.screen.query_one("#name", Input).value = "Clip Board"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "c")
        screen = app.screen
        assert isinstance(screen, ConsoleScreen)
        assert app.clipboard == screen.suggestions[1].text


async def test_a_broken_phrases_file_is_reported_and_the_defaults_used(
    make_app, tmp_path: Path
) -> None:
    (tmp_path / "phrases.toml").write_text("[phrases\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        (note,) = app._notifications
        assert note.title == "Phrases"
        assert f"Phrases file {tmp_path / 'phrases.toml'} is not valid TOML" in note.message
        assert app.phrasebook == default_phrasebook()
