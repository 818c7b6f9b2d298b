"""The statistics (core.stats.compute) over what the log holds now: one read."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..core.stats.figures import Stats
    from .access import StoreAccess


class StatsOps:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session

    def figures(self, now: DateTime, budget_calls: int, budget_minutes: int) -> Stats:
        """Every figure of the statistics screen as of `now` (local weeks and months in
        `now`'s zone), against the weekly budgets given."""
        from ..core.stats.compute import figures

        with self._session.reading() as store:  # the records are the store's own: read here
            return figures(
                store.calls.unsorted(),
                store.promises.raw(),
                store.referrals.raw(),
                store.resumes.raw(),
                now,
                budget_calls,
                budget_minutes,
            )
