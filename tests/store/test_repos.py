"""Every repository operation, transactions, drafts, read-only mode and lifetime."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pendulum
import pytest

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.core.domain.values import LedgerEntry
from netcall_tui.core.domain.vocabulary import LedgerKind
from netcall_tui.store import storage as storage_module
from netcall_tui.store.db import Store
from netcall_tui.store.errors import NotFoundError, ReadOnlyError, StoreError

MakeCaller = Callable[..., Caller]
MakeCall = Callable[..., Call]


def reopen(store: Store) -> Store:
    store.close()
    return Store.open(store.path)


# --- calls --------------------------------------------------------------------------


def test_calls_add_get_count_and_survive_reopen(
    store: Store, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    jane = make_caller()
    call = store.calls.add(make_call(jane))
    assert store.calls.get(call.id) == call
    assert store.calls.get("nope") is None
    assert store.calls.count() == 1
    with reopen(store) as again:
        assert again.calls.get(call.id) == call


def test_calls_list_newest_first_with_limit(
    store: Store, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    jane = make_caller()
    middle = store.calls.add(make_call(jane, hours=5))
    oldest = store.calls.add(make_call(jane, hours=1))
    newest = store.calls.add(make_call(jane, hours=9))
    assert [c.id for c in store.calls.list()] == [newest.id, middle.id, oldest.id]
    assert [c.id for c in store.calls.list(limit=2)] == [newest.id, middle.id]
    assert store.calls.list(limit=0) == []


def test_calls_at_the_same_moment_list_latest_added_first(
    store: Store, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    jane = make_caller()
    first, second = store.calls.add(make_call(jane)), store.calls.add(make_call(jane))
    assert [c.id for c in store.calls.list()] == [second.id, first.id]


def test_calls_update_replaces_the_record(
    store: Store, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    call = store.calls.add(make_call(make_caller(), notes="first"))
    edited = call.with_(notes="second", edited_at=pendulum.now("UTC"))
    assert store.calls.update(edited) == edited
    assert store.calls.get(call.id) == edited
    with reopen(store) as again:
        assert again.calls.get(call.id) == edited


def test_calls_update_of_unknown_call_is_not_found(
    store: Store, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    with pytest.raises(NotFoundError, match="there is no call with id"):
        store.calls.update(make_call(make_caller()))


def test_calls_add_twice_is_refused(
    store: Store, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    call = store.calls.add(make_call(make_caller()))
    with pytest.raises(ValueError, match="already in the call log"):
        store.calls.add(call)


def test_calls_delete(store: Store, make_caller: MakeCaller, make_call: MakeCall) -> None:
    jane = make_caller()
    keep, drop = store.calls.add(make_call(jane)), store.calls.add(make_call(jane, hours=1))
    assert store.calls.delete(drop.id) is True
    assert store.calls.delete(drop.id) is False
    assert store.calls.get(drop.id) is None
    assert [c.id for c in store.calls.list()] == [keep.id]
    assert store.calls.count() == 1
    with reopen(store) as again:
        assert [c.id for c in again.calls.list()] == [keep.id]


def test_calls_for_caller_newest_first(
    store: Store, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    jane, omar = make_caller("Jane Doe"), make_caller("Omar Haddad")
    j1, _o1 = store.calls.add(make_call(jane, hours=1)), store.calls.add(make_call(omar, hours=2))
    j2 = store.calls.add(make_call(jane, hours=3))
    assert [c.id for c in store.calls.for_caller(jane.id)] == [j2.id, j1.id]
    assert store.calls.for_caller("nobody") == []


def test_calls_raw_is_stored_dicts_newest_first_and_follows_changes(
    store: Store, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    jane = make_caller()
    old = store.calls.add(make_call(jane, hours=1))
    new = store.calls.add(make_call(jane, hours=2))
    raw = store.calls.raw()
    assert [r["id"] for r in raw] == [new.id, old.id]
    assert raw[0] == new.to_dict()
    raw.clear()  # the list is the caller's own
    assert len(store.calls.raw()) == 2
    newest = store.calls.add(make_call(jane, hours=3))
    assert [r["id"] for r in store.calls.raw()] == [newest.id, new.id, old.id]
    store.calls.update(old.with_(started_at=old.started_at.add(hours=9)))
    assert store.calls.raw()[0]["id"] == old.id
    store.calls.delete(old.id)
    assert [r["id"] for r in store.calls.raw()] == [newest.id, new.id]


def test_calls_raw_is_cached_between_writes(
    store: Store, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    jane = make_caller()
    for hour in range(3):
        store.calls.add(make_call(jane, hours=hour))
    first = store.calls.raw()
    assert all(a is b for a, b in zip(first, store.calls.raw(), strict=True))


# --- callers ------------------------------------------------------------------------


def test_callers_add_get_update_all(store: Store, make_caller: MakeCaller) -> None:
    jane = store.callers.add(make_caller("Jane Doe", company="Acme"))
    assert store.callers.get(jane.id) == jane
    moved = Caller(**{**_fields(jane), "company": "Globex"})
    store.callers.update(moved)
    assert store.callers.get(jane.id).company == "Globex"  # type: ignore[union-attr]
    assert store.callers.all() == [moved]


def _fields(caller: Caller) -> dict[str, object]:
    return {name: getattr(caller, name) for name in caller.__slots__}  # type: ignore[attr-defined]


def test_find_or_create_matches_name_ignoring_case_and_blanks(
    store: Store, make_caller: MakeCaller
) -> None:
    jane = store.callers.add(make_caller("Jane  Doe"))
    found = store.callers.find_or_create(make_caller("  jane doe "))
    assert found.id == jane.id
    assert store.callers.all() == [jane]


def test_find_or_create_with_emails(store: Store, make_caller: MakeCaller) -> None:
    plain = store.callers.add(make_caller("Jane Doe"))
    work = store.callers.add(make_caller("Jane Doe", email="jane@acme.example"))
    # both have an email and they match: that one, even though a name-only match exists
    assert store.callers.find_or_create(make_caller("jane doe", email="JANE@acme.example")) == work
    # one side has no email: the name decides
    assert store.callers.find_or_create(make_caller("Jane Doe")).id == plain.id
    # both have emails and they differ: someone else with the same name... unless a
    # record without an email matches by name
    assert store.callers.find_or_create(make_caller("Jane Doe", email="j@x.example")) == plain
    store.callers.delete(plain.id)
    other = store.callers.find_or_create(make_caller("Jane Doe", email="j@x.example"))
    assert other.id not in (plain.id, work.id)
    assert store.callers.count() == 2


def test_search_prefix_of_any_word_first_then_substring(
    store: Store, make_caller: MakeCaller
) -> None:
    for name in ["Anna Mills", "Joanna Berg", "Ann-Marie Lee", "Hannah Annan", "Bob Stone"]:
        store.callers.add(make_caller(name))
    names = [c.name for c in store.callers.search("ann")]
    assert names == ["Ann-Marie Lee", "Anna Mills", "Hannah Annan", "Joanna Berg"]
    assert [c.name for c in store.callers.search("ANN", limit=2)] == ["Ann-Marie Lee", "Anna Mills"]
    assert [c.name for c in store.callers.search("marie")] == ["Ann-Marie Lee"]
    assert [c.name for c in store.callers.search("anna m")] == ["Anna Mills"]
    assert store.callers.search("   ") == []
    assert store.callers.search("zzz") == []


def test_caller_history_newest_first(
    store: Store, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    jane = store.callers.add(make_caller())
    early = store.calls.add(make_call(jane, hours=1))
    late = store.calls.add(make_call(jane, hours=8))
    assert [c.id for c in store.callers.history(jane.id)] == [late.id, early.id]


# --- contacts -----------------------------------------------------------------------


def test_contacts_crud_and_ledger(store: Store, make_contact: Callable[..., Contact]) -> None:
    sam = store.contacts.add(make_contact("Sam Rivera", tier="treasured"))
    assert store.contacts.get(sam.id) == sam
    store.contacts.update(Contact("Sam Rivera", tier="trusted", id=sam.id))
    assert store.contacts.get(sam.id).tier == "trusted"  # type: ignore[union-attr]
    entry = LedgerEntry(LedgerKind.FAVOUR, pendulum.datetime(2024, 3, 2, tz="UTC"), "intro")
    after = store.contacts.add_entry(sam.id, entry)
    assert after.ledger == (entry,)
    with reopen(store) as again:
        assert again.contacts.get(sam.id).ledger == (entry,)  # type: ignore[union-attr]
        assert [c.id for c in again.contacts.all()] == [sam.id]
        assert again.contacts.delete(sam.id) is True
        assert again.contacts.all() == []
        with pytest.raises(NotFoundError, match="no contact with id"):
            again.contacts.add_entry(sam.id, entry)


# --- promises -----------------------------------------------------------------------


def test_promises_open_by_due_and_lookups(
    store: Store, make_promise: Callable[..., Promise]
) -> None:
    later = store.promises.add(make_promise("meet", days=9, caller_id="c1", call_id="k1"))
    sooner = store.promises.add(make_promise("call back", days=2, caller_id="c1", call_id="k2"))
    other = store.promises.add(make_promise("send cv", days=5, caller_id="c2", call_id="k2"))
    assert [p.id for p in store.promises.open()] == [sooner.id, other.id, later.id]
    assert [p.id for p in store.promises.for_caller("c1")] == [sooner.id, later.id]
    assert [p.id for p in store.promises.for_call("k2")] == [sooner.id, other.id]
    assert store.promises.get(later.id) == later


def test_promises_mark_done_update_delete(
    store: Store, make_promise: Callable[..., Promise]
) -> None:
    promise = store.promises.add(make_promise())
    when = pendulum.datetime(2024, 3, 3, 12, tz="UTC")
    done = store.promises.mark_done(promise.id, when)
    assert done.done_at == when and not done.open
    assert store.promises.open() == []
    other = store.promises.add(make_promise("another"))
    assert store.promises.mark_done(other.id).done_at is not None  # defaults to now
    store.promises.update(Promise("reworded", promise.due, id=promise.id))
    assert store.promises.get(promise.id).text == "reworded"  # type: ignore[union-attr]
    assert store.promises.delete(promise.id) is True
    with pytest.raises(NotFoundError):
        store.promises.mark_done(promise.id)


# --- meta and drafts ----------------------------------------------------------------


def test_meta_get_set_delete(store: Store) -> None:
    assert store.meta.get("theme") is None
    assert store.meta.get("theme", "dark") == "dark"
    store.meta.set("theme", "light")
    store.meta.set("theme", {"name": "light", "size": 2})
    assert store.meta.get("theme") == {"name": "light", "size": 2}
    with reopen(store) as again:
        assert again.meta.get("theme") == {"name": "light", "size": 2}
        assert again.meta.delete("theme") is True
        assert again.meta.delete("theme") is False
        assert again.meta.get("theme") is None


def test_meta_refuses_what_it_cannot_save(store: Store) -> None:
    with pytest.raises(TypeError, match="cannot be saved as JSON"):
        store.meta.set("bad", {"when": object()})
    with pytest.raises(ValueError, match="schema version"):
        store.meta.set("schema_version", 99)
    assert not store.unsaved


def test_drafts(store: Store) -> None:
    assert store.load_draft() is None
    store.save_draft({"caller": "Jane", "notes": "wants an intro"})
    with reopen(store) as again:
        assert again.load_draft() == {"caller": "Jane", "notes": "wants an intro"}
        again.clear_draft()
        again.clear_draft()  # clearing nothing is fine
        assert again.load_draft() is None


# --- transactions -------------------------------------------------------------------


def test_transaction_is_one_durable_write(
    store: Store, make_caller: MakeCaller, make_call: MakeCall, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[Path] = []
    real = storage_module.atomic_write
    monkeypatch.setattr(
        storage_module, "atomic_write", lambda path, data: (writes.append(path), real(path, data))
    )
    store.save_draft({"notes": "…"})
    writes.clear()
    with store.transaction():
        jane = store.callers.find_or_create(make_caller())
        call = store.calls.add(make_call(jane))
        with store.transaction():  # nested: joins the outer one
            store.promises.add(Promise("send cv", call.started_at.add(days=3), call_id=call.id))
        store.clear_draft()
        assert writes == []
    assert writes == [store.path]
    with reopen(store) as again:
        assert again.calls.count() == again.callers.count() == again.promises.count() == 1
        assert again.load_draft() is None


def test_failed_transaction_changes_nothing(
    store: Store, make_caller: MakeCaller, make_call: MakeCall
) -> None:
    jane = store.callers.add(make_caller())
    kept = store.calls.add(make_call(jane, notes="kept"))
    store.save_draft({"notes": "draft"})
    before = store.path.read_bytes()
    with pytest.raises(RuntimeError, match="boom"), store.transaction():
        new = store.calls.add(make_call(jane, hours=1))
        store.calls.update(kept.with_(notes="changed"))
        store.callers.delete(jane.id)
        store.clear_draft()
        store.meta.set("fresh", 1)
        raise RuntimeError("boom")
    assert store.path.read_bytes() == before
    assert store.calls.get(new.id) is None
    assert store.calls.get(kept.id).notes == "kept"  # type: ignore[union-attr]
    assert [c.id for c in store.calls.list()] == [kept.id]
    assert store.callers.get(jane.id) == jane
    assert store.load_draft() == {"notes": "draft"}
    assert store.meta.get("fresh") is None
    assert not store.unsaved
    again = store.calls.add(make_call(jane, hours=2))  # ids and indexes still sound
    assert store.calls.count() == 2
    with reopen(store) as reopened:
        assert {c.id for c in reopened.calls.list()} == {kept.id, again.id}


# --- read-only, lifetime ------------------------------------------------------------


def test_read_only_reads_but_never_writes(
    store: Store, make_caller: MakeCaller, make_call: MakeCall, make_promise: Callable[..., Promise]
) -> None:
    jane = store.callers.add(make_caller())
    call = store.calls.add(make_call(jane))
    promise = store.promises.add(make_promise())
    before = store.path.read_bytes()
    with Store.open(store.path, read_only=True) as viewer:  # while the writer is open
        assert viewer.read_only
        assert viewer.calls.get(call.id) == call
        attempts: list[Callable[[], object]] = [
            lambda: viewer.calls.add(make_call(jane, hours=1)),
            lambda: viewer.calls.update(call),
            lambda: viewer.calls.delete(call.id),
            lambda: viewer.callers.find_or_create(make_caller("New Person")),
            lambda: viewer.contacts.add(Contact("Sam")),
            lambda: viewer.promises.mark_done(promise.id),
            lambda: viewer.meta.set("x", 1),
            lambda: viewer.save_draft({}),
            lambda: viewer.clear_draft(),
        ]
        for attempt in attempts:
            with pytest.raises(ReadOnlyError, match="is open read-only"):
                attempt()
        assert viewer.calls.count() == 1
    assert store.path.read_bytes() == before


def test_read_only_of_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "none" / "calls.json"
    with Store.open(path, read_only=True) as viewer:
        assert viewer.calls.list() == []
    assert not path.parent.exists()


def test_close_releases_the_lock_and_ends_use(store: Store, make_caller: MakeCaller) -> None:
    store.close()
    store.close()  # twice is fine
    with pytest.raises(StoreError, match="already closed"):
        store.callers.add(make_caller())
    with Store.open(store.path) as again:
        assert again.calls.count() == 0
    assert "calls.json" in repr(again)


def test_callers_are_found_with_the_logs_accent_folding(
    store: Store, make_caller: MakeCaller
) -> None:
    siobhan = store.callers.add(make_caller("Siobhán Ní Bhriain"))
    assert [c.id for c in store.callers.search("siobhan")] == [siobhan.id]
    assert [c.id for c in store.callers.search("bhriain")] == [siobhan.id]
    assert store.callers.find("siobhan ni bhriain") == siobhan
    assert store.callers.find_or_create(make_caller("SIOBHAN NI BHRIAIN")).id == siobhan.id
