"""classifiers: obfuscation-robust profanity and hostility scoring with offending character spans.

Nothing is loaded at import time.  ``score(texts)`` loads the shipped model on first use::

    from classifiers import score
    [result] = score(["you absolute f*ckwit"])
    result.scores["profanity"], result.spans
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from .model import Score, Scorer

ATTRIBUTES = ("toxicity", "profanity", "hostility", "insult", "threat", "identity_attack")

_default: "Scorer | None" = None


def default_scorer() -> "Scorer":
    """The shipped model, loaded (and sha256-checked) on first call."""
    global _default
    if _default is None:
        from .model import Scorer

        _default = Scorer.load()
    return _default


def score(texts: Iterable[str], batch_size: int = 512) -> list["Score"]:
    """Score comments with the default model; see :class:`classifiers.model.Score`."""
    return default_scorer().score(list(texts), batch_size=batch_size)
