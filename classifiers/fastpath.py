"""Scoring a batch of plain comments with numpy, word by distinct word instead of comment by comment.

Most comments are plain text: ASCII (or typographic punctuation that maps onto it), no obfuscation signal, no
threat phrase, no allow-listed phrase, no glued compound.  For those the careful per-comment pass
(:meth:`classifiers.lexicon.Lexicon.analyse`) only splits words and looks each one up.  Here the whole batch is
split with one regex call, and everything the models read from a word (its vocabulary id, lexicon entry, identity
flag, and its character n-grams' share of each logit) is worked out once per distinct word and kept in a
:class:`WordTable`; a comment's features are then sums over its words, done with ``bincount``.

The outputs are the careful path's, not an approximation: ``tests/test_classifiers_batch.py`` compares the
probabilities, severities and spans of both paths on every comment of the evaluation fixtures and of random text.
Comments that need anything else go through the careful path unchanged.
"""

from __future__ import annotations

import re
from itertools import repeat
from typing import TYPE_CHECKING, Sequence

import numpy as np

from .charhash import char_codes
from .features import _NEAR, _SECOND_PERSON, DENSE_FEATURES
from .lexicon import (_LEET_MASK_RE, _SPLIT_LETTERS_RE, _TRIPLES, IDENTITY_TOKEN, SPACED_RUN_RE, THREAT_WORDS,
                      _label, _letter_triples, _offsets)
from .normalize import Normalized, normalize

if TYPE_CHECKING:  # pragma: no cover
    from .model import Score, Scorer

SEP = "\n\x00\n"  # between comments: white space on both sides, and one token of its own
_TOKEN_RE = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+|\x00")  # lexicon._WORD_ASCII_RE, plus the separator
_F = {name: i for i, name in enumerate(DENSE_FEATURES)}
_LIMIT = 400_000  # distinct words kept before the table starts afresh


class WordTable:
    """What the models read from each distinct plain word, computed once per word."""

    def __init__(self, scorer: "Scorer"):
        self.scorer = scorer
        lex = scorer.lexicon
        self._entries, self._identity = lex.entries, lex.identity
        self._exception_words = lex._exception_words
        self._heads = scorer._char_heads
        self.clear()

    def clear(self) -> None:
        self.ids: dict[str, int] = {"\x00": 0}
        self.words: list[str] = ["\x00"]
        self.canon: list[str] = ["\x00"]
        self.entry: list = [None]
        cap = 4096
        self.vid = np.full(cap, self.scorer.word_id("\x00"), dtype=np.int64)  # vocabulary-word id of the canonical
        self.flags = np.zeros(cap, dtype=np.int16)  # the bits below
        self.sev = np.zeros(cap, dtype=np.int8)     # profanity severity when the word is a profanity entry
        self.char_a = np.zeros((cap, len(self._heads)), dtype=np.float64)  # sum of idf x weight over n-grams
        self.char_b = np.zeros(cap, dtype=np.float64)                      # sum of idf squared over n-grams

    PROFANITY, INSULT, SLUR, IDENTITY, SECOND, THREAT, EXCEPTION, GLUED, SPAN = (1 << k for k in range(9))
    HOSTILE_ENTRY = 1 << 9  # an insult, a slur or strong profanity (what identity_near_hostile looks for)

    def lookup(self, tokens: list[str]) -> np.ndarray:
        """Ids of ``tokens``, adding the words not seen before."""
        if len(self.words) > _LIMIT:
            self.clear()
        ids = np.fromiter(map(self.ids.get, tokens, repeat(-1)), dtype=np.int64, count=len(tokens))
        missing = np.flatnonzero(ids < 0)
        if len(missing):
            new = list(dict.fromkeys(tokens[i] for i in missing.tolist()))
            self._add(new)
            get = self.ids.__getitem__
            ids[missing] = [get(tokens[i]) for i in missing.tolist()]
        return ids

    def _add(self, new: list[str]) -> None:
        lex, scorer = self.scorer.lexicon, self.scorer
        first = len(self.words)
        need = first + len(new)
        if need > len(self.flags):
            cap = max(need, 2 * len(self.flags))
            self.vid = np.resize(self.vid, cap)
            self.flags = np.resize(self.flags, cap)
            self.sev = np.resize(self.sev, cap)
            self.char_a = np.resize(self.char_a, (cap, self.char_a.shape[1]))
            self.char_b = np.resize(self.char_b, cap)
        canon = []
        for k, w in enumerate(new, first):
            e = self._entries.get(w)
            c = IDENTITY_TOKEN if w in self._identity else w
            f = 0
            if e is not None:
                label = _label(e)
                f |= self.PROFANITY if label == "profanity" else self.INSULT
                if label == "profanity" and e.category == "slur":
                    f |= self.SLUR
                if label == "insult" or e.severity >= 2 or e.category == "slur":
                    f |= self.HOSTILE_ENTRY
                self.sev[k] = e.severity if label == "profanity" else 0
            else:
                self.sev[k] = 0
                if len(w) >= 6 and lex._has_strong_root(w) and lex._lookup(w):
                    f |= self.GLUED
            if c == IDENTITY_TOKEN:
                f |= self.IDENTITY
            if c in _SECOND_PERSON:
                f |= self.SECOND
            if w in THREAT_WORDS:
                f |= self.THREAT
            if w in self._exception_words:
                f |= self.EXCEPTION
            if c in scorer._span_words:
                f |= self.SPAN
            self.flags[k] = f
            self.vid[k] = scorer.word_id(c)
            self.ids[w] = k
            self.words.append(w)
            self.canon.append(c)
            self.entry.append(e)
            canon.append(c)
        if self._heads:
            rows, cols = char_codes([[c] for c in canon])
            idf = scorer.char_idf[cols].astype(np.float64)
            self.char_b[first:need] = np.bincount(rows, weights=idf ** 2, minlength=len(new))
            for j in range(len(self._heads)):
                self.char_a[first:need, j] = np.bincount(rows, weights=idf * scorer._w_char_heads[j][cols],
                                                         minlength=len(new))


