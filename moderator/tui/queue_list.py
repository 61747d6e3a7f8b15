"""The queue: one row per comment, most severe first (or as sorted), in a DataTable."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from ..store import Item
from .messages import ItemSelected
from .safe import one_line

_SEVERITY = {0: " ", 1: "·", 2: "!", 3: "‼"}
_DONE = {"approved": "✓", "rejected": "✗", "escalated": "↑"}
_SHORT = {"toxicity": "tox", "profanity": "prof", "insult": "ins", "threat": "THR", "identity_attack": "ID"}


def top_attribute(item: Item) -> tuple[str, float]:
    scores = {k: v for k, v in item.scores.items() if k != "hostility"}
    if not scores:
        return "-", 0.0
    k = max(scores, key=scores.get)
    return k, scores[k]


class QueueList(DataTable):
    """Rows keyed by comment id; posts :class:`ItemSelected` when the cursor lands on one."""

    DEFAULT_CSS = """
    QueueList { width: 2fr; min-width: 34; height: 1fr; }
    """

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True
        self.add_column("  score", key="sev", width=10)
        self.add_column("author", key="author", width=10)
        self.add_column("comment", key="comment")

    def show(self, items: list[Item], keep_row: int | None = None) -> None:
        self.clear()
        for it in items:
            attr, value = top_attribute(it)
            self.add_row(self._flag(_SEVERITY.get(it.severity, " "), value, attr), one_line(it.author or "(anonymous)", 10),
                         one_line(it.text, 60), key=it.id)
        if items:
            self.move_cursor(row=min(keep_row or 0, len(items) - 1))
        else:
            self.post_message(ItemSelected(None))

    @staticmethod
    def _flag(mark: str, value: float, attr: str, style: str = "bold red") -> Text:
        return Text.assemble((mark, style), f" {value:.2f} {_SHORT.get(attr, attr)}")

    def current_id(self) -> str | None:
        if not self.row_count:
            return None
        row_key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        return row_key.value

    def mark_current(self, status: str) -> None:
        """Mark the decided row (it stays until the next reload, so you can see what you did) and move on.

        Updating one cell and moving the cursor costs the same on a 500-row page as on a 5-row one; removing the
        row would re-lay out the whole table.
        """
        cid = self.current_id()
        if cid is None:
            return
        old = self.get_cell(cid, "sev")
        style = "bold green" if status == "approved" else "bold yellow" if status == "escalated" else "bold red"
        self.update_cell(cid, "sev", Text.assemble((_DONE.get(status, "?"), style), old.plain[1:]))
        if self.cursor_row < self.row_count - 1:
            self.move_cursor(row=self.cursor_row + 1)
        else:
            self.post_message(ItemSelected(cid))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.post_message(ItemSelected(event.row_key.value if event.row_key else None))
