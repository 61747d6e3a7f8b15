"""From scores and site rules to a decision: ``allow``, ``review`` or ``reject``, with the reasons why.

Order (the first that fires wins, every rule that fired is listed in ``reasons``):

1. reject: blocked author, blocked term, any score at or above its ``[reject]`` threshold;
2. allow: trusted author;
3. review: watched term, too many links, any score at or above its ``[review]`` threshold;
4. otherwise ``review`` in pre-moderation mode, ``allow`` in post-moderation mode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .config import SCORE_ATTRIBUTES, Config

_LINK_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def compile_term(term: str, case_sensitive: bool) -> re.Pattern[str]:
    """A site term as a regex: whole word/phrase unless it has '*' wildcards (which match inside words)."""
    parts = [re.escape(p) for p in term.strip().split("*")]
    body = r"\w*".join(parts)
    lead = "" if term.startswith("*") else r"(?<!\w)"
    trail = "" if term.endswith("*") else r"(?!\w)"
    body = re.sub(r"(\\ )+", r"\\s+", body)  # a space in a phrase matches any run of white space
    return re.compile(lead + body + trail, 0 if case_sensitive else re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TermHit:
    term: str
    start: int | None  # offsets in the original text; None when only the deobfuscated text matched
    end: int | None


@dataclass(slots=True)
class Decision:
    decision: str                      # allow | review | reject
    reasons: list[str] = field(default_factory=list)
    term_hits: list[tuple[str, TermHit]] = field(default_factory=list)  # (blocked|watched, hit)


class Rules:
    """The site rules of one config, compiled once."""

    def __init__(self, config: Config):
        self.config = config
        cs = config.terms.case_sensitive
        self.blocked = [(t, compile_term(t, cs)) for t in config.terms.blocked if t.strip()]
        self.watched = [(t, compile_term(t, cs)) for t in config.terms.watched if t.strip()]
        fold = (lambda s: s) if cs else str.casefold
        self._fold = fold
        self.trusted = {fold(a) for a in config.authors.trusted}
        self.blocked_authors = {fold(a) for a in config.authors.blocked}

    @staticmethod
    def _hits(terms, text: str, canonical: str) -> list[TermHit]:
        out = []
        for term, rx in terms:
            m = rx.search(text)
            if m:
                out.append(TermHit(term, m.start(), m.end()))
            elif canonical and rx.search(canonical):
                out.append(TermHit(term, None, None))
        return out

    def decide(self, text: str, author: str | None, scores: dict[str, float], canonical: str = "") -> Decision:
        cfg = self.config
        author_key = self._fold(author) if author else None
        reject: list[str] = []
        review: list[str] = []
        d = Decision("allow")
        if author_key is not None and author_key in self.blocked_authors:
            reject.append("author:blocked")
        for hit in self._hits(self.blocked, text, canonical):
            reject.append(f"term:blocked:{hit.term}")
            d.term_hits.append(("blocked", hit))
        for attr in SCORE_ATTRIBUTES:
            s, t = scores.get(attr, 0.0), getattr(cfg.reject, attr)
            if t < 1.0 and s >= t:
                reject.append(f"{attr}>={t:g}")
        for hit in self._hits(self.watched, text, canonical):
            review.append(f"term:watched:{hit.term}")
            d.term_hits.append(("watched", hit))
        if cfg.moderation.max_links:
            links = len(_LINK_RE.findall(text))
            if links >= cfg.moderation.max_links:
                review.append(f"links:{links}>={cfg.moderation.max_links}")
        for attr in SCORE_ATTRIBUTES:
            s, t = scores.get(attr, 0.0), getattr(cfg.review, attr)
            if t < 1.0 and s >= t and not any(r.startswith(attr + ">=") for r in reject):
                review.append(f"{attr}>={t:g}")
        if reject:
            d.decision, d.reasons = "reject", reject + review
        elif author_key is not None and author_key in self.trusted:
            d.decision, d.reasons = "allow", ["author:trusted"] + review
        elif review:
            d.decision, d.reasons = "review", review
        elif cfg.moderation.mode == "pre":
            d.decision, d.reasons = "review", ["mode:pre"]
        else:
            d.decision, d.reasons = "allow", []
        return d
