"""Errors raised by the core: each carries a message fit to show a user."""


class NetcallError(Exception):
    """Base for every error netcall explains to the user instead of a traceback."""


class ValidationError(NetcallError, ValueError):
    """A domain value is not acceptable (empty name, unknown strength, end before start…)."""


class QueryError(NetcallError):
    """A filter that can't be understood; the message says how to write it."""
