"""The records that flow through the tool: comments, articles, and rejected input records."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO
from typing import Any


@dataclass(slots=True)
class Comment:
    """One reader comment.

    ``text`` is display text: HTML entities decoded, tags stripped, paragraph breaks kept, nothing else altered.
    ``source`` says where it came from (``file:line`` or ``file:record``).  ``meta`` keeps format-specific
    facts a moderator may need (WordPress approval state and comment type, Disqus deleted/spam flags, ...).
    """

    id: str
    text: str
    parent_id: str | None = None
    author: str | None = None
    posted_at: str | None = None
    likes: int | None = None
    article_id: str | None = None
    article_title: str | None = None
    source: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Written out rather than dataclasses.asdict, which deep-copies and was most of the parse time.
        return {"id": self.id, "text": self.text, "parent_id": self.parent_id, "author": self.author,
                "posted_at": self.posted_at, "likes": self.likes, "article_id": self.article_id,
                "article_title": self.article_title, "source": self.source, "meta": dict(self.meta)}


@dataclass(slots=True)
class Article:
    """The article (post, story, thread) that comments belong to."""

    id: str
    title: str | None = None
    url: str | None = None
    byline: str | None = None
    published_at: str | None = None
    body: str = ""
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Rejected:
    """An input record that could not be turned into a comment or article.

    ``location`` names the line or record (``line 12``, ``item 3``); ``raw`` holds at most a snippet of the input.
    """

    location: str
    reason: str
    raw: str | None = None

    def to_dict(self, path: str) -> dict[str, Any]:
        return {"file": path, "location": self.location, "reason": self.reason, "raw": self.raw}


def dumps(record: Comment | Article) -> str:
    """One JSONL line (no trailing newline); non-ASCII kept as is."""
    return json.dumps(record.to_dict(), ensure_ascii=False)


def snippet(raw: str | bytes | None, limit: int = 200) -> str | None:
    """A short, safe excerpt of a bad record for the error report."""
    if raw is None:
        return None
    if isinstance(raw, bytes):
        raw = raw[: limit * 4].decode("utf-8", errors="backslashreplace")
    return raw if len(raw) <= limit else raw[:limit] + "…"


def report_path(output: str | None, errors: str | None) -> str:
    """Where rejected records go: ``--errors``, else ``OUT.errors.jsonl`` beside the output file."""
    if errors:
        return errors
    return f"{output}.errors.jsonl" if output not in (None, "-") else "moderator-errors.jsonl"


class ErrorReport:
    """Rejected records, one JSON object a line, opened only when the first one arrives."""

    def __init__(self, path: str):
        self.path = path
        self._fh: IO[str] | None = None

    def __call__(self, source: str, rec) -> None:
        if self._fh is None:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(self.path, "w", encoding="utf-8")
        self._fh.write(json.dumps(rec.to_dict(source), ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
