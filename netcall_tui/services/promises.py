"""Promises: what you said you would do. Reads for the console's pane and the promises
view; keeping, snoozing, editing and dropping one, each in one durable write; and taking
the last of those changes back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.domain.moments import now as wall_now
from .access import still_there
from .resumes import follow_review

if TYPE_CHECKING:
    from collections.abc import Callable

    from pendulum import DateTime

    from ..core.domain.promise import Promise
    from ..core.promises.rows import PromiseRow
    from ..store.db import Store
    from .access import StoreAccess


@dataclass(frozen=True, slots=True)
class _Change:
    """The last change made here: the promise before it, and as it left it."""

    before: Promise
    after: Promise


class PromiseOps:
    def __init__(self, session: StoreAccess) -> None:
        self._session = session
        self._last: _Change | None = None

    # --- reads ------------------------------------------------------------------------

    def open(self, limit: int = 12) -> list[Promise]:
        """The open promises, soonest due first."""
        with self._session.reading() as store:
            return store.promises.open(limit)

    def rows(self, now: DateTime) -> list[PromiseRow]:
        """Every promise as the view's rows, grouped against `now` (in the user's zone),
        each with the name of its caller and, for a referral's step, of the contact."""
        from ..core.promises.rows import build_rows

        with self._session.reading() as store:
            records = store.promises.raw()
            callers = {r["id"]: r["name"] for r in store.callers.raw()}
            contacts = {r["id"]: r["contact_name"] for r in store.referrals.raw()}
        return build_rows(records, now, callers, contacts)

    @property
    def undoable(self) -> bool:
        """A change made here that `undo` can take back."""
        return self._last is not None

    def get(self, promise_id: str) -> Promise | None:
        with self._session.reading() as store:
            return store.promises.get(promise_id)

    # --- writes -----------------------------------------------------------------------

    def done(
        self, promise_id: str, note: str = "", *, held: bool = False, at: DateTime | None = None
    ) -> Promise:
        """Mark it kept, with how (ValidationError when it isn't open); `held`: an
        information interview that took place (an interview promise only)."""
        from ..core.promises.changes import done

        when = at or wall_now()
        return self._change(promise_id, lambda p: done(p, when, note, held))

    def drop(self, promise_id: str, reason: str = "", *, at: DateTime | None = None) -> Promise:
        """Let it go on purpose, saying why (ValidationError when it isn't open)."""
        from ..core.promises.changes import dropped

        when = at or wall_now()
        return self._change(promise_id, lambda p: dropped(p, when, reason))

    def snooze(self, promise_id: str, until: DateTime) -> Promise:
        """Move an open promise's due moment to `until`."""
        from ..core.promises.changes import snoozed

        return self._change(promise_id, lambda p: snoozed(p, until))

    def edit(
        self, promise_id: str, text: str | None = None, due: DateTime | None = None
    ) -> Promise:
        """Change what was promised, or when (None: as it was)."""
        from ..core.promises.changes import edited

        return self._change(promise_id, lambda p: edited(p, text, due))

    def undo(self) -> Promise | None:
        """Take the last change made here back, in one durable write; None when there is
        none. ValidationError when the promise has changed since (it is left as it is)."""
        from ..core.errors import ValidationError

        last = self._last
        if last is None:
            return None
        with self._session.writing() as store:
            stored = _promise(store, last.after.id)
            if stored != last.after:
                raise ValidationError("that promise has changed since: nothing was undone")
            store.promises.update(last.before)
            follow_review(store, last.before)
        self._last = None
        return last.before

    def _change(self, promise_id: str, change: Callable[[Promise], Promise]) -> Promise:
        with self._session.writing() as store:
            before = _promise(store, promise_id)
            after = store.promises.update(change(before))
            follow_review(store, after)
        self._last = _Change(before, after)
        return after


def _promise(store: Store, promise_id: str) -> Promise:
    return still_there(store, store.promises.get(promise_id), "promise")
