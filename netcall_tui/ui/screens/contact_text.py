"""Text for a contact's detail screen: their facts, their ledger (each favour with the
caller referred and how the referral went), the referrals made to them.

User text goes into rich `Text` as plain strings, never markup, made harmless.
"""

from __future__ import annotations

from collections.abc import Sequence

from pendulum import DateTime
from rich.text import Text

from ...core.domain.records import Contact
from ...core.domain.referral import Referral
from ...core.network.capital import Capital
from ...core.text.ages import local_time
from ...core.text.harmless import harmless
from ..widgets.contact_columns import frees_text, gauge_text


def _day(moment: DateTime, now: DateTime) -> str:
    """'21 Jul 2026' in the local zone."""
    local = local_time(moment.timestamp(), now.tzinfo)
    return f"{local.day} {local.strftime('%b %Y')}"


def facts_text(contact: Contact, gauge: Capital, now: DateTime) -> Text:
    rows = [
        ("Company", contact.company),
        ("Role", contact.role),
        ("Email", contact.email),
        ("Phone", contact.phone),
        ("Tags", ", ".join(contact.tags)),
        ("From", contact.source),
        ("Connected", contact.connected_on),
    ]
    capital = f"{gauge_text(gauge.remaining, gauge.allowance)} favours left this period"
    if gauge.frees_at is not None:
        capital += f" · next {frees_text(gauge.frees_at, now)}"
    rows.append(("Capital", capital))
    text = Text()
    for label, value in rows:
        if value:
            text.append(f"{label:<10} ", style="bold")
            text.append(harmless(value))
            text.append("\n")
    text.rstrip()
    return text


def _referral_line(referral: Referral) -> str:
    state = referral.result.label if referral.result else referral.state.label
    return f"{harmless(referral.caller_name) or 'a forgotten caller'}: {state}"


def ledger_text(contact: Contact, referrals: Sequence[Referral], now: DateTime) -> Text:
    """One line per ledger entry, oldest first: when, what, for whom, how it went."""
    by_call = {r.call_id: r for r in referrals if r.call_id}
    text = Text()
    for entry in sorted(contact.ledger, key=lambda e: e.at.timestamp()):
        referral = by_call.get(entry.call_id)
        line = f"{_day(entry.at, now)}  {entry.kind.label}"
        who = referral.caller_name if referral else entry.note
        if who:
            line += f" — {harmless(who)}"
        if referral is not None:
            state = referral.result.label if referral.result else referral.state.label
            line += f" ({state})"
        text.append(line + "\n")
    if not contact.ledger:
        text.append("Nothing asked of them yet.", style="italic")
    text.rstrip()
    return text


def referrals_text(referrals: Sequence[Referral], now: DateTime) -> Text:
    text = Text()
    for referral in referrals:
        text.append(f"{_day(referral.created_at, now)}  {_referral_line(referral)}\n")
    if not referrals:
        text.append("No referrals to them yet.", style="italic")
    text.rstrip()
    return text
