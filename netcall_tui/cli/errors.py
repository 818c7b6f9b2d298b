"""How the command line ends: exit codes, one-line messages, and the exception for a
failure the user has already been told about.

Every failure a user can meet ends in one clear message and an exit code, never a
traceback: 2 for a bad command line or config, 1 for a call log that can't be opened.
"""

from __future__ import annotations

import os
import sys

from ..core.errors import NetcallError

EXIT_STORE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # ctrl+c, as a shell reports it
EXIT_PIPE = 141  # the reader went away, as a shell reports a command SIGPIPE ended


def fail(message: str, code: int) -> int:
    """Say what went wrong on stderr, as `netcall: …`; returns `code` to exit with."""
    print(f"netcall: {message}", file=sys.stderr)
    return code


def reader_gone() -> int:
    """What reads our output has gone (`netcall stats | head`): stop quietly, as a
    command ended by SIGPIPE does. Python would still complain, flushing stdout at exit,
    so stdout goes nowhere from here on."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_PIPE


def output_failed(error: OSError) -> int:
    """Our output could not be written (`netcall stats > /dev/full`, a disk full): one
    line, exit 1; stdout goes nowhere from here on, so that Python's flush at exit does
    not say it again with a traceback."""
    reader_gone()
    where = f"{error.filename}: " if error.filename else "could not write the output: "
    return fail(f"{where}{error.strerror or error}", EXIT_STORE)


def exit_code(error: Exception) -> int:
    """2 for the user's own settings (the config, a --db that is a symbolic link), else 1."""
    from ..core.config import ConfigError
    from ..store.errors import SymlinkedLogError  # only once something went wrong

    usage = ConfigError | SymlinkedLogError | BadArgument
    return EXIT_USAGE if isinstance(error, usage) else EXIT_STORE


class BadArgument(NetcallError):
    """A command-line option's value can't be used (the message names the option)."""


class AlreadyTold(Exception):
    """The user has been told already (a message, a question answered no); exit with
    this code and say nothing more."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code
