"""Messages between the dashboard's widgets, as small dataclasses."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class ItemSelected(Message):
    """The queue list's cursor moved onto a comment."""

    comment_id: str | None
