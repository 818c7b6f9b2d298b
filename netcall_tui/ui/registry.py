"""Every screen and dialog of netcall, and the widgets that carry keys of their own.

The ids of their bindings are what a `[keys]` entry in the config may name; help and the
palette read the same bindings, so a screen added here is remappable, listed and found.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType
from textual.dom import DOMNode


def keyed_classes() -> tuple[type[DOMNode], ...]:
    """Imported when asked: the console's first frame needs none of the others."""
    from .base import NetcallModal
    from .console.screen import ConsoleScreen
    from .dialogs.caller_form import CallerForm
    from .dialogs.choice import ChoiceScreen
    from .dialogs.contact_form import ContactForm
    from .dialogs.form import FormScreen
    from .dialogs.referral_form import ReferralForm
    from .screens.contact_detail import ContactDetailScreen
    from .screens.help import HelpScreen
    from .screens.import_screen import ImportScreen
    from .screens.log import LogScreen
    from .screens.log_detail import LogDetailScreen
    from .screens.network import NetworkScreen
    from .screens.promises import PromisesScreen
    from .screens.referrals import ReferralsScreen
    from .screens.register import RegisterScreen
    from .screens.stats import StatsScreen
    from .widgets.log_table import LogTable

    return (
        ConsoleScreen,
        LogScreen,
        LogDetailScreen,
        ReferralsScreen,
        HelpScreen,
        ImportScreen,
        CallerForm,
        FormScreen,
        ReferralForm,
        ChoiceScreen,
        LogTable,
        NetworkScreen,
        ContactDetailScreen,
        ContactForm,
        PromisesScreen,
        RegisterScreen,
        NetcallModal,
        StatsScreen,
    )


def binding_ids(app_bindings: list[BindingType]) -> set[str]:
    """Every binding id a `[keys]` entry may name: the app's and every screen's."""
    groups = [app_bindings, *(cls.BINDINGS for cls in keyed_classes())]
    return {b.id for group in groups for b in group if isinstance(b, Binding) and b.id}


def key_scopes() -> list[tuple[type[DOMNode], ...]]:
    """The classes whose keys are live together: each screen with the keyed widgets it
    holds (the app's own keys are live on all of them)."""
    from textual.screen import Screen

    from .screens.log import LogScreen
    from .screens.network import NetworkScreen
    from .screens.promises import PromisesScreen
    from .screens.referrals import ReferralsScreen
    from .screens.register import RegisterScreen
    from .widgets.log_table import LogTable

    holds: dict[type[DOMNode], tuple[type[DOMNode], ...]] = {
        LogScreen: (LogTable,),
        ReferralsScreen: (LogTable,),
        NetworkScreen: (LogTable,),
        PromisesScreen: (LogTable,),
        RegisterScreen: (LogTable,),
    }
    return [(cls, *holds.get(cls, ())) for cls in keyed_classes() if issubclass(cls, Screen)]
