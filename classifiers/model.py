"""The shipped scorer: linear models over :mod:`classifiers.features`, stored as numpy arrays plus JSON.

``weights/model.npz`` holds only numeric and string arrays (loaded with ``allow_pickle=False``);
``weights/model.json`` holds the metadata and the npz's sha256, checked on every load.  No pickle anywhere, so a
scikit-learn upgrade cannot break a shipped model.
"""

from __future__ import annotations

import hashlib
import json
import threading
from bisect import bisect_right
from dataclasses import dataclass, field
from importlib import resources
from itertools import accumulate
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from scipy import sparse

from .errors import ModelIntegrityError
from .charhash import BUCKETS, N_MAX, N_MIN, char_logits, entries_dot
from .features import DENSE_FEATURES, dense_features
from .lexicon import Analysis, Lexicon
from .sentences import mixed_scores, with_worst_sentence

HOSTILITY_PARTS = ("insult", "threat", "identity_attack")
SCORE_KEYS = ("toxicity", "profanity", "hostility", "insult", "threat", "identity_attack")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    label: str
    term: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label}


@dataclass(slots=True)
class Score:
    """Scores in [0, 1] per attribute, the profanity severity tier (0 = none, 1 mild, 2 strong, 3 severe), spans."""

    scores: dict[str, float]
    severity: int
    spans: list[Span] = field(default_factory=list)
    words: list = field(default_factory=list, repr=False, compare=False)  # the deobfuscated words

    @property
    def canonical(self) -> str:
        """The deobfuscated words, space-separated (for site rules such as watched terms)."""
        return " ".join(self.words)

    def to_dict(self) -> dict[str, Any]:
        return {"scores": {k: round(v, 4) for k, v in self.scores.items()}, "severity": self.severity,
                "spans": [s.to_dict() for s in self.spans]}


