"""No byte string makes an importer crash: each gives a result (which the review can
take) or one ImportFileError, never another exception."""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netcall_tui.core.network.importing.candidate import ImportFileError, Parsed
from netcall_tui.core.network.importing.detect import read_contacts
from netcall_tui.core.network.importing.review import build_review

from ..helpers import FROZEN
from .import_files import GOOGLE, LINKEDIN, LINKEDIN_HEADER, VCARD_21, VCARD_30

# Starts that lead each importer past detection, so the bytes after them reach its rows.
STARTS = [
    b"",
    LINKEDIN_HEADER.encode(),
    LINKEDIN.encode()[:200],
    b"BEGIN:VCARD\r\nVERSION:2.1\r\n",
    VCARD_21.encode()[:150],
    VCARD_30.encode(),
    GOOGLE.encode()[:300],
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"PK\x03\x04",
]
# Pieces the formats are made of, in any order: quotes, separators, QP, folding, BOMs.
PIECES = [
    b",",
    b'"',
    b";",
    b"\t",
    b"\r\n",
    b"\n",
    b"\r",
    b" ",
    b"=",
    b"=C3=A9",
    b"=\r\n",
    b"\\,",
    b":::",
    b"BEGIN:VCARD",
    b"END:VCARD",
    b"FN:",
    b"N:",
    b"ORG:",
    b"ENCODING=QUOTED-PRINTABLE:",
    b"CHARSET=",
    b"\x00",
    b"\xff",
    b"\xc3",
    b"Ada",
    b"08 Feb 2026",
    b"7-Feb-22",
]


def _zipped(member: bytes) -> bytes:
    """A real archive holding `member` as its Connections.csv (LinkedIn's .zip)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Export/Connections.csv", member)
    return buffer.getvalue()


FILES = st.one_of(
    st.binary(max_size=2000),
    st.tuples(st.sampled_from(STARTS), st.binary(max_size=500)).map(b"".join),
    st.tuples(
        st.sampled_from(STARTS), st.lists(st.sampled_from(PIECES), max_size=80).map(b"".join)
    ).map(b"".join),
    st.tuples(st.sampled_from(STARTS), st.binary(max_size=300)).map(b"".join).map(_zipped),
)


def _outcome(data: bytes) -> Parsed | ImportFileError:
    try:
        parsed = read_contacts(data)
    except ImportFileError as error:
        assert str(error)  # a message to show
        return error
    build_review(parsed, [], FROZEN)  # every candidate becomes a contact, or a skip
    return parsed


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FILES)
def test_no_byte_string_makes_an_importer_crash(data: bytes) -> None:
    assert isinstance(_outcome(data), Parsed | ImportFileError)
