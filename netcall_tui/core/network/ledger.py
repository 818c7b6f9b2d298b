"""What a logged call writes in your contacts' ledgers: a referral is a favour asked of
the contact it went to (habit 4); taking the call back takes the favour back out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..domain.records import Call, Contact
from ..domain.values import LedgerEntry
from ..domain.vocabulary import LedgerKind
from .capital import referred_contact


def favour_for(call: Call, contacts: Iterable[Contact]) -> tuple[Contact, LedgerEntry] | None:
    """The contact a referral in `call` went to and the favour to note in their ledger;
    None when the call made no referral to one of your contacts."""
    contact = referred_contact(call, contacts)
    if contact is None:
        return None
    when = call.ended_at or call.started_at
    return contact, LedgerEntry(LedgerKind.FAVOUR, when, call.caller_name, call.id)


def without_call(contacts: Iterable[Contact], call_id: str) -> list[Contact]:
    """The contacts whose ledger mentions `call_id`, each with those entries taken out."""
    changed = []
    for contact in contacts:
        ledger = tuple(e for e in contact.ledger if e.call_id != call_id)
        if ledger != contact.ledger:
            changed.append(replace(contact, ledger=ledger))
    return changed
