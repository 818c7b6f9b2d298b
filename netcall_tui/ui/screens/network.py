"""Your network: every contact, A→Z, narrowed as you type, with what each can still bear
(networking capital) and how the referrals to them went; add, edit, delete, set tiers.

Rows are built from the stored records in a thread when there are many (the screen
paints at once at 30,000 contacts); each keystroke refilters them on the UI thread.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any, ClassVar

import pendulum
from pendulum import DateTime
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Header, Input, Static

from ...core.domain.fields import MAX_FIELD
from ...core.domain.records import Contact
from ...core.domain.vocabulary import Tier
from ...core.errors import NetcallError
from ...core.log.contact_terms import HELP, ContactView
from ...core.network.contact_rows import CapitalTerms, ContactRow
from ...core.network.importing.review import ImportCounts
from ..base import NetcallScreen
from ..widgets.bounded_input import BoundedInput
from ..widgets.contact_table import ContactTable
from ..widgets.key_bar import KeyBar
from .filtered_list import FilteredList
from .network_text import EMPTY, contacts_text, delete_text

Now = Callable[[], DateTime]
FIRST = 2_000  # contacts indexed at once; more are indexed in a thread
TIER_KEYS = {"1": Tier.TREASURED, "2": Tier.TRUSTED, "3": Tier.ACQUAINTANCE}
# Which footer keys give way first when the row is narrow (help then reads "more keys").
FOOTER_DROP = {"network.referrals": 3, "network.import": 2, "network.mark": 1}


class NetworkScreen(FilteredList, NetcallScreen[None]):
    """Browse, search and sort your contacts; open one for their ledger."""

    FILTER = "#network-filter"

    LETTERS_ARE_TEXT = True  # a letter typed anywhere here goes to the filter

    DEFAULT_CSS = """
    NetworkScreen #network-filter { margin: 0 1; border: tall $border-blurred; }
    NetworkScreen #network-filter:focus { border: tall $border; }
    NetworkScreen #network-hint { height: auto; max-height: 3; padding: 0 2; color: $text-muted; }
    NetworkScreen #network-hint.-error { color: $warning; }
    NetworkScreen #network-table { margin: 0 1; }
    NetworkScreen #network-status { height: 1; padding: 0 2; color: $text-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="network.back"),
        Binding(
            "slash", "focus_filter", "Filter", show=False, id="network.filter", key_display="/"
        ),
        Binding("a", "add", "Add", id="network.add"),
        Binding("e", "edit", "Edit", id="network.edit"),
        Binding("d", "delete", "Delete", id="network.delete"),
        Binding("space", "mark", "Mark", id="network.mark"),
        # Their place in the footer is the status line's "1 2 3 set the tier" (80 columns).
        *[
            Binding(
                key,
                f"tier('{key}')",
                f"Set tier: {tier.label}",
                show=False,
                id=f"network.{tier.value}",
            )
            for key, tier in TIER_KEYS.items()
        ],
        Binding("s", "next_sort", "Sort", id="network.sort"),
        Binding("r", "reverse", "Reverse", show=False, id="network.reverse"),
        Binding("i", "import_contacts", "Import", id="network.import"),
        # R as the console's referral outcome: r reverses here, as in every list.
        Binding("R", "referrals", "Referrals", id="network.referrals", key_display="R"),
        Binding("down", "to_table", "To the table", show=False, id="network.to_table"),
    ]

    class Loaded(Message):
        def __init__(self, rows: list[ContactRow], keep: str | None) -> None:
            super().__init__()
            self.rows = rows
            self.keep = keep

    def __init__(self, *, now: Now | None = None) -> None:
        super().__init__()
        self.now: Now = now or pendulum.now
        self.view = ContactView(now=self.now)
        self.loaded = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield BoundedInput(
            limit=MAX_FIELD,
            placeholder="filter: words, or tier:trusted tag:logistics company:north capital:low",
            id="network-filter",
            select_on_focus=False,
        )
        yield Static(Text(HELP), id="network-hint")
        yield ContactTable(now=self.now, id="network-table")
        yield Static("", id="network-status")
        yield KeyBar(FOOTER_DROP, id="footer")  # keys drop whole at 80 columns, not cut

    def on_mount(self) -> None:
        self.title = "Your network"
        self.sub_title = "contacts"
        self.filter_box.focus()  # "type to search" is true at once
        self.reload()

    @property
    def table(self) -> ContactTable:
        table: ContactTable = self.query_one(ContactTable)
        return table

    @property
    def filter_box(self) -> Input:
        box: Input = self.query_one(self.FILTER, Input)
        return box

    def _terms(self) -> CapitalTerms:
        config = self.app.config
        return CapitalTerms.of(config.allowance, config.capital_period_days)

    # --- loading ----------------------------------------------------------------------

    def reload(self, keep: str | None = None) -> None:
        """Read the contacts (at open and after every change). A big network is indexed
        in a thread: the screen says so meanwhile and fills in when it is ready."""
        if self.app.session.network.count() <= FIRST:
            self._loaded(self.app.session.network.rows(self.now(), self._terms()), keep)
            return
        self._show(keep)
        self._load(keep)

    @work(thread=True, exclusive=True, group="network-load", description="index the contacts")
    def _load(self, keep: str | None) -> None:
        self.post_message(
            self.Loaded(self.app.session.network.rows(self.now(), self._terms()), keep)
        )

    def on_network_screen_loaded(self, message: Loaded) -> None:
        current = self.table.current
        self._loaded(message.rows, current.id if current is not None else message.keep)

    def _loaded(self, rows: list[ContactRow], keep: str | None) -> None:
        self.loaded = True
        self.view.set_rows(rows)
        # 30,000 rows live as long as the screen: out of the collector's way (as the app
        # does for the log it reads), so a keystroke doesn't pay for a full collection.
        # Refcounting still frees them (rows hold no cycles).
        gc.freeze()
        self.table.marked &= {r.id for r in rows}
        if not rows and self.filter_box.has_focus:
            self.table.focus()  # nothing to search: the keys the empty list names must work
        self._show(keep)

    # --- filtering and sorting --------------------------------------------------------

    @on(Input.Changed, "#network-filter")
    def _filter(self, event: Input.Changed) -> None:
        error = self.view.set_filter(event.value)
        hint = self.query_one("#network-hint", Static)
        hint.set_class(error is not None, "-error")
        hint.update(Text(error or HELP))
        self._show(self._current_id())

    @on(Input.Submitted, "#network-filter")
    def _filter_done(self) -> None:
        self.table.focus()

    def _current_id(self) -> str | None:
        return self.table.current.id if self.table.current is not None else None

    def _show(self, keep: str | None = None) -> None:
        view = self.view
        empty = (
            self.empty_text(EMPTY, "contacts", contacts_text(view.total))
            if self.loaded
            else "Reading your network…"
        )
        self.table.show(
            view.shown, sort=(view.sort_column, view.descending), empty=empty, keep=keep
        )
        self._status()

    def _status(self) -> None:
        view, shown = self.view, len(self.view.shown)
        count = (
            f"{shown:,} of {contacts_text(view.total)}"
            if shown != view.total
            else contacts_text(view.total)
        )
        arrow = "▼" if view.descending else "▲"
        parts = [count, f"sorted by {view.sort_column} {arrow}"]
        marked = len(self.table.marked)
        parts.append(f"{marked:,} marked: 1 2 3 set their tier" if marked else "1 2 3 set the tier")
        self.query_one("#network-status", Static).update(Text(" · ".join(parts)))

    def action_back(self) -> None:
        self.dismiss()

    # --- the screens it leads to ------------------------------------------------------

    def action_import_contacts(self) -> None:
        from .import_screen import ImportScreen

        def done(counts: ImportCounts | None) -> None:
            if counts is not None and (counts.new or counts.updated):
                self.reload(keep=self._current_id())

        self.app.push_screen(ImportScreen(), done)

    def action_referrals(self) -> None:
        from .referrals import ReferralsScreen

        self.app.push_screen(ReferralsScreen(now=self.now))

    # --- marking and tiers ------------------------------------------------------------

    def action_mark(self) -> None:
        self.table.toggle_mark()
        self._status()

    def action_tier(self, key: str) -> None:
        rows = self.table.chosen()
        if not rows:
            return
        tier = TIER_KEYS[key]
        who = rows[0].name if len(rows) == 1 else contacts_text(len(rows))
        self.table.marked.clear()
        self._write(
            self.app.session.network.set_tier,
            [r.id for r in rows],
            tier,
            done=f"{who}: now {tier.label}.",
            keep=self._current_id(),
        )

    # --- add, edit, delete, open ------------------------------------------------------

    @work(exclusive=True, group="network-form")
    async def action_add(self) -> None:
        await self._edit(None)

    @work(exclusive=True, group="network-form")
    async def action_edit(self) -> None:
        row = self.table.current
        contact = self.app.session.network.get(row.id) if row is not None else None
        if contact is not None:
            await self._edit(contact)

    async def _edit(self, old: Contact | None) -> None:
        from ..dialogs.contact_form import ContactForm, contact_from

        values = await self.app.push_screen_wait(ContactForm(old))
        if values is None:
            return
        try:
            contact = contact_from(values, old)
        except NetcallError as exc:
            self.notify(str(exc).capitalize(), title="Not saved", severity="error", markup=False)
            return
        write = self.app.session.network.update if old else self.app.session.network.add
        self._write(write, contact, done=f"Saved {contact.name}.", keep=contact.id)

    @work(exclusive=True, group="network-form")
    async def action_delete(self) -> None:
        from ..dialogs.choice import ChoiceScreen

        row: ContactRow | None = self.table.current  # type: ignore[assignment]  # its rows
        if row is None:
            return
        question = ChoiceScreen(
            f"Delete {row.name}?",
            delete_text(row),
            [("keep", "Keep", "primary"), ("delete", "Delete", "error")],
            danger=True,
        )
        if await self.app.push_screen_wait(question) == "delete":
            self._write(self.app.session.network.delete, row.id, done=f"Deleted {row.name}.")

    @work(thread=True, group="network-write", description="save the change")
    def _write(
        self, write: Callable[..., Any], *args: Any, done: str, keep: str | None = None
    ) -> None:
        session = self.app.session
        try:
            session.wait_for(write, *args)
        except NetcallError as exc:
            self.app.call_from_thread(
                self.notify, str(exc), title="Not saved", severity="error", markup=False
            )
            return
        self.app.call_from_thread(self._written, done, keep)

    def _written(self, done: str, keep: str | None) -> None:
        self.notify(done, markup=False)
        self.reload(keep=keep)

    def on_log_table_selected(self, message: ContactTable.Selected) -> None:
        from .contact_detail import ContactDetailScreen

        def done(changed: bool | None) -> None:
            if changed:
                self.reload(keep=message.row.id)

        self.app.push_screen(ContactDetailScreen(message.row.id, now=self.now), done)
