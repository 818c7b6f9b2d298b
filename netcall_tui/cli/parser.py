"""What the command line means: the parser, its sub-commands, and the config it names.

Kept light: the TUI's start-up parses the same command line, so each sub-command's
module holds its arguments here and imports its work only when it runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn

from .. import __version__
from ..core.config import Config, load_config
from ..paths import default_config_path
from . import doctor, export, ics, imports, log, promises, stats

# Each entry adds one sub-command to the parser, with its handler: `args.handler(args,
# config)` runs it. A new sub-command is a module with an `add_parser` and a line here.
SUBCOMMANDS: tuple[
    Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], argparse.ArgumentParser], ...
] = (
    doctor.add_parser,
    export.add_parser,
    ics.add_parser,
    imports.add_parser,
    log.add_parser,
    promises.add_parser,
    stats.add_parser,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        if "unrecognized arguments: -" in message:
            message += " (to exclude with a filter, put the filters after --: log -- -advice)"
        super().error(message)


def build_parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = _Parser(
        prog="netcall",
        description="A console for people who receive networking calls from job seekers.",
    )
    add_shared_options(parser)
    parser.add_argument("--theme", help="colour theme for this run (netcall-dark, netcall-light…)")
    parser.add_argument(
        "--demo", action="store_true", help="open a throw-away log filled with sample calls"
    )
    parser.add_argument("--version", action="version", version=f"netcall {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add_parser in SUBCOMMANDS:
        # `netcall log --db X` works as well as `netcall --db X log`; SUPPRESS keeps a
        # sub-command's unset option from hiding the one given before it.
        add_shared_options(add_parser(sub), default=argparse.SUPPRESS)
    return parser


def add_shared_options(parser: argparse.ArgumentParser, default: Any = None) -> None:
    """--db, --config and --read-only, taken before or after the sub-command."""
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


def resolve_config(args: argparse.Namespace) -> Config:
    """The config file (--config, $NETCALL_CONFIG or the default), with --theme over it."""
    config = load_config(args.config or default_config_path())
    if args.theme:
        config = replace(config, theme=args.theme)
    return config
