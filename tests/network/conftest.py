"""The network screens under test: a real store in a temp dir, demo data, a frozen clock."""

from __future__ import annotations

import pytest

from netcall_tui.store.db import Store

from ..helpers import seed


@pytest.fixture
def seeded(store: Store) -> Store:
    seed(store)
    return store
