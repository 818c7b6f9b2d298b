"""The registry of screens: every keyed screen is in it, so every key can be remapped."""

from __future__ import annotations

import importlib
import pkgutil

from textual.binding import Binding
from textual.dom import DOMNode

import netcall_tui.ui
from netcall_tui.app import NetcallApp, binding_ids
from netcall_tui.core.config import Config, check_keys
from netcall_tui.ui.registry import keyed_classes


def _every_keyed_class() -> set[type[DOMNode]]:
    found: set[type[DOMNode]] = set()
    for info in pkgutil.walk_packages(netcall_tui.ui.__path__, "netcall_tui.ui."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, DOMNode)
                and value.__module__ == module.__name__
                and any(isinstance(b, Binding) and b.id for b in value.__dict__.get("BINDINGS", ()))
            ):
                found.add(value)
    return found


def test_every_class_with_keys_is_registered() -> None:
    assert _every_keyed_class() <= set(keyed_classes())


def test_a_dialog_key_can_be_remapped() -> None:
    """[keys] "caller.start" used to be refused: the id list was kept by hand."""
    check_keys(Config(keys={"caller.start": "ctrl+enter"}), binding_ids())
    assert {"caller.start", "form.cancel", "choice.cancel", "help.close"} <= binding_ids()
    assert "quit" in binding_ids() and NetcallApp.BINDINGS
