"""`netcall import FILE`: your network from LinkedIn's Connections.csv, a vCard file or a
Google Contacts CSV. Prints the review (what is new, matched, near a contact you have,
skipped and why), then asks before writing; `--yes` applies without asking (scripts),
`--dry-run` only prints. The arguments are light (the TUI's start-up parses the same
command line); the work is imported when the command runs.

Exit codes: 0 imported (or nothing to do, or a dry run); 1 a file that can't be
imported, a log that can't be written, or the question answered no; 2 a bad command
line, or no terminal to ask on and no `--yes`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import EXIT_STORE, EXIT_USAGE, fail

if TYPE_CHECKING:
    from ..core.config import Config
    from ..core.domain.vocabulary import Tier
    from ..core.network.importing.review import Review
    from ..services.session import Session
    from ..store.db import Store

TIERS = ("acquaintance", "trusted", "treasured")  # vocabulary.Tier; a test keeps them equal
SHOWN = 20  # rows of each list printed; the rest are counted


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "import",
        help="import contacts from LinkedIn, a vCard file or Google Contacts",
        description=(
            "Import your network: LinkedIn's Connections.csv, a vCard (.vcf) file or a "
            "Google Contacts CSV (the format is told from the content). Shows what will "
            "happen, then asks; importing the same file again changes nothing."
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the export to import")
    parser.add_argument("--dry-run", action="store_true", help="show the review; write nothing")
    parser.add_argument("--yes", "-y", action="store_true", help="import without asking")
    parser.add_argument(
        "--tier", choices=TIERS, default="acquaintance", help="tier of the new contacts"
    )
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace, config: Config) -> int:
    from ..core.domain.vocabulary import Tier
    from ..core.network.importing.candidate import ImportFileError
    from ..paths import default_db_path
    from ..services.session import Session
    from ..store.db import Store

    if args.read_only and not args.dry_run:
        return fail(
            "import changes the call log, so it cannot be --read-only (--dry-run)", EXIT_USAGE
        )
    # With no terminal to ask on and no --yes, the review is shown, then refused.
    refused = not (args.dry_run or args.yes) and not sys.stdin.isatty()
    path = (args.db or default_db_path()).expanduser()
    store = Store.open(path, read_only=args.dry_run or refused)
    session = Session(store)
    try:
        try:
            review = session.imports.review(args.file)
        except ImportFileError as error:
            return fail(f"cannot import {args.file}: {error}", EXIT_STORE)
        print(review_text(review, args.file))
        if refused:
            return fail("not importing without --yes: there is no terminal to ask on", EXIT_USAGE)
        if args.dry_run:
            print("Dry run: nothing was written.")
            return 0
        if not review.changes:
            print("Nothing to change: no one in the file is new or adds to a contact you have.")
            return 0
        tier = Tier.parse(args.tier)
        if not args.yes and not _agreed(review, tier.label):
            return fail("nothing imported", EXIT_STORE)
        return _apply(session, store, review, tier)
    finally:
        session.close()
        store.close(discard_unsaved=True)  # a failed write was told, and is not kept


def _agreed(review: Review, tier: str) -> bool:
    counts = review.counts
    question = f"Import {counts.new:,} new contact(s) (tier: {tier.lower()})"
    question += f" and fill in {counts.updated:,}?" if counts.updated else "?"
    try:
        return input(f"{question} [y/N] ").strip().lower() in {"y", "yes"}
    except EOFError:
        return False


def _apply(session: Session, store: Store, review: Review, tier: Tier) -> int:
    from ..store.errors import StoreError

    try:
        counts = session.imports.apply(review, tier)
    except StoreError as error:
        why = _os_reason(error)
        return fail(
            f"could not save the import ({why}): nothing was imported; {store.path} is as it was",
            EXIT_STORE,
        )
    print(f"netcall: imported: {counts.text()}", file=sys.stderr)
    return 0


def _os_reason(error: BaseException) -> str:
    """The OS's words for what failed ('No space left on device'), however deep the
    store wrapped them; else the store's own message."""
    from ..store.errors import os_reason

    cause: BaseException | None = error
    while cause is not None and not isinstance(cause, OSError):
        cause = cause.__cause__ or cause.__context__
    return os_reason(cause) if cause is not None else str(error)


def review_text(review: Review, source: Path) -> str:
    """The review as the terminal shows it; every text from the file made harmless."""
    from ..core.network.importing.detect import SOURCE_LABELS
    from ..core.network.importing.review_rows import RowKind, review_rows
    from ..core.text.harmless import harmless

    label = SOURCE_LABELS[review.source]
    lines = [f"{harmless(str(source))}: {label}", f"  {review.counts.text()}"]
    rows = review_rows(review)
    for kind in RowKind:
        of_kind = [row for row in rows if row.kind is kind]
        if of_kind:
            lines += ["", f"{kind.heading}:"]
            lines += [f"  {harmless(row.text())}" for row in of_kind[:SHOWN]]
            if len(of_kind) > SHOWN:
                lines.append(f"  … and {len(of_kind) - SHOWN:,} more")
    return "\n".join(lines)
