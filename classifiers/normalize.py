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

INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u206a\u206b"
    "\u206c\u206d\u206e\u206f\u3164\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a"
    "\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff\uffa0"
)


class Normalized:
    """Normalised text plus, for each of its characters, where it came from in the original."""

    __slots__ = ("text", "original", "starts", "ends")

    def __init__(self, text: str, original: str, starts: tuple[int, ...] | None, ends: tuple[int, ...] | None):
        self.text = text
        self.original = original
        self.starts = starts  # None: identity map (the fast ASCII path)
        self.ends = ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` for normalised ``[start, end)`` (end > start)."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """What one character becomes: compatibility-decomposed, accents dropped, case-folded ('' if invisible)."""
    if ch in INVISIBLE:
        return ""
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
    """A symbol, punctuation mark or separator that normalising leaves as it is (emoji, "§", "¿")."""
    return unicodedata.category(ch)[0] in "SPZ" and fold_char(ch) == ch


def identity_text(text: str) -> str | None:
    """The normalised text when normalising maps offsets one to one (ASCII once typographic punctuation is
    mapped, with at most inert symbols beside it), else None."""
    if text.isascii():
        return text.lower()
    plain = text.translate(_TYPOGRAPHIC)
    if plain.isascii() or all(map(inert, set(_NON_ASCII_RE.findall(plain)))):
        return plain.lower()
    return None


def plain_chars(s: str) -> bool:
    """ASCII, or ASCII with inert symbols beside it: text the plain path's word regex reads in full."""
    return s.isascii() or all(map(inert, set(_NON_ASCII_RE.findall(s))))


def normalize(text: str) -> Normalized:
    if text.isascii():
        # Fast path: only case folding; ASCII has no invisible characters except controls we keep as spacing.
        return Normalized(text.lower(), text, None, None)
    plain = identity_text(text)
    if plain is not None:
        return Normalized(plain, text, None, None)
    # ASCII runs are lower-cased whole; each other character is folded on its own (typographic punctuation to
    # its ASCII twin) and keeps the offset it came from.
    out: list[str] = []
    starts: list[int] = []
    pos = 0
    for m in _NON_ASCII_RE.finditer(text):
        i = m.start()
        if i > pos:
            out.append(text[pos:i].lower())
            starts.extend(range(pos, i))
        ch = text[i]
        folded = _TYPOGRAPHIC.get(ord(ch)) or fold_char(ch)
        out.append(folded)
        starts.extend([i] * len(folded))
        pos = i + 1
    out.append(text[pos:].lower())
    starts.extend(range(pos, len(text)))
    return Normalized("".join(out), text, tuple(starts), tuple(map((1).__add__, starts)))
