"""WordPress WXR and Disqus XML exports, streamed with defusedxml (entity declarations refused).

Memory stays bounded: each ``<item>`` (WXR) or top-level ``<post>``/``<thread>`` (Disqus) is cleared once
turned into records.  Disqus thread titles are kept in a dict so posts can name their article.
"""

from __future__ import annotations

import re
from typing import Iterator
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from ..errors import InputError
from ..records import Article, Comment, Rejected, snippet
from .source import Source
from .textutil import display_text, normalise_date

DSQ = "{http://disqus.com/disqus-internals}"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _ns(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def _child_text(el, local: str, ns_part: str | None = None) -> str | None:
    for child in el:
        if _local(child.tag) == local and (ns_part is None or ns_part in _ns(child.tag)):
            return (child.text or "").strip() if child.text is not None else ""
    return None


def _events(src: Source, events=("start", "end")):
    """iterparse that turns XML errors into Rejected items and entity bombs into a refusal."""
    try:
        for event, el in iterparse(src.stream, events=events, forbid_dtd=False, forbid_entities=True,
                                   forbid_external=True):
            yield event, el
    except DefusedXmlException as exc:
        what = f"entity '{exc.name}'" if getattr(exc, "name", None) else type(exc).__name__
        raise InputError(src.name, f"XML refused: it declares {what}; entity declarations are not accepted "
                         "(protection against entity-expansion bombs such as billion laughs)") from None
    except ParseError as exc:
        line, col = exc.position
        reason = re.sub(r":\s*line \d+, column \d+$", "", str(exc))
        yield "error", Rejected(f"line {line}, column {col + 1}", f"XML is malformed or truncated: {reason}")


def parse_wxr(src: Source) -> Iterator[Article | Comment | Rejected]:
    depth = 0
    item_no = 0
    for event, el in _events(src):
        if event == "error":
            yield el
            return
        if event == "start":
            depth += 1
            continue
        depth -= 1
        if _local(el.tag) != "item" or _ns(el.tag):
            continue
        item_no += 1
        yield from _wxr_item(el, item_no, src.name)
        el.clear()


def _wxr_item(item, item_no: int, name: str) -> Iterator[Article | Comment | Rejected]:
    post_id = _child_text(item, "post_id", "wordpress.org/export") or f"item{item_no}"
    title = _child_text(item, "title")
    body = ""
    for child in item:
        if _local(child.tag) == "encoded" and "purl.org/rss/1.0/modules/content" in _ns(child.tag):
            body = display_text(child.text or "")
    yield Article(
        id=post_id, title=title, url=_child_text(item, "link"), byline=_child_text(item, "creator"),
        published_at=_wp_date(item, "post_date") or normalise_date(_child_text(item, "pubDate")),
        body=body, source=f"{name}:item {item_no}",
    )
    n = 0
    for child in item:
        if _local(child.tag) != "comment" or "wordpress.org/export" not in _ns(child.tag):
            continue
        n += 1
        where = f"item {item_no} (post {post_id}), comment {n}"
        cid = _child_text(child, "comment_id")
        content = _child_text(child, "comment_content")
        if not cid:
            yield Rejected(where, "wp:comment without wp:comment_id", snippet(content))
            continue
        if content is None:
            yield Rejected(where, f"wp:comment {cid} has no wp:comment_content")
            continue
        parent = _child_text(child, "comment_parent")
        ctype = _child_text(child, "comment_type") or "comment"
        approved = _child_text(child, "comment_approved")
        meta = {"approved": approved, "type": ctype}
        if ctype in ("pingback", "trackback"):
            meta["is_pingback"] = True
        yield Comment(
            id=cid, text=display_text(content), parent_id=parent if parent and parent != "0" else None,
            author=_child_text(child, "comment_author") or None,
            posted_at=_wp_date(child, "comment_date"),
            article_id=post_id, article_title=title, source=f"{name}:{where}", meta=meta,
        )


def _wp_date(el, field: str) -> str | None:
    """``wp:X_gmt`` as UTC when set (WordPress writes 0000-00-00 for drafts), else the site-local ``wp:X``."""
    gmt = _child_text(el, f"{field}_gmt", "wordpress.org/export")
    if gmt and not gmt.startswith("0000"):
        return normalise_date(gmt.replace(" ", "T") + "Z")
    local = _child_text(el, field, "wordpress.org/export")
    return normalise_date(local) if local and not local.startswith("0000") else None


def parse_disqus(src: Source) -> Iterator[Article | Comment | Rejected]:
    threads: dict[str, tuple[str | None, str | None]] = {}
    depth = 0
    root = None
    post_no = 0
    for event, el in _events(src):
        if event == "error":
            yield el
            return
        if event == "start":
            depth += 1
            if root is None:
                root = el
            continue
        depth -= 1
        if depth != 1:
            continue
        kind = _local(el.tag)
        if kind == "thread":
            tid = el.get(f"{DSQ}id") or _child_text(el, "id") or ""
            title, link = _child_text(el, "title"), _child_text(el, "link")
            threads[tid] = (title, link)
            yield Article(id=tid, title=title, url=link, byline=_author_name(el),
                          published_at=normalise_date(_child_text(el, "createdAt")),
                          body=display_text(_child_text(el, "message") or "", newlines_are_breaks=False),
                          source=f"{src.name}:thread {tid}")
        elif kind == "post":
            post_no += 1
            yield _disqus_post(el, post_no, threads, src.name)
        if root is not None:
            root.clear()


def _author_name(el) -> str | None:
    for child in el:
        if _local(child.tag) == "author":
            return _child_text(child, "name") or _child_text(child, "username") or None
    return None


def _disqus_post(el, post_no: int, threads, name: str) -> Comment | Rejected:
    pid = el.get(f"{DSQ}id") or _child_text(el, "id")
    where = f"post {post_no}" + (f" (dsq:id {pid})" if pid else "")
    message = _child_text(el, "message")
    thread_id = parent_id = None
    for child in el:
        if _local(child.tag) == "thread":
            thread_id = child.get(f"{DSQ}id")
        elif _local(child.tag) == "parent":
            parent_id = child.get(f"{DSQ}id")
    if not pid:
        return Rejected(where, "post without dsq:id", snippet(message))
    if message is None:
        return Rejected(where, "post without <message>")
    title = threads.get(thread_id or "", (None, None))[0]
    flags = {k: (_child_text(el, k) or "").lower() == "true" for k in ("isDeleted", "isSpam")}
    return Comment(
        id=pid, text=display_text(message, newlines_are_breaks=False), parent_id=parent_id,
        author=_author_name(el), posted_at=normalise_date(_child_text(el, "createdAt")),
        article_id=thread_id, article_title=title, source=f"{name}:{where}",
        meta={"is_deleted": flags["isDeleted"], "is_spam": flags["isSpam"]},
    )
