"""Line-oriented JSON dumps (generic JSONL, Reddit NDJSON, Hacker News items) and single JSON documents.

Every line is one record: a bad line becomes a :class:`Rejected` naming its line number, and the stream goes on.
"""

from __future__ import annotations

import html
import json
from collections import OrderedDict
from typing import Any, Callable, Iterator

from ..config import FieldMap
from ..records import Article, Comment, Rejected, snippet
from .source import Source, TooLong, decode_line, human, iter_lines
from .textutil import display_text, html_to_text, normalise_date

Record = Article | Comment | Rejected
Handler = Callable[[dict[str, Any], str], "Record | None"]


class _BoundedMap(OrderedDict):
    """id -> value with the oldest entries dropped past ``limit``: memory stays flat on any dump size."""

    def __init__(self, limit: int = 200_000):
        super().__init__()
        self.limit = limit

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        if len(self) > self.limit:
            self.popitem(last=False)


def iter_json_lines(src: Source, limit: int) -> Iterator[tuple[str, dict[str, Any] | Rejected]]:
    """``(location, object)`` for each non-blank line, or ``(location, Rejected)`` for a bad one."""
    for lineno, line in iter_lines(src.stream, limit):
        where = f"line {lineno}"
        if isinstance(line, TooLong):
            yield where, Rejected(where, f"record is {human(line.size)}, over the {human(limit)} limit "
                                  "([input] max_record_mb)")
            continue
        if not line.strip():
            continue
        try:
            text = decode_line(line).strip()
            obj = json.loads(text)
        except ValueError as exc:
            msg = f"not valid JSON: {exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else str(exc)
            yield where, Rejected(where, msg, snippet(line))
            continue
        if not isinstance(obj, dict):
            yield where, Rejected(where, f"expected a JSON object, got {type(obj).__name__}", snippet(line))
            continue
        yield where, obj