def plain_text(text: str) -> str | None:
    """The normalised text when its offset map is the identity (ASCII, typographic punctuation, inert symbols),
    else None (the careful path's normaliser maps offsets character by character)."""
    norm = normalize(text)
    return norm.text if norm.starts is None else None


def score_batch(scorer: "Scorer", table: WordTable, texts: Sequence[str]) -> list["Score"]:
    """Scores of ``texts`` (in order): plain comments here, the rest through the careful path."""
    lows = [plain_text(t) for t in texts]
    fast = [i for i, low in enumerate(lows) if low is not None]
    out: list = [None] * len(texts)
    careful = set(range(len(texts))) - set(fast)
    if fast:
        careful |= _score_plain(scorer, table, [texts[i] for i in fast], [lows[i] for i in fast], fast, out)
    if careful:
        idx = sorted(careful)
        analyses = scorer.analyse([texts[i] for i in idx])
        for i, a, p in zip(idx, analyses, scorer.probabilities(analyses)):
            out[i] = scorer._result(a, p)
    return out


def _docs_hit(joined: str, starts: np.ndarray, pattern: re.Pattern) -> set[int]:
    pos = [m.start() for m in pattern.finditer(joined)]
    return set((np.searchsorted(starts, pos, side="right") - 1).tolist()) if pos else set()


