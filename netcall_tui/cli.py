"""The `netcall` command: parse arguments, build config and store, run the app.

Every failure a user can meet here ends in one clear message and an exit code, never
a traceback: 2 for a bad command line or config, 1 for a call log that can't be opened.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import __version__
from .core.config import Config, ConfigError, check_keys, check_theme, load_config
from .core.domain.moments import now
from .core.errors import NetcallError
from .paths import default_config_path, default_db_path

if TYPE_CHECKING:
    from pendulum import DateTime

    from .store.claim import Claim
    from .store.db import Store

EXIT_USAGE = 2
EXIT_STORE = 1


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        if "unrecognized arguments: -" in message:
            message += " (to exclude with a filter, put the filters after --: log -- -advice)"
        super().error(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="netcall",
        description="A console for people who receive networking calls from job seekers.",
    )
    _add_shared_options(parser)
    parser.add_argument("--theme", help="colour theme for this run (netcall-dark, netcall-light…)")
    parser.add_argument(
        "--demo", action="store_true", help="open a throw-away log filled with sample calls"
    )
    parser.add_argument("--version", action="version", version=f"netcall {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in SUBCOMMANDS:
        register(sub)
    for command in sub.choices.values():
        # `netcall log --db X` works as well as `netcall --db X log`; SUPPRESS keeps a
        # sub-command's unset option from hiding the one given before it.
        _add_shared_options(command, default=argparse.SUPPRESS)
    return parser


def _add_shared_options(parser: argparse.ArgumentParser, default: Any = None) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=default,
        help="call log file (default: $NETCALL_DB or user data dir)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        default=default,
        help="config file (default: $NETCALL_CONFIG or user config dir)",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        default=False if default is None else default,
        help="open the log without writing to it",
    )


# Each entry adds a sub-command (export, log…) to the parser; see `commands.py`.
SUBCOMMANDS: list[Callable[[argparse._SubParsersAction], None]] = []


def resolve_config(args: argparse.Namespace) -> Config:
    config = load_config(args.config or default_config_path())
    if args.theme:
        from dataclasses import replace

        config = replace(config, theme=args.theme)
    return config


def fail(message: str, code: int) -> int:
    print(f"netcall: {message}", file=sys.stderr)
    return code


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
    from .core.demo.records import demo_records
    from .store.db import Store
    from .store.sample import fill

    with Store.open(path) as store:
        fill(store, demo_records(now))


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = resolve_config(args)
        if not args.command:
            return run_app(args, config)
        gc.enable()  # paused by the entry point for the TUI's start-up only
        if args.demo:
            with demo_db() as args.db:  # `netcall --demo log`: the sample, not the real log
                return int(args.handler(args, config))
        return int(args.handler(args, config))
    except ConfigError as exc:
        return fail(str(exc), EXIT_USAGE)
    except NetcallError as exc:
        return fail(str(exc), EXIT_STORE)
    except _Handled as handled:
        return handled.code
    except KeyboardInterrupt:
        return 130


def run_app(args: argparse.Namespace, config: Config) -> int:
    from .app import binding_ids
    from .ui.themes import load_themes

    check_theme(config, {theme.name for theme in load_themes()} | _builtin_theme_names())
    check_keys(config, binding_ids())
    if args.demo:
        with demo_db() as path:
            return launch(path, config, args, read_only=False, remember=False)
    path = (args.db or default_db_path()).expanduser()
    return launch(path, config, args, read_only=args.read_only, remember=True)


def _builtin_theme_names() -> set[str]:
    from textual.theme import BUILTIN_THEMES

    return set(BUILTIN_THEMES)


def launch(
    path: Path, config: Config, args: argparse.Namespace, *, read_only: bool, remember: bool
) -> int:
    from .app import NetcallApp
    from .store.claim import Claim

    claim = Claim.take(path, read_only=read_only)  # a second netcall is told here, at once
    config_path = (args.config or default_config_path()) if remember else None
    store = None
    try:
        if not _interactive():  # no screen to paint first: read now, errors in plain text
            store = load_store(claim)
        while True:
            app = NetcallApp(config, store=store, claim=claim, config_path=config_path)
            try:
                app.run()
            finally:
                if app.still_reading:  # quit while a big log was still being read
                    print("netcall: waiting for the call log to finish opening…", file=sys.stderr)
                app.finish_reading()
                app.session.close()  # every queued write lands before the file is released
                store = app.loaded_store
            if app.load_error is None:
                return app.return_code or 0
            recover(claim, app.load_error)  # a backup restored: start again on it
    finally:
        if store is not None:
            store.close()  # releases the lock too
        else:
            claim.release()


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def load_store(claim: Claim) -> Store:
    while True:
        try:
            return claim.load()
        except NetcallError as exc:
            recover(claim, exc)


def recover(claim: Claim, error: Exception) -> None:
    """After a failed load: an unreadable log was moved aside, so offer its newest good
    backup and restore it if wanted; anything else (or no) ends the run."""
    from .store.errors import CorruptFileError

    if not isinstance(error, CorruptFileError):
        raise error
    print(f"netcall: {error}", file=sys.stderr)
    if not error.backups or claim.read_only:
        raise _Handled(EXIT_STORE) from error
    if not _ask_yes_no(f"Open the newest good backup, {error.backups[0].name}?"):
        raise _Handled(EXIT_STORE) from error
    claim.restore(error.backups[0])
    print(f"netcall: restored {error.backups[0]}", file=sys.stderr)


class _Handled(Exception):
    """The user has been told already; exit with this code."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _ask_yes_no(question: str) -> bool:
    """Ask on the terminal; with no terminal (a script, CI) the safe answer is no."""
    print(question, file=sys.stderr)
    if not sys.stdin.isatty():
        return False
    try:
        return input("[y/N] ").strip().lower() in {"y", "yes"}
    except EOFError:
        return False


from . import commands as _commands  # noqa: E402, F401  (registers `export` and `log`)
