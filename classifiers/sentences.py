"""A long comment scored by its worst sentence as well as whole.

The models read a comment as one bag of words, so one hostile sentence in a long, civil comment is diluted by the
rest ("I read the article twice and the budget section was weak, the figures do not add up... You are an idiot."
scores toxicity 0.51 where "You are an idiot." alone scores 1.00), while raters judge the comment by that sentence.
So a comment of two sentences or more and at least :data:`MIN_WORDS` words gets each of its probabilities mixed
half and half with the highest its sentences score on their own.  Measured with the cross-dataset folds (train
without a dataset, test on it; ``bench/cross_dataset.py``), this raised ROC AUC on toxic_spans (news comments) by
0.006 and on Ruddit, OLID, Davidson and ConvAbuse by 0.0002 to 0.002, and lowered Kaggle's by 0.001; calibration
moved by less than 0.01 ECE.

Severity and spans are the whole comment's: the mix moves probabilities only.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence, TypeVar

SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")  # after an end mark, or a line break
MIN_WORDS = 15  # a shorter comment is scored whole only: too short to dilute a sentence
SHARE = 0.5  # the weight of the worst sentence in the mix

R = TypeVar("R")


def sentences(text: str) -> list[str] | None:
    """The sentences of ``text`` when it is long enough to be mixed (:data:`MIN_WORDS` words and two sentences or
    more), else None.  A sentence is never split again, so scoring the sentences does not recurse."""
    if len(text.split()) < MIN_WORDS:
        return None
    parts = [p for p in SENTENCE_BREAK.split(text) if p.strip()]
    return parts if len(parts) >= 2 else None


def with_worst_sentence(texts: Sequence[str], results: list[R], score: Callable[[list[str]], list[R]],
                        mix: Callable[[R, list[R]], R]) -> list[R]:
    """``results`` (the scores of ``texts`` whole) with each long comment's result replaced by ``mix(whole, its
    sentences' results)``; the sentences of every long comment are scored together, in one call of ``score``."""
    pieces: list[str] = []
    owners: list[tuple[int, int, int]] = []  # (comment, first piece, end)
    for i, text in enumerate(texts):
        parts = sentences(text)
        if parts:
            owners.append((i, len(pieces), len(pieces) + len(parts)))
            pieces.extend(parts)
    if not pieces:
        return results
    scored = score(pieces)
    out = list(results)
    for i, a, b in owners:
        out[i] = mix(results[i], scored[a:b])
    return out


def mixed_scores(whole: dict[str, float], parts: list[dict[str, float]], keys: Sequence[str]) -> dict[str, float]:
    """``whole`` with each of ``keys`` mixed with the highest of ``parts``: (1 - SHARE) * whole + SHARE * worst."""
    out = dict(whole)
    for k in keys:
        out[k] = (1.0 - SHARE) * whole[k] + SHARE * max(p[k] for p in parts)
    return out
