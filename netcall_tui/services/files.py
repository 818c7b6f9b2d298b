"""The user's files beside the call log: exports and the config.

Both are written by the call log's own writer (`store.fsio.atomic_write`): a temporary
file in the same folder, fsynced, renamed over the old one, then the folder fsynced;
owner-only (an export holds other people's details). A failure leaves the previous
file as it was and no temporary file, and says so in one line: `ExportError` for an
export, `ConfigError` for the config, as their callers show them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.config import Config, ConfigError, to_toml
from ..store.errors import StoreError, os_reason
from ..store.fsio import atomic_write, make_private_dir

if TYPE_CHECKING:
    from pendulum import DateTime


def write_export(path: Path, data: str | bytes, *, what: str = "the export") -> None:
    """Write an export (`what`: "the calendar") to `path` (`~` expanded), whole or not at
    all. A symbolic link or anything but a regular file there is refused, never replaced
    or written through: a link to a file elsewhere, /dev/stdout, a folder, a pipe."""
    # Here, not at the top: the app imports this module on its start-up path and the
    # export formats are not needed until an export is written.
    from ..core.export.formats import ExportError

    path = path.expanduser()
    odd = _not_a_file(path)
    if odd:
        raise ExportError(f"will not write {what} to {path}: {odd}; choose another file")
    try:
        atomic_write(path, data.encode("utf-8") if isinstance(data, str) else data)
    except StoreError as exc:
        raise ExportError(
            f"could not write {what} to {path} ({failure_reason(exc)}); check the folder "
            "exists and that you may write to it, or choose another file"
        ) from exc


def _not_a_file(path: Path) -> str:
    """Why `path` can't take an export ("it is a symbolic link"), or "" when it can."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:  # not there (or not reachable): the write says what is wrong
        return ""
    if stat.S_ISLNK(mode):
        return "it is a symbolic link"
    return "" if stat.S_ISREG(mode) else "it is not a regular file"


def save_setting(config: Config, path: Path, key: str, value: str | bool | int | float) -> None:
    """Set one setting (`key` as the file writes it, "ui.theme") in the config file, in
    place: the user's comments, order and layout stay, and only that key changes. A file
    not there yet is written whole (`to_toml`), so it documents itself; a missing folder
    is made owner-only. A config.toml that is a symbolic link (a dotfiles repository,
    say) stays one: the file it points to is rewritten, atomically, beside itself."""
    target = _config_target(path)
    try:
        text = _read_config(target)
        make_private_dir(target.parent)
        atomic_write(target, _with_setting(text, key, value, config).encode("utf-8"))
    except (OSError, StoreError) as exc:
        raise ConfigError(path, None, f"can't be saved ({failure_reason(exc)})") from exc


def _config_target(path: Path) -> Path:
    """The file to rewrite: `path`, or the file a symbolic link there points to."""
    if not path.is_symlink():
        return path
    target = Path(os.path.realpath(path))
    if not target.is_file():
        raise ConfigError(
            path,
            None,
            f"can't be saved: it is a symbolic link to {target}, which is not a file; "
            "point the link at your config file, or remove it (netcall then writes a new one)",
        )
    return target


def _read_config(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def _with_setting(text: str | None, key: str, value: object, config: Config) -> str:
    """`text` with `key` set to `value` and nothing else changed (tomlkit keeps the rest
    byte for byte); None (no file yet) gives every setting."""
    if text is None:
        return to_toml(config)
    import tomlkit  # only when a setting is saved: not on the start-up path
    from tomlkit.exceptions import ParseError

    try:
        document = tomlkit.parse(text)
    except ParseError as exc:
        raise ConfigError(config.path, None, f"is not valid TOML ({exc}); not saved") from exc
    section, name = key.split(".")
    table = document.get(section)
    if table is None:
        table = tomlkit.table()
        document.add(section, table)
    table[name] = value
    return tomlkit.dumps(document)


def failure_reason(error: Exception) -> str:
    """The OS's words for what failed ('No space left on device')."""
    cause = error.__cause__ if isinstance(error, StoreError) else error
    return os_reason(cause) if isinstance(cause, OSError) else str(error)


def unsaved_copy_path(now: DateTime | None = None) -> Path:
    """Where the copy goes: the home folder, named by the moment, never over a file."""
    import pendulum

    moment = now or pendulum.now()
    base = Path.home() / f"netcall-unsaved-{moment.format('YYYY-MM-DD-HHmmss')}.json"
    target, n = base, 1
    while target.exists():
        target, n = base.with_name(f"{base.stem}-{n}{base.suffix}"), n + 1
    return target