def _score_plain(scorer: "Scorer", table: WordTable, texts: list[str], lows: list[str], where: list[int],
                 out: list) -> set[int]:
    """Fill ``out[where[j]]`` for the plain comments among ``texts``; return the indices left to the careful path."""
    from .model import Score, Span

    n = len(texts)
    joined = SEP.join(lows)
    starts = np.cumsum([0] + [len(s) + len(SEP) for s in lows[:-1]])
    # Obfuscation signals, looked for in the whole batch at once (lexicon.suspicious_ascii's regexes); the
    # comments with one are asked whether it stands for a lexicon word (lexicon.needs_care).
    lex = scorer.lexicon
    triples = _letter_triples(lows)
    candidates = _docs_hit(joined, starts, _LEET_MASK_RE) | _docs_hit(joined, starts, _SPLIT_LETTERS_RE) | \
        _docs_hit(joined, starts, SPACED_RUN_RE)
    for j, tr in enumerate(triples):
        if tr is None:
            tr = triples[j] = any(t in lows[j] for t in _TRIPLES)
        if tr:
            candidates.add(j)
    odd = {j for j in candidates if lex.needs_care(lows[j], triples[j])}
    tokens = _TOKEN_RE.findall(joined)
    ids = table.lookup(tokens)
    doc = np.cumsum(ids == 0)
    keep = ids != 0
    ids, doc = ids[keep], doc[keep]
    toks = [t for t in tokens if t != "\x00"]
    flags = table.flags[ids]
    counts = np.bincount(doc, minlength=n)
    bounds = np.concatenate([[0], np.cumsum(counts)])

    def per_doc(bit: int) -> np.ndarray:
        return np.bincount(doc, weights=(flags & bit) != 0, minlength=n)

    prof, ins, ident = per_doc(table.PROFANITY), per_doc(table.INSULT), per_doc(table.IDENTITY)
    odd.update(np.flatnonzero(per_doc(table.GLUED)).tolist())
    for j in np.flatnonzero(per_doc(table.THREAT)).tolist():
        if j not in odd and scorer.lexicon._threats(Normalized(lows[j], texts[j], None, None)):
            odd.add(j)
    for j in np.flatnonzero(per_doc(table.EXCEPTION)).tolist():
        if j not in odd and lex._exceptions_re is not None and lex._exceptions_re.search(lows[j]):
            odd.add(j)

    # Features: word TF-IDF, lexicon signals, character n-grams (per-word sums), as Scorer.probabilities.
    from .charhash import entries_dot

    rows, cols = scorer.columns_of_ids(table.vid[ids], doc)
    r, c, vals = scorer.tfidf_entries(rows, cols, n)
    logits = entries_dot(r, c, vals, scorer._w_words, n)
    dense = np.zeros((n, len(DENSE_FEATURES)), dtype=np.float32)
    sev = table.sev[ids]
    for t in (1, 2, 3):
        dense[:, _F[f"prof_sev{t}"]] = np.bincount(doc, weights=sev == t, minlength=n) > 0
    dense[:, _F["prof_count"]] = np.log1p(prof)
    dense[:, _F["insult_word"]] = ins > 0
    dense[:, _F["insult_count"]] = np.log1p(ins)
    dense[:, _F["second_person"]] = per_doc(table.SECOND) > 0
    dense[:, _F["slur"]] = per_doc(table.SLUR) > 0
    dense[:, _F["identity_near_hostile"]] = _identity_near_hostile(flags, doc, bounds, table, n)
    logits += dense @ scorer._w_dense + scorer.intercept
    if scorer._char_heads:
        b = np.bincount(doc, weights=table.char_b[ids], minlength=n)
        norm = np.sqrt(b)
        norm[norm == 0] = 1.0
        for j, head in enumerate(scorer._char_heads):
            logits[:, head] += np.bincount(doc, weights=table.char_a[ids, j], minlength=n) / norm
    z = logits * scorer.calib[:, 0] + scorer.calib[:, 1]
    probs = 1.0 / (1.0 + np.exp(-z))

    # Results.
    attrs = scorer.attributes
    parts = [attrs.index(a) for a in ("insult", "threat", "identity_attack")]
    hostility = probs[:, parts].max(axis=1)
    order = [attrs.index(k) if k != "hostility" else -1 for k in _score_keys()]
    table_p = np.column_stack([probs[:, k] if k >= 0 else hostility for k in order]).tolist()
    toxic = ((probs[:, attrs.index("toxicity")] >= 0.5) | (hostility >= 0.5)).tolist()
    has_match = ((prof + ins) > 0).tolist()
    has_ident = (ident > 0).tolist()
    keys = _score_keys()
    bl = bounds.tolist()
    canon_of = table.canon
    entry_of = table.entry
    span_bit = table.SPAN
    for j in range(n):
        if j in odd:
            continue
        words = toks[bl[j]:bl[j + 1]]
        if has_ident[j]:
            canon = [canon_of[k] for k in ids[bl[j]:bl[j + 1]].tolist()]
        else:
            canon = words
        spans: list = []
        severity = 0
        if has_match[j] or toxic[j]:
            offsets = _offsets(lows[j], words)
            wid = ids[bl[j]:bl[j + 1]].tolist()
            for k, w in enumerate(wid):
                e = entry_of[w]
                if e is not None:
                    label = _label(e)
                    spans.append(Span(offsets[k][0], offsets[k][1], label, e.form))
                    if label == "profanity" and e.severity > severity:
                        severity = e.severity
            if toxic[j]:
                fl = flags[bl[j]:bl[j + 1]].tolist()
                covered = [(sp.start, sp.end) for sp in spans]
                for k, f in enumerate(fl):
                    if f & span_bit:
                        s0, s1 = offsets[k]
                        if not any(c0 <= s0 and s1 <= c1 for c0, c1 in covered):
                            spans.append(Span(s0, s1, "toxic", canon[k]))
                spans.sort(key=lambda sp: (sp.start, sp.end))
        out[where[j]] = Score(dict(zip(keys, table_p[j])), severity, spans, canon)
    return {where[j] for j in odd}


def _identity_near_hostile(flags: np.ndarray, doc: np.ndarray, bounds: np.ndarray, table: WordTable,
                           n: int) -> np.ndarray:
    """features._identity_near_hostile for every comment: an identity word within ``_NEAR`` words of an insult,
    a slur or strong profanity (the plain path has no threat phrases: comments with one go the careful way)."""
    hostile = (flags & table.HOSTILE_ENTRY) != 0
    where = np.flatnonzero((flags & table.IDENTITY) != 0)
    if not len(where) or not hostile.any():
        return np.zeros(n, dtype=bool)
    before = np.concatenate([[0], np.cumsum(hostile)])  # hostile words among the first i
    d = doc[where]
    lo = np.maximum(where - _NEAR, bounds[d])
    hi = np.minimum(where + _NEAR + 1, bounds[d + 1])
    return np.bincount(d, weights=(before[hi] - before[lo]) > 0, minlength=n) > 0


def _score_keys() -> tuple[str, ...]:
    from .model import SCORE_KEYS

    return SCORE_KEYS


__all__ = ["WordTable", "score_batch", "plain_text", "Match"]
