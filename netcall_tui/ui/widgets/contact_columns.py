"""The contacts list's columns, what each shows for a row, and the capital gauge's words
(shared with a contact's detail screen), drawn by the log's table as its `ColumnSet`.

At 120 columns and up the role and when the next favour frees up get their own room.
"""

from __future__ import annotations

from datetime import datetime

from ...core.domain.vocabulary import Tier
from ...core.network.contact_rows import ContactRow
from ...core.text.ages import short_ago_text
from .log_columns import Column, ColumnSet, Parts, harmless_cells

GAUGE = 6  # blocks of the capital gauge at most

NARROW = (
    Column("mark", "", 1, 1, "name", arrow=False),
    Column("name", "Name", 12, 30, "name", flex=True),
    Column("company", "Company", 8, 24, "company", flex=True),
    Column("tier", "Tier", 7, 7, "tier"),
    Column("capital", "Capital", 8, 11, "capital"),
    Column("favours", "Fav.", 4, 4, "favours"),
    Column("referrals", "Refs", 4, 9, "referrals"),
    Column("last", "Last", 5, 8, "last"),  # short_ago_text: at most 8 cells, when there is room
)
WIDE = (
    Column("mark", "", 1, 1, "name", arrow=False),
    Column("name", "Name", 14, 34, "name", flex=True),
    Column("company", "Company", 10, 30, "company", flex=True),
    Column("role", "Role", 8, 30, "role", flex=True),
    Column("tier", "Tier", 12, 12, "tier"),
    Column("capital", "Capital", 12, 30, "capital"),
    Column("favours", "Favours", 7, 7, "favours"),
    Column("referrals", "Referrals", 9, 14, "referrals"),
    Column("last", "Last referral", 13, 13, "last"),
)


_TIER_TEXT = {tier.value: (tier.label, tier.short) for tier in Tier}


def gauge_text(remaining: int, allowance: int) -> str:
    """'■■□□ 2/4': the favours left of the allowance, as blocks and figures."""
    blocks = min(allowance, GAUGE)
    full = 0 if allowance <= 0 else max(0, round(blocks * remaining / allowance))
    return f"{'■' * full}{'□' * (blocks - full)} {remaining}/{allowance}"


def gauge_style(remaining: int) -> str:
    """Overdrawn in the error colour, the last favour in the warning colour (the
    table's names for them: the log's overtime and open promises)."""
    return "overtime" if remaining < 0 else "open" if remaining <= 1 else ""


def frees_text(frees_at: datetime | None, now: datetime) -> str:
    """When the next favour frees up: 'frees 12 Jan'; '' when none is used."""
    if frees_at is None:
        return ""
    when = frees_at.astimezone(now.tzinfo)
    year = f" {when.year}" if when.year != now.year else ""
    return f"frees {when.day} {when.strftime('%b')}{year}"


def referrals_text(row: ContactRow) -> str:
    """'3 +1 −1': referrals made to them, how many went well and badly."""
    seen = row.referred
    if not seen.count:
        return "—"
    parts = [str(seen.count)]
    if seen.good:
        parts.append(f"+{seen.good}")
    if seen.bad:
        parts.append(f"−{seen.bad}")
    return " ".join(parts)


def _parts(key: str, row: ContactRow, now: datetime, wide: bool) -> Parts:
    if key == "mark":  # the table knows which rows are marked (`ContactTable.cell`)
        return [(" ", "")]
    if key in ("name", "company", "role"):
        return [(getattr(row, key), "")]
    if key == "tier":
        return [(_TIER_TEXT.get(row.tier, (row.tier, row.tier))[0 if wide else 1], "")]
    if key == "capital":
        parts = [(gauge_text(row.remaining, row.allowance), gauge_style(row.remaining))]
        if wide and row.frees_at is not None:
            parts.append((f" {frees_text(row.frees_at, now)}", "muted"))
        return parts
    if key == "favours":
        return [(str(row.used), "" if row.used else "muted")]
    if key == "referrals":
        return [(referrals_text(row), "" if row.referred.count else "muted")]
    if key == "last":
        last = row.referred.last
        if not last:
            return [("—", "muted")]
        return [(short_ago_text(datetime.fromisoformat(last).timestamp(), now), "")]
    return [("", "")]


CONTACT_COLUMNS = ColumnSet(NARROW, WIDE, harmless_cells(_parts))
