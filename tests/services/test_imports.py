"""Session.imports: a file reviewed (nothing written), then applied in one durable write;
the same file again writes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from netcall_tui.core.domain.records import Contact
from netcall_tui.core.domain.vocabulary import Tier
from netcall_tui.core.network.importing.candidate import ImportFileError
from netcall_tui.services.session import Session
from netcall_tui.store.db import Store

from ..core.import_files import LINKEDIN, LINKEDIN_HEADER, VCARD_30
from ..helpers import FROZEN


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    opened = Session(store)
    yield opened
    opened.close()


def _file(tmp_path: Path, text: str, name: str = "Connections.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _on_disk(path: Path) -> list[Contact]:
    with Store.open(path, read_only=True) as kept:
        return kept.contacts.all()


def test_review_writes_nothing_and_apply_adds_everyone_durably(
    session: Session, store: Store, tmp_path: Path
) -> None:
    source = _file(tmp_path, LINKEDIN)
    review = session.imports.review(source)
    assert store.contacts.count() == 0
    counts = session.imports.apply(review)
    assert counts.text() == "3 new, 0 updated, 0 unchanged, 1 skipped"
    names = sorted(c.name for c in _on_disk(store.path))
    assert names == ["Ada Okafor", "Siobhán Ní Bhriain", "Tomás Novák"]
    assert {c.tier for c in store.contacts.all()} == {Tier.ACQUAINTANCE}


def test_importing_the_same_file_again_changes_nothing(
    session: Session, store: Store, tmp_path: Path
) -> None:
    source = _file(tmp_path, LINKEDIN)
    session.imports.apply(session.imports.review(source))
    before = store.path.read_bytes()
    again = session.imports.review(source)
    assert not again.changes
    counts = session.imports.apply(again)
    assert (counts.new, counts.updated, counts.unchanged) == (0, 0, 3)
    assert store.path.read_bytes() == before and store.contacts.count() == 3


def test_the_tier_for_the_imported_is_chosen(session: Session, store: Store, tmp_path: Path):
    review = session.imports.review(_file(tmp_path, VCARD_30, "contacts.vcf"), now=FROZEN)
    session.imports.apply(review, tier=Tier.TRUSTED)
    assert {(c.name, c.tier, c.source) for c in store.contacts.all()} == {
        ("Ada Ngozi Okafor", Tier.TRUSTED, "vcard"),
        ("Lee Chen", Tier.TRUSTED, "vcard"),
    }


def test_a_matched_contact_is_filled_in_where_empty(
    session: Session, store: Store, tmp_path: Path
) -> None:
    mine = store.contacts.add(Contact("Ada Okafor", tier=Tier.TREASURED, company="Acme"))
    text = "First Name,Last Name,Company,Position,Connected On\nAda,Okafor,Acme,CTO,08 Feb 2026\n"
    counts = session.imports.apply(session.imports.review(_file(tmp_path, text)))
    assert (counts.new, counts.updated) == (0, 1)
    ada = store.contacts.get(mine.id)
    assert ada is not None
    assert (ada.role, ada.connected_on, ada.tier) == ("CTO", "2026-02-08", Tier.TREASURED)


def test_a_failure_inside_the_write_leaves_nothing_half_imported(
    session: Session, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.contacts.add(Contact("Ada Okafor", company="Acme"))
    text = (
        "First Name,Last Name,Company,Position,Connected On\n"
        "Ada,Okafor,Acme,CTO,08 Feb 2026\nWei,Chen,Hooli,Recruiter,1 Jan 2020\n"
    )
    review = session.imports.review(_file(tmp_path, text))

    def broken(contact: Contact) -> Contact:
        raise OSError("the update failed")

    monkeypatch.setattr(store.contacts, "update", broken)  # after the new ones were added
    with pytest.raises(OSError):
        session.imports.apply(review)
    assert [c.name for c in store.contacts.all()] == ["Ada Okafor"]
    assert [c.name for c in _on_disk(store.path)] == ["Ada Okafor"]
    assert not store.unsaved


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.csv", "there is no such file"),
        (lambda tmp: tmp, "is a folder"),
        (lambda tmp: _file(tmp, "just some notes\n", "notes.txt"), "not a file netcall can import"),
    ],
)
def test_a_file_that_cannot_be_imported_says_why(
    session: Session, tmp_path: Path, make, message: str
) -> None:
    with pytest.raises(ImportFileError, match=message):
        session.imports.review(make(tmp_path))


def test_reading_a_big_file_tells_how_far_it_has_come(session: Session, tmp_path: Path) -> None:
    rows = "".join(
        f"P{i},Q{i},https://x.example/in/{i},,Acme,CTO,08 Feb 2026\r\n" for i in range(2500)
    )
    source = _file(tmp_path, LINKEDIN_HEADER + rows)
    seen: list[tuple[int, int]] = []
    review = session.imports.review(source, progress=lambda done, total: seen.append((done, total)))
    assert len(review.new) == 2500
    assert [done for done, _ in seen] == [1001, 2001]  # the line reached, every 1,000 rows
    assert {total for _, total in seen} == {2502}
