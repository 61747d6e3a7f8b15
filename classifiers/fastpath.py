"""Scoring a batch of plain comments with numpy, word by distinct word instead of comment by comment.

Most comments are plain text: ASCII (or typographic punctuation that maps onto it, or inert symbols such as
emoji beside it), no obfuscation signal that stands for a lexicon word, no threat phrase, no allow-listed phrase,
no glued compound.  For those the careful per-comment pass (:meth:`classifiers.lexicon.Lexicon.analyse`) only
splits words and looks each one up.  Here the whole batch is split into words at once in numpy
(:mod:`classifiers.tokens`), and everything the models read from a word (its vocabulary id, lexicon entry,
identity flag, and its character n-grams' share of each logit) is worked out once per distinct word and kept in a
:class:`WordTable`; a comment's features are then sums over its words, done with ``bincount``.

The outputs are the careful path's, not an approximation: ``tests/test_classifiers_batch.py`` compares the
probabilities, severities and spans of both paths on every comment of the evaluation fixtures and of random text.
Comments that need anything else go through the careful path unchanged.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from .charhash import char_codes, entries_dot
from .derogation import WINDOW
from .hashtags import has_camel_tag
from .tokens import code_points, hashes, letter_triples, tokenize, word_keys
from .features import _NEAR, _SECOND_PERSON, DENSE_FEATURES, short
from .insult_phrases import INSULT_PHRASE_WORDS
from .lexicon import IDENTITY_TOKEN, THREAT_WORDS, _label
from .signals import _LEET_MASK_RE, _SPLIT_LETTERS_RE, _TRIPLES, SPACED_CHAR
from .model import HOSTILITY_PARTS, SCORE_KEYS, Score, Scorer, Span  # model.py imports this module only when scoring
from .normalize import Normalized, normalize, plain_chars


SEP = "\n\x00\n"  # between comments: white space on both sides, and one token of its own
# lexicon.SPACED_RUN_RE for scanning a batch: led by white space (sre then skips ahead) instead of a lookbehind.
_SPACED_SCAN_RE = re.compile(rf"\s{SPACED_CHAR}\s+{SPACED_CHAR}\s+{SPACED_CHAR}(?!\S)")
_F = {name: i for i, name in enumerate(DENSE_FEATURES)}
_LIMIT = 400_000  # distinct words kept before the table starts afresh


class WordTable:
    """What the models read from each distinct plain word, computed once per word."""

    def __init__(self, scorer: Scorer):
        self.scorer = scorer
        lex = scorer.lexicon
        self._entries, self._identity = lex.entries, lex.identity
        self._exception_words = lex._exception_words
        self._heads = scorer._char_heads
        self._static: dict | None = None  # built on the first word added (see _static_flags)
        scorer.word_id("")  # builds the scorer's word index, read directly in _add
        self.clear()

    def clear(self) -> None:
        self.words: list[str] = []
        self.canon: list[str] = []
        self.entry: list = []
        self.keys = np.zeros(0, dtype=np.uint64)     # word keys (classifiers.tokens.hashes), sorted
        self.key_ids = np.zeros(0, dtype=np.int64)   # the word id of each key
        cap = 4096
        self.vid = np.zeros(cap, dtype=np.int64)     # vocabulary-word id of the canonical word
        self.flags = np.zeros(cap, dtype=np.int32)  # the bits below
        self.sev = np.zeros(cap, dtype=np.int8)     # profanity severity when the word is a profanity entry
        self.char_a = np.zeros((cap, len(self._heads)), dtype=np.float64)  # sum of idf x weight over n-grams
        self.char_b = np.zeros(cap, dtype=np.float64)                      # sum of idf squared over n-grams
        self._add(["\x00"], word_keys(["\x00"]))  # the separator between comments: id 0

    PROFANITY, INSULT, SLUR, IDENTITY, SECOND, THREAT, EXCEPTION, GLUED, SPAN = (1 << k for k in range(9))
    HOSTILE_ENTRY = 1 << 9  # an insult, a slur or strong profanity (what identity_near_hostile looks for)
    DEROGATION = 1 << 10  # a word a group-derogation phrase needs (classifiers.derogation)
    SPLIT_LEFT = 1 << 11  # the first half of a strong word split by a space ("fu" of "fu ck")
    TYPO = 1 << 12  # a phrase word mistyped ("mulsims", "muslms") or glued to the next ("hatemuslims"): careful path
    GROUP_NAME = 1 << 13  # a derogatory name for a group ("illegals"): a group to the phrases, not an identity term
    INSULT_PHRASE = 1 << 14  # a word an insult phrase needs (classifiers.insult_phrases): phrases go the careful way
    LITERAL = 1 << 15  # an insult word with a literal sense (classifiers.insult_senses): the careful way if said of no one

    def lookup(self, text: str, keys: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """Word ids of the tokens ``text[starts[i]:ends[i]]`` with keys ``keys``, adding the words not seen before."""
        if len(self.words) > _LIMIT:
            self.clear()
        pos = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        found = self.keys[pos] == keys
        ids = self.key_ids[pos]
        if not found.all():
            missing = np.flatnonzero(~found)
            new_keys, first = np.unique(keys[missing], return_index=True)
            at = missing[first]
            self._add([text[a:b] for a, b in zip(starts[at].tolist(), ends[at].tolist())], new_keys)
            pos = np.searchsorted(self.keys, keys[missing])
            ids[missing] = self.key_ids[pos]
        return ids

    def _static_flags(self) -> dict[str, tuple[int, int, object, str]]:
        """(flags, severity, lexicon entry, canonical word) of every word some word list names; any other word
        has no flag but GLUED, severity 0, no entry, and is its own canonical word."""
        lex, scorer = self.scorer.lexicon, self.scorer
        named = set(self._entries) | set(lex.derogation.groups) | set(self._identity) | _SECOND_PERSON | set(THREAT_WORDS) | \
            set(lex.derogation.triggers) | set(self._exception_words) | set(scorer._span_words) | lex.split_left | \
            set(lex.typos) | INSULT_PHRASE_WORDS | lex.derogation.group_openers
        out = {}
        for w in named:
            e = self._entries.get(w)
            c = IDENTITY_TOKEN if w in self._identity else w
            f, sev = 0, 0
            if e is not None:
                label = _label(e)
                f |= self.PROFANITY if label == "profanity" else self.INSULT
                if label == "profanity" and e.category == "slur":
                    f |= self.SLUR
                if label == "insult" or e.severity >= 2 or e.category == "slur":
                    f |= self.HOSTILE_ENTRY
                sev = e.severity if label == "profanity" else 0
            if c == IDENTITY_TOKEN:
                f |= self.IDENTITY
            if c in _SECOND_PERSON:
                f |= self.SECOND
            if w in THREAT_WORDS:
                f |= self.THREAT
            if w in lex.derogation.triggers:
                f |= self.DEROGATION
            if w in self._exception_words:
                f |= self.EXCEPTION
            if c in scorer._span_words:
                f |= self.SPAN
            if w in lex.split_left:
                f |= self.SPLIT_LEFT
            if w in lex.typos:
                f |= self.TYPO
            if (w in lex.derogation.groups or w in lex.derogation.group_openers) and c != IDENTITY_TOKEN:
                f |= self.GROUP_NAME
            if w in INSULT_PHRASE_WORDS:
                f |= self.INSULT_PHRASE
            if e is not None and _label(e) == "insult" and w.split("'")[0] in lex.insult_senses.words:
                f |= self.LITERAL
            out[w] = (f, sev, e, c)
        return out

    def _add(self, new: list[str], keys: np.ndarray) -> None:
        lex, scorer = self.scorer.lexicon, self.scorer
        first = len(self.words)
        at = np.searchsorted(self.keys, keys)
        self.keys = np.insert(self.keys, at, keys)
        self.key_ids = np.insert(self.key_ids, at, np.arange(first, first + len(new)))
        need = first + len(new)
        if need > len(self.flags):
            cap = max(need, 2 * len(self.flags))
            self.vid = np.resize(self.vid, cap)
            self.flags = np.resize(self.flags, cap)
            self.sev = np.resize(self.sev, cap)
            self.char_a = np.resize(self.char_a, (cap, self.char_a.shape[1]))
            self.char_b = np.resize(self.char_b, cap)
        if self._static is None:
            self._static = self._static_flags()
        get = self._static.get
        info = [get(w) for w in new]
        flags = [x[0] if x is not None else 0 for x in info]
        # Glued compounds ("fuckface") are no lexicon entry: long words holding a strong root, found with one
        # regex scan over all of them (lexicon._has_strong_root word by word costs a call each).
        long = [k for k, (w, x) in enumerate(zip(new, info)) if len(w) >= 6 and (x is None or x[2] is None)]
        if long:
            joined = "\n".join([new[k] for k in long])
            offsets = np.cumsum([0] + [len(new[k]) + 1 for k in long[:-1]])
            pos = [m.start() for m in lex._strong_root_re.finditer(joined)]
            for i in sorted(set((np.searchsorted(offsets, pos, side="right") - 1).tolist())):
                if lex._lookup(new[long[i]]):
                    flags[long[i]] |= self.GLUED
        # Two phrase words with the space between left out ("hatemuslims"): read as two words on the careful path.
        glued = lex.glued_words
        for k, (w, x) in enumerate(zip(new, info)):
            if x is None and len(w) >= 5 and glued(w):
                flags[k] |= self.TYPO
        canon = [x[3] if x is not None else w for w, x in zip(new, info)]
        self.flags[first:need] = flags
        self.sev[first:need] = [x[1] if x is not None else 0 for x in info]
        word_ids, missing = scorer._words, scorer._n_words
        self.vid[first:need] = [word_ids.get(c, missing) for c in canon]
        self.words.extend(new)
        self.canon.extend(canon)
        self.entry.extend(x[2] if x is not None else None for x in info)
        if self._heads:
            rows, cols = char_codes([[c] for c in canon], lex.lookalikes)
            idf = scorer.char_idf[cols].astype(np.float64)
            self.char_b[first:need] = np.bincount(rows, weights=idf ** 2, minlength=len(new))
            for j in range(len(self._heads)):
                self.char_a[first:need, j] = np.bincount(rows, weights=idf * scorer._w_char_heads[j][cols],
                                                         minlength=len(new))


def score_batches(scorer: Scorer, table: WordTable, texts: Sequence[str], batch_size: int) -> list[Score]:
    """Scores of ``texts`` (in order): plain comments batch by batch here, and the comments that need the careful
    path gathered from every batch and scored together at the end (its per-call cost is paid once)."""
    out: list = []
    careful: list[tuple[int, str]] = []  # (index in texts, text)
    for start in range(0, len(texts), batch_size):
        out.extend(score_batch(scorer, table, texts[start:start + batch_size], careful, start))
    for (i, _), result in zip(careful, scorer.careful_whole([t for _, t in careful])):
        out[i] = result
    return out


def score_batch(scorer: Scorer, table: WordTable, texts: Sequence[str], careful: list[tuple[int, str]],
                offset: int = 0) -> list[Score | None]:
    """Scores of the plain comments among ``texts`` (in order); the others are left as None and appended to
    ``careful`` as (``offset`` + index, text) for the caller to score."""
    lows: list[str | None] = [t if t.isascii() else None for t in texts]  # lower-cased below
    maps: dict[int, Normalized] = {}  # comments whose normalised text maps back to the original through a table
    for i, low in enumerate(lows):
        if low is None:
            norm = normalize(texts[i])  # accents, typographic punctuation, emoji ("café", "’", "ﬁne", "😂")
            if plain_chars(norm.text):
                lows[i] = norm.text
                if norm.starts is not None:
                    maps[i] = norm
    for i, t in enumerate(texts):
        if lows[i] is not None and has_camel_tag(t):  # "#FuckTrump": cut into its words on the careful path
            lows[i] = None
    fast = [i for i, low in enumerate(lows) if low is not None]
    out: list = [None] * len(texts)
    left = set(range(len(texts))) - set(fast)
    if fast:
        left |= _score_plain(scorer, table, [texts[i] for i in fast], [lows[i] for i in fast], fast, out,
                             [maps.get(i) for i in fast])
    careful.extend((offset + i, texts[i]) for i in sorted(left))
    return out


def _docs_hit(joined: str, starts: np.ndarray, pattern: re.Pattern) -> set[int]:
    pos = [m.start() for m in pattern.finditer(joined)]
    return set((np.searchsorted(starts, pos, side="right") - 1).tolist()) if pos else set()


def _score_plain(scorer: Scorer, table: WordTable, texts: list[str], lows: list[str], where: list[int],
                 out: list, maps: list[Normalized | None]) -> set[int]:
    """Fill ``out[where[j]]`` for the plain comments among ``texts``; return the indices left to the careful path."""
    n = len(texts)
    lengths = [len(t) for t in lows]
    joined = SEP.join(lows).lower()
    starts = np.cumsum([0] + [k + len(SEP) for k in lengths[:-1]])
    low = [joined[a:a + k] for a, k in zip(starts.tolist(), lengths)]
    # Obfuscation signals, looked for in the whole batch at once (signals.suspicious_ascii's regexes); the
    # comments with one are asked whether it stands for a lexicon word (lexicon.needs_care).
    lex = scorer.lexicon
    triples = letter_triples(low)
    candidates = _docs_hit(joined, starts, _LEET_MASK_RE) | _docs_hit(joined, starts, _SPLIT_LETTERS_RE) | \
        _docs_hit("\n" + joined, starts, _SPACED_SCAN_RE)  # a match starts one before its run: the "\n" shifts it
    for j, tr in enumerate(triples):
        if tr is None:
            tr = triples[j] = any(t in low[j] for t in _TRIPLES)
        if tr:
            candidates.add(j)
    odd = {j for j in candidates if lex.needs_care(low[j], triples[j])}

    c = code_points(joined)
    t0, t1 = tokenize(c)
    ids = table.lookup(joined, hashes(c, t0, t1), t0, t1)
    doc = np.cumsum(ids == 0)
    keep = ids != 0
    ids, doc, t0, t1 = ids[keep], doc[keep], t0[keep], t1[keep]
    flags = table.flags[ids]
    counts = np.bincount(doc, minlength=n)
    bounds = np.concatenate([[0], np.cumsum(counts)])

    def per_doc(bit: int) -> np.ndarray:
        return np.bincount(doc, weights=(flags & bit) != 0, minlength=n)

    prof, ins = per_doc(table.PROFANITY), per_doc(table.INSULT)
    odd.update(np.flatnonzero(per_doc(table.GLUED | table.TYPO)).tolist())
    for j in np.flatnonzero(per_doc(table.THREAT)).tolist():
        denied: list = []  # a negated threat ("I would never hurt you") is read on the careful path too
        if j not in odd and (lex._threats(Normalized(low[j], texts[j], None), denied) or denied):
            odd.add(j)
    for j in np.flatnonzero(per_doc(table.INSULT_PHRASE)).tolist():
        if j not in odd and lex.insult_phrases.find(Normalized(low[j], texts[j], None)):
            odd.add(j)
    derogation_near = _near(flags, doc, bounds, table.IDENTITY | table.GROUP_NAME, table.DEROGATION, WINDOW, n)
    for j in np.flatnonzero(derogation_near).tolist():
        denied = []  # counter-speech ("Saying Xs are vermin is a lie") is read on the careful path too
        if j not in odd and (lex._derogations(Normalized(low[j], texts[j], None), denied) or denied):
            odd.add(j)
    left = np.flatnonzero((flags[:-1] & table.SPLIT_LEFT) != 0)  # "fu ck": a strong word split by a space
    left = left[doc[left] == doc[left + 1]]  # both halves in the same comment
    if len(left):
        words, pairs = table.words, lex.split_pairs
        for k, j in zip(left.tolist(), doc[left].tolist()):
            if j not in odd and (words[ids[k]], words[ids[k + 1]]) in pairs:
                odd.add(j)
    for j in np.flatnonzero(per_doc(table.LITERAL)).tolist():  # "the garbage truck": no insult match there
        if j not in odd and lex.insult_senses.unframed(low[j]):
            odd.add(j)
    for j in np.flatnonzero(per_doc(table.EXCEPTION)).tolist():
        if j not in odd and lex._exceptions_re is not None and lex._exceptions_re.search(low[j]):
            odd.add(j)

    # Features: word TF-IDF, lexicon signals, character n-grams (per-word sums), as Scorer.probabilities.
    vid = table.vid[ids]
    rows, cols = scorer.columns_of_ids(vid, doc)
    r, cc, vals = scorer.tfidf_entries(rows, cols, n, scorer.unknown_words(vid, doc, n))
    logits = entries_dot(r, cc, vals, scorer._w_words, n)
    dense = np.zeros((n, len(DENSE_FEATURES)), dtype=np.float32)
    sev = table.sev[ids]
    severity = np.zeros(n, dtype=np.int64)
    for t in (1, 2, 3):
        has = np.bincount(doc, weights=sev == t, minlength=n) > 0
        dense[:, _F[f"prof_sev{t}"]] = has
        severity[has] = t
    dense[:, _F["prof_count"]] = np.log1p(prof)
    dense[:, _F["insult_word"]] = ins > 0
    dense[:, _F["insult_count"]] = np.log1p(ins)
    dense[:, _F["second_person"]] = per_doc(table.SECOND) > 0
    dense[:, _F["slur"]] = per_doc(table.SLUR) > 0
    per_root = short(counts)
    dense[:, _F["hostile_density"]] = (prof + ins) * per_root
    dense[:, _F["short"]] = per_root
    dense[:, _F["identity_near_hostile"]] = _identity_near_hostile(flags, doc, bounds, table, n)
    logits += dense @ scorer._w_dense + scorer.intercept
    if scorer._char_heads:
        norm = np.sqrt(np.bincount(doc, weights=table.char_b[ids], minlength=n))
        norm[norm == 0] = 1.0
        for j, head in enumerate(scorer._char_heads):
            logits[:, head] += np.bincount(doc, weights=table.char_a[ids, j], minlength=n) / norm
    z = logits * scorer.calib[:, 0] + scorer.calib[:, 1]
    probs = 1.0 / (1.0 + np.exp(-z))

    # Results: scores in SCORE_KEYS order, spans (lexicon words, and in toxic comments the span words).
    attrs = scorer.attributes
    hostility = probs[:, [attrs.index(a) for a in HOSTILITY_PARTS]].max(axis=1)
    keys = SCORE_KEYS
    table_p = np.column_stack([hostility if k == "hostility" else probs[:, attrs.index(k)] for k in keys]).tolist()
    toxic = (probs[:, attrs.index("toxicity")] >= 0.5) | (hostility >= 0.5)
    is_entry = (flags & (table.PROFANITY | table.INSULT)) != 0
    at = np.flatnonzero(is_entry | (toxic[doc] & ((flags & table.SPAN) != 0)))
    spans: dict[int, list] = {}
    if len(at):
        entry_of, canon_of = table.entry, table.canon
        for j, w, s0, s1, ent in zip(doc[at].tolist(), ids[at].tolist(), (t0[at] - starts[doc[at]]).tolist(),
                                     (t1[at] - starts[doc[at]]).tolist(), is_entry[at].tolist()):
            if ent:
                e = entry_of[w]
                span = Span(s0, s1, _label(e), e.form)
            else:
                span = Span(s0, s1, "toxic", canon_of[w])
            if maps[j] is not None:  # offsets in the normalised text -> in the original
                span = Span(*maps[j].span(span.start, span.end), span.label, span.term)
            spans.setdefault(j, []).append(span)
    canon_of = table.canon
    all_ids = ids.tolist()
    bl = bounds.tolist()
    sev_l = severity.tolist()
    for j in range(n):
        if j in odd:
            continue
        words = _Words(canon_of, all_ids, bl[j], bl[j + 1])
        out[where[j]] = Score(dict(zip(keys, table_p[j])), sev_l[j], spans.get(j, []), words)
    return {where[j] for j in odd}


class _Words:
    """A comment's canonical words, listed only when asked for (most callers never do)."""

    __slots__ = ("_canon", "_ids", "_a", "_b")

    def __init__(self, canon: list[str], ids: list[int], a: int, b: int):
        self._canon, self._ids, self._a, self._b = canon, ids, a, b

    def __iter__(self):
        canon = self._canon
        return (canon[k] for k in self._ids[self._a:self._b])

    def __len__(self) -> int:
        return self._b - self._a

    def __getitem__(self, k):
        return list(self)[k]

    def __eq__(self, other) -> bool:
        return list(self) == list(other)

    def __repr__(self) -> str:
        return repr(list(self))


def _identity_near_hostile(flags: np.ndarray, doc: np.ndarray, bounds: np.ndarray, table: WordTable,
                           n: int) -> np.ndarray:
    """features._identity_near_hostile for every comment: an identity word within ``_NEAR`` words of an insult,
    a slur or strong profanity (the plain path has no threat phrases: comments with one go the careful way)."""
    return _near(flags, doc, bounds, table.IDENTITY, table.HOSTILE_ENTRY, _NEAR, n)


def _near(flags: np.ndarray, doc: np.ndarray, bounds: np.ndarray, bit_a: int, bit_b: int, k: int,
          n: int) -> np.ndarray:
    """For each comment: is some word flagged ``bit_a`` within ``k`` words of one flagged ``bit_b``?"""
    has_b = (flags & bit_b) != 0
    where = np.flatnonzero((flags & bit_a) != 0)
    if not len(where) or not has_b.any():
        return np.zeros(n, dtype=bool)
    before = np.concatenate([[0], np.cumsum(has_b)])  # flagged words among the first i
    d = doc[where]
    lo = np.maximum(where - k, bounds[d])
    hi = np.minimum(where + k + 1, bounds[d + 1])
    return np.bincount(d, weights=(before[hi] - before[lo]) > 0, minlength=n) > 0