def _pick(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        if k in obj and obj[k] is not None:
            return obj[k]
    return None


def _str(v: Any) -> str | None:
    return None if v is None or v == "" else str(v)


def _int(v: Any) -> int | None:
    if isinstance(v, bool) or v is None:
        return None
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def generic_handler(mapping: FieldMap, name: str) -> Handler:
    def handle(obj: dict[str, Any], where: str) -> Record:
        text = _pick(obj, mapping.text)
        if not isinstance(text, str):
            keys = ", ".join(mapping.text)
            problem = "has no text field" if text is None else f"text field is {type(text).__name__}, not a string"
            return Rejected(where, f"{problem} (looked for: {keys}; set [fields] text in config.toml)",
                            snippet(json.dumps(obj, ensure_ascii=False)))
        cid = _str(_pick(obj, mapping.id)) or where.replace("line ", "L")
        return Comment(
            id=cid, text=display_text(text), parent_id=_str(_pick(obj, mapping.parent_id)),
            author=_str(_pick(obj, mapping.author)), posted_at=normalise_date(_pick(obj, mapping.posted_at)),
            likes=_int(_pick(obj, mapping.likes)), article_id=_str(_pick(obj, mapping.article_id)),
            article_title=_str(_pick(obj, mapping.article_title)), source=f"{name}:{where}",
        )

    return handle


def reddit_handler(name: str) -> Handler:
    """Pushshift / Arctic Shift comments (``body``) and submissions (``title``/``selftext``)."""
    titles = _BoundedMap()

    def handle(obj: dict[str, Any], where: str) -> Record:
        rid = _str(obj.get("id"))
        if "body" not in obj and ("title" in obj or "selftext" in obj):
            if not rid:
                return Rejected(where, "submission without id")
            titles[rid] = obj.get("title")
            return Article(id=rid, title=_str(obj.get("title")), url=_str(obj.get("url") or obj.get("permalink")),
                           byline=_author(obj.get("author")), published_at=normalise_date(obj.get("created_utc")),
                           body=html.unescape(obj.get("selftext") or ""), source=f"{name}:{where}")
        body = obj.get("body")
        if not rid or not isinstance(body, str):
            return Rejected(where, "Reddit comment needs 'id' and a string 'body'", snippet(json.dumps(obj)[:400]))
        parent = _str(obj.get("parent_id")) or ""
        link = (_str(obj.get("link_id")) or "").removeprefix("t3_") or None
        meta: dict[str, Any] = {"subreddit": obj.get("subreddit")}
        if body in ("[removed]", "[deleted]"):
            meta["removed"] = True
        return Comment(
            id=rid, text=html.unescape(body), parent_id=parent[3:] if parent.startswith("t1_") else None,
            author=_author(obj.get("author")), posted_at=normalise_date(obj.get("created_utc")),
            likes=_int(obj.get("score")), article_id=link, article_title=titles.get(link) if link else None,
            source=f"{name}:{where}", meta=meta,
        )

    return handle


def _author(v: Any) -> str | None:
    return None if v in (None, "", "[deleted]") else str(v)


def hn_handler(name: str) -> Handler:
    """Hacker News Firebase items (``by``, ``parent``, ``time``) one per line; stories become articles."""
    story_of = _BoundedMap()   # item id -> story id, for comments and stories seen so far
    titles = _BoundedMap()

    def handle(obj: dict[str, Any], where: str) -> Record | None:
        iid = _str(obj.get("id"))
        kind = obj.get("type")
        if not iid:
            return Rejected(where, "Hacker News item without id", snippet(json.dumps(obj)[:400]))
        if kind in ("story", "job", "poll", "ask"):
            story_of[iid] = iid
            titles[iid] = obj.get("title")
            return Article(id=iid, title=_str(obj.get("title")), url=_str(obj.get("url")), byline=_str(obj.get("by")),
                           published_at=normalise_date(obj.get("time")),
                           body=html_to_text(obj.get("text") or ""), source=f"{name}:{where}")
        if kind != "comment":
            return Rejected(where, f"Hacker News item of type {kind!r} is neither a comment nor a story")
        parent = _str(obj.get("parent"))
        story = story_of.get(parent) if parent else None
        story_of[iid] = story
        meta = {k: True for k in ("deleted", "dead") if obj.get(k)}
        return Comment(
            id=iid, text=html_to_text(obj.get("text") or ""), parent_id=None if parent == story else parent,
            author=_str(obj.get("by")), posted_at=normalise_date(obj.get("time")), article_id=story,
            article_title=titles.get(story) if story else None, source=f"{name}:{where}", meta=meta,
        )

    return handle


def parse_json_lines(src: Source, handler: Handler, limit: int) -> Iterator[Record]:
    for where, obj in iter_json_lines(src, limit):
        if isinstance(obj, Rejected):
            yield obj
            continue
        rec = handler(obj, where)
        if rec is not None:
            yield rec


def parse_json_document(text: str, name: str, mapping: FieldMap) -> Iterator[Record]:
    """A single JSON document: an Algolia HN item tree, ``{"hits": [...]}`` or a list of comment objects."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejected(f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}")
        return
    if isinstance(doc, dict) and "children" in doc and ("story_id" in doc or "points" in doc or "type" in doc):
        yield from _algolia_tree(doc, name)
        return
    items = doc.get("hits") if isinstance(doc, dict) and isinstance(doc.get("hits"), list) else doc
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list):
        yield Rejected("document", "expected a JSON object or array of comment objects")
        return
    handle = generic_handler(mapping, name)
    for i, obj in enumerate(items, start=1):
        where = f"record {i}"
        yield handle(obj, where) if isinstance(obj, dict) else Rejected(where, "expected a JSON object")


def _algolia_tree(root: dict[str, Any], name: str) -> Iterator[Record]:
    story_id = _str(root.get("story_id") or root.get("id"))
    title = root.get("title")
    if root.get("type") == "story":
        yield Article(id=str(root.get("id")), title=_str(title), url=_str(root.get("url")), byline=_str(root.get("author")),
                      published_at=normalise_date(root.get("created_at_i") or root.get("created_at")),
                      body=html_to_text(root.get("text") or ""), source=f"{name}:item {root.get('id')}")
    stack = [(child, root) for child in reversed(root.get("children") or [])]
    while stack:
        node, parent = stack.pop()
        where = f"item {node.get('id')}"
        if not isinstance(node, dict) or node.get("id") is None:
            yield Rejected(where, "child item without id")
            continue
        top = parent is root and root.get("type") == "story"
        yield Comment(
            id=str(node["id"]), text=html_to_text(node.get("text") or ""),
            parent_id=None if top else _str(parent.get("id")), author=_str(node.get("author")),
            posted_at=normalise_date(node.get("created_at_i") or node.get("created_at")),
            likes=_int(node.get("points")), article_id=story_id, article_title=_str(title),
            source=f"{name}:{where}",
        )
        stack.extend((c, node) for c in reversed(node.get("children") or []))
