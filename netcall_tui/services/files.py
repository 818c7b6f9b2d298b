"""The user's files beside the call log: exports and the config.

Both are written by the call log's own writer (`store.fsio.atomic_write`): a temporary
file in the same folder, fsynced, renamed over the old one, then the folder fsynced;
owner-only (an export holds other people's details). A failure leaves the previous
file as it was and no temporary file, and says so in one line: `ExportError` for an
export, `ConfigError` for the config, as their callers show them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.config import Config, ConfigError, to_toml
from ..store.errors import StoreError, os_reason
from ..store.fsio import atomic_write, make_private_dir

if TYPE_CHECKING:
    from pendulum import DateTime


def write_export(path: Path, text: str) -> None:
    """Write an export to `path` (`~` expanded), whole or not at all."""
    path = path.expanduser()
    try:
        atomic_write(path, text.encode("utf-8"))
    except StoreError as exc:
        # Here, not at the top: the app imports this module on its start-up path and
        # the export formats are not needed until an export is written.
        from ..core.export.formats import ExportError

        raise ExportError(
            f"could not write the export to {path} ({_reason(exc)}); check the folder "
            "exists and that you may write to it, or choose another file"
        ) from exc


def save_config(config: Config, path: Path) -> None:
    """Write every setting (`to_toml`), so a saved file documents itself; a missing
    folder is made owner-only."""
    try:
        make_private_dir(path.parent)
        atomic_write(path, to_toml(config).encode("utf-8"))
    except (OSError, StoreError) as exc:
        raise ConfigError(path, None, f"can't be saved ({_reason(exc)})") from exc


def _reason(error: Exception) -> str:
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
