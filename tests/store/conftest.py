"""Fixtures for the store tests: a fresh log path, a movable "today", model factories."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pendulum
import pytest

from netcall_tui.core.domain.promise import Promise
from netcall_tui.core.domain.records import Call, Caller, Contact
from netcall_tui.store.db import Store


class FakeDay:
    """The local date the store sees; tests move it instead of waiting for midnight."""

    def __init__(self, start: date = date(2024, 3, 1)) -> None:
        self.day = start

    def __call__(self) -> date:
        return self.day

    def advance(self, days: int = 1) -> None:
        self.day += timedelta(days=days)


@pytest.fixture
def today() -> FakeDay:
    return FakeDay()


@pytest.fixture
def store(db_path: Path, today: FakeDay) -> Iterator[Store]:
    opened = Store.open(db_path, today=today)
    yield opened
    opened.close(discard_unsaved=True)


T0 = pendulum.datetime(2024, 3, 1, 9, 0, tz="Europe/Paris")


@pytest.fixture
def make_caller() -> Callable[..., Caller]:
    def make(name: str = "Jane Doe", **fields: Any) -> Caller:
        return Caller(name=name, **fields)

    return make


@pytest.fixture
def make_call() -> Callable[..., Call]:
    def make(caller: Caller, hours: float = 0, **fields: Any) -> Call:
        fields.setdefault("notes", f"call with {caller.name}")
        return Call(caller.id, caller.name, T0.add(minutes=int(hours * 60)), **fields)

    return make


@pytest.fixture
def make_promise() -> Callable[..., Promise]:
    def make(text: str = "send the résumé on", days: int = 7, **fields: Any) -> Promise:
        return Promise(text, T0.add(days=days), **fields)

    return make


@pytest.fixture
def make_contact() -> Callable[..., Contact]:
    def make(name: str = "Sam Rivera", **fields: Any) -> Contact:
        return Contact(name, **fields)

    return make


@pytest.fixture
def python() -> str:
    return sys.executable
