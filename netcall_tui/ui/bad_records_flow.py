"""Records the log could not read: ask what becomes of them, then do it (keep going
without them, a copy of the file kept first; or restore the newest good backup)."""

from __future__ import annotations

import asyncio

from ..core.errors import NetcallError
from .dialogs.bad_records import KEEP, RESTORE, ask_bad_records
from .host import NetcallHost


async def settle_bad_records(app: NetcallHost) -> bool:
    """True when a backup was restored (the store the command line closes changed)."""
    session = app.session
    with session.reading() as store:
        log_path = store.path
    backup = await asyncio.to_thread(session.newest_good_backup)
    answer = await ask_bad_records(app, log_path, session.bad_records, backup)
    try:
        if answer == KEEP:
            kept = await asyncio.to_thread(session.wait_for, session.keep_without_bad)
            app.notify(
                f"Going on without them. The file as it was is kept at {kept}.",
                title="Call log",
                timeout=20,
                markup=False,
            )
        elif answer == RESTORE:
            restored = await asyncio.to_thread(session.wait_for, session.restore_good_backup)
            app.notify(f"Restored {restored}.", title="Call log", timeout=20, markup=False)
            return True
    except NetcallError as exc:
        app.notify(str(exc), title="Call log", severity="error", timeout=30, markup=False)
    return False
