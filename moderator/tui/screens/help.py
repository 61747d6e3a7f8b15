"""``?``: every key of the dashboard."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = [
    ("j / ↓", "next comment"), ("k / ↑", "previous comment"), ("a", "approve"),
    ("r", "reject (pick a reason)"), ("e", "escalate to a senior moderator"),
    ("u", "undo your last decision (kept in the audit log)"), ("n", "add a note"),
    ("b", "reject all pending comments by this author (asks first)"), ("/", "search and filter"),
    ("s", "sort: severity, newest, oldest, score"), ("ctrl+p", "command palette (every action)"),
    ("?", "this help"), ("q", "quit"),
]
FILTERS = "Filter syntax: free text, status:rejected|approved|escalated|pending|all, author:NAME, article:ID, attr:threat"


class HelpScreen(ModalScreen[None]):
    BINDINGS = [("escape,q,question_mark", "dismiss", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical { width: 72; height: auto; max-height: 90%; border: thick $primary; background: $surface;
                            padding: 1 2; }
    """

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        for k, what in KEYS:
            table.add_row(k, what)
        with Vertical():
            yield Static("[b]Keys[/b]")
            yield Static(table)
            yield Static(FILTERS, classes="dim")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
