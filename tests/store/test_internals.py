"""The fast paths stay exact: the incremental encoder writes what `orjson.dumps` would,
whatever TinyDB operation changed the tables, and rollbacks undo them all."""

from __future__ import annotations

import random
from pathlib import Path

import orjson
import pytest
from tinydb import Query

from netcall_tui.store.db import Store
from netcall_tui.store.serializer import Serializer
from netcall_tui.store.storage import DurableStorage


def memory(store: Store) -> bytes:
    return orjson.dumps(store._storage.read())


def on_disk_equals_memory(store: Store) -> bool:
    return store.path.read_bytes() == memory(store)


def on_disk_means_memory(store: Store) -> bool:
    return orjson.loads(store.path.read_bytes()) == store._storage.read()


def test_every_tinydb_operation_is_written_exactly(store: Store) -> None:
    table = store.table("calls")
    ops = [
        lambda: table.insert({"id": "a", "n": 1}),
        lambda: table.insert_multiple([{"id": "b", "n": 2}, {"id": "c", "n": 3}]),
        lambda: table.update({"n": 20}, Query().id == "b"),  # edits records in place
        lambda: table.update({"tag": "x"}, doc_ids=[1]),
        lambda: table.update(lambda doc: doc.update(n=0), Query().n == 3),
        lambda: table.upsert({"id": "d", "n": 4}, Query().id == "d"),
        lambda: table.remove(Query().id == "a"),
        lambda: table.remove(doc_ids=[3]),
        lambda: table.put(2, {"id": "b", "n": 200}),
        lambda: store.table("extra").insert({"id": "e"}),
        lambda: table.truncate(),
        lambda: table.insert({"id": "f"}),
    ]
    for n, op in enumerate(ops):
        op()
        assert on_disk_equals_memory(store), (n, store.path.read_bytes(), memory(store))
    assert [doc["id"] for doc in table.all()] == ["f"]


def test_random_repository_work_is_written_exactly(store: Store) -> None:
    rng = random.Random(7)
    for step in range(200):
        choice = rng.random()
        if choice < 0.5:
            store.meta.set(f"k{rng.randrange(20)}", {"step": step, "text": "é" * rng.randrange(9)})
        elif choice < 0.8:
            store.meta.delete(f"k{rng.randrange(20)}")
        else:
            with pytest.raises(RuntimeError), store.transaction():
                store.meta.set(f"k{rng.randrange(20)}", "rolled back")
                store.meta.delete(f"k{rng.randrange(20)}")
                raise RuntimeError
        assert on_disk_means_memory(store)


@pytest.mark.parametrize(
    "tables",
    [{}, {"a": {}}, {"a": {"1": {"x": 1}}, "b": {}, "c": {"1": {}, "2": {"y": [1, None]}}}],
)
def test_the_encoder_matches_orjson(tables: dict) -> None:
    assert b"".join(Serializer().dump(tables)) == orjson.dumps(tables)


def test_reads_are_served_from_memory_without_copying(db_path: Path) -> None:
    tables = {"calls": {}, "meta": {}}
    storage = DurableStorage(db_path, tables)  # type: ignore[arg-type]
    assert storage.read() is tables
    assert not db_path.exists()  # nothing is read or written until asked
