"""Plain-text scrapes of web pages: an article, then reader comments, then boilerplate.

Layouts handled:

* WordPress (.com) scrapes: each comment a bullet (``•``) line, author on the bullet line where present,
  indented paragraphs, ``Liked by N people``; replies indented deeper.
* Blogger: ``N comments:`` then ``Name said...`` / text / date line / ``Delete``.
* Generic themes: ``Name says:`` / date line / text / ``Reply``.

Boilerplate (comment form, login-method lines, Akismet notice, share buttons, ``Reply``, ``Loading...``)
never reaches a comment or the article body.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Iterator

from ..records import Article, Comment
from .textutil import find_date

# Lines that end the comment section (everything after them is the comment form and footer).
_END_RE = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|join the discussion|"
    r"subscribe to:\s*post comments|newer post|older post|you must be logged in to post a comment|"
    r"comments are closed\.?|write a comment|cancel reply|load more comments)\b",
    re.I,
)
# Single lines that are boilerplate wherever they stand.
_BOILERPLATE_RE = re.compile(
    r"^(?:reply(?:\s*↓)?|(?:like\s+)?loading\.{3}|like|liked by|delete|report|share|share this:?|like this:?|related|"
    r"(?:twitter|facebook|reddit|email|print|linkedin|whatsapp|pinterest|tumblr|telegram|pocket|more)|"
    r"please log in using one of these methods to post your comment:|"
    r"(?:wordpress\.com|google|twitter|facebook) (?:logo|photo|picture)|"
    r"you are commenting using your .* account\..*|connecting to %s|"
    r"this site uses akismet to reduce spam\..*|notify me of (?:new|follow-up) .*|"
    r"\(?log out\s*/?\s*change\s*\)?|cancel|post comment|"
    r"(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?:?|"
    r"\d+ thoughts? on .*|one thought on .*|\d+ (?:responses?|replies) to .*)$",
    re.I,
)
_BULLET_CHARS_RE = re.compile(r"^[•●▪◦‣]\s*")
_LIKES_RE = re.compile(r"^liked by (\d[\d,]*) (?:people|persons?)$", re.I)
_HEADER_RE = re.compile(
    r"^(?:\d+|one|no)\s+(?:comments?|responses?|replies|thoughts?)\b.*$|^comments?(?:\s*\(\d+\))?:?$|^responses$",
    re.I,
)
_BULLET_RE = re.compile(r"^(?P<indent>\s*)[•●▪◦‣](?:\s+|$)(?P<rest>.*)$")
_SAYS_RE = re.compile(r"^(?P<indent>\s*)(?P<name>\S.{0,60}?)\s+(?:says|said|wrote)\s*(?::|\.\.\.|…)\s*(?P<rest>.*)$", re.I)
_DATE_LINE_RE = re.compile(r"^(?:on\s+)?\S.{0,60}$")
_SENTENCE_END = tuple(".!?:;…\"”’)")


@dataclass
class _Line:
    no: int
    raw: str

    @property
    def text(self) -> str:
        return self.raw.strip()

    @property
    def indent(self) -> int:
        return len(self.raw) - len(self.raw.lstrip())


@dataclass
class _Item:
    indent: int
    lineno: int
    author: str | None = None
    lines: list[_Line] = field(default_factory=list)


def _is_boilerplate(text: str) -> bool:
    return bool(_BOILERPLATE_RE.match(_BULLET_CHARS_RE.sub("", text)))


def _paragraphs(lines: list[_Line]) -> list[str]:
    paras, cur = [], []
    for ln in lines:
        if ln.text:
            cur.append(ln.text)
        elif cur:
            paras.append("\n".join(cur))
            cur = []
    if cur:
        paras.append("\n".join(cur))
    return paras


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 5
        and len(text) <= 50
        and not text.endswith(_SENTENCE_END)
        and not text.startswith(("“", '"', "'", "‘", "«", "@", "http"))
        and not any(ch.isdigit() for ch in text[:1])
    )


def _is_date_line(text: str) -> bool:
    return len(text) <= 60 and find_date(text) is not None and bool(_DATE_LINE_RE.match(text))


def parse_text_page(text: str, name: str) -> Iterator[Article | Comment]:
    lines = [_Line(i, raw.replace("\t", "    ")) for i, raw in enumerate(text.splitlines(), start=1)]
    start, end = _comment_region(lines)
    article = _article(lines[:start], name)
    yield article
    for c in _comments(lines[start:end], article.id):
        c.article_id, c.article_title = article.id, article.title
        c.source = f"{name}:{c.source}"
        yield c


def _comment_region(lines: list[_Line]) -> tuple[int, int]:
    """Index range [start, end) of the comment section; start == end when the page has no comments."""
    n = len(lines)
    # The comment section ends at the form/footer heading that follows it.
    end = n
    first_starter = next((i for i, ln in enumerate(lines) if _starter(ln)), None)
    for i, ln in enumerate(lines):
        if _END_RE.match(ln.text) and (first_starter is None or i > first_starter):
            end = i
            break
    # An explicit header ("4 comments:", "12 Responses to ...") starts it.
    for i in range(end):
        if _HEADER_RE.match(lines[i].text) and i > 0:
            return i + 1, end
    # Otherwise: the trailing run of bullet/indented lines before `end`, or the first "Name says:" line.
    says = next((i for i in range(end) if _SAYS_RE.match(lines[i].raw) and not _BULLET_RE.match(lines[i].raw)), None)
    if says is not None and says > 0:
        return says, end
    start = end
    for i in range(end - 1, -1, -1):
        ln = lines[i]
        if not ln.text or _is_boilerplate(ln.text) or _BULLET_RE.match(ln.raw) or ln.indent >= 2:
            start = i
            continue
        break
    # Only a comment section if it starts with a bullet and holds comment structure, not an article's list.
    while start < end and (not lines[start].text or _is_boilerplate(lines[start].text)):
        start += 1
    if start >= end or not _BULLET_RE.match(lines[start].raw):
        return end, end
    region = lines[start:end]
    structured = any(_LIKES_RE.match(ln.text) or _is_boilerplate(ln.text) for ln in region) or any(
        ln.text and ln.indent >= 2 and not _BULLET_RE.match(ln.raw) for ln in region
    )
    return (start, end) if structured else (end, end)


def _starter(ln: _Line) -> bool:
    return bool(_BULLET_RE.match(ln.raw) or (_SAYS_RE.match(ln.raw) and len(ln.text) < 90))


def _article(lines: list[_Line], name: str) -> Article:
    body_lines = [ln for ln in lines if not _is_boilerplate(ln.text) and not _HEADER_RE.match(ln.text)]
    paras = _paragraphs(body_lines)
    title = paras.pop(0).replace("\n", " ") if paras else None
    byline = published = None
    if paras and len(paras[0]) <= 200 and (find_date(paras[0]) or paras[0].lower().startswith("by ")):
        byline = paras.pop(0).replace("\n", " ")
        published = find_date(byline)
        if published and re.search(r"\b(?:GMT|UTC)\b", byline) and "Z" not in published and "T" in published:
            published += "Z"
    key = (title or name).encode("utf-8")
    art_id = "a-" + hashlib.sha1(key).hexdigest()[:12]
    first = lines[0].no if lines else 1
    return Article(id=art_id, title=title, url=None, byline=byline, published_at=published,
                   body="\n\n".join(paras), source=f"{name}:{first}")


def _comments(region: list[_Line], id_prefix: str) -> Iterator[Comment]:
    items: list[_Item] = []
    for ln in region:
        m = _BULLET_RE.match(ln.raw)
        s = _SAYS_RE.match(ln.raw)
        if m:
            item = _Item(indent=len(m["indent"]), lineno=ln.no)
            rest = m["rest"].strip()
            sm = _SAYS_RE.match(rest)
            if sm and len(rest) < 90:
                item.author = sm["name"].strip()
                rest = sm["rest"].strip()
            if rest:
                item.lines.append(_Line(ln.no, rest))
            items.append(item)
        elif s and len(ln.text) < 90:
            item = _Item(indent=len(s["indent"]), lineno=ln.no, author=s["name"].strip())
            if s["rest"].strip():
                item.lines.append(_Line(ln.no, s["rest"].strip()))
            items.append(item)
        elif items:
            items[-1].lines.append(ln)
    stack: list[tuple[int, str]] = []  # (indent, id) of the open ancestors: deeper indent = reply
    n = 0
    for item in items:
        comment = _finish_item(item)
        if comment is None:
            continue
        n += 1
        comment.id = f"{id_prefix}-c{n}"
        while stack and stack[-1][0] >= item.indent:
            stack.pop()
        comment.parent_id = stack[-1][1] if stack else None
        stack.append((item.indent, comment.id))
        yield comment


def _finish_item(item: _Item) -> Comment | None:
    likes = None
    posted = None
    kept: list[_Line] = []
    for ln in item.lines:
        t = ln.text
        lm = _LIKES_RE.match(t)
        if lm:
            likes = int(lm.group(1).replace(",", ""))
            continue
        if _is_boilerplate(t):
            continue
        if posted is None and len(t.split()) <= 8 and _is_date_line(t):
            posted = find_date(t)
            continue
        kept.append(ln)
    paras = _paragraphs(kept)
    author = item.author
    if author is None and len(paras) >= 2 and "\n" not in paras[0] and _looks_like_name(paras[0]):
        author = paras.pop(0)
    if not paras:
        return None
    return Comment(id="", text="\n\n".join(paras), author=author, posted_at=posted, likes=likes,
                   source=str(item.lineno))
