"""The importers against files as LinkedIn, phones, Excel and Google write them."""

from __future__ import annotations

import pytest

from netcall_tui.core.network.importing.candidate import ImportFileError
from netcall_tui.core.network.importing.dates import iso_date
from netcall_tui.core.network.importing.detect import read_contacts

from .import_files import (
    GOOGLE,
    LINKEDIN,
    LINKEDIN_EXCEL,
    LINKEDIN_HEADER,
    LINKEDIN_NOTES,
    LINKEDIN_OLD,
    VCARD_21,
    VCARD_30,
)


def test_linkedin_export_with_its_notes_before_the_header() -> None:
    parsed = read_contacts(LINKEDIN.encode())
    assert parsed.source == "linkedin"
    ada, siobhan, tomas = parsed.candidates
    assert (ada.name, ada.company, ada.role) == ("Ada Okafor", "Northwind, Inc.", "VP, Engineering")
    assert (ada.profile_url, ada.connected_on, ada.email) == (
        "https://www.linkedin.com/in/adaokafor",
        "2026-02-08",
        "",
    )
    assert ada.line == 5 and siobhan.line == 7
    assert (siobhan.name, siobhan.email) == ("Siobhán Ní Bhriain", "siobhan@example.ie")
    # The last line has no newline; a quoted quote stays one quote.
    assert (tomas.role, tomas.connected_on) == ('Director, "Growth"', "2024-01-01")
    (hidden,) = parsed.skipped
    assert hidden.line == 6 and "hides" in hidden.why


def test_an_older_export_has_no_notes_and_no_url_column() -> None:
    (wei,) = read_contacts(LINKEDIN_OLD.encode()).candidates
    assert (wei.name, wei.email, wei.company, wei.profile_url) == (
        "Wei Chen",
        "wei@example.com",
        "Hooli",
        "",
    )
    assert wei.connected_on == "2015-10-12"


def test_an_excel_resave_with_a_bom_and_its_own_dates() -> None:
    parsed = read_contacts(LINKEDIN_EXCEL.encode("utf-8"))
    (priya,) = parsed.candidates
    assert (priya.name, priya.connected_on, priya.line) == ("Priya Shah", "2022-02-07", 2)


def test_an_excel_resave_in_windows_1252_with_semicolons() -> None:
    text = (
        "First Name;Last Name;Company;Position;Connected On\r\n"
        "José;García;Café Ltd;CEO;8-Feb-26\r\n"
    )
    (jose,) = read_contacts(text.encode("cp1252")).candidates
    assert (jose.name, jose.company, jose.connected_on) == ("José García", "Café Ltd", "2026-02-08")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("08 Feb 2026", "2026-02-08"),
        ("8 Feb 2026", "2026-02-08"),
        ("7-Feb-22", "2022-02-07"),
        ("07-Feb-2022", "2022-02-07"),
        ("Feb 7, 2022", "2022-02-07"),
        ("2022-02-07", "2022-02-07"),
        ("31 Feb 2022", ""),
        ("someday", ""),
        ("", ""),
    ],
)
def test_connected_on_dates(text: str, iso: str) -> None:
    assert iso_date(text) == iso


def test_a_row_with_more_cells_than_the_header_is_skipped_with_its_line() -> None:
    text = (
        LINKEDIN_HEADER + "Ada,Okafor,https://x.example/in/ada,,Northwind, Inc.,CTO,08 Feb 2026\r\n"
    )
    parsed = read_contacts(text.encode())
    assert not parsed.candidates
    (row,) = parsed.skipped
    assert row.line == 2 and "1 cell(s) more" in row.why and row.name == "Ada Okafor"


def test_a_quote_never_closed_names_its_line() -> None:
    text = (
        LINKEDIN_NOTES
        + LINKEDIN_HEADER
        + 'Ada,Okafor,,,"Northwind, Inc.,CTO,08 Feb 2026\r\nWei,Chen\r\n'
    )
    with pytest.raises(ImportFileError, match=r"^line 5: a quoted field starts on this line"):
        read_contacts(text.encode())


def test_vcard_21_quoted_printable_from_an_old_phone() -> None:
    parsed = read_contacts(VCARD_21.encode("ascii"))
    assert parsed.source == "vcard"
    (joerg,) = parsed.candidates
    assert (joerg.name, joerg.company, joerg.role) == ("Jörg Müller", "Straße AG", "Head of Sales")
    assert (joerg.phone, joerg.email, joerg.line) == ("+49 170 1234567", "joerg@example.de", 1)
    assert joerg.notes.startswith("Met at the Hannover fair, café by the stand, a long note")
    assert joerg.notes.endswith("goes on\nand a second line")


