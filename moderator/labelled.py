"""Labelled comments for ``moderator tune``: a user's CSV/JSONL, scored output, or exported reviewer decisions.

A record needs ``text`` (or ``scores`` already computed) and at least one label:

* a 0/1 (or probability) column per attribute: ``toxicity``, ``profanity``, ``insult``, ``threat``,
  ``identity_attack``, ``hostility`` (derived from the three parts when absent);
* ``label``: one 0/1 label for every attribute;
* ``status`` from the review queue export (or ``decision`` in the past tense): ``rejected`` is 1 and ``approved``
  0 for every attribute (the reviewers' verdict is what a reject threshold should agree with); other states are
  left out, and the machine's own ``decision`` in scored output (allow/review/reject) is never read as a label.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .config import SCORE_ATTRIBUTES
from .errors import InputError, RecordError

_POSITIVE = {"reject", "rejected", "remove", "removed"}
_NEGATIVE = {"approve", "approved", "allow", "allowed"}


@dataclass(slots=True)
class Labelled:
    text: str
    labels: dict[str, int]            # attribute -> 0/1 (absent: unknown)
    scores: dict[str, float] | None   # when the file already carries scores
    where: str


def _label(value, where: tuple[str, str], key: str) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        return int(value)
    try:
        return int(float(value) >= 0.5)
    except (TypeError, ValueError):
        raise RecordError(where[0], f"{key}: expected 0/1 or a probability, got {value!r}", where[1]) from None


def _record(row: dict, path: str, location: str) -> Labelled | None:
    where = (path, location)
    labels: dict[str, int] = {}
    shared = _label(row.get("label"), where, "label")
    # A reviewer's verdict: queue exports say status approved/rejected.  The machine's own "decision" of a scored
    # file (allow/review/reject) is not a label, so only the past tense counts there.
    verdict = str(row.get("status") or "").lower() if row.get("reviewer") != "auto" else ""
    human = str(row.get("decision") or "").lower()
    if shared is None and (verdict in _POSITIVE or human == "rejected"):
        shared = 1
    elif shared is None and (verdict in _NEGATIVE or human == "approved"):
        shared = 0
    for attr in SCORE_ATTRIBUTES:
        v = _label(row.get(attr), where, attr)
        if v is None and "scores" not in row and isinstance(row.get("labels"), dict):
            v = _label(row["labels"].get(attr), where, attr)
        if v is None:
            v = shared
        if v is not None:
            labels[attr] = v
    if "hostility" not in labels:
        parts = [labels[a] for a in ("insult", "threat", "identity_attack") if a in labels]
        if parts and (max(parts) == 1 or len(parts) == 3):
            labels["hostility"] = max(parts)
    scores = row.get("scores")
    if scores is not None and not (isinstance(scores, dict) and all(a in scores for a in SCORE_ATTRIBUTES)):
        raise RecordError(path, f"'scores' must hold {', '.join(SCORE_ATTRIBUTES)}", location)
    text = row.get("text") or row.get("body") or ""
    if not labels:
        return None
    if not text and scores is None:
        raise RecordError(path, "no 'text' and no 'scores'", location)
    return Labelled(str(text), labels, {a: float(scores[a]) for a in SCORE_ATTRIBUTES} if scores else None, f"{path}: {location}")


def read_labelled(path: str | Path) -> Iterator[Labelled]:
    """Labelled records of a CSV or JSONL file; a bad record raises an error naming file and line."""
    from classifiers.datasets import labelled_rows
    from classifiers.errors import LabelledDataError

    p = Path(path)
    if not p.exists():
        raise InputError(str(p), "no such file")
    try:
        for no, row in labelled_rows(p):
            rec = _record(row, str(p), f"line {no}")
            if rec is not None:
                yield rec
    except LabelledDataError as exc:  # reported as this package's own input errors
        if exc.line:
            raise RecordError(exc.path, exc.message, f"line {exc.line}") from None
        raise InputError(exc.path, exc.message) from None
