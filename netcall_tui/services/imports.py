"""Importing your network: read an export into a review (nothing written), then apply
the review in one durable write (every new contact and every update, or none)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from pendulum import DateTime

    from ..core.domain.records import Contact
    from ..core.domain.vocabulary import Tier
    from ..core.network.importing.candidate import Progress
    from ..core.network.importing.review import ImportCounts, Review
    from .access import StoreAccess


class ImportOps:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session

    def review(
        self, path: Path, progress: Progress | None = None, now: DateTime | None = None
    ) -> Review:
        """What importing the file at `path` would do. Reads the file and parses it
        outside the session's lock (run it in a worker: it may take a second), then
        compares with your contacts. ImportFileError for a file that can't be imported."""
        from ..core.domain.moments import now as moment
        from ..core.network.importing.detect import read_contacts
        from ..core.network.importing.review import build_review

        parsed = read_contacts(read_export(path), progress)
        with self._session.reading() as store:
            existing = store.contacts.raw()
        return build_review(parsed, existing, now or moment())

    def apply(self, review: Review, tier: Tier | None = None) -> ImportCounts:
        """Add the review's new contacts (as `tier`; acquaintances by default) and fill in
        the matched ones, in one durable write; what was done. A contact deleted since
        the review is left alone."""
        from ..core.domain.vocabulary import Tier

        tier = tier or Tier.ACQUAINTANCE
        updated = 0
        with self._session.writing() as store:
            same = all(contact.tier is tier for contact in review.new)
            store.contacts.add_many(review.new if same else _as(review.new, tier))
            for match in review.updates:
                current = store.contacts.get(match.contact_id)
                if current is not None and (filled := match.filled(current)) != current:
                    store.contacts.update(filled)
                    updated += 1
        counts = review.counts
        return replace(
            counts, updated=updated, unchanged=counts.unchanged + counts.updated - updated
        )


def _as(contacts: Iterable[Contact], tier: Tier) -> Iterator[Contact]:
    return (replace(contact, tier=tier) for contact in contacts)


def read_export(path: Path) -> bytes:
    """The file's bytes; ImportFileError saying why it can't be read."""
    from ..core.network.importing.candidate import MAX_BYTES, ImportFileError

    path = path.expanduser()
    try:
        if path.stat().st_size > MAX_BYTES:
            size = path.stat().st_size // (1024 * 1024)
            raise ImportFileError(f"it is {size:,} MB: too big to be a contacts export")
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError("there is no such file") from None
    except IsADirectoryError:
        raise ImportFileError("it is a folder, not an export file") from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise ImportFileError(f"it can't be read ({reason.lower()})") from None
