"""The user's files beside the log (exports, the config) are written by the log's own
durable writer: owner-only, the folder flushed, and on a failure the previous file kept
with no temporary file left behind."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from netcall_tui.core.config import Config, ConfigError, load_config
from netcall_tui.core.errors import NetcallError
from netcall_tui.core.export.formats import ExportError
from netcall_tui.services.files import save_setting, write_export

from ..helpers import fill_disk, modules_loaded


@dataclass(frozen=True)
class Writer:
    """One of the writers, with a way to tell which version of its file is on disk."""

    write: Callable[[Path, int], None]
    version: Callable[[Path], int]
    name: str
    error: type[NetcallError]


WRITERS = {
    "export": Writer(
        lambda path, n: write_export(path, f"version,{n}\r\n"),
        lambda path: int(path.read_bytes().decode().removesuffix("\r\n").split(",")[1]),
        "out.csv",
        ExportError,
    ),
    "config": Writer(
        lambda path, n: save_setting(Config(story_minutes=n), path, "limits.story_minutes", n),
        lambda path: int(load_config(path).story_minutes),
        "config.toml",
        ConfigError,
    ),
}


@pytest.fixture(params=sorted(WRITERS))
def writer(request: pytest.FixtureRequest) -> Writer:
    return WRITERS[request.param]


def test_a_file_is_owner_only_and_its_folder_is_flushed(
    writer: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: list[tuple[int, int]] = []  # folders fsynced, as (device, inode)
    real_fsync = os.fsync

    def spying_fsync(fd: int) -> None:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            flushed.append((info.st_dev, info.st_ino))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spying_fsync)
    folder = tmp_path / "files"
    folder.mkdir()
    target = folder / writer.name
    old_umask = os.umask(0)  # the mode is the writer's own, not the umask's
    try:
        writer.write(target, 4)
    finally:
        os.umask(old_umask)
    info = folder.stat()
    assert (info.st_dev, info.st_ino) in flushed  # the rename survives a power cut
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert writer.version(target) == 4
    assert [p.name for p in folder.iterdir()] == [writer.name]


def test_an_export_keeps_its_bytes_as_they_are(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    write_export(target, "a,b\r\nSiobhán,c\r\n")  # CSV's CRLF, not the platform's newline
    assert target.read_bytes() == "a,b\r\nSiobhán,c\r\n".encode()


def test_an_export_that_cannot_be_written_says_so_in_one_line(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.csv"
    with pytest.raises(ExportError) as caught:
        write_export(target, "x")
    message = str(caught.value)
    assert message.startswith(f"could not write the export to {target} (")
    assert os.strerror(errno.ENOENT) in message and "choose another file" in message
    assert "\n" not in message


def test_a_config_in_a_new_folder_makes_it_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "new" / "netcall" / "config.toml"
    save_setting(Config(story_minutes=4), target, "limits.story_minutes", 4)
    assert load_config(target).story_s == 240
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(target.parent.parent.stat().st_mode) == 0o700


def test_a_config_that_cannot_be_saved_says_so_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("a file where the folder should be")
    target = tmp_path / "taken" / "config.toml"
    with pytest.raises(ConfigError) as caught:
        save_setting(Config(), target, "ui.theme", "netcall-light")
    assert str(caught.value) == f"{target}: can't be saved ({os.strerror(errno.ENOTDIR)})"


def test_a_full_disk_keeps_the_previous_file_and_leaves_no_temporary_one(
    writer: Writer, small_disk: Path
) -> None:
    target = small_disk / writer.name
    writer.write(target, 4)
    fill_disk(small_disk)
    with pytest.raises(writer.error) as caught:
        writer.write(target, 6)
    assert f"({os.strerror(errno.ENOSPC)})" in str(caught.value)
    assert writer.version(target) == 4
    assert sorted(p.name for p in small_disk.iterdir()) == sorted(["filler", writer.name])


def test_the_writers_need_no_textual_and_no_export_formats() -> None:
    """services never imports Textual; and the app imports this module on its start-up
    path, so the export formats come only with an export."""
    loaded = modules_loaded(
        "import netcall_tui.services.files", ("textual", "rich", "netcall_tui.core.export")
    )
    assert loaded == []


MY_CONFIG = """\
# My netcall settings: calls are short on Fridays.
[limits]
story_minutes = 4      # they ramble
advice_minutes = 10

[ui]
# dark at night
theme = "netcall-dark"  # was light
"""


def test_saving_a_setting_changes_that_key_and_keeps_everything_else(tmp_path: Path) -> None:
    """Issue 11, item 5: a theme switch rewrote config.toml and lost the comments."""
    target = tmp_path / "config.toml"
    target.write_text(MY_CONFIG)
    config = load_config(target)
    save_setting(config, target, "ui.theme", "netcall-light")
    assert target.read_text() == MY_CONFIG.replace(
        'theme = "netcall-dark"', 'theme = "netcall-light"'
    )


def test_a_setting_whose_section_is_missing_is_added_at_the_end(tmp_path: Path) -> None:
    target = tmp_path / "config.toml"
    mine = "# only limits here\n[limits]\nstory_minutes = 4\n"
    target.write_text(mine)
    save_setting(load_config(target), target, "ui.theme", "netcall-light")
    saved = target.read_text()
    assert saved.startswith(mine)
    assert load_config(target).theme == "netcall-light"
    assert load_config(target).story_minutes == 4


def test_a_config_broken_since_it_was_read_is_not_saved_over(tmp_path: Path) -> None:
    target = tmp_path / "config.toml"
    target.write_text("[limits\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        save_setting(Config(path=target), target, "ui.theme", "netcall-light")
    assert target.read_text() == "[limits\n"


def test_an_export_over_a_symbolic_link_is_refused_and_the_link_kept(tmp_path: Path) -> None:
    """os.replace would put a file in place of the link (as root, of /dev/stdout too):
    the target is not a file of ours to replace, so nothing is written."""
    mine = tmp_path / "mine.csv"
    mine.write_text("keep me")
    target = tmp_path / "out.csv"
    target.symlink_to(mine)
    with pytest.raises(ExportError, match="it is a symbolic link; choose another file"):
        write_export(target, "a,b\r\n")
    assert target.is_symlink() and mine.read_text() == "keep me"
