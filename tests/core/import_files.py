"""Export files as the real tools write them, for the import tests."""

from __future__ import annotations

LINKEDIN_NOTES = (
    "Notes:\r\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    'https://www.linkedin.com/psettings/privacy/email."\r\n'
    "\r\n"
)
LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"

# Today's export: the notes, then the header; quoted commas, a hidden profile, an email,
# and a last line without its newline.
LINKEDIN = (
    LINKEDIN_NOTES
    + LINKEDIN_HEADER
    + "Ada,Okafor,https://www.linkedin.com/in/adaokafor,,"
    + '"Northwind, Inc.","VP, Engineering",08 Feb 2026\r\n'
    + ",,,,,,07 Feb 2026\r\n"
    + "Siobhán,Ní Bhriain,https://www.linkedin.com/in/siobhan-nb,siobhan@example.ie,Globex,"
    + "Head of Talent,14 Mar 2019\r\n"
    + 'Tomás,Novák,https://www.linkedin.com/in/tnovak,,Initech,"Director, ""Growth""",1 Jan 2024'
)

# An older export: no notes, no URL column.
LINKEDIN_OLD = (
    "First Name,Last Name,Email Address,Company,Position,Connected On\n"
    "Wei,Chen,wei@example.com,Hooli,Recruiter,12 Oct 2015\n"
)

# Re-saved by Excel: a BOM, and its own dates.
LINKEDIN_EXCEL = (
    "\ufeff"
    + LINKEDIN_HEADER
    + "Priya,Shah,https://www.linkedin.com/in/priyashah,,Acme,CTO,7-Feb-22\r\n"
)

VCARD_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=B6rg;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=B6rg M=C3=BCller\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Stra=C3=9Fe AG;Vertrieb\r\n"
    "TITLE:Head of Sales\r\n"
    "TEL;CELL:+49 170 1234567\r\n"
    "TEL;WORK;VOICE:+49 30 1234\r\n"
    "EMAIL;INTERNET:joerg@example.de\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Met at the Hannover fair, caf=C3=A9 by the stand, a long=\r\n"
    " note that goes on=0D=0Aand a second line\r\n"
    "END:VCARD\r\n"
)

VCARD_30 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Okafor;Ada;Ngozi;;\r\n"
    "FN:Ada Ngozi Okafor\r\n"
    "ORG:Acme\\, Inc.;R&D\r\n"
    "TITLE:CTO\r\n"
    "EMAIL;TYPE=INTERNET,WORK:ada@acme.example\r\n"
    "EMAIL;TYPE=HOME:ada@home.example\r\n"
    "URL:https://www.linkedin.com/in/adaokafor/\r\n"
    "NOTE:Introduced by Dana; hires in fintech and\r\n"
    "  payments\\, mostly senior\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Lee Chen\r\n"
    'TEL;VALUE=uri;TYPE="voice,cell":tel:+1-555-555-0100\r\n'
    "END:VCARD\r\n"
)

GOOGLE = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Nickname,Organization Name,"
    "Organization Title,Notes,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,"
    "Phone 1 - Value,Website 1 - Label,Website 1 - Value\n"
    "Chloé,,Dubois,,,Umbrella,Recruiter,Met at a meetup,* Work ::: Home,"
    "chloe@umbrella.example ::: chloe@home.example,Mobile,+33 6 12 34 56 78,Profile,"
    "https://fr.linkedin.com/in/chloedubois\n"
    ",,,,,Acme,,,,,,,,\n"
)
