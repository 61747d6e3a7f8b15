"""``moderator review``: the keyboard-driven review dashboard.  Build it with :func:`make_app` (CLI and tests)."""

from __future__ import annotations

from typing import Iterable

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer

from ..config import Config
from ..store import ACTIONS, SORTS, Conflict, Filters, Item, Store
from .detail import DetailPane
from .header import QueueHeader
from .messages import ItemSelected
from .queue_list import QueueList
from .screens.confirm import Confirm
from .screens.help import HelpScreen
from .screens.prompt import Prompt
from .screens.reason import ReasonPicker

PAGE = 500  # rows loaded into the list at once; counts come from SQL, so a 100k queue opens as fast as a small one


class ReviewApp(App):
    TITLE = "moderator review"
    CSS = """
    Screen { layout: vertical; }
    #main { height: 1fr; }
    """
    BINDINGS = [
        Binding("j", "down", "Next", show=False), Binding("k", "up", "Prev", show=False),
        Binding("a", "approve", "Approve"), Binding("r", "reject", "Reject"), Binding("e", "escalate", "Escalate"),
        Binding("u", "undo", "Undo"), Binding("n", "note", "Note"), Binding("b", "reject_author", "Ban author"),
        Binding("slash", "search", "Search"), Binding("s", "sort", "Sort"), Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, db: str, reviewer: str, config: Config | None = None):
        super().__init__()
        self.db_path, self.reviewer, self.config = db, reviewer, config or Config()
        self.store: Store | None = None
        self.query_text = ""
        self.filters = Filters()
        self.sort = "severity"
        self.current: Item | None = None
        self.claimed = False

    # --- layout ------------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield QueueHeader(id="header")
        with Horizontal(id="main"):
            yield QueueList(id="queue")
            yield DetailPane(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.store = Store(self.db_path, self.config.queue.claim_minutes)
        self.reload()
        self.query_one(QueueList).focus()

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.release(self.reviewer)
            self.store.close()

    # --- data --------------------------------------------------------------------------------------------

    def reload(self, keep_row: int | None = None) -> None:
        assert self.store is not None
        items = self.store.list(self.filters, self.sort, limit=PAGE)
        self.query_one(QueueList).show(items, keep_row)
        self.refresh_header()

    def refresh_header(self) -> None:
        assert self.store is not None
        self.query_one(QueueHeader).show(self.reviewer, self.store.counts(), self.sort, self.query_text,
                                         self.filters.status)

    def on_item_selected(self, message: ItemSelected) -> None:
        assert self.store is not None
        item = self.store.get(message.comment_id) if message.comment_id else None
        self.current = item
        note = None
        self.claimed = False
        if item is not None and item.status in ("pending", "escalated"):
            self.claimed = self.store.claim(self.reviewer, item.id)
            if not self.claimed:
                fresh = self.store.get(item.id)
                note = f"[open with {fresh.claimed_by if fresh else 'someone'}]"
        parent = self.store.get(item.parent_id) if item is not None and item.parent_id else None
        history = self.store.author_history(item.author if item else None, exclude=item.id if item else None)
        self.query_one(DetailPane).show(item, config=self.config, article=self.store.article(
            item.article_id if item else None), parent=parent, history=history, claim_note=note)

    # --- actions -----------------------------------------------------------------------------------------

    def action_down(self) -> None:
        self.query_one(QueueList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(QueueList).action_cursor_up()

    def _decide(self, action: str, reason: str | None = None) -> None:
        assert self.store is not None
        item = self.current
        if item is None:
            self.notify("Nothing selected", severity="warning")
            return
        try:
            self.store.decide(self.reviewer, item.id, action, reason)
        except Conflict as exc:
            self.notify(str(exc), severity="error")
            return
        self.query_one(QueueList).mark_current(ACTIONS[action])
        self.refresh_header()

    def action_approve(self) -> None:
        self._decide("approve")

    def action_escalate(self) -> None:
        self._decide("escalate")

    def action_reject(self) -> None:
        if self.current is None:
            return

        def done(reason: str | None) -> None:
            if reason is not None:
                self._decide("reject", reason)

        self.push_screen(ReasonPicker(), done)

    def action_undo(self) -> None:
        assert self.store is not None
        try:
            undone = self.store.undo(self.reviewer)
        except Conflict as exc:
            self.notify(str(exc), severity="error")
            return
        if undone is None:
            self.notify("Nothing to undo")
            return
        self.reload(self.query_one(QueueList).cursor_row)
        self.notify(f"Undone: {undone['comment_id']} is {undone['status']} again")

    def action_note(self) -> None:
        if self.current is None:
            return
        cid = self.current.id

        def done(text: str | None) -> None:
            if text and self.store is not None:
                self.store.note(self.reviewer, cid, text)
                self.notify("Note saved")

        self.push_screen(Prompt("Note on this comment:"), done)

    def action_reject_author(self) -> None:
        assert self.store is not None
        if self.current is None or not self.current.author:
            self.notify("No author to act on", severity="warning")
            return
        author = self.current.author
        n = self.store.count(Filters(status="pending", author=author))

        def done(yes: bool | None) -> None:
            if yes and self.store is not None:
                count = self.store.reject_author(self.reviewer, author, "abusive")
                self.reload(self.query_one(QueueList).cursor_row)
                self.notify(f"Rejected {count} pending comments by {author}")

        self.push_screen(Confirm(f"Reject all {n} pending comments by {author}?"), done)

    def action_search(self) -> None:
        def done(query: str | None) -> None:
            if query is None:
                return
            self.query_text = query.strip()
            self.filters = Filters.parse(self.query_text)
            self.reload()

        self.push_screen(Prompt("Search and filter (text, status:…, author:…, article:…, attr:…):",
                                self.query_text), done)

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.reload()
        self.notify(f"Sorted by {self.sort}")

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for key, title, help_text, action in (
            ("a", "Approve", "Approve the selected comment", self.action_approve),
            ("r", "Reject", "Reject the selected comment with a reason", self.action_reject),
            ("e", "Escalate", "Escalate the selected comment", self.action_escalate),
            ("u", "Undo", "Undo your last decision", self.action_undo),
            ("n", "Note", "Add a note to the selected comment", self.action_note),
            ("b", "Reject all by author", "Reject all pending comments by this author", self.action_reject_author),
            ("/", "Search and filter", "Filter the queue", self.action_search),
            ("s", "Sort", "Cycle the sort order", self.action_sort),
            ("?", "Keys", "Show every key", self.action_help),
        ):
            yield SystemCommand(f"{title} ({key})", help_text, action)


def make_app(db: str, reviewer: str, config: Config | None = None) -> ReviewApp:
    """The one app factory, used by ``moderator review`` and by the tests."""
    return ReviewApp(str(db), reviewer, config)
