"""How netcall matches what a person typed against names and words: one fold for all.

The log's filter, the caller repository's search and the caller form's suggestions all
compare `fold`ed text, so "siobhan" finds "Siobhán" everywhere or nowhere.
"""

from __future__ import annotations

import re
import unicodedata

_COMBINING = re.compile(r"[\u0300-\u036f]")


def fold(text: str) -> str:
    """Lowercase without accents, so 'resume' finds 'résumé' and 'siobhan' finds 'Siobhán'."""
    text = text.casefold()
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))
