"""A contact of yours, added or edited: name, tier, company, role, email, phone, tags
(comma-separated) and notes, each bounded as the stored record is. Dismisses with the
values typed (see `contact_from`) or None."""

from __future__ import annotations

from dataclasses import replace

from ...core.domain.fields import MAX_NAME, MAX_NOTES, MAX_TAG, MAX_TAGS, clean_tags
from ...core.domain.records import CONTACT_LIMITS, Contact
from ...core.domain.vocabulary import Tier
from .form import Field, FormScreen, parses, required

_TEXT_FIELDS = ("company", "role", "email", "phone")
TAG_ROOM = MAX_TAGS * (MAX_TAG + 2)  # every tag and its ", "


def tags_of(text: str, what: str = "tag") -> tuple[str, ...]:
    """'logistics, rail' → ('logistics', 'rail'); `what` names one in an error."""
    return clean_tags([part.strip() for part in text.split(",")], what)


def contact_fields(contact: Contact | None) -> list[Field]:
    old = contact or Contact("-")
    fields = [
        Field(
            "name",
            "name (required)",
            contact.name if contact else "",
            "who are they?",
            required("a name"),
            limit=MAX_NAME,
        ),
        Field(
            "tier",
            "tier",
            old.tier.label,
            " or ".join(t.label for t in Tier),
            parses(Tier.parse),
            preview=lambda typed: Tier.parse(typed).label,
        ),
    ]
    for name in _TEXT_FIELDS:
        fields.append(Field(name, name, getattr(old, name), limit=CONTACT_LIMITS[name]))
    fields.append(
        Field(
            "tags",
            "tags (comma-separated: the sectors they hire in…)",
            ", ".join(old.tags),
            "logistics, data",
            parses(tags_of),
            limit=TAG_ROOM,
        )
    )
    fields.append(Field("notes", "notes", old.notes, limit=MAX_NOTES))
    return fields


def contact_from(values: dict[str, str], old: Contact | None) -> Contact:
    """The contact the form's values describe: `old` with them, or a new acquaintance.
    ValidationError when they don't make one (the form's checks catch most first)."""
    changes = {name: values.get(name, "") for name in (*_TEXT_FIELDS, "name", "notes")}
    tier = Tier.parse(values.get("tier") or Tier.ACQUAINTANCE.value)
    tags = tags_of(values.get("tags", ""))
    if old is None:
        return Contact(tier=tier, tags=tags, **changes)  # type: ignore[arg-type]  # text fields only
    return replace(old, tier=tier, tags=tags, **changes)  # type: ignore[arg-type]  # text fields only


class ContactForm(FormScreen):
    """Enter saves (when every field checks out), escape cancels."""

    def __init__(self, contact: Contact | None = None) -> None:
        title = f"Edit {contact.name}" if contact else "New contact"
        help_text = "tab moves between fields; enter saves"
        super().__init__(title, contact_fields(contact), help_text)
