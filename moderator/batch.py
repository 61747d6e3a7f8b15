"""``moderator score``: stream inputs through parsing, scoring and decisions to JSONL or CSV.

Output is written to ``OUT.part`` and moved to ``OUT`` when the run completes.  After every batch the part file is
flushed and a checkpoint (``OUT.part.ckpt``: records written, byte offset, decision counts) is replaced
atomically, so ``--resume`` after a crash or kill truncates any half-written record and continues after the last
complete one.  The error report is rewritten from the start on resume: parsing is deterministic, so every rejected
record is met again and ``records read = scored + rejected`` holds over the whole input.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator

from .config import SCORE_ATTRIBUTES, Config
from .errors import ModeratorError
from .parsing import ParseStats, parse_input
from .records import Comment, ErrorReport, report_path
from .scoring import Scored, make_executor, score_comments

CSV_COLUMNS = ["id", "parent_id", "author", "posted_at", "likes", "article_id", "article_title", "source",
               "decision", "reasons", *SCORE_ATTRIBUTES, "severity", "spans", "meta", "text"]


def csv_row(rec: dict) -> list:
    return [rec.get("id"), rec.get("parent_id"), rec.get("author"), rec.get("posted_at"), rec.get("likes"),
            rec.get("article_id"), rec.get("article_title"), rec.get("source"), rec["decision"],
            ";".join(rec["reasons"]), *(rec["scores"][a] for a in SCORE_ATTRIBUTES), rec["severity"],
            json.dumps(rec["spans"]), json.dumps(rec.get("meta") or {}, ensure_ascii=False), rec["text"]]


class Writer:
    """Encodes records as JSONL or CSV lines."""

    def __init__(self, fmt: str):
        self.fmt = fmt
        self._buf = io.StringIO()
        self._csv = csv.writer(self._buf, lineterminator="\n")

    def header(self) -> str:
        if self.fmt != "csv":
            return ""
        self._csv.writerow(CSV_COLUMNS)
        return self._take()

    def encode(self, rec: dict) -> str:
        if self.fmt == "csv":
            self._csv.writerow(csv_row(rec))
            return self._take()
        return json.dumps(rec, ensure_ascii=False) + "\n"

    def _take(self) -> str:
        s = self._buf.getvalue()
        self._buf.seek(0)
        self._buf.truncate()
        return s


@dataclass
class Checkpoint:
    inputs: list[str]
    fmt: str
    records: int = 0
    offset: int = 0
    decisions: dict[str, int] = field(default_factory=dict)

    def save(self, path: Path) -> None:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(self.__dict__))
        os.replace(tmp, path)

    @classmethod
    def read(cls, path: Path) -> "Checkpoint":
        try:
            return cls(**json.loads(path.read_text()))
        except (ValueError, TypeError) as exc:
            raise ModeratorError(f"{path}: unreadable checkpoint ({exc}); run without --resume to start over") from None


@dataclass
class RunSummary:
    stats: ParseStats
    decisions: Counter
    seconds: float
    resumed: int = 0
    report_path: str = ""

    def line(self) -> str:
        scored = sum(self.decisions.values())
        rate = (scored - self.resumed) / self.seconds if self.seconds > 0 else 0.0
        per = ", ".join(f"{k} {self.decisions.get(k, 0)}" for k in ("allow", "review", "reject"))
        resumed = f" ({self.resumed} from the interrupted run)" if self.resumed else ""
        other = f" + {self.stats.other} articles not scored" if self.stats.other else ""
        return (f"{self.stats.read} records read = {scored} scored{resumed} + {self.stats.rejected} rejected{other}; "
                f"{per}; {rate:,.0f} comments/s")


def _comments(inputs: list[str], config: Config, fmt: str, on_error: str, stats: ParseStats) -> Iterator[Comment]:
    for path in inputs:
        yield from parse_input(path, config, fmt=fmt, on_error=on_error, stats=stats)


def _skip(comments: Iterator[Comment], n: int) -> Iterator[Comment]:
    for i, c in enumerate(comments):
        if i >= n:
            yield c


def run_score(inputs: list[str], config: Config, *, output: str | None, out_format: str = "jsonl",
              in_format: str = "auto", on_error: str = "fail", errors_path: str | None = None, jobs: int = 1,
              dask_address: str | None = None, resume: bool = False, progress: bool = False,
              stdout: IO[str] | None = None) -> RunSummary:
    stdout = stdout or sys.stdout
    if resume and output in (None, "-"):
        raise ModeratorError("--resume needs an output file (-o OUT)")
    errors_to = report_path(output, errors_path)
    report = ErrorReport(errors_to)
    stats = ParseStats(on_reject=report)
    writer = Writer(out_format)
    ckpt = Checkpoint([str(p) for p in inputs], out_format)
    target = Path(output) if output not in (None, "-") else None
    part = target.with_name(target.name + ".part") if target else None
    ckpt_path = part.with_name(part.name + ".ckpt") if part else None

    if target is not None:
        target.parent.mkdir(parents=True, exist_ok=True)
        if resume and ckpt_path.exists() and part.exists():
            old = Checkpoint.read(ckpt_path)
            if old.inputs != ckpt.inputs or old.fmt != out_format:
                raise ModeratorError(f"{ckpt_path}: the interrupted run read {old.inputs} as {old.fmt}; "
                                     "run without --resume to start over")
            ckpt = old
            fh = open(part, "r+b")
            fh.truncate(ckpt.offset)  # drop a half-written record
            fh.seek(ckpt.offset)
        else:
            fh = open(part, "wb")
            fh.write(writer.header().encode())
            ckpt.offset = fh.tell()
    decisions: Counter = Counter(ckpt.decisions)
    resumed = ckpt.records

    executor = make_executor(jobs, dask_address, config.scoring.model)
    bar = _Progress(progress)
    t0 = time.perf_counter()
    try:
        comments = _skip(_comments(inputs, config, in_format, on_error, stats), ckpt.records)

        def on_batch(batch: list[Scored]) -> None:
            if target is None:
                return
            fh.flush()
            os.fsync(fh.fileno())
            ckpt.records += len(batch)
            ckpt.offset = fh.tell()
            ckpt.decisions = dict(decisions)
            ckpt.save(ckpt_path)

        for item in score_comments(comments, config, executor, on_batch):
            rec = item.to_dict()
            line = writer.encode(rec)
            if target is None:
                stdout.write(line)
            else:
                fh.write(line.encode("utf-8"))
            decisions[rec["decision"]] += 1
            bar.advance(decisions)
    finally:
        bar.stop()
        executor.close()
        report.close()
        if target is not None:
            fh.close()
    if target is not None:
        os.replace(part, target)
        ckpt_path.unlink(missing_ok=True)
    return RunSummary(stats, decisions, time.perf_counter() - t0, resumed, errors_to)


class _Progress:
    """A rich progress line on a terminal: comments scored, rate and decisions so far."""

    def __init__(self, enabled: bool):
        self._p = None
        self._n = 0
        self._decisions: Counter = Counter()
        if enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._p = Progress(SpinnerColumn(), TextColumn("[bold]{task.completed:,}[/] comments scored"),
                               TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[decisions]}"),
                               TimeElapsedColumn(), console=Console(stderr=True), transient=False)
            self._task = self._p.add_task("score", total=None, rate="", decisions="")
            self._t0 = time.perf_counter()
            self._p.start()

    def advance(self, decisions: Counter) -> None:
        if self._p is None:
            return
        self._n += 1
        self._decisions = decisions
        if self._n % 64 == 0:
            self._show()

    def _show(self) -> None:
        rate = self._n / max(time.perf_counter() - self._t0, 1e-9)
        text = " ".join(f"{k} {self._decisions.get(k, 0):,}" for k in ("allow", "review", "reject"))
        self._p.update(self._task, completed=self._n, rate=f"{rate:,.0f}/s", decisions=text)

    def stop(self) -> None:
        if self._p is not None:
            self._show()  # the last line agrees with the summary
            self._p.stop()
