"""Character n-grams of the deobfuscated words, hashed into a fixed number of buckets, computed with numpy.

Word features miss what spelling variants share ("idiots", "idiotic", "idiotz"); character n-grams inside word
boundaries (as scikit-learn's ``char_wb``) catch it.  They are hashed rather than kept in a vocabulary so the
shipped model stays small, and computed for a whole batch at once (rolling hashes over the batch's bytes), so the
same code serves training and scoring and costs a few microseconds a comment.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
from scipy import sparse

from .lexicon import IDENTITY_TOKEN

N_MIN, N_MAX = 3, 5
BITS = 18
BUCKETS = 1 << BITS
_MUL = np.uint64(1000003)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def char_codes(docs: Sequence[Sequence[str]], skip: frozenset[str] = frozenset()) -> tuple[np.ndarray, np.ndarray]:
    """(document index, bucket) of every character n-gram (n = 3..5) that stays inside one padded word.

    The identity placeholder has none: naming an identity must carry no weight of its own; nor have words marked
    weightless with a trailing "_" (allow-listed and denied phrases), nor the words in ``skip`` (the lexicon's
    look-alikes, English words that hold a swear word without being one: "pussycat", "snigger")."""
    text = "\x00".join(" " + " ".join(w for w in words if w != IDENTITY_TOKEN and w[-1:] != "_" and w not in skip)
                        + " " for words in docs)
    raw = np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
    size = len(raw)
    if size < N_MIN:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    b = raw.astype(np.uint64)
    sep = raw == 0
    doc_of = np.cumsum(sep)  # the document each byte belongs to (a separator counts with the next one)
    # For each byte, the index of the first space or separator strictly after it: a window [i, i+n) stays in one
    # padded word when that index is >= i+n-1 (only its last byte may be the closing space).
    stop = np.flatnonzero((raw == 32) | sep)
    idx = np.arange(size)
    nxt = stop[np.minimum(np.searchsorted(stop, idx, side="right"), len(stop) - 1)]
    nxt = np.where(nxt > idx, nxt, size)
    rows, cols = [], []
    h = b
    for n in range(2, N_MAX + 1):
        m = size - n + 1
        if m <= 0:
            break
        h = h[:m] * _MUL + b[n - 1:n - 1 + m]  # hash of b[i:i+n], built from the hash of b[i:i+n-1]
        if n < N_MIN:
            continue
        keep = np.flatnonzero((nxt[:m] >= idx[:m] + n - 1) & ~sep[:m] & ~sep[n - 1:n - 1 + m])
        salt = np.uint64((n * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF)
        bucket = ((h[keep] ^ salt) * _GOLDEN) >> np.uint64(64 - BITS)
        rows.append(doc_of[keep])
        cols.append(bucket.astype(np.int64))
    return np.concatenate(rows), np.concatenate(cols)


def document_frequencies(docs: Sequence[Sequence[str]], chunk: int = 2048,
                         skip: frozenset[str] = frozenset()) -> np.ndarray:
    df = np.zeros(BUCKETS, dtype=np.int64)
    for i in range(0, len(docs), chunk):
        rows, cols = char_codes(docs[i:i + chunk], skip)
        keys = np.unique(rows * BUCKETS + cols)
        df += np.bincount(keys % BUCKETS, minlength=BUCKETS)
    return df


def idf_from_df(df: np.ndarray, n_docs: int, min_df: int = 3) -> np.ndarray:
    """Smoothed idf as scikit-learn's; buckets seen in fewer than ``min_df`` documents get 0 (unused)."""
    idf = np.log((1 + n_docs) / (1 + df)) + 1.0
    idf[df < min_df] = 0.0
    return idf.astype(np.float32)


def _weights(rows: np.ndarray, cols: np.ndarray, idf: np.ndarray, n: int) -> np.ndarray:
    """Each n-gram occurrence weighs idf / the row's norm (the root of the sum of squared idfs over occurrences).

    Occurrences are not merged first (no sort): a repeated n-gram adds up linearly.  Training and scoring use
    this same definition, so the shipped weights read exactly what they were fitted on.
    """
    w = idf[cols]
    norms = np.sqrt(np.bincount(rows, weights=w.astype(np.float64) ** 2, minlength=n))
    return (w / np.where(norms > 0, norms, 1.0)[rows]).astype(np.float32)


def char_matrix(docs: Sequence[Sequence[str]], idf: np.ndarray,
                skip: frozenset[str] = frozenset()) -> sparse.csr_matrix:
    """The character block of the feature matrix (for training)."""
    n = len(docs)
    rows, cols = char_codes(docs, skip)
    if not len(cols):
        return sparse.csr_matrix((n, BUCKETS), dtype=np.float32)
    m = sparse.csr_matrix((_weights(rows, cols, idf, n), (rows, cols)), shape=(n, BUCKETS))
    m.sum_duplicates()
    return m


def char_logits(docs: Sequence[Sequence[str]], idf: np.ndarray, coef: np.ndarray,
                skip: frozenset[str] = frozenset()) -> np.ndarray:
    """``char_matrix(docs, idf) @ coef.T`` without building the matrix: (n_docs, n_attr), for scoring.

    ``coef`` is (n_attr, BUCKETS), each row contiguous."""
    n = len(docs)
    rows, cols = char_codes(docs, skip)
    return entries_dot(rows, cols, _weights(rows, cols, idf, n), coef, n)


def entries_dot(rows: np.ndarray, cols: np.ndarray, vals: np.ndarray, coef: np.ndarray, n: int) -> np.ndarray:
    """``M @ coef.T`` for the sparse matrix M with entries (rows, cols, vals) and ``n`` rows, without building M:
    one gather and one bincount per output column.  Duplicate (row, col) entries add up, as in scipy.

    ``coef`` is (n_out, n_features) with each row contiguous, so each gather reads one row of weights.
    """
    out = np.zeros((n, coef.shape[0]), dtype=np.float64)
    for k in range(coef.shape[0]):
        out[:, k] = np.bincount(rows, weights=coef[k][cols] * vals, minlength=n)
    return out
