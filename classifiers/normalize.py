"""Undo obfuscation at the character level, keeping a map back to offsets in the original text.

``normalize(text)`` applies Unicode compatibility folding (NFKC/NFKD), drops accents and invisible characters
(zero-width spaces and joiners, soft hyphens, bidi controls, variation selectors) and case-folds.  Every
character of the result knows the ``[start, end)`` slice of the original it came from, so spans found in the
normalised text can be reported on the text the user sees.  Token-level rewrites (look-alike letters, leetspeak,
masks, repeats, spaced letters) are in :mod:`classifiers.lexicon`, which works on this output.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import numpy as np

from .deobfuscate import LEET

INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b"
    "\u206c\u206d\u206e\u206f\u3164\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a"
    "\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff\uffa0"
)


# Emoji that are obscene gestures, read as a word of the lexicon (spaced, so "🖕🖕" is two words).
GESTURES = {"\U0001F595": " middlefinger "}


class Normalized:
    """Normalised text plus, for each of its characters, the index of the original character it came from."""

    __slots__ = ("text", "original", "starts")

    def __init__(self, text: str, original: str, starts: list[int] | None):
        self.text = text
        self.original = original
        self.starts = starts  # None: identity map (every character folded to exactly one)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` for normalised ``[start, end)`` (end > start)."""
        if self.starts is None:
            return start, end
        return self.starts[start], self.starts[end - 1] + 1

    def replaced(self, words: list[tuple[int, int, str]]) -> "Normalized":
        """This text with each ``[a, b)`` replaced by ``word`` (in order, not overlapping), keeping the map to the
        original: a word's first and last letters map to its run's first and last characters, so a phrase found
        over it spans exactly the original run ("k1ll", "v e r m i n", "fu ck")."""
        s, starts = self.text, self.starts
        orig = starts if starts is not None else range(len(s))
        if starts is None and all(b - a == len(w) for a, b, w in words):  # letter for letter: the map stays identity
            text = list(s)
            for a, b, w in words:
                text[a:b] = w
            return Normalized("".join(text), self.original, None)
        parts: list[str] = []
        new: list[int] = []
        pos = 0
        for a, b, w in words:
            parts.append(s[pos:a])
            new.extend(orig[pos:a])
            parts.append(w)
            last = len(w) - 1
            new.extend(orig[a + (k * (b - 1 - a)) // last] if last else orig[a] for k in range(len(w)))
            pos = b
        parts.append(s[pos:])
        new.extend(orig[pos:])
        return Normalized("".join(parts), self.original, new)


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """What one character becomes: compatibility-decomposed, accents dropped, case-folded ('' if invisible)."""
    if ch in INVISIBLE:
        return ""
    if ch in GESTURES:
        return GESTURES[ch]
    cp = ord(ch)
    if 0x1F150 <= cp <= 0x1F169 or 0x1F170 <= cp <= 0x1F189:  # negative circled / squared letters: "🅵🆄🅲🅺"
        return chr(ord("a") + (cp - 0x1F150) % 0x20)
    if 0x249C <= cp <= 0x24B5:  # parenthesised letters, "⒡⒰⒞⒦" (compatibility-decomposed, "(f)(u)(c)(k)")
        return chr(ord("a") + cp - 0x249C)
    cat = unicodedata.category(ch)
    if cat in ("Cf", "Mn", "Me"):  # format characters and stray combining marks carry no letters
        return ""
    decomposed = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFKC", kept).casefold() if kept else ""


# Typographic punctuation that maps one-to-one onto ASCII, so such text keeps the identity offset map.
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": ".", "\xa0": " ",
                              "«": '"', "»": '"', "′": "'", "″": '"'})


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=8192)
def inert(ch: str) -> bool:
    """A symbol, punctuation mark or separator that normalising leaves as it is and that stands for no letter
    (emoji, "¿"; not "¡" or "©", which spell letters in "sh¡t" and "fu©k")."""
    return unicodedata.category(ch)[0] in "SPZ" and fold_char(ch) == ch and ch not in LEET


# What each character folds to, for str.translate: A-Z to a-z, and every non-ASCII character seen so far to
# fold_char's result (typographic punctuation to its ASCII twin).  _UNEVEN holds those that fold to other than
# exactly one character (ligatures, "ß", invisible characters), which need the offset map.
_FOLDS: dict[int, int | str] = {c: c + 32 for c in range(65, 91)}
_UNEVEN: set[str] = set()


def identity_text(text: str) -> str | None:
    """The normalised text when normalising maps offsets one to one (every character folds to exactly one:
    ASCII, typographic punctuation, accented letters, symbols), else None."""
    if text.isascii():
        return text.lower()
    chars = set(_NON_ASCII_RE.findall(text))
    for ch in chars:
        if ord(ch) not in _FOLDS:
            folded = _TYPOGRAPHIC.get(ord(ch)) or fold_char(ch)
            if len(folded) != 1:
                _UNEVEN.add(ch)  # before the fold is visible, so no other thread sees one without the other
            _FOLDS[ord(ch)] = folded
    if not _UNEVEN.isdisjoint(chars):
        return None
    return text.translate(_FOLDS)


def plain_chars(s: str) -> bool:
    """ASCII, or ASCII with inert symbols beside it: text the plain path's word regex reads in full."""
    return s.isascii() or all(map(inert, set(_NON_ASCII_RE.findall(s))))


def normalize(text: str) -> Normalized:
    if text.isascii():
        # Fast path: only case folding; ASCII has no invisible characters except controls we keep as spacing.
        return Normalized(text.lower(), text, None)
    plain = identity_text(text)  # also records every character's fold in _FOLDS
    if plain is not None:
        return Normalized(plain, text, None)
    # Some characters fold to none or several ("\u200b", "ß", "ﬁ"): the same translation, plus a map that
    # repeats each original index as many times as its character's fold is long.
    lengths = np.ones(len(text), dtype=np.int64)
    for i, ch in enumerate(text):
        if ch in _UNEVEN:
            lengths[i] = len(_FOLDS[ord(ch)])
    starts = np.repeat(np.arange(len(text)), lengths).tolist()
    return Normalized(text.translate(_FOLDS), text, starts)
