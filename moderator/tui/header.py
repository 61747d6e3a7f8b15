"""The header line: reviewer, counts per status, sort and filter."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from .safe import inert


class QueueHeader(Static):
    DEFAULT_CSS = """
    QueueHeader { height: 1; background: $primary; color: $text; padding: 0 1; }
    """

    def show(self, reviewer: str, counts: dict[str, int], sort: str, query: str, status: str | None) -> None:
        t = Text.assemble(("moderator review", "bold"), f"  {inert(reviewer)}  ")
        for k, v in counts.items():
            t.append(f"{k} {v}  ", style="bold" if k == (status or "") else "")
        t.append(f"sort:{sort}")
        if query:
            t.append(f"  filter:{inert(query)}")
        self.update(t)
