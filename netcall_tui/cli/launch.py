"""Starting the TUI: check the config against the themes and keys, take the log's lock,
run the app, and offer a good backup when the log can't be read.

Also the `--demo` log: a throw-away file filled with the sample, so the real log is
never touched. Textual and the store are imported when the app starts, not with this
module: `netcall log` never pays for them.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.config import Config, check_keys, check_theme
from ..core.domain.moments import now
from ..core.errors import NetcallError
from ..paths import default_config_path, default_db_path, user_phrases_path
from .errors import EXIT_STORE, AlreadyTold, BadArgument

if TYPE_CHECKING:
    from pendulum import DateTime

    from ..store.claim import Claim
    from ..store.db import Store


def run_app(args: argparse.Namespace, config: Config) -> int:
    """`netcall` with no sub-command: the TUI on the log at --db (or the demo log)."""
    from ..app import NetcallApp, binding_ids
    from ..core.call.phrasebook import read_user_phrases
    from ..ui.keymap import check_keymap
    from ..ui.themes import load_themes

    themes = {theme.name for theme in load_themes()} | _builtin_theme_names()
    if args.theme and args.theme not in themes:  # the option's fault, not the config file's
        names = ", ".join(sorted(themes))
        raise BadArgument(f"--theme {args.theme!r} is not a theme; one of {names}")
    check_theme(config, themes)
    check_keys(config, binding_ids())
    check_keymap(config, NetcallApp)
    if args.demo:
        with demo_db() as path:
            return launch(path, config, args, read_only=False, remember=False)
    # Read now only to be refused now, like a bad config: the app reads it after its first frame.
    read_user_phrases(user_phrases_path(args.config or default_config_path()))
    path = (args.db or default_db_path()).expanduser()
    return launch(path, config, args, read_only=args.read_only, remember=True)


def _builtin_theme_names() -> set[str]:
    from textual.theme import BUILTIN_THEMES

    return set(BUILTIN_THEMES)


def launch(
    path: Path, config: Config, args: argparse.Namespace, *, read_only: bool, remember: bool
) -> int:
    """Run the app on `path` until it quits; after a failed read, again on the backup
    the user chose to restore. `remember`: save theme choices to the config file."""
    from ..app import NetcallApp
    from ..store.claim import Claim

    claim = Claim.take(path, read_only=read_only)  # a second netcall is told here, at once
    config_path = (args.config or default_config_path()) if remember else None
    store = None
    try:
        if not interactive():  # no screen to paint first: read now, errors in plain text
            store = load_store(claim)
        while True:
            app = NetcallApp(
                config, store=store, claim=claim, config_path=config_path, demo=bool(args.demo)
            )
            try:
                app.run()
            finally:
                if app.still_reading:  # quit while a big log was still being read
                    print("netcall: waiting for the call log to finish opening…", file=sys.stderr)
                app.finish_reading()
                app.session.close()  # every queued write lands before the file is released
                store = app.loaded_store
            if app.load_error is None:
                if store is not None:
                    opened, store = store, None  # closed here, whatever happens
                    close_truthfully(opened, app.discard_unsaved)
                else:
                    claim.release()
                if app.exit_note:
                    print(f"netcall: {app.exit_note}", file=sys.stderr)
                return app.return_code or 0
            recover(claim, app.load_error)  # a backup restored: start again on it
    except BaseException:
        if store is not None:  # an error on the way: save what can be, free the lock
            close_truthfully(store, discard=False)
        else:
            claim.release()
        raise


def close_truthfully(store: Store, discard: bool) -> None:
    """Close the log, saving what is unsaved unless the user chose to lose it. If the
    save fails even now, keep a copy in the home folder and say where: "kept in memory"
    would be untrue once the process ends."""
    from ..store.errors import StoreError, os_reason

    try:
        store.close(discard_unsaved=discard)
        return
    except StoreError as error:
        problem = error
    cause = problem.__cause__
    why = os_reason(cause) if isinstance(cause, OSError) else str(problem)
    from ..services.files import unsaved_copy_path

    target = unsaved_copy_path()
    try:
        store.save_copy(target)
    except StoreError as second:
        store.close(discard_unsaved=True)
        raise StoreError(
            f"could not write the last changes to {store.path} ({why}), nor a copy to "
            f"{target}: they are lost; {store.path} holds the last version that was saved"
        ) from second
    store.close(discard_unsaved=True)
    raise StoreError(
        f"could not write the last changes to {store.path} ({why}); they are kept in "
        f"{target} (open it with: netcall --db {target})"
    ) from problem


def interactive() -> bool:
    """A terminal on both ends: the app paints first and reads the log after."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def load_store(claim: Claim) -> Store:
    while True:
        try:
            from ..store.db import Store  # TinyDB and the rest, once there is a screen

            return Store.load(claim)
        except NetcallError as exc:
            recover(claim, exc)


def recover(claim: Claim, error: Exception) -> None:
    """After a failed load: an unreadable log was moved aside, so offer its newest good
    backup and restore it if wanted; anything else (or no) ends the run."""
    from ..store.errors import CorruptFileError

    if not isinstance(error, CorruptFileError):
        raise error
    print(f"netcall: {error}", file=sys.stderr)
    if not error.backups or claim.read_only:
        raise AlreadyTold(EXIT_STORE) from error
    if not ask_yes_no(f"Open the newest good backup, {error.backups[0].name}?"):
        raise AlreadyTold(EXIT_STORE) from error
    claim.restore(error.backups[0])
    print(f"netcall: restored {error.backups[0]}", file=sys.stderr)


def ask_yes_no(question: str) -> bool:
    """Ask on the terminal; with no terminal (a script, CI) the safe answer is no."""
    print(question, file=sys.stderr)
    if not sys.stdin.isatty():
        return False
    try:
        return input("[y/N] ").strip().lower() in {"y", "yes"}
    except EOFError:
        return False


@contextmanager
def demo_db() -> Iterator[Path]:
    """A throw-away log filled with the sample; the real log is never touched."""
    folder = Path(tempfile.mkdtemp(prefix="netcall-demo-"))
    try:
        path = folder / "demo-calls.json"
        seed_demo(path, now())
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def seed_demo(path: Path, now: DateTime) -> None:
    from ..core.demo.records import demo_records
    from ..store.db import Store
    from ..store.sample import fill

    with Store.open(path) as store:
        fill(store, demo_records(now))
