"""The register's tests: a session over a fresh call log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from netcall_tui.services.session import Session
from netcall_tui.store.db import Store


@pytest.fixture
def session(db_path: Path) -> Iterator[Session]:
    store = Store.open(db_path)
    session = Session(store)
    yield session
    session.close()
    store.close()
