"""Display text from comment markup, and date normalisation to ISO 8601.

Comment text is normalised for display only: HTML entities decoded, tags stripped, paragraph breaks kept.
Plain text without markup is returned unchanged apart from line endings.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone

_BLOCK = {
    "p", "div", "blockquote", "pre", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "tr", "section", "article", "header", "footer", "figure", "figcaption", "dl", "dt", "dd", "hr",
}
_DROP = {"script", "style", "template", "noscript", "head", "iframe", "object", "svg", "form", "button"}
_KNOWN_TAGS = (
    "a|abbr|b|blockquote|br|code|dd|del|div|dl|dt|em|font|h[1-6]|hr|i|img|ins|li|ol|p|pre|q|s|small|span|"
    "strike|strong|sub|sup|table|td|th|tr|tt|u|ul|script|style|iframe|center|cite|figure|figcaption|section|article"
)
_TAG_RE = re.compile(rf"</?(?:{_KNOWN_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")
_WS_RE = re.compile(r"[ \t\r\f\v\n]+")
_BREAK = "\x00P"  # paragraph break marker while walking the tree
_LINE = "\x00L"   # line break marker


def looks_like_html(text: str) -> bool:
    return bool(_TAG_RE.search(text))


def display_text(text: str, *, newlines_are_breaks: bool = True) -> str:
    """Text fit for display from a field that may hold HTML.

    ``newlines_are_breaks``: WordPress/Reddit style, where the newlines typed by the author are meaningful even
    around markup. With False (HN, Disqus, HTML pages), whitespace in markup collapses as a browser would.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if looks_like_html(text):
        return html_to_text(text, newlines_are_breaks=newlines_are_breaks)
    if "&" in text and _ENTITY_RE.search(text):
        return html.unescape(text)
    return text


def html_to_text(markup: str, *, newlines_are_breaks: bool = False) -> str:
    """Convert an HTML fragment to plain text with paragraph (``\\n\\n``) and line (``\\n``) breaks kept."""
    from lxml import etree, html as lhtml

    try:
        root = lhtml.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return html.unescape(_TAG_RE.sub("", markup))
    return element_text(root, newlines_are_breaks=newlines_are_breaks)


def element_text(root, *, newlines_are_breaks: bool = False) -> str:
    """Plain text of an lxml element, block elements becoming paragraph breaks."""
    parts: list[str] = []

    def add_text(s: str | None, pre: bool) -> None:
        if not s:
            return
        if pre:
            parts.append(s.replace("\n", _LINE))
        elif newlines_are_breaks:
            s = re.sub(r"\n[ \t]*\n\s*", _BREAK, s)
            s = s.replace("\n", _LINE)
            parts.append(re.sub(r"[ \t\r\f\v]+", " ", s))
        else:
            parts.append(_WS_RE.sub(" ", s))

    def walk(el, pre: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag in _DROP or not tag:  # comments and processing instructions have non-str tags
            add_text(el.tail, pre)
            return
        if tag == "br":
            parts.append(_LINE)
            add_text(el.tail, pre)
            return
        block = tag in _BLOCK
        if block:
            parts.append(_BREAK)
        inner_pre = pre or tag == "pre"
        add_text(el.text, inner_pre)
        for child in el:
            walk(child, inner_pre)
        if block:
            parts.append(_BREAK)
        add_text(el.tail, pre)

    walk(root, False)
    return _finish("".join(parts))


def _finish(s: str) -> str:
    # Turn markers into newlines, trim spaces around them, collapse runs of breaks.
    s = re.sub(r"[ \t]*(\x00[PL])[ \t]*", r"\1", s)
    s = re.sub(r"(?:\x00[PL])*\x00P(?:\x00[PL])*", "\n\n", s)
    s = s.replace(_LINE, "\n")
    s = re.sub(r"\n{3,}", "\n\n", s)
    return s.strip()


# --- dates -------------------------------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MONTH_RE = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_TIME_RE = r"(?:(?:\s*(?:at|,|-|–|@)\s*|\s+)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*(?P<tz>GMT|UTC|Z))?)?"
_DATE_PATTERNS = [
    re.compile(rf"\b{_MONTH_RE}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_TIME_RE}", re.I),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_RE},?\s+(?P<y>\d{{4}}){_TIME_RE}", re.I),
    re.compile(rf"\b(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}){_TIME_RE}", re.I),
]
_ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")


def iso_from_epoch(value: int | float | str) -> str | None:
    try:
        ts = float(value)
    except (TypeError, ValueError):
        return None
    if ts > 1e11:  # milliseconds
        ts /= 1000
    try:
        return datetime.fromtimestamp(ts, tz=timezone.utc).isoformat().replace("+00:00", "Z")
    except (OverflowError, OSError, ValueError):
        return None


def normalise_date(value: object) -> str | None:
    """ISO 8601 from an epoch number, an ISO string or a human date ("September 11, 2020 at 3:56 pm")."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return iso_from_epoch(value)
    s = str(value).strip()
    if re.fullmatch(r"\d{9,13}(?:\.\d+)?", s):
        return iso_from_epoch(s)
    if _ISO_RE.match(s):
        try:
            dt = datetime.fromisoformat(s.replace("Z", "+00:00").replace(" ", "T", 1))
        except ValueError:
            return None
        out = dt.isoformat()
        return out.replace("+00:00", "Z")
    return find_date(s)


def find_date(text: str) -> str | None:
    """The first human-written date in ``text`` as ISO 8601 (naive unless the text names GMT/UTC)."""
    for pat in _DATE_PATTERNS:
        m = pat.search(text)
        if not m:
            continue
        g = m.groupdict()
        month = _MONTHS[g["mon"][:3].lower()] if g.get("mon") else int(g["m"])
        try:
            hour = int(g["h"]) if g.get("h") else 0
            if g.get("ampm"):
                pm = g["ampm"].lower().startswith("p")
                hour = hour % 12 + (12 if pm else 0)
            dt = datetime(int(g["y"]), month, int(g["d"]), hour, int(g["mi"] or 0), int(g["s"] or 0))
        except ValueError:
            continue
        if g.get("tz"):
            return dt.replace(tzinfo=timezone.utc).isoformat().replace("+00:00", "Z")
        return dt.isoformat() if g.get("h") else dt.date().isoformat()
    return None
