"""The network screen's words: counts, what the empty table says, the delete question."""

from __future__ import annotations

from ...core.network.contact_rows import ContactRow
from ...core.text.counts import counted

EMPTY = "No contacts yet — press a to add one, or i to import your network (escape goes back)."


def contacts_text(count: int) -> str:
    return counted(count, "contact", "contacts")


def delete_text(row: ContactRow) -> str:
    count = row.referred.count
    kept = f" The {counted(count, 'referral', 'referrals')} made to them keep their name."
    return (
        f"{row.name} will be taken out of your network, with their ledger.{kept if count else ''}"
    )
