"""A file's bytes as text, whatever saved it: UTF-8 with or without a BOM (Excel adds
one), UTF-16 with its BOM (Excel's "Unicode text"), or, failing UTF-8, Windows-1252
(an older Excel's own). A NUL is no text export at all: said with its line."""

from __future__ import annotations

import codecs

from .candidate import ImportFileError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decoded(data: bytes) -> str:
    """The text of `data` (see the module); ImportFileError for what is not text."""
    text = _text(data)
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise ImportFileError("the file holds a NUL byte: it is not a text export", line)
    return text


def _text(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                line = data.count(b"\n", 0, error.start) + 1
                raise ImportFileError(f"the file is not valid {encoding} text", line) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # five bytes cp1252 leaves undefined: read them as Latin-1
        return data.decode("latin-1")
