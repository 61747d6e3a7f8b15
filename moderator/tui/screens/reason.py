"""``r``: pick the reason for a rejection."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList

from ...store import REASONS


class ReasonPicker(ModalScreen[str | None]):
    """Dismisses with the chosen reason code, or None on escape.  Digits 1-8 pick directly."""

    BINDINGS = [("escape", "cancel", "Cancel")] + [(str(i + 1), f"pick({i})", r) for i, r in enumerate(REASONS)]
    DEFAULT_CSS = """
    ReasonPicker { align: center middle; }
    ReasonPicker > Vertical { width: 40; height: auto; border: thick $error; background: $surface; padding: 0 1; }
    ReasonPicker OptionList { height: auto; max-height: 12; }
    """

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Reject: why?")
            yield OptionList(*(f"{i + 1} {r}" for i, r in enumerate(REASONS)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(REASONS[event.option_index])

    def action_pick(self, index: int) -> None:
        self.dismiss(REASONS[index])

    def action_cancel(self) -> None:
        self.dismiss(None)
