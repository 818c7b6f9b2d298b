"""The stats screen pinned: the demo's half-year at both sizes, an empty log at both, the
light theme at 80x24. Update after an intended change with `pytest --snapshot-update`,
and read the SVGs (/work/tools/svgtext.py)."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from netcall_tui.core.config import Config
from netcall_tui.services.stats import StatsOps
from netcall_tui.store.db import Store

from ..helpers import SIZES, seed
from .made import made_stats
from .steps import open_stats


async def stats(pilot: Pilot) -> None:
    pilot.app.clear_notifications()
    await open_stats(pilot)


@pytest.mark.parametrize("size", SIZES)
def test_stats_demo(snap_compare, make_app, store: Store, frozen_now, size) -> None:
    seed(store)
    assert snap_compare(make_app(), terminal_size=size, run_before=stats)


@pytest.mark.parametrize("size", SIZES)
def test_stats_empty_log(snap_compare, make_app, frozen_now, size) -> None:
    assert snap_compare(make_app(), terminal_size=size, run_before=stats)


def test_stats_light_theme(snap_compare, make_app, store: Store, frozen_now) -> None:
    seed(store)
    app = make_app(Config(theme="netcall-light"))
    assert snap_compare(app, terminal_size=(80, 24), run_before=stats)


@pytest.mark.parametrize("size", SIZES)
def test_stats_over_budget_and_low(snap_compare, make_app, frozen_now, monkeypatch, size) -> None:
    """The hand-made year: bars over the budget, the energy row, the low-energy advice."""
    made = made_stats()
    monkeypatch.setattr(StatsOps, "figures", lambda self, now, calls, minutes: made)
    assert snap_compare(make_app(), terminal_size=size, run_before=stats)
