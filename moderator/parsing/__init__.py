"""Parsing: pages and dumps in, :class:`~moderator.records.Comment` / :class:`~moderator.records.Article` out.

``parse_input`` streams records from one input; :class:`ParseStats` accounts for every record read
(``read == written + rejected + other``).  Whole-file problems raise :class:`~moderator.errors.InputError`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Callable, Iterator

from ..config import Config
from ..errors import InputError, RecordError
from ..records import Article, Comment, Rejected
from .source import READ_ERRORS, Source, open_source, read_document

FORMATS = ("auto", "text", "html", "wxr", "disqus", "jsonl", "csv", "reddit", "hn")
_SUFFIX_HINTS = {
    ".csv": "csv", ".tsv": "csv", ".html": "html", ".htm": "html", ".txt": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".xml": "xml",
}


@dataclass
class ParseStats:
    """Counts for one run; ``read == written + rejected + other`` always holds."""

    read: int = 0
    written: int = 0
    rejected: int = 0
    other: int = 0  # records of the other kind (articles while writing comments, and vice versa)
    rejects: list[tuple[str, Rejected]] = field(default_factory=list)
    # Where rejected records go under on_error="skip"; by default they are kept in ``rejects``.
    on_reject: Callable[[str, Rejected], None] | None = None

    def reject(self, path: str, rec: Rejected) -> None:
        self.rejected += 1
        if self.on_reject is not None:
            self.on_reject(path, rec)
        else:
            self.rejects.append((path, rec))

    def summary(self, articles: bool = False) -> str:
        kind, other_kind = ("article", "comment") if articles else ("comment", "article")
        other = f" + {_n(self.other, other_kind)} not written" if self.other else ""
        return f"{_n(self.read, 'record')} read = {_n(self.written, kind)} written + {self.rejected} rejected{other}"


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _suffix_format(name: str) -> str | None:
    low = name.lower().removesuffix(".zst").removesuffix(".gz")
    for suf, fmt in _SUFFIX_HINTS.items():
        if low.endswith(suf):
            return fmt
    return None


def detect_format(src: Source) -> str:
    """The input format from its content (first bytes and first line), the file suffix breaking ties."""
    head = src.head
    if not head.strip():
        raise InputError(src.name, "file is empty")
    nul = head.find(b"\x00")
    if nul != -1:
        raise InputError(src.name, f"looks like a binary file (NUL byte at offset {nul}), not a page or a dump")
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    low = text[:8192].lower()
    hint = _suffix_format(src.name)
    if text.startswith("<"):
        if "wordpress.org/export" in low:
            return "wxr"
        if "<disqus" in low:
            return "disqus"
        if re.search(r"<(?:!doctype html|html|head|body|div|article|p)\b", low):
            return "html"
        raise InputError(src.name, "XML that is neither a WordPress WXR nor a Disqus export (use --format)")
    if text.startswith(("{", "[")):
        first = text.split("\n", 1)[0]
        keys = _json_keys(first)
        if keys is None:
            return "json-document"
        if "subreddit" in keys or "link_id" in keys or ("body" in keys and "created_utc" in keys):
            return "reddit"
        if "by" in keys and "type" in keys or ("time" in keys and "parent" in keys):
            return "hn"
        return "jsonl"
    if hint == "csv":
        return "csv"
    first = text.split("\n", 1)[0]
    if hint in (None, "text") and re.fullmatch(r"[\w\"' .-]+(?:[,\t;|][\w\"' .-]+){1,}\r?", first) and \
            any(k in first.lower() for k in ("text", "body", "comment", "content", "message")):
        return "csv"
    return "text"


def _json_keys(first_line: str) -> set[str] | None:
    try:
        obj = json.loads(first_line)
    except ValueError:
        # A first line that is not a whole object: a pretty-printed document, or a very long JSONL line.
        if first_line.strip() in ("{", "["):
            return None
        return set(re.findall(r'"([A-Za-z_]+)"\s*:', first_line[:4096]))
    if isinstance(obj, dict):
        return set(obj)
    return None


def _records(src: Source, fmt: str, config: Config) -> Iterator[Article | Comment | Rejected]:
    from . import csvdump, jsondumps, xmldumps

    if fmt in ("text", "html"):
        text = read_document(src, config.max_document_bytes)
        if fmt == "text":
            from .textpage import parse_text_page
            yield from parse_text_page(text, src.name)
        else:
            from .htmlpage import parse_html_page
            yield from parse_html_page(text, src.name)
    elif fmt == "wxr":
        yield from xmldumps.parse_wxr(src)
    elif fmt == "disqus":
        yield from xmldumps.parse_disqus(src)
    elif fmt == "csv":
        yield from csvdump.parse_csv(src, config.fields, config.max_record_bytes)
    elif fmt == "json-document":
        yield from jsondumps.parse_json_document(read_document(src, config.max_document_bytes), src.name, config.fields)
    else:
        handler = {
            "jsonl": lambda: jsondumps.generic_handler(config.fields, src.name),
            "reddit": lambda: jsondumps.reddit_handler(src.name),
            "hn": lambda: jsondumps.hn_handler(src.name),
        }[fmt]()
        yield from jsondumps.parse_json_lines(src, handler, config.max_record_bytes)


def parse_input(
    path: str,
    config: Config,
    *,
    fmt: str = "auto",
    articles: bool = False,
    on_error: str | None = None,
    stats: ParseStats | None = None,
) -> Iterator[Comment | Article]:
    """Stream the comments (or with ``articles=True`` the articles) of one input.

    Bad records raise :class:`RecordError` under ``on_error="fail"``; under ``"skip"`` they are counted and kept
    in ``stats.rejects`` for the error report.
    """
    on_error = on_error or config.input.on_error
    stats = stats if stats is not None else ParseStats()
    src = open_source(path)
    try:
        if fmt == "auto":
            fmt = detect_format(src)
        elif not src.head.strip():
            raise InputError(src.name, "file is empty")
        want = Article if articles else Comment
        for rec in _records(src, fmt, config):
            stats.read += 1
            if isinstance(rec, Rejected):
                if on_error == "fail":
                    stats.rejected += 1
                    raise RecordError(src.name, rec.reason + " (use --on-error skip to go on past bad records)",
                                      rec.location)
                stats.reject(src.name, rec)
            elif isinstance(rec, want):
                stats.written += 1
                yield rec
            else:
                stats.other += 1
    except READ_ERRORS as exc:  # e.g. a corrupt .zst stream discovered mid-file
        raise InputError(src.name, f"read failed: {exc}") from None
    finally:
        src.close()
