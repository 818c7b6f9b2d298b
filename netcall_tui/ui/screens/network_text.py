"""The network screen's words: counts, what the empty table says, the delete question."""

from __future__ import annotations

from ...core.network.contact_query import ContactView
from ...core.network.contact_rows import ContactRow
from ...core.text.counts import counted
from ...core.text.harmless import harmless

EMPTY = "No contacts yet — press a to add one (escape goes back)."


def contacts_text(count: int) -> str:
    return counted(count, "contact", "contacts")


def empty_text(view: ContactView, *, loaded: bool) -> str:
    """What the table says when it shows no row, and why."""
    if not loaded:
        return "Reading your network…"
    if not view.total:
        return EMPTY
    if view.error is not None:
        return f"{view.error} Nothing is listed until the filter is fixed."
    return (
        f"No contacts match “{harmless(view.text.strip())}” — change the filter, or "
        f"clear it (ctrl+u in the filter box) to see all {contacts_text(view.total)}."
    )


def delete_text(row: ContactRow) -> str:
    count = row.referred.count
    kept = f" The {counted(count, 'referral', 'referrals')} made to them keep their name."
    return (
        f"{row.name} will be taken out of your network, with their ledger.{kept if count else ''}"
    )
