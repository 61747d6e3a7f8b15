"""The review queue: comments, their scores and spans, queue state, and an append-only audit log in SQLite.

Every write is one ``BEGIN IMMEDIATE`` transaction (WAL journal), so a crash loses nothing committed and two
reviewers on one database never decide the same comment: an item is *claimed* while a reviewer has it open; a
claim expires after ``claim_minutes``; a decision is refused (``Conflict``) when another live claim holds the item
or it was decided meanwhile.  Undo appends an ``undo`` row to the audit log; nothing in it is ever changed or
deleted (triggers refuse it).  No Textual here: the TUI only calls into this module.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

STATUSES = ("pending", "approved", "rejected", "escalated")
ACTIONS = {"approve": "approved", "reject": "rejected", "escalate": "escalated"}
REASONS = ("offensive", "abusive", "harassment", "hate speech", "threat", "spam", "off-topic", "other")
SORTS = ("severity", "newest", "oldest", "score")
_ORDER = {"severity": "severity DESC, max_score DESC, seq", "score": "max_score DESC, seq",
          "newest": "posted_at DESC, seq DESC", "oldest": "posted_at ASC, seq"}

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT, url TEXT, body TEXT
);
CREATE TABLE IF NOT EXISTS comments (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    parent_id TEXT, author TEXT, text TEXT NOT NULL, posted_at TEXT,
    article_id TEXT, article_title TEXT, source TEXT,
    scores TEXT NOT NULL, spans TEXT NOT NULL, severity INTEGER NOT NULL DEFAULT 0,
    max_score REAL NOT NULL DEFAULT 0, machine TEXT, reasons TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'escalated')),
    claimed_by TEXT, claimed_until REAL
);
CREATE INDEX IF NOT EXISTS comments_status ON comments (status, max_score);
CREATE INDEX IF NOT EXISTS comments_severity ON comments (status, severity DESC, max_score DESC, seq);
CREATE INDEX IF NOT EXISTS comments_posted ON comments (status, posted_at);
CREATE INDEX IF NOT EXISTS comments_author ON comments (author);
CREATE INDEX IF NOT EXISTS comments_article ON comments (article_id);
CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    comment_id TEXT NOT NULL, reviewer TEXT NOT NULL, at TEXT NOT NULL,
    action TEXT NOT NULL, reason TEXT, note TEXT,
    from_status TEXT, to_status TEXT, undoes INTEGER
);
CREATE INDEX IF NOT EXISTS audit_comment ON audit (comment_id);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""


class Conflict(Exception):
    """The comment is claimed by another reviewer, or was decided meanwhile."""


@dataclass(slots=True)
class Item:
    seq: int
    id: str
    parent_id: str | None
    author: str | None
    text: str
    posted_at: str | None
    article_id: str | None
    article_title: str | None
    source: str | None
    scores: dict[str, float]
    spans: list[dict[str, Any]]
    severity: int
    max_score: float
    machine: str | None
    reasons: list[str]
    status: str
    claimed_by: str | None
    claimed_until: float | None


_COLS = ("seq, id, parent_id, author, text, posted_at, article_id, article_title, source, scores, spans, severity, "
         "max_score, machine, reasons, status, claimed_by, claimed_until")


def _item(row: tuple) -> Item:
    r = list(row)
    r[9], r[10], r[14] = json.loads(r[9]), json.loads(r[10]), json.loads(r[14])
    return Item(*r)


def _now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(slots=True)
class Filters:
    status: str | None = "pending"
    author: str | None = None
    article: str | None = None
    attribute: str | None = None   # only comments whose flag reasons or top score name this attribute
    text: str | None = None

    @classmethod
    def parse(cls, query: str, status: str | None = "pending") -> "Filters":
        """``status:rejected author:Gary article:812 attr:threat free text`` (quotes for spaces)."""
        import shlex

        f = cls(status=status)
        words = []
        try:
            parts = shlex.split(query)
        except ValueError:
            parts = query.split()
        for part in parts:
            key, sep, value = part.partition(":")
            if sep and key in ("status", "author", "article", "attr", "attribute"):
                if key == "status":
                    f.status = None if value in ("all", "any", "") else value
                elif key == "author":
                    f.author = value
                elif key == "article":
                    f.article = value
                else:
                    f.attribute = value
            else:
                words.append(part)
        f.text = " ".join(words) or None
        return f


class Store:
    def __init__(self, path: str | Path, claim_minutes: float = 15.0):
        self.path = str(path)
        self.claim_seconds = claim_minutes * 60
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30.0, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("PRAGMA busy_timeout=30000")
        with self.tx():
            for statement in _statements(SCHEMA):
                self.db.execute(statement)

    def close(self) -> None:
        self.db.close()

    def tx(self):
        return _Tx(self.db)

    # --- adding ------------------------------------------------------------------------------------------

    def add(self, records: Iterable[dict[str, Any]], articles: Iterable[dict[str, Any]] = ()) -> tuple[int, int]:
        """Add scored records (``moderator score`` output); returns (added, already there).

        The machine's decision sets the starting state: review -> pending; reject -> rejected and allow ->
        approved, each with an audit row by reviewer ``auto`` so reviewers can find and overturn them.
        """
        added = dup = 0
        with self.tx():
            for a in articles:
                self.db.execute("INSERT OR REPLACE INTO articles (id, title, url, body) VALUES (?, ?, ?, ?)",
                                (a["id"], a.get("title"), a.get("url"), a.get("body")))
            for r in records:
                machine = r.get("decision", "review")
                status = {"review": "pending", "reject": "rejected", "allow": "approved"}.get(machine, "pending")
                scores = r.get("scores") or {}
                cur = self.db.execute(
                    f"INSERT OR IGNORE INTO comments ({_COLS.replace('seq, ', '')}) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
                    (str(r["id"]), r.get("parent_id"), r.get("author"), r["text"], r.get("posted_at"),
                     r.get("article_id"), r.get("article_title"), r.get("source"), json.dumps(scores),
                     json.dumps(r.get("spans") or []), int(r.get("severity") or 0),
                     max(scores.values(), default=0.0), machine, json.dumps(r.get("reasons") or []), status))
                if cur.rowcount:
                    added += 1
                    if status != "pending":
                        action = "reject" if status == "rejected" else "approve"
                        self._audit(str(r["id"]), "auto", action, ",".join(r.get("reasons") or []) or None, None,
                                    None, status)
                else:
                    dup += 1
        return added, dup

    # --- reading -----------------------------------------------------------------------------------------

    def get(self, comment_id: str) -> Item | None:
        row = self.db.execute(f"SELECT {_COLS} FROM comments WHERE id = ?", (comment_id,)).fetchone()
        return _item(row) if row else None

    def _where(self, f: Filters) -> tuple[str, list]:
        clauses, args = [], []
        if f.status:
            clauses.append("status = ?")
            args.append(f.status)
        if f.author:
            clauses.append("author = ?")
            args.append(f.author)
        if f.article:
            clauses.append("(article_id = ? OR article_title LIKE ?)")
            args += [f.article, f"%{f.article}%"]
        if f.attribute:
            clauses.append("(reasons LIKE ? OR json_extract(scores, '$.' || ?) >= 0.5)")
            args += [f'%"{f.attribute}%', f.attribute]
        if f.text:
            clauses.append("text LIKE ? ESCAPE '\\'")
            args.append("%" + f.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args

    def list(self, f: Filters | None = None, sort: str = "severity", limit: int = 500, offset: int = 0) -> list[Item]:
        where, args = self._where(f or Filters())
        order = _ORDER[sort]
        rows = self.db.execute(f"SELECT {_COLS} FROM comments{where} ORDER BY {order} LIMIT ? OFFSET ?",
                               (*args, limit, offset)).fetchall()
        return [_item(r) for r in rows]

    def count(self, f: Filters | None = None) -> int:
        where, args = self._where(f or Filters())
        return self.db.execute(f"SELECT count(*) FROM comments{where}", args).fetchone()[0]

    def counts(self) -> dict[str, int]:
        got = dict(self.db.execute("SELECT status, count(*) FROM comments GROUP BY status").fetchall())
        return {s: got.get(s, 0) for s in STATUSES}

    def article(self, article_id: str | None) -> dict[str, Any] | None:
        if not article_id:
            return None
        row = self.db.execute("SELECT id, title, url, body FROM articles WHERE id = ?", (article_id,)).fetchone()
        return dict(zip(("id", "title", "url", "body"), row)) if row else None

    def author_history(self, author: str | None, exclude: str | None = None, limit: int = 20) -> dict[str, Any]:
        if not author:
            return {"total": 0, "rejected": 0, "rate": 0.0, "recent": []}
        total, rejected = self.db.execute(
            "SELECT count(*), sum(status = 'rejected') FROM comments WHERE author = ?", (author,)).fetchone()
        recent = self.db.execute(
            "SELECT id, status, text FROM comments WHERE author = ? AND id IS NOT ? ORDER BY seq DESC LIMIT ?",
            (author, exclude, limit)).fetchall()
        return {"total": total, "rejected": rejected or 0, "rate": (rejected or 0) / total if total else 0.0,
                "recent": [dict(zip(("id", "status", "text"), r)) for r in recent]}

    def audit(self, comment_id: str | None = None) -> list[dict[str, Any]]:
        cols = ("seq", "comment_id", "reviewer", "at", "action", "reason", "note", "from_status", "to_status", "undoes")
        sql = f"SELECT {', '.join(cols)} FROM audit" + (" WHERE comment_id = ?" if comment_id else "") + " ORDER BY seq"
        return [dict(zip(cols, r)) for r in self.db.execute(sql, (comment_id,) if comment_id else ())]

    # --- claims and decisions ----------------------------------------------------------------------------

    def claim(self, reviewer: str, comment_id: str) -> bool:
        """Claim an open item for ``reviewer``; False when another reviewer's claim is still live."""
        now = time.time()
        with self.tx():
            cur = self.db.execute(
                "UPDATE comments SET claimed_by = ?, claimed_until = ? WHERE id = ? AND status IN ('pending', "
                "'escalated') AND (claimed_by IS NULL OR claimed_by = ? OR claimed_until < ?)",
                (reviewer, now + self.claim_seconds, comment_id, reviewer, now))
            return cur.rowcount == 1

    def release(self, reviewer: str) -> None:
        with self.tx():
            self.db.execute("UPDATE comments SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ?",
                            (reviewer,))

    def claim_next(self, reviewer: str, f: Filters | None = None, sort: str = "severity") -> Item | None:
        """Claim and return the first open item no other reviewer holds."""
        f = f or Filters()
        where, args = self._where(f)
        now = time.time()
        order = _ORDER[sort]
        with self.tx():
            free = "(claimed_by IS NULL OR claimed_by = ? OR claimed_until < ?)"
            where = f"{where} AND {free}" if where else f" WHERE {free}"
            row = self.db.execute(f"SELECT {_COLS} FROM comments{where} ORDER BY {order} LIMIT 1",
                                  (*args, reviewer, now)).fetchone()
            if row is None:
                return None
            self.db.execute("UPDATE comments SET claimed_by = ?, claimed_until = ? WHERE seq = ?",
                            (reviewer, now + self.claim_seconds, row[0]))
        return self.get(row[1])

    def decide(self, reviewer: str, comment_id: str, action: str, reason: str | None = None,
               note: str | None = None) -> int:
        """approve / reject / escalate one comment; returns the audit row's number."""
        to = ACTIONS[action]
        now = time.time()
        with self.tx():
            row = self.db.execute("SELECT status, claimed_by, claimed_until FROM comments WHERE id = ?",
                                  (comment_id,)).fetchone()
            if row is None:
                raise Conflict(f"{comment_id}: no such comment")
            status, by, until = row
            if status not in ("pending", "escalated"):
                last = self.db.execute("SELECT reviewer FROM audit WHERE comment_id = ? AND action != 'note' "
                                       "ORDER BY seq DESC LIMIT 1", (comment_id,)).fetchone()
                if not last or last[0] != "auto" or status == to:  # a machine decision may be overturned once
                    raise Conflict(f"{comment_id}: already {status}")
            if by not in (None, reviewer) and until is not None and until >= now:
                raise Conflict(f"{comment_id}: claimed by {by}")
            self.db.execute("UPDATE comments SET status = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ?",
                            (to, comment_id))
            return self._audit(comment_id, reviewer, action, reason, note, status, to)

    def undo(self, reviewer: str) -> dict[str, Any] | None:
        """Reverse ``reviewer``'s last decision not yet undone, if nobody changed that comment since."""
        with self.tx():
            rows = self.db.execute(
                "SELECT seq, comment_id, from_status, to_status FROM audit WHERE reviewer = ? AND action IN "
                "('approve', 'reject', 'escalate') AND seq NOT IN (SELECT undoes FROM audit WHERE undoes IS NOT NULL)"
                " ORDER BY seq DESC LIMIT 1", (reviewer,)).fetchall()
            if not rows:
                return None
            seq, cid, frm, to = rows[0]
            cur = self.db.execute("UPDATE comments SET status = ? WHERE id = ? AND status = ?", (frm, cid, to))
            if cur.rowcount != 1:
                raise Conflict(f"{cid}: changed by someone else since; not undone")
            self._audit(cid, reviewer, "undo", None, None, to, frm, undoes=seq)
            return {"comment_id": cid, "status": frm, "undid": seq}

    def note(self, reviewer: str, comment_id: str, note: str) -> int:
        with self.tx():
            return self._audit(comment_id, reviewer, "note", None, note, None, None)

    def reject_author(self, reviewer: str, author: str, reason: str | None = None) -> int:
        """Reject every pending comment by ``author`` not claimed by someone else; returns how many."""
        now = time.time()
        n = 0
        with self.tx():
            rows = self.db.execute(
                "SELECT id FROM comments WHERE author = ? AND status = 'pending' AND (claimed_by IS NULL OR "
                "claimed_by = ? OR claimed_until < ?)", (author, reviewer, now)).fetchall()
            for (cid,) in rows:
                self.db.execute("UPDATE comments SET status = 'rejected', claimed_by = NULL, claimed_until = NULL "
                                "WHERE id = ?", (cid,))
                self._audit(cid, reviewer, "reject", reason, f"bulk: all pending by {author}", "pending", "rejected")
                n += 1
        return n

    def _audit(self, cid: str, reviewer: str, action: str, reason: str | None, note: str | None,
               frm: str | None, to: str | None, undoes: int | None = None) -> int:
        cur = self.db.execute(
            "INSERT INTO audit (comment_id, reviewer, at, action, reason, note, from_status, to_status, undoes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (cid, reviewer, _now_iso(), action, reason, note, frm, to, undoes))
        return int(cur.lastrowid)

    # --- export ------------------------------------------------------------------------------------------

    def export(self, status: str | None = None) -> Iterator[dict[str, Any]]:
        """Comments with their last decision (usable by ``moderator tune`` and ``moderator train``).

        ``decision`` is set only for a reviewer's approve/reject; the machine's own (reviewer ``auto``) is left
        out so that tuning never learns from the thresholds it is tuning.
        """
        where = " WHERE c.status = ?" if status else ""
        sql = (f"SELECT c.id, c.author, c.text, c.article_id, c.scores, c.status, a.reviewer, a.at, a.reason, a.note "
               f"FROM comments c LEFT JOIN audit a ON a.seq = (SELECT max(seq) FROM audit WHERE comment_id = c.id "
               f"AND action IN ('approve', 'reject', 'escalate', 'undo')){where} ORDER BY c.seq")
        for row in self.db.execute(sql, (status,) if status else ()):
            cid, author, text, art, scores, st, reviewer, at, reason, note = row
            yield {"id": cid, "author": author, "text": text, "article_id": art, "status": st,
                   "decision": st if st in ("approved", "rejected") and reviewer not in (None, "auto") else None,
                   "reviewer": reviewer,
                   "decided_at": at, "reason": reason, "note": note, "scores": json.loads(scores)}

    def stats(self) -> dict[str, Any]:
        by_reviewer = self.db.execute(
            "SELECT reviewer, action, count(*) FROM audit WHERE action != 'note' GROUP BY reviewer, action "
            "ORDER BY reviewer, action").fetchall()
        by_reason = self.db.execute(
            "SELECT coalesce(reason, '-'), count(*) FROM audit WHERE action = 'reject' AND reviewer != 'auto' "
            "GROUP BY 1 ORDER BY 2 DESC").fetchall()
        return {"counts": self.counts(), "by_reviewer": by_reviewer, "by_reason": by_reason}


class _Tx:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
        return False


def _statements(script: str) -> list[str]:
    """Split the schema into statements (triggers contain semicolons inside BEGIN ... END)."""
    out, buf = [], []
    for line in script.strip().splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    return out
