"""LinkedIn sends its export as a .zip (Basic_LinkedInDataExport_….zip, in ~/Downloads):
the file to import is taken out of it, so the archive can be imported as it came."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import PurePosixPath

from .candidate import MAX_BYTES, ImportFileError

ZIP_MAGIC = b"PK\x03\x04"
WANTED = "connections.csv"
_EXPORTS = (".csv", ".vcf")
# What a broken, encrypted or strangely compressed archive raises as it is read.
_UNREADABLE = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    RuntimeError,
    NotImplementedError,
    zlib.error,
    EOFError,
    ValueError,
    OSError,
)


def is_zip(data: bytes) -> bool:
    return data.startswith(ZIP_MAGIC)


def unzipped(data: bytes) -> bytes:
    """The bytes of the archive's Connections.csv (in any folder), or of its only .csv
    or .vcf; ImportFileError saying why when there is no one file to take."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            member = _chosen([m for m in archive.infolist() if not m.is_dir()])
            if member.file_size > MAX_BYTES:
                raise ImportFileError(f"{member.filename} in the .zip is too big to be an export")
            return archive.read(member)
    except _UNREADABLE as error:
        raise ImportFileError(f"the .zip can't be read ({error})") from None


def _chosen(members: list[zipfile.ZipInfo]) -> zipfile.ZipInfo:
    named = [m for m in members if PurePosixPath(m.filename).name.casefold() == WANTED]
    if named:
        return named[0]
    exports = [m for m in members if m.filename.casefold().endswith(_EXPORTS)]
    if len(exports) == 1:
        return exports[0]
    held = ", ".join(PurePosixPath(m.filename).name for m in exports[:5]) or "no .csv or .vcf"
    raise ImportFileError(
        f"the .zip holds no Connections.csv ({held}): unzip it and import the file you mean"
    )
