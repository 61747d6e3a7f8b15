"""The detail pane: article, comment with highlighted spans, score bars, why flagged, thread and author history."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from ..config import SCORE_ATTRIBUTES, Config
from ..store import Item
from .safe import highlighted, inert, one_line

BAR = 20


def score_bar(value: float, review: float, reject: float) -> Text:
    """``████████░░░░|░░░░░░║░`` : filled to the score, ``|`` at the review and ``║`` at the reject threshold."""
    fill = round(value * BAR)
    cells = ["█" if i < fill else "░" for i in range(BAR)]
    style = "red" if value >= reject else "yellow" if value >= review else "green"
    out = Text()
    marks = {min(BAR - 1, round(review * BAR)): "|", min(BAR - 1, round(reject * BAR)): "║"} if reject < 1.0 else \
        {min(BAR - 1, round(review * BAR)): "|"}
    for i, c in enumerate(cells):
        out.append(marks.get(i, c), style="bold white" if i in marks else style)
    return out


class DetailPane(VerticalScroll):
    DEFAULT_CSS = """
    DetailPane { width: 3fr; height: 1fr; border-left: solid $primary; padding: 0 1; }
    DetailPane > Static { margin-bottom: 1; }
    """

    def compose(self):
        yield Static(id="article")
        yield Static(id="comment")
        yield Static(id="scores")
        yield Static(id="why")
        yield Static(id="parent")
        yield Static(id="history")

    def show(self, item: Item | None, *, config: Config, article: dict | None, parent: Item | None,
             history: dict, claim_note: str | None = None) -> None:
        parts = {k: self.query_one(f"#{k}", Static) for k in ("article", "comment", "scores", "why", "parent",
                                                               "history")}
        if item is None:
            for p in parts.values():
                p.update("")
            parts["comment"].update(Text("Nothing to review here. Change the filter with / or the sort with s.",
                                         style="dim"))
            return
        title = (article or {}).get("title") or item.article_title or "(no article)"
        body = (article or {}).get("body") or ""
        head = Text.assemble(("Article: ", "bold"), inert(title))
        parts["article"].update(Group(head, Text(inert(body[:160] + ("…" if len(body) > 160 else "")), style="dim"))
                                if body else head)
        who = Text.assemble((inert(item.author or "(anonymous)"), "bold"), "  ", (inert(item.posted_at or ""), "dim"),
                            "  ", (item.status, "italic"), "  ", (inert(item.id), "dim"))
        if claim_note:
            who.append(f"  {claim_note}", style="bold yellow")
        parts["comment"].update(Group(who, highlighted(item.text, item.spans)))
        rows = []
        for attr in SCORE_ATTRIBUTES:
            v = float(item.scores.get(attr, 0.0))
            rows.append(Text.assemble(f"{attr:<16}", score_bar(v, getattr(config.review, attr),
                                                                getattr(config.reject, attr)), f" {v:.2f}"))
        parts["scores"].update(Group(*rows))
        why = ", ".join(item.reasons) if item.reasons else "no rule fired"
        labels = sorted({s["label"] for s in item.spans})
        parts["why"].update(Text.assemble(("Why: ", "bold"), f"machine said {item.machine or '?'}; ", inert(why),
                                          (f"; spans: {', '.join(labels)}" if labels else "")))
        if parent is not None:
            parts["parent"].update(Group(Text.assemble(("In reply to ", "bold"),
                                                       (inert(parent.author or "(anonymous)"), "bold")),
                                         Text(inert(parent.text[:300]), style="dim")))
        else:
            parts["parent"].update(Text("Top-level comment", style="dim"))
        lines = [Text.assemble(("Author history: ", "bold"),
                               f"{history['total']} comment{'' if history['total'] == 1 else 's'}, "
                               f"{history['rejected']} rejected "
                               f"({history['rate']:.0%})")]
        for h in history["recent"][:5]:
            lines.append(Text.assemble((f"{h['status']:<9} ", "italic"), one_line(h["text"], 70)))
        parts["history"].update(Group(*lines))
        self.scroll_home(animate=False)
