"""Comment text is hostile input: show it as inert, visible text.

Rich ``Text`` objects are built directly (never parsed as markup), so ``[bold]`` or ``[@click=app.quit]`` in a
comment is shown as typed.  Control characters, including the ESC that starts ANSI/OSC sequences, are replaced by
visible escapes (``\\x1b``), so nothing in a comment can move the cursor, retitle the terminal or change colours.
"""

from __future__ import annotations

import re

from rich.text import Text

# C0 and C1 controls (tab and newline are kept), DEL, and the bidi overrides that can reorder what is shown.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def inert(text: str) -> str:
    """``text`` with every control character shown as a visible escape."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def one_line(text: str, width: int = 80) -> Text:
    flat = " ".join(inert(text).split())
    if len(flat) > width:
        flat = flat[: width - 1] + "…"
    return Text(flat)


SPAN_STYLES = {"profanity": "bold red", "insult": "bold magenta", "threat": "bold white on red",
               "identity_attack": "bold white on magenta",
               "toxic": "underline red", "blocked_term": "reverse red", "watched_term": "reverse yellow"}


def highlighted(text: str, spans: list[dict]) -> Text:
    """The comment with its offending spans styled; offsets are into the original text."""
    out = Text()
    cuts = sorted({0, len(text), *(max(0, min(len(text), int(s[k]))) for s in spans for k in ("start", "end"))})
    for a, b in zip(cuts, cuts[1:]):
        labels = [s["label"] for s in spans if s["start"] <= a and b <= s["end"]]
        style = SPAN_STYLES.get(labels[0], "bold red") if labels else ""
        out.append(inert(text[a:b]), style=style)
    return out
