"""Durable, atomic file replacement and the private-file helpers around it.

A write never touches the live file: the new bytes go to a temporary file in the same
folder (same file system, so the rename is atomic), which is fsynced, renamed over the
live file, and then the folder is fsynced so the rename itself survives a power cut.
A kill at any instant leaves the previous file or the new one, never a torn one.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Sequence
from pathlib import Path

from .errors import SymlinkedLogError, write_failed

FILE_MODE = 0o600  # the log holds other people's personal data
DIR_MODE = 0o700
TEMP_SUFFIX = ".tmp"

# Some file systems cannot fsync a directory; there is nothing better to do there.
_DIR_FSYNC_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EBADF}


def temp_prefix(path: Path) -> str:
    """Temporary files for `path` are hidden siblings named `.<name>.<pid>.<token>.tmp`."""
    return f".{path.name}."


def _temp_path(path: Path, kind: str = "") -> Path:
    token = os.urandom(4).hex()  # what secrets.token_hex does, without importing hashlib
    return path.with_name(f"{temp_prefix(path)}{os.getpid()}.{token}{kind}{TEMP_SUFFIX}")


def log_path(path: Path) -> Path:
    """The call log's path as used from here on: absolute, its folder resolved (a folder
    reached through a link is still the folder the user named), the file itself not. A
    log path that is a symbolic link is refused (SymlinkedLogError), never followed."""
    path = Path(path).expanduser()
    path = path.parent.resolve() / path.name
    if path.is_symlink():
        raise SymlinkedLogError(path, Path(os.path.realpath(path)))
    return path


def read_no_follow(path: Path) -> bytes:
    """The file's bytes, never through a symbolic link: OSError ELOOP if `path` is one,
    so that a link planted beside the log cannot make netcall read (or then rename,
    or rewrite) a file somewhere else."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    with open(fd, "rb") as file:
        return file.read()


def make_private_dir(directory: Path) -> None:
    """Create `directory` (and missing parents) owner-only; an existing one is left alone,
    since it may be shared (say, a --db in /tmp) and is not ours to change."""
    missing: list[Path] = []
    while not directory.is_dir():
        missing.append(directory)
        directory = directory.parent
    for folder in reversed(missing):  # each one owner-only, parents included
        folder.mkdir(mode=DIR_MODE, exist_ok=True)
        os.chmod(folder, DIR_MODE)  # mkdir's mode is filtered by the umask


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in _DIR_FSYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)


def _iov_max() -> int:
    try:
        return max(16, os.sysconf("SC_IOV_MAX"))
    except (AttributeError, ValueError, OSError):
        return 1024


_IOV_MAX = _iov_max()


def _write_all(fd: int, chunks: Sequence[bytes]) -> None:
    """Write the chunks in order with writev (no joining of a 12 MB buffer)."""
    for start in range(0, len(chunks), _IOV_MAX):
        batch = chunks[start : start + _IOV_MAX]
        done = os.writev(fd, batch)
        if done < sum(map(len, batch)):  # short write: finish this batch by hand
            _write_rest(fd, batch, done)


def _write_rest(fd: int, batch: Sequence[bytes], skip: int) -> None:
    for chunk in batch:
        if skip >= len(chunk):
            skip -= len(chunk)
            continue
        view = memoryview(chunk)[skip:]
        skip = 0
        while view:
            view = view[os.write(fd, view) :]


def _unlink_quietly(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            os.unlink(path)


def _write_temp(path: Path, data: Sequence[bytes], what: str) -> Path:
    """Write `data` to a new owner-only temporary file beside `path`, fsynced."""
    tmp = _temp_path(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, FILE_MODE)
    except OSError as error:
        raise write_failed(path, "creating a temporary file beside it", error, what) from error
    action = "writing the new version to a temporary file"
    try:
        os.fchmod(fd, FILE_MODE)  # os.open's mode is filtered by the umask
        _write_all(fd, data)
        action = "flushing the new version to disk (fsync)"
        os.fsync(fd)
    except OSError as error:
        os.close(fd)
        _unlink_quietly(tmp)
        raise write_failed(path, action, error, what) from error
    os.close(fd)
    return tmp


def _keep_old(path: Path) -> tuple[bool, Path | None]:
    """Hard-link the current file under a temporary name, so that if the folder cannot
    be flushed after the rename we can put the previous version back.
    Returns (there is a previous version, the link to it if one could be made)."""
    keep = _temp_path(path, ".keep")
    try:
        os.link(path, keep)
    except FileNotFoundError:
        return False, None
    except OSError:  # a file system without hard links: no undo possible
        return True, None
    return True, keep


def atomic_write(path: Path, data: bytes | Sequence[bytes], *, what: str = "the call log") -> None:
    """Replace `path` with `data` (bytes, or chunks to concatenate) durably and
    atomically, or raise one StoreError, naming the file as `what`, with the previous
    file still in place and no temporary file left behind."""
    tmp = _write_temp(path, [data] if isinstance(data, bytes) else data, what)
    existed, keep = _keep_old(path)
    try:
        os.replace(tmp, path)
    except OSError as error:
        _unlink_quietly(tmp)
        _unlink_quietly(keep)
        raise write_failed(
            path, "putting the new version in place (rename)", error, what
        ) from error
    try:
        fsync_dir(path.parent)
    except OSError as error:
        _undo_replace(path, existed, keep)
        raise write_failed(path, "flushing the folder to disk (fsync)", error, what) from error
    _unlink_quietly(keep)


def _undo_replace(path: Path, existed: bool, keep: Path | None) -> None:
    """The rename happened but may not be durable: restore the previous state so the
    contract "an error means the disk holds the last saved version" holds."""
    with contextlib.suppress(OSError):
        if keep is not None:
            os.replace(keep, path)
        elif not existed:
            os.unlink(path)  # there was no previous version; memory still has it all
        # else no hard links here: keep the new version, which is whole and fsynced


def durable_copy(src: Path, dst: Path, *, what: str = "the call log") -> None:
    """Copy `src` to `dst` with the same guarantees as `atomic_write`."""
    atomic_write(dst, src.read_bytes(), what=what)


def sweep_temps(directory: Path, prefix: str) -> list[Path]:
    """Remove temporary files left by killed writers. Only called while holding the
    writer lock, so no live writer can own them."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIX):
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed
