"""Apps under test keep their log at tmp_path/calls.json (the tests look at the file)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "calls.json"
