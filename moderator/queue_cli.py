"""``moderator queue add|export|stats`` and ``moderator review``: the command-line side of the review queue."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Iterator

from .errors import InputError, ModeratorError

EXPORT_COLUMNS = ["id", "author", "article_id", "status", "decision", "reviewer", "decided_at", "reason", "note",
                  "text"]


def add_parsers(sub) -> None:
    from .parsing import FORMATS

    q = sub.add_parser("queue", help="fill, export and count the review queue (SQLite)")
    q.add_argument("--db", metavar="FILE", help="queue database (default: [queue] db)")
    qs = q.add_subparsers(dest="queue_command", required=True, metavar="ACTION")
    a = qs.add_parser("add", help="add scored output, or raw pages/dumps (scored first)")
    a.add_argument("inputs", nargs="+", metavar="SCORED_OR_INPUT")
    a.add_argument("--input-format", choices=FORMATS, default="auto")
    a.add_argument("--on-error", choices=("fail", "skip"))
    a.set_defaults(func=cmd_queue_add)
    e = qs.add_parser("export", help="decisions as JSONL or CSV (for tune and train)")
    e.add_argument("--status", choices=("pending", "approved", "rejected", "escalated"))
    e.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    e.add_argument("-o", "--output", metavar="OUT")
    e.set_defaults(func=cmd_queue_export)
    s = qs.add_parser("stats", help="counts per status, reviewer and reason")
    s.set_defaults(func=cmd_queue_stats)

    r = sub.add_parser("review", help="the terminal review dashboard")
    r.add_argument("--db", metavar="FILE", help="queue database (default: [queue] db)")
    r.add_argument("--reviewer", metavar="NAME", help="your name in the audit log (default: $USER)")
    r.add_argument("--demo", action="store_true", help="open on a fresh queue filled from the bundled fixtures")
    r.set_defaults(func=cmd_review)


def open_store(args: argparse.Namespace):
    from .config import load_config
    from .store import Store

    config = load_config(args.config)
    return Store(args.db or config.queue.db, config.queue.claim_minutes), config


def _is_scored(path: str) -> bool:
    if path == "-" or not Path(path).is_file():
        return False
    with open(path, "rb") as fh:
        first = fh.readline(1 << 20)
    try:
        obj = json.loads(first)
    except ValueError:
        return False
    return isinstance(obj, dict) and "scores" in obj and "decision" in obj and "text" in obj


def _scored_records(path: str) -> Iterator[dict]:
    with open(path, "rb") as fh:  # decoded line by line, so a line that is not UTF-8 is named, not a traceback
        for no, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                raise InputError(path, f"not UTF-8 text (byte {exc.start})", f"line {no}") from None
            except ValueError as exc:
                raise InputError(path, f"not JSON ({exc.args[0]})", f"line {no}") from None
            if not isinstance(rec, dict) or "id" not in rec or "text" not in rec:
                raise InputError(path, "a scored record needs 'id' and 'text'", f"line {no}")
            yield rec


def add_inputs(store, config, inputs: list[str], in_format: str = "auto", on_error: str | None = None) -> tuple[int, int]:
    """Add scored files as they are and raw inputs after scoring them; articles kept for context."""
    from .parsing import ParseStats, parse_input
    from .scoring import score_comments

    added = dup = 0
    for path in inputs:
        if _is_scored(path):
            a, d = store.add(_scored_records(path))
        else:
            articles = []
            if path != "-" and Path(path).stat().st_size < 50 * 1024 * 1024:
                articles = [x.to_dict() for x in parse_input(path, config, fmt=in_format, articles=True,
                                                             on_error="skip", stats=ParseStats())]
            comments = parse_input(path, config, fmt=in_format, on_error=on_error or config.input.on_error,
                                   stats=ParseStats())
            a, d = store.add((s.to_dict() for s in score_comments(comments, config)), articles)
        added, dup = added + a, dup + d
    return added, dup


def cmd_queue_add(args: argparse.Namespace) -> int:
    store, config = open_store(args)
    try:
        added, dup = add_inputs(store, config, args.inputs, args.input_format, args.on_error)
        counts = ", ".join(f"{k} {v}" for k, v in store.counts().items())
    finally:
        store.close()
    print(f"moderator queue: {added} added, {dup} already queued; {counts}", file=sys.stderr)
    return 0


def cmd_queue_export(args: argparse.Namespace) -> int:
    from .cli import _output

    store, _ = open_store(args)
    n = 0
    try:
        with _output(args.output) as out:
            if args.format == "csv":
                w = csv.writer(out, lineterminator="\n")
                w.writerow(EXPORT_COLUMNS)
            for rec in store.export(args.status):
                if args.format == "csv":
                    w.writerow([rec[c] for c in EXPORT_COLUMNS])
                else:
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    finally:
        store.close()
    print(f"moderator queue: {n} records exported", file=sys.stderr)
    return 0


def cmd_queue_stats(args: argparse.Namespace) -> int:
    store, _ = open_store(args)
    try:
        st = store.stats()
    finally:
        store.close()
    print("status:   " + ", ".join(f"{k} {v}" for k, v in st["counts"].items()))
    for reviewer, action, n in st["by_reviewer"]:
        print(f"reviewer: {reviewer:<16} {action:<9} {n}")
    for reason, n in st["by_reason"]:
        print(f"reason:   {reason:<16} {n}")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    import getpass

    from .config import load_config

    config = load_config(args.config)
    db = args.db or config.queue.db
    if args.demo:
        db = demo_queue(config, Path(db) if args.db else Path("out") / "demo-queue.db")
    if not Path(db).exists():
        raise ModeratorError(f"{db}: no queue database; fill one with 'moderator queue add INPUT' (or --demo)")
    try:
        reviewer = args.reviewer or getpass.getuser()
    except (KeyError, OSError):
        reviewer = "reviewer"
    from .tui.app import make_app

    make_app(db, reviewer, config).run()
    return 0


def demo_queue(config, db: Path) -> Path:
    """A fresh queue from the bundled fixtures (the README's main job)."""
    from .store import Store

    root = Path(__file__).resolve().parent.parent / "fixtures"
    db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    store = Store(db, config.queue.claim_minutes)
    try:
        inputs = [root / "pages" / "wordpress_scrape.txt", root / "demo" / "comments.jsonl"]
        add_inputs(store, config, [str(p) for p in inputs if p.exists()])
    finally:
        store.close()
    return db
