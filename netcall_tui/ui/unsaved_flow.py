"""Quitting with changes the disk refused: ask until they are saved, copied, let go, or
the user stays. Kept out of the app, which only acts on the answer."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from ..core.errors import NetcallError
from ..services.files import failure_reason, unsaved_copy_path
from .dialogs.unsaved import COPY, LOSE, RETRY, ask_unsaved
from .host import NetcallHost


@dataclass(frozen=True, slots=True)
class Settled:
    quit: bool  # False: the user stays
    exit_note: str | None = None  # set when the changes were copied elsewhere or let go


async def settle_unsaved(app: NetcallHost) -> Settled:
    session = app.session
    with session.reading() as store:
        log_path = store.path
    failed: str | None = None
    target = unsaved_copy_path()  # one name, however often the question comes back
    while session.unsaved:
        answer = await ask_unsaved(app, log_path, target, failed)
        try:
            if answer == RETRY:
                await asyncio.to_thread(session.wait_for, session.retry)
            elif answer == COPY:
                await asyncio.to_thread(session.wait_for, session.save_copy, target)
                return Settled(
                    True,
                    f"the changes that could not be written to {log_path} are in {target}; "
                    f"open it with: netcall --db {target}",
                )
            elif answer == LOSE:
                return Settled(
                    True,
                    f"quit without saving, as chosen: the last changes are lost; {log_path} "
                    "holds the last version that was saved",
                )
            else:
                return Settled(False)
        except NetcallError as exc:  # asked again, with the reason in the question
            failed = failure_reason(exc)
    return Settled(True)
