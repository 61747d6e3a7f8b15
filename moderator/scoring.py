"""The scoring pipeline: comments in, scored and decided records out, in input order.

Scoring runs on one of three executors with the same interface: in this process, in joblib worker processes
(``jobs > 1``), or on an existing Dask cluster (``dask_address``).  Each takes batches of texts and yields their
scores in order while holding only a bounded number of batches in flight, so memory does not grow with input size.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Sequence

from .config import Config
from .decide import Rules
from .records import Comment

_scorers: dict[str, Any] = {}


def load_scorer(model: str = ""):
    """The scorer for ``model`` ('' = shipped), loaded once per process and sha256-checked."""
    if not model:
        from classifiers import default_scorer

        return default_scorer()  # the same shipped model classifiers.score() uses
    if model not in _scorers:
        from classifiers.model import Scorer

        _scorers[model] = Scorer.load(model)
    return _scorers[model]


def score_batch(texts: Sequence[str], model: str = "") -> list[dict[str, Any]]:
    """Score one batch; plain dicts so results travel cheaply between processes and cluster workers."""
    scorer = load_scorer(model)
    return [{"scores": {k: round(v, 4) for k, v in s.scores.items()}, "severity": s.severity,
             "spans": [sp.to_dict() for sp in s.spans], "canonical": s.canonical}
            for s in scorer.score(list(texts), batch_size=max(len(texts), 1))]


class SerialExecutor:
    name = "serial"

    def __init__(self, model: str = ""):
        self.model = model

    def map(self, batches: Iterable[list[str]]) -> Iterator[list[dict]]:
        for b in batches:
            yield score_batch(b, self.model)

    def close(self) -> None:
        pass


class JoblibExecutor:
    """joblib worker processes (loky); batches go out in waves of ``4 * jobs`` so at most one wave is held."""

    name = "joblib"

    def __init__(self, jobs: int, model: str = ""):
        from joblib import Parallel

        self.jobs, self.model = jobs, model
        self._parallel = Parallel(n_jobs=jobs)
        self._parallel.__enter__()  # keep the workers (and their loaded model) across waves

    def map(self, batches: Iterable[list[str]]) -> Iterator[list[dict]]:
        from joblib import delayed

        wave: list[list[str]] = []
        for b in batches:
            wave.append(b)
            if len(wave) >= 4 * self.jobs:
                yield from self._parallel(delayed(score_batch)(w, self.model) for w in wave)
                wave = []
        if wave:
            yield from self._parallel(delayed(score_batch)(w, self.model) for w in wave)

    def close(self) -> None:
        self._parallel.__exit__(None, None, None)


class DaskExecutor:
    """An existing dask.distributed cluster; keeps ``2 * workers`` batches in flight, results in input order."""

    name = "dask"

    def __init__(self, address: str, model: str = ""):
        from .errors import ModeratorError

        try:
            from distributed import Client

            self.client = Client(address, timeout="10s")
        except (OSError, TimeoutError, ValueError) as exc:
            raise ModeratorError(f"dask: cannot connect to {address}: {exc}") from None
        self.model = model
        self.window = max(2, 2 * len(self.client.scheduler_info().get("workers", {})))

    def map(self, batches: Iterable[list[str]]) -> Iterator[list[dict]]:
        pending: deque = deque()
        for b in batches:
            pending.append(self.client.submit(score_batch, b, self.model, pure=False))
            if len(pending) >= self.window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        self.client.close()


def make_executor(jobs: int = 1, dask_address: str | None = None, model: str = ""):
    if dask_address:
        return DaskExecutor(dask_address, model)
    if jobs > 1:
        return JoblibExecutor(jobs, model)
    return SerialExecutor(model)


@dataclass(slots=True)
class Scored:
    comment: Comment
    result: dict[str, Any]  # scores, severity, spans, decision, reasons

    def to_dict(self) -> dict[str, Any]:
        d = self.comment.to_dict()
        d.update(self.result)
        return d


def batched(comments: Iterable[Comment], size: int) -> Iterator[list[Comment]]:
    batch: list[Comment] = []
    for c in comments:
        batch.append(c)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def score_comments(comments: Iterable[Comment], config: Config, executor=None,
                   on_batch: Callable[[list[Scored]], None] | None = None) -> Iterator[Scored]:
    """Score and decide ``comments`` in input order; ``on_batch`` sees each finished batch (for checkpoints)."""
    executor = executor or SerialExecutor(config.scoring.model)
    rules = Rules(config)
    held: deque[list[Comment]] = deque()

    def texts() -> Iterator[list[str]]:
        for batch in batched(comments, config.scoring.batch_size):
            held.append(batch)
            yield [c.text for c in batch]

    for results in executor.map(texts()):
        batch = held.popleft()
        out = [Scored(c, decide_one(rules, c, r)) for c, r in zip(batch, results)]
        yield from out
        if on_batch is not None:
            on_batch(out)


def decide_one(rules: Rules, c: Comment, r: dict[str, Any]) -> dict[str, Any]:
    canonical = r.pop("canonical", "")
    d = rules.decide(c.text, c.author, r["scores"], canonical)
    spans = list(r["spans"])
    for kind, hit in d.term_hits:
        if hit.start is not None:
            spans.append({"start": hit.start, "end": hit.end, "label": f"{kind}_term"})
    spans.sort(key=lambda s: (s["start"], s["end"]))
    return {"scores": r["scores"], "severity": r["severity"], "spans": spans, "decision": d.decision,
            "reasons": d.reasons}
