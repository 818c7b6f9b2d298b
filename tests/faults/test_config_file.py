"""The config file kept in a dotfiles folder and linked into place: saving the theme
rewrites the file the link points to and leaves the link a link (issue 11, item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from netcall_tui.core.config import ConfigError, load_config
from netcall_tui.services.files import save_setting


def test_a_symlinked_config_stays_a_link_and_its_target_is_edited(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    real = dotfiles / "netcall.toml"
    real.write_text('# kept in git\n[ui]\ntheme = "netcall-dark"\n')
    link = tmp_path / "config" / "config.toml"
    link.parent.mkdir()
    link.symlink_to(real)
    save_setting(load_config(link), link, "ui.theme", "netcall-light")
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text() == '# kept in git\n[ui]\ntheme = "netcall-light"\n'
    assert sorted(p.name for p in dotfiles.iterdir()) == ["netcall.toml"]  # no temporary left
    assert sorted(p.name for p in link.parent.iterdir()) == ["config.toml"]


def test_a_dangling_config_link_is_refused_with_a_message(tmp_path: Path) -> None:
    link = tmp_path / "config.toml"
    link.symlink_to(tmp_path / "gone.toml")
    with pytest.raises(ConfigError) as caught:
        save_setting(load_config(link), link, "ui.theme", "netcall-light")
    message = str(caught.value)
    assert "symbolic link" in message and "gone.toml" in message and "\n" not in message
    assert link.is_symlink() and not (tmp_path / "gone.toml").exists()