def weights_dir() -> Path:
    return Path(str(resources.files("classifiers").joinpath("weights")))


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Scorer:
    """Scores comments.  Build with :meth:`load` (shipped or given weights) or from training output."""

    def __init__(self, vocab: Sequence[str], idf: np.ndarray, coef: np.ndarray, intercept: np.ndarray,
                 calib: np.ndarray, attributes: Sequence[str], span_words: Sequence[str] = (),
                 meta: dict | None = None,
                 lexicon: Lexicon | None = None, char_idf: np.ndarray | None = None):
        self.vocab_list = list(vocab)
        self.idf = idf.astype(np.float32)
        self.coef = coef.astype(np.float32)            # (n_attr, n_vocab [+ BUCKETS] + n_dense)
        self.intercept = intercept.astype(np.float32)  # (n_attr,)
        self.calib = calib.astype(np.float64)          # (n_attr, 2): p = sigmoid(a * logit + b)
        self.attributes = tuple(attributes)
        self.meta = meta or {}
        self.lexicon = lexicon or Lexicon.load()
        n_vocab = len(self.vocab_list)
        # Hashed character n-grams (classifiers.charhash), when the model was trained with them.
        self.char_idf = None if char_idf is None else char_idf.astype(np.float32)
        n_char = 0 if char_idf is None else BUCKETS
        self._w_words = np.ascontiguousarray(self.coef[:, :n_vocab])  # (n_attr, n_vocab)
        self._w_char = np.ascontiguousarray(self.coef[:, n_vocab:n_vocab + n_char])  # (n_attr, BUCKETS)
        self._char_heads = [k for k in range(len(self.attributes)) if n_char and self._w_char[k].any()]
        self._w_char_heads = np.ascontiguousarray(self._w_char[self._char_heads])  # copied once, not per call
        self._w_dense = self.coef[:, n_vocab + n_char:].T                 # (n_dense, n_attr)
        self._lock = threading.Lock()
        self.span_words = span_words

    @property
    def span_words(self) -> frozenset[str]:
        """Words marked as "toxic" spans in comments scored toxic (learned from span-annotated comments)."""
        return self._span_words

    @span_words.setter
    def span_words(self, words) -> None:
        self._span_words = frozenset(words)
        self._table = None  # classifiers.fastpath.WordTable: built on first score, reads the span words

    # --- persistence -------------------------------------------------------------------------------------

    def save(self, directory: Path, meta: dict) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        npz = directory / "model.npz"
        arrays = dict(vocab=np.array(self.vocab_list, dtype=str), idf=self.idf, coef=self.coef.astype(np.float16),
                      intercept=self.intercept, calib=self.calib,
                      span_words=np.array(sorted(self.span_words), dtype=str))
        if self.char_idf is not None:
            arrays["char_idf"] = self.char_idf.astype(np.float16)
            meta = dict(meta, char_ngrams={"n_min": N_MIN, "n_max": N_MAX, "buckets": BUCKETS})
        np.savez_compressed(npz, **arrays)
        meta = dict(meta, attributes=list(self.attributes), span_words=len(self.span_words),
                    dense_features=list(DENSE_FEATURES), weights_file="model.npz", weights_sha256=sha256_file(npz))
        (directory / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")

    @classmethod
    def load(cls, directory: Path | str | None = None) -> "Scorer":
        d = Path(directory) if directory else weights_dir()
        meta = json.loads((d / "model.json").read_text())
        npz = d / meta["weights_file"]
        actual = sha256_file(npz)
        if actual != meta["weights_sha256"]:
            raise ModelIntegrityError(f"{npz}: sha256 {actual} does not match {meta['weights_sha256']} in model.json")
        if meta.get("dense_features") != list(DENSE_FEATURES):
            raise ModelIntegrityError(f"{d / 'model.json'}: dense_features {meta.get('dense_features')} are not the "
                                      f"ones this version computes {list(DENSE_FEATURES)}; retrain with "
                                      "`moderator train`")
        with np.load(npz, allow_pickle=False) as z:
            if "span_words" not in z.files:
                raise ModelIntegrityError(f"{npz}: no span_words (trained by an older version); retrain with "
                                          "`moderator train`")
            char_idf = z["char_idf"] if "char_idf" in z.files else None
            if char_idf is not None and meta.get("char_ngrams") != {"n_min": N_MIN, "n_max": N_MAX, "buckets": BUCKETS}:
                raise ModelIntegrityError(f"{npz}: character n-gram settings {meta.get('char_ngrams')} are not the "
                                          f"ones this version computes ({N_MIN}-{N_MAX}, {BUCKETS} buckets)")
            return cls(z["vocab"].tolist(), z["idf"], z["coef"], z["intercept"], z["calib"], meta["attributes"],
                       z["span_words"].tolist(), meta, None, char_idf)

    # --- scoring -----------------------------------------------------------------------------------------

    def analyse(self, texts: Sequence[str]) -> list[Analysis]:
        return self.lexicon.analyse_many(list(texts))

    def _build_index(self) -> None:
        """Word ids for every word the vocabulary uses (alone or in a bigram) and a sorted table of bigram codes,
        so that a batch's bigram columns are found with one numpy ``searchsorted`` instead of string joins."""
        words: dict[str, int] = {}
        uni_cols: list[int] = []
        pairs: list[tuple[int, int, int]] = []
        for col, term in enumerate(self.vocab_list):
            parts = term.split(" ")
            ids = [words.setdefault(p, len(words)) for p in parts]
            if len(ids) == 1:
                uni_cols.append((ids[0], col))
            elif len(ids) == 2:
                pairs.append((ids[0], ids[1], col))
        n = len(words)
        uni = np.full(n + 1, -1, dtype=np.int64)  # the last slot stands for "not a known word"
        for wid, col in uni_cols:
            uni[wid] = col
        codes = np.array([a * n + b for a, b, _ in pairs], dtype=np.int64)
        order = np.argsort(codes, kind="stable")
        self._words, self._n_words, self._uni_col = words, n, uni
        self._bigram_codes = codes[order]
        self._bigram_cols = np.array([c for _, _, c in pairs], dtype=np.int64)[order]
        self._opens_bigram = np.zeros(n + 1, dtype=bool)  # words that start some bigram in the vocabulary
        self._opens_bigram[[a for a, _, _ in pairs]] = True

    def _columns(self, analyses: Sequence[Analysis]) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) of every unigram and bigram of every analysis that is in the vocabulary."""
        if not hasattr(self, "_words"):
            self._build_index()
        n = self._n_words
        get = self._words.get
        lens = [len(a.words) for a in analyses]
        wid = np.array([get(t, n) for a in analyses for t in a.words], dtype=np.int64)
        doc = np.repeat(np.arange(len(analyses), dtype=np.int64), lens)
        rows, cols = self.columns_of_ids(wid, doc)
        return rows, cols, self.unknown_words(wid, doc, len(analyses))

    def unknown_words(self, wid: np.ndarray, doc: np.ndarray, n: int) -> np.ndarray:
        """Per document, how many of its words have no unigram column (words the vocabulary lacks, the identity
        placeholder, slurs, weightless words): they count in the TF-IDF norm (:meth:`tfidf_entries`)."""
        if not hasattr(self, "_words"):
            self._build_index()
        return np.bincount(doc, weights=self._uni_col[wid] < 0, minlength=n)

    def word_id(self, word: str) -> int:
        """The vocabulary-word id :meth:`columns_of_ids` reads (``n_words`` for a word the vocabulary lacks)."""
        if not hasattr(self, "_words"):
            self._build_index()
        return self._words.get(word, self._n_words)

    def columns_of_ids(self, wid: np.ndarray, doc: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) of the unigrams and bigrams of word ids ``wid`` (in text order) of documents ``doc``."""
        if not hasattr(self, "_words"):
            self._build_index()
        n = self._n_words
        ucol = self._uni_col[wid]
        keep = ucol >= 0
        rows, cols = [doc[keep]], [ucol[keep]]
        if len(wid) > 1 and len(self._bigram_codes):
            ok = self._opens_bigram[wid[:-1]] & (wid[1:] < n) & (doc[:-1] == doc[1:])
            # Codes sorted before the search (several times faster than searching them in text order); the
            # document rides in the low bits so it stays with its code.
            shift = max(int(doc[-1]).bit_length(), 1) if len(doc) else 1
            keyed = np.sort((wid[:-1][ok] * n + wid[1:][ok]) << shift | doc[:-1][ok])
            codes = keyed >> shift
            pos = np.minimum(np.searchsorted(self._bigram_codes, codes), len(self._bigram_codes) - 1)
            hit = self._bigram_codes[pos] == codes
            rows.append(keyed[hit] & ((1 << shift) - 1))
            cols.append(self._bigram_cols[pos[hit]])
        return np.concatenate(rows), np.concatenate(cols)

    def _tfidf(self, analyses: Sequence[Analysis]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row, column, value) of the TF-IDF rows: sublinear tf x idf, l2-normalised (as scikit-learn's
        TfidfVectorizer), all in numpy."""
        if not analyses:
            return self.tfidf_entries(np.zeros(0, np.int64), np.zeros(0, np.int64), 0)
        rows, cols, unknown = self._columns(analyses)
        return self.tfidf_entries(rows, cols, len(analyses), unknown)

    def tfidf_entries(self, rows: np.ndarray, cols: np.ndarray, n: int, unknown: np.ndarray | None = None
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Sublinear tf x idf, l2-normalised.  Each of a document's ``unknown`` words counts in its norm as a word of
        the vocabulary's highest idf (seen in the fewest comments): otherwise the few known words of a comment made
        mostly of names or rare words took the whole norm ("Shitterton is a hamlet in Dorset." read as
        "is a ...", insult 0.53), as a one-word comment does."""
        v = len(self.vocab_list)
        if not len(cols):
            return rows, cols, np.zeros(0, np.float32)
        keys, counts = np.unique(rows * v + cols, return_counts=True)
        r_idx, c_idx = keys // v, keys % v
        vals = (1.0 + np.log(counts)).astype(np.float32) * self.idf[c_idx]
        sq = np.bincount(r_idx, weights=vals.astype(np.float64) ** 2, minlength=n)
        if unknown is not None:
            sq = sq + unknown * float(self.idf.max()) ** 2
        norms = np.sqrt(sq)
        return r_idx, c_idx, vals / np.where(norms > 0, norms, 1.0)[r_idx].astype(np.float32)

    def _dense(self, analyses: Sequence[Analysis]) -> np.ndarray:
        if not analyses:
            return np.zeros((0, len(DENSE_FEATURES)), dtype=np.float32)
        return np.vstack([dense_features(a) for a in analyses]).astype(np.float32)

    def matrix(self, analyses: Sequence[Analysis]) -> tuple[sparse.csr_matrix, np.ndarray]:
        """The word TF-IDF block as a sparse matrix (for training) and the dense lexicon features."""
        r, c, vals = self._tfidf(analyses)
        X = sparse.csr_matrix((vals, (r, c)), shape=(len(analyses), len(self.vocab_list)), dtype=np.float32)
        return X, self._dense(analyses)

    def probabilities(self, analyses: Sequence[Analysis]) -> np.ndarray:
        # The word block's product with the weights is summed straight from the (row, column, value) entries:
        # the same numbers as X @ W without building a scipy matrix (which costs more than the sum for one comment).
        r, c, vals = self._tfidf(analyses)
        logits = entries_dot(r, c, vals, self._w_words, len(analyses))
        logits += self._dense(analyses) @ self._w_dense + self.intercept
        if self._char_heads:
            heads = self._char_heads
            logits[:, heads] += char_logits([a.words for a in analyses], self.char_idf, self._w_char_heads,
                                            self.lexicon.lookalikes)
        z = logits * self.calib[:, 0] + self.calib[:, 1]
        return 1.0 / (1.0 + np.exp(-z))

    def score(self, texts: Sequence[str], batch_size: int = 512) -> list[Score]:
        """Scores of ``texts`` in order.  Plain comments take the numpy path (:mod:`classifiers.fastpath`), the
        rest the careful per-comment one (:meth:`score_careful`); both give the same numbers.  A long comment's
        probabilities are mixed with its worst sentence's (:mod:`classifiers.sentences`)."""
        return with_worst_sentence(texts, self.score_whole(texts, batch_size), self.score_whole, self._mix)

    def score_whole(self, texts: Sequence[str], batch_size: int = 512) -> list[Score]:
        """:meth:`score` without the sentence mix: each comment read as one bag of words."""
        from .fastpath import WordTable, score_batches

        if len(texts) <= 2:  # the numpy path's fixed cost (about 0.3 ms a batch) is more than one comment's
            return self.careful_whole(texts)
        with self._lock:  # the word table grows as it goes: one batch at a time (Dask workers run threads)
            if self._table is None:
                self._table = WordTable(self)
            return score_batches(self, self._table, texts, batch_size)

    def score_careful(self, texts: Sequence[str], batch_size: int = 512) -> list[Score]:
        """Scores computed comment by comment from :class:`~classifiers.lexicon.Analysis` (the reference), with
        the sentence mix."""
        return with_worst_sentence(texts, self.careful_whole(texts, batch_size), self.careful_whole, self._mix)

    def _mix(self, whole: Score, parts: list[Score]) -> Score:
        scores = mixed_scores(whole.scores, [p.scores for p in parts], self.attributes)
        scores["hostility"] = max(scores.get(x, 0.0) for x in HOSTILITY_PARTS)
        return Score(scores, whole.severity, whole.spans, whole.words)

    def careful_whole(self, texts: Sequence[str], batch_size: int = 512) -> list[Score]:
        """:meth:`score_careful` without the sentence mix."""
        out: list[Score] = []
        for start in range(0, len(texts), batch_size):
            analyses = self.analyse(texts[start:start + batch_size])
            out.extend(self._result(a, p) for a, p in zip(analyses, self.probabilities(analyses)))
        return out

    def _result(self, a: Analysis, p: np.ndarray) -> Score:
        values = p.tolist()
        scores = dict(zip(self.attributes, values))
        scores["hostility"] = max(scores.get(x, 0.0) for x in HOSTILITY_PARTS)
        scores = {k: scores[k] for k in SCORE_KEYS}
        spans = [Span(m.start, m.end, m.label, m.term) for m in a.matches]
        severity = max((m.severity for m in a.matches if m.label == "profanity"), default=0) if spans else 0
        if scores["toxicity"] >= 0.5 or scores["hostility"] >= 0.5:
            # A span word counts unless a lexicon span holds it: some span starting at or before it reaches its end
            # (the furthest end among the spans starting at or before it, found by bisection).
            covered = sorted((sp.start, sp.end) for sp in spans)
            starts = [c0 for c0, _ in covered]
            reach = list(accumulate((c1 for _, c1 in covered), max))
            words = self._span_words
            for tok, s0, s1 in a.tokens:
                if tok in words:
                    k = bisect_right(starts, s0)
                    if not (k and reach[k - 1] >= s1):
                        spans.append(Span(s0, s1, "toxic", tok))
            spans.sort(key=lambda sp: (sp.start, sp.end))
        return Score(scores, severity, spans, a.words)
