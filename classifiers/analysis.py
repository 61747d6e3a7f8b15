"""What the lexicon finds in a text: entries, matches, and the analysis the models read."""

from __future__ import annotations

from dataclasses import dataclass

from .normalize import Normalized


@dataclass(frozen=True, slots=True)
class Entry:
    form: str
    root: str
    severity: int
    category: str


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon or pattern hit: ``[start, end)`` in the original text, what it matched and how."""

    start: int
    end: int
    label: str       # profanity | insult | threat | identity_attack
    term: str        # the canonical form matched (for profanity and insults) or the phrase (threats, derogation)
    severity: int    # 1-3 for profanity, 0 otherwise
    category: str
    how: str         # exact | lookalike | leet | mask | repeat | separated | spaced | glued | pattern


class Analysis:
    """What the lexicon found in one text: the deobfuscated words the models read, and the matches.

    ``words`` are the canonical words (identity terms as one placeholder); ``tokens`` adds each word's offsets in
    the original text.  On the fast path offsets are worked out only when something asks for them (spans of a
    comment scored toxic), which most comments never do.
    """

    __slots__ = ("words", "matches", "normalized", "denied", "_tokens", "_raw")

    def __init__(self, tokens: tuple[tuple[str, int, int], ...] | None, matches: tuple[Match, ...],
                 normalized: Normalized, *, words: list[str] | None = None, raw: list[str] | None = None,
                 denied: bool = False):
        self.matches = matches
        # A hostile phrase the text reports, rebuts or negates: a group derogation in a frame ("Saying Jews are
        # rats is a lie"), a predicate negated ("Kurds are not thieves"), a threat negated or said of no one ("No
        # one should be shot").  No match; its words are weightless (classifiers.lexicon._unweighted).
        self.denied = denied
        self.normalized = normalized
        self._tokens = tokens
        self._raw = raw
        self.words = [t for t, _, _ in tokens] if tokens is not None else (words or [])

    @property
    def tokens(self) -> tuple[tuple[str, int, int], ...]:
        """(canonical word, start, end) with offsets into the original text."""
        if self._tokens is None:
            offsets = _offsets(self.normalized.text, self._raw or [], self.normalized)
            self._tokens = tuple((w, a, b) for w, (a, b) in zip(self.words, offsets))
        return self._tokens

    @property
    def canonical(self) -> str:
        return " ".join(self.words)


def _offsets(s: str, words: list[str], norm: Normalized | None = None) -> list[tuple[int, int]]:
    """Offsets of ``words`` found in order in ``s`` (the text between two words holds no letters or digits, so
    the first hit after the previous word is the word itself); mapped to the original text through ``norm``'s
    offset map when it has one."""
    out = []
    pos = 0
    find = s.find
    for w in words:
        start = find(w, pos)
        pos = start + len(w)
        out.append((start, pos))
    if norm is not None and norm.starts is not None:
        out = [norm.span(a, b) for a, b in out]
    return out


def _merge(matches: list[Match]) -> list[Match]:
    """Sorted, with overlapping hits of the same label merged into the longest (threat phrases overlap)."""
    out: list[Match] = []
    last: dict[str, int] = {}  # label -> where its latest hit is in out (a label's hits there never overlap and
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):  # end in order, so only the latest can overlap m)
        k = last.get(m.label)
        if k is not None and out[k].end > m.start:
            prev = out[k]
            if m.end > prev.end:
                out[k] = Match(prev.start, m.end, prev.label, prev.term, max(prev.severity, m.severity), prev.category,
                               prev.how)
            continue
        last[m.label] = len(out)
        out.append(m)
    return out


def unreported(phrases: list[Match], framed: list[tuple[int, int]]) -> list[Match]:
    """``phrases`` less the threats inside a group derogation that a frame reports or rebuts (original offsets):
    in 'He tweeted "gays should be wiped out" and lost his job' the threat is quoted as the derogation is."""
    if not framed:
        return phrases
    return [m for m in phrases if m.label != "threat" or not any(a <= m.start and m.end <= b for a, b in framed)]
