"""Word boundaries and word hashes for a whole batch of lower-cased text at once, in numpy.

:func:`tokenize` finds what the regex ``[a-z]+(?:'[a-z]+)?|\\d+|\\x00`` finds (the plain path's words, plus the
NUL that separates comments in a batch) without making a Python string per word; :func:`hashes` gives each word a
64-bit key (a polynomial hash of its characters, mixed with its length) so a table of known words can be searched
with ``searchsorted``.  ``tests/test_classifiers_batch.py`` checks both against the regex and against Python.

The hash is not cryptographic: strings can be crafted to collide, but a collision only makes one word read as
another word of the same length, and the crafted ones are long runs of two letters that carry no weight.
"""

from __future__ import annotations

import numpy as np

_P = np.uint64(0x100000001B3)        # odd, so invertible modulo 2**64
_P_INV = np.uint64(pow(0x100000001B3, -1, 1 << 64))
_LEN = np.uint64(0x9E3779B97F4A7C15)
_MIX = np.uint64(0xBF58476D1CE4E5B9)
_pow = np.ones(1, dtype=np.uint64)      # _P ** i, grown on demand
_pow_inv = np.ones(1, dtype=np.uint64)  # _P_INV ** i


def code_points(text: str) -> np.ndarray:
    """The characters of ``text`` as integers (bytes when it is ASCII)."""
    if text.isascii():
        return np.frombuffer(text.encode("ascii"), dtype=np.uint8)
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def tokenize(c: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(start, end) of every token in order: a run of letters a-z, optionally joined to the next run by one
    apostrophe (``don't``; in ``rock'n'roll`` the regex takes ``rock'n`` and then ``roll``), a run of digits 0-9,
    or a NUL."""
    n = len(c)
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    cls = _CLASS[np.minimum(c, 128)] if c.dtype != np.uint8 else _CLASS[c]
    letter = cls == 1
    ends_at = np.zeros(n, dtype=np.int64)  # for each token start, its end
    is_start = np.zeros(n, dtype=bool)
    for run in (letter, cls == 2):
        padded = np.zeros(n + 2, dtype=bool)
        padded[1:-1] = run
        edges = np.flatnonzero(padded[1:] != padded[:-1])
        s, e = edges[0::2], edges[1::2]
        if run is letter and len(s) > 1:
            # A run that follows "<letter>'" directly is joined to the one before it; in a chain of joined runs
            # the first, third... open a token and the second, fourth... close the one before.
            joined = np.zeros(len(s), dtype=bool)
            joined[1:] = (s[1:] == e[:-1] + 1) & (cls[s[1:] - 1] == 3)
            if joined.any():
                idx = np.arange(len(s))
                pos = idx - np.maximum.accumulate(np.where(joined, 0, idx))
                opens = pos % 2 == 0
                closes_next = np.append(joined[1:] & opens[:-1], False)
                e = np.where(closes_next, np.append(e[1:], 0), e)
                s, e = s[opens], e[opens]
        is_start[s] = True
        ends_at[s] = e
    nul = np.flatnonzero(cls == 4)
    is_start[nul] = True
    ends_at[nul] = nul + 1
    starts = np.flatnonzero(is_start)
    return starts, ends_at[starts]


_CLASS = np.zeros(256, dtype=np.uint8)  # 1 letter a-z, 2 digit, 3 apostrophe, 4 NUL, 0 anything else
_CLASS[97:123] = 1
_CLASS[48:58] = 2
_CLASS[39] = 3
_CLASS[0] = 4


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    global _pow, _pow_inv
    if len(_pow) < n + 1:
        size = max(n + 1, 2 * len(_pow), 1 << 16)
        with np.errstate(over="ignore"):
            _pow = np.cumprod(np.concatenate([[np.uint64(1)], np.full(size - 1, _P, dtype=np.uint64)]), dtype=np.uint64)
            _pow_inv = np.cumprod(np.concatenate([[np.uint64(1)], np.full(size - 1, _P_INV, dtype=np.uint64)]),
                                  dtype=np.uint64)
    return _pow, _pow_inv


def hashes(c: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """A 64-bit key per token: sum of c[i] * P**(i - start) modulo 2**64, mixed with the token's length."""
    n = len(c)
    pw, pw_inv = _powers(n)
    with np.errstate(over="ignore"):
        prefix = np.zeros(n + 1, dtype=np.uint64)
        np.cumsum(c.astype(np.uint64) * pw[:n], out=prefix[1:])
        h = (prefix[ends] - prefix[starts]) * pw_inv[starts]
        h ^= (ends - starts).astype(np.uint64) * _LEN
        h ^= h >> np.uint64(31)
        h *= _MIX
    return h


def word_keys(words: list[str]) -> np.ndarray:
    """:func:`hashes` of whole words, for words already split."""
    text = "\x01".join(words)
    c = code_points(text)
    lengths = np.array([len(w) for w in words], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]]).astype(np.int64)
    return hashes(c, starts, starts + lengths)


def letter_triples(texts: list[str]) -> list[bool | None]:
    """For each text: does its lower-cased form hold three identical ASCII letters in a row?  One numpy pass."""
    low = [t.lower() if t.isascii() else "" for t in texts]
    joined = "\x00".join(low).encode("ascii")
    if len(joined) < 3:
        return [None] * len(texts)
    b = np.frombuffer(joined, dtype=np.uint8)
    hit = (b[:-2] == b[1:-1]) & (b[1:-1] == b[2:]) & (b[:-2] >= 97) & (b[:-2] <= 122)
    bounds = np.cumsum([len(x) + 1 for x in low])
    docs = np.searchsorted(bounds, np.flatnonzero(hit), side="right")
    out: list[bool | None] = [False if t.isascii() else None for t in texts]  # None: work it out per text
    for d in np.unique(docs).tolist():
        out[d] = True
    return out
