"""Apps under test: a real store in a temp dir, a fake monotonic clock, a frozen wall clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pendulum
import pytest

from netcall_tui.app import NetcallApp
from netcall_tui.core.config import Config
from netcall_tui.store.db import Store

FROZEN = pendulum.datetime(2026, 11, 26, 10, 30, tz="Europe/London")


@pytest.fixture
def frozen_now() -> Iterator[pendulum.DateTime]:
    with pendulum.travel_to(FROZEN, freeze=True):
        yield FROZEN


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "calls.json")
    yield opened
    opened.close()


@pytest.fixture
def make_app(store: Store, clock, tmp_path: Path):
    def build(config: Config | None = None) -> NetcallApp:
        app = NetcallApp(
            config or Config(), store=store, clock=clock, config_path=tmp_path / "config.toml"
        )
        app.rang = 0  # type: ignore[attr-defined]

        def bell() -> None:
            app.rang += 1  # type: ignore[attr-defined]

        app.bell = bell  # type: ignore[method-assign]
        return app

    return build
