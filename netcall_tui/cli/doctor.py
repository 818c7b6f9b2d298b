"""`netcall doctor`: every record of the call log checked; those that could not be read
listed by table, id and field, with what each must hold and the two ways on.

Exit code 0 when every record can be read, 1 when some cannot (or the file itself
cannot be read), 2 for a bad command line. `--fix keep|restore` takes one of the ways
on, for scripts: it needs the writer lock, so not while the app has the log open.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import EXIT_STORE, EXIT_USAGE, fail

if TYPE_CHECKING:
    from ..core.config import Config
    from ..core.domain.bad_records import BadRecord

KEEP, RESTORE = "keep", "restore"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "doctor",
        help="check every record of the call log",
        description=(
            "Check every record of the call log; list those that could not be read and "
            "explain the ways on. Exit code 0: all can be read; 1: some cannot."
        ),
    )
    parser.add_argument(
        "--fix",
        choices=(KEEP, RESTORE),
        help=(
            "keep: go on without them (a copy of the file as it is now is kept beside it "
            "first); restore: put the newest good backup in place"
        ),
    )
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace, config: Config) -> int:
    from ..paths import default_db_path
    from ..store.db import Store

    path = (args.db or default_db_path()).expanduser()
    if args.fix:
        if args.read_only:
            return fail("--fix changes the call log, so it cannot be --read-only", EXIT_USAGE)
        return _fix(path, args.fix)
    with Store.open(path, read_only=True) as store:
        bad, calls = store.bad, store.calls.count()
    if not bad:
        print(f"Every record of {path} can be read ({calls:,} call{'s' if calls != 1 else ''}).")
        return 0
    print(_report(path, bad, args.db is not None))
    return EXIT_STORE


def _report(path: Path, bad: tuple[BadRecord, ...], named: bool) -> str:
    from ..core.domain.bad_records import records_unread
    from ..store.loader import good_backups

    command = f"netcall --db {shlex.quote(str(path))} doctor" if named else "netcall doctor"
    lines = [f"{records_unread(len(bad))}, in {path}:"]
    lines += [f"  {record.where}: {record.field} {record.problem}" for record in bad]
    lines += [
        "",
        "netcall starts without them and leaves the file as it is until you choose (in the",
        "app: ctrl+r; or here):",
        f"  keep going without them:  {command} --fix keep",
        "    a copy of the file as it is now is kept beside it first, then the log is saved",
        "    without them (the copy can be mended by hand)",
    ]
    backups = good_backups(path)
    if backups:
        lines += [
            f"  restore the newest good backup, {backups[0]}:  {command} --fix restore",
            "    changes made since it was taken are lost; the file as it is now is moved aside",
        ]
    else:
        lines.append("  (there is no good backup to restore)")
    return "\n".join(lines)


def _fix(path: Path, how: str) -> int:
    from ..store.db import Store

    with Store.open(path) as store:
        if not store.bad:
            print(f"Every record of {path} can be read: nothing to fix.")
            return 0
        if how == KEEP:
            kept = store.keep_without_bad()
            print(f"Kept the file as it was at {kept}; {path} now holds the readable records.")
            return 0
        restored, backup = store.restore_good_backup()
    restored.close()
    print(f"Restored {backup} as {path}; the file as it was is kept beside it.")
    return 0
