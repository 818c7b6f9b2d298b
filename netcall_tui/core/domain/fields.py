"""The checks every model runs on its fields, and the limits they enforce.

Shared by the records (`records`) and the values inside them (`values`), so each text
field is trimmed, bounded and reported the same way.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

from ..errors import ValidationError
from .moments import from_record

if TYPE_CHECKING:
    from pendulum import DateTime

MAX_NAME = 120
MAX_FIELD = 200
MAX_DETAIL = 500  # a promise, an outcome's detail, a ledger note
MAX_NOTES = 20_000
MAX_TAG = 60
MAX_TAGS = 30


def new_id() -> str:
    return uuid.uuid4().hex


def clean_text(value: Any, what: str, *, limit: int = MAX_FIELD, required: bool = False) -> str:
    """`value` trimmed, or a ValidationError that names the field as `what`."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be text, not {type(value).__name__}")
    text: str = value.strip()
    if required and not text:
        raise ValidationError(f"{what} is required")
    if len(text) > limit:
        raise ValidationError(f"{what} is too long ({len(text)} characters; at most {limit})")
    return text


def clean_tags(values: Any, what: str = "tag") -> tuple[str, ...]:
    """Tags (or roles, sectors: `what`) trimmed, blanks dropped, duplicates (any case)
    kept once, in the order given."""
    if isinstance(values, str) or not isinstance(values, (list, tuple)):
        raise ValidationError(f"{what}s must be a list of words, not {type(values).__name__}")
    tags: dict[str, str] = {}
    for value in values:
        tag = clean_text(value, f"a {what}", limit=MAX_TAG)
        if tag:
            tags.setdefault(tag.casefold(), tag)
    if len(tags) > MAX_TAGS:
        raise ValidationError(f"too many {what}s ({len(tags)}; at most {MAX_TAGS})")
    return tuple(tags.values())


def clean_date(value: Any, what: str) -> str:
    """An ISO calendar date ('2026-02-08') checked, or ''."""
    text = clean_text(value, what)
    if text:
        try:
            date.fromisoformat(text)
        except ValueError:
            raise ValidationError(f"{what} must be a date like 2026-02-08, not {text!r}") from None
    return text


def fit(value: Any, limit: int) -> tuple[Any, bool]:
    """A text cut to `limit` as `clean_text` counts it, and whether it was cut; anything
    else as it is (for data saved before the inputs stopped at their limits)."""
    if isinstance(value, str) and len(value.strip()) > limit:
        return value.strip()[:limit], True
    return value, False


def stored_time(value: Any, what: str) -> DateTime:
    """A stored time read back; a missing one is a ValidationError naming `what`."""
    moment = from_record(value)
    if moment is None:
        raise ValidationError(f"{what} is required")
    return moment