def test_vcard_30_and_40_folded_lines_escapes_and_a_profile_url() -> None:
    ada, lee = read_contacts(("\ufeff" + VCARD_30).encode()).candidates
    assert (ada.name, ada.company, ada.email) == (
        "Ada Ngozi Okafor",
        "Acme, Inc.",
        "ada@acme.example",
    )
    assert ada.notes == "Introduced by Dana; hires in fintech and payments, mostly senior"
    assert ada.profile_url == "https://www.linkedin.com/in/adaokafor/"
    assert (lee.name, lee.phone, lee.line) == ("Lee Chen", "+1-555-555-0100", 13)


def test_a_vcard_with_n_only_and_a_card_that_cannot_be_read() -> None:
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Bello;Olumide;;Dr.;\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=klingon;ENCODING=QUOTED-PRINTABLE:=C3\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nEMAIL:nobody@example.com\nEND:VCARD\n"
    )
    parsed = read_contacts(text.encode())
    (olumide,) = parsed.candidates
    assert olumide.name == "Dr. Olumide Bello"
    unreadable, nameless = parsed.skipped
    assert unreadable.line == 7 and "can't be read" in unreadable.why  # its FN line
    assert nameless.line == 9 and "no name" in nameless.why


def test_a_vcard_cut_short_is_an_error_naming_the_card() -> None:
    text = VCARD_30 + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half a card\r\n"
    with pytest.raises(ImportFileError, match=r"^line 18: this card is never closed"):
        read_contacts(text.encode())


def test_google_contacts_csv_joins_values_with_three_colons() -> None:
    parsed = read_contacts(GOOGLE.encode())
    assert parsed.source == "google"
    (chloe,) = parsed.candidates
    assert (chloe.name, chloe.company, chloe.role) == ("Chloé Dubois", "Umbrella", "Recruiter")
    assert (chloe.email, chloe.phone) == ("chloe@umbrella.example", "+33 6 12 34 56 78")
    assert chloe.profile_url == "https://fr.linkedin.com/in/chloedubois"
    assert chloe.notes == "Met at a meetup"
    (nameless,) = parsed.skipped
    assert nameless.line == 3 and nameless.why == "no name"


def test_the_format_comes_from_the_content_not_the_name() -> None:
    assert read_contacts(VCARD_30.encode()).source == "vcard"
    assert read_contacts(GOOGLE.encode()).source == "google"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"  \r\n\r\n", "the file is empty"),
        (b"name,phone\nAda,123\n", "not a file netcall can import"),
        (b"First Name,Last Name,Connected On\nA\x00da,Okafor,1 Jan 2020\n", "^line 2: .*NUL"),
        (b"\xff\xfeA\x00\x00\xd8", "not valid utf-16"),
    ],
)
def test_files_that_are_no_export_get_one_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError, match=message):
        read_contacts(data)


def test_a_phone_that_does_not_escape_commas_keeps_the_whole_value() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Okafor, Ada\r\n"
        "NOTE:hires in fintech, payments\r\nEND:VCARD\r\n"
    )
    (ada,) = read_contacts(text.encode()).candidates
    assert (ada.name, ada.notes) == ("Okafor, Ada", "hires in fintech, payments")


def _zip(members: dict[str, str]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def test_linkedins_zip_is_imported_as_it_came() -> None:
    archive = _zip(
        {
            "Basic_LinkedInDataExport_12-01-2026/Profile.csv": "First Name,Headline\nMe,Boss\n",
            "Basic_LinkedInDataExport_12-01-2026/Connections.csv": LINKEDIN,
            "Basic_LinkedInDataExport_12-01-2026/messages.csv": "FROM,TO\n",
        }
    )
    parsed = read_contacts(archive)
    assert parsed.source == "linkedin" and len(parsed.candidates) == 3


def test_a_zip_with_one_vcard_and_a_zip_with_no_export_in_it() -> None:
    assert read_contacts(_zip({"phone/contacts.vcf": VCARD_30})).source == "vcard"
    with pytest.raises(ImportFileError, match=r"holds no Connections.csv \(a.csv, b.csv\)"):
        read_contacts(_zip({"a.csv": "x\n", "b.csv": "y\n"}))
    with pytest.raises(ImportFileError, match=r"the \.zip can't be read"):
        read_contacts(b"PK\x03\x04 not really an archive")
