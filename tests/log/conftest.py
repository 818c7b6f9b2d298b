"""The session log under test: a real store in a temp dir, demo data, a frozen wall clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pendulum
import pytest

from netcall_tui.app import NetcallApp
from netcall_tui.core.config import Config
from netcall_tui.core.demo.records import demo_records
from netcall_tui.core.domain.records import Call, Caller
from netcall_tui.store.db import Store
from netcall_tui.store.sample import fill

FROZEN = pendulum.datetime(2026, 11, 26, 10, 30, tz="Europe/London")


def fixed_now() -> pendulum.DateTime:
    return FROZEN


@pytest.fixture
def frozen_now() -> Iterator[pendulum.DateTime]:
    with pendulum.travel_to(FROZEN, freeze=True):
        yield FROZEN


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "calls.json"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path)
    yield opened
    opened.close()


def seed(store: Store, now: pendulum.DateTime = FROZEN, seed: int = 7) -> None:
    """The demo half-year: ~36 callers, ~62 calls, their promises and 8 contacts."""
    fill(store, demo_records(now, seed))


def add_call(store: Store, name: str, days_ago: float = 1, **fields) -> Call:
    """A caller (found or created by name) and one call of theirs."""
    caller = store.callers.find(name) or store.callers.add(Caller(name))
    start = FROZEN.subtract(days=int(days_ago)).at(11)
    call = Call(caller.id, caller.name, start, **fields)
    store.calls.add(call)
    return call


@pytest.fixture
def seeded(store: Store) -> Store:
    seed(store)
    return store


@pytest.fixture
def make_app(store: Store, clock, tmp_path: Path) -> Callable[..., NetcallApp]:
    def build(config: Config | None = None) -> NetcallApp:
        app = NetcallApp(
            config or Config(), store=store, clock=clock, config_path=tmp_path / "config.toml"
        )
        app.bell = lambda: None  # type: ignore[method-assign]
        return app

    return build
