"""Hashtags whose words are told apart by capitals ("#FuckTrump", "#KillAllMuslims", "#BBCNews"): read as the
words they are made of, so the lexicon and the phrases see "fuck", "kill all muslims".

Case is gone from the normalised text, so the words are found in the original one; a hashtag written in one case
("#maga", "#MAGA", "#cocktail") is left whole (no dictionary here to split "#cocktail" safely).
"""

from __future__ import annotations

import re
from typing import Callable

from .normalize import Normalized

# A hashtag with a capital after a small letter, or a capital before a capital and a small letter ("USAFirst").
CAMEL_TAG_RE = re.compile(r"(?<![\w#])#[A-Za-z]*(?:[a-z][A-Z]|[A-Z][A-Z][a-z])")
_TAG_RE = re.compile(r"#[A-Za-z]+")
_OPENING = "([{\"'<"  # what may stand before a hashtag in the same chunk
_BOUNDARY_RE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def has_camel_tag(original: str) -> bool:
    """Whether the text holds a hashtag whose words are told apart by capitals."""
    return "#" in original and CAMEL_TAG_RE.search(original) is not None


def split_chunks(norm: Normalized, chunks: list[tuple[int, int]],
                 whole: Callable[[str], object]) -> tuple[list[tuple[int, int]], list[int]]:
    """``chunks`` (normalised offsets) with each camel-case hashtag cut into its words, and the offsets of the
    cuts: "#FuckTrump" gives the chunks "#fuck" and "trump" (the "#" stays with the first word).  A hashtag whose
    letters ``whole`` accepts ("#FuCk": a lexicon word) stays whole, and so does one where the original and the
    normalised text are not letter for letter the same."""
    out: list[tuple[int, int]] = []
    cuts: list[int] = []
    original = norm.original
    for a, b in chunks:
        lead = len(norm.text[a:b]) - len(norm.text[a:b].lstrip(_OPENING))  # "(#FuckTrump)", "\"#KillAll..."
        if lead and norm.text[a + lead:a + lead + 1] == "#":
            out.append((a, a + lead))
            a += lead
        if norm.text[a] != "#" or b - a < 4:
            out.append((a, b))
            continue
        o0, o1 = norm.span(a, b)
        m = _TAG_RE.match(original, o0)
        if o1 - o0 != b - a or m is None or not CAMEL_TAG_RE.match(original, o0) or \
                whole(norm.text[a + 1:a + m.end() - o0]):
            out.append((a, b))
            continue
        here = [a + (x.start() - o0) for x in _BOUNDARY_RE.finditer(original, o0 + 1, m.end())]
        edges = [a] + here + [b]
        out.extend((x, y) for x, y in zip(edges, edges[1:]) if y > x)
        cuts.extend(here)
    return out, cuts


def spaced(s: str, decoded: list[tuple[int, int, str]], cuts: list[int]) -> list[tuple[int, int, str]]:
    """The rewrites ``decoded`` ((start, end, word), in order) plus a space at each cut, for the phrases to read
    the hashtag's words apart ("#killallmuslims" -> "#kill all muslims")."""
    if not cuts:
        return decoded
    out = list(decoded)
    ends = {b: k for k, (_, b, _) in enumerate(out)}
    for c in cuts:
        k = ends.get(c)
        if k is not None:  # a rewritten word ends at the cut ("#Mus1imsAreRats"): the space goes after it
            a, b, w = out[k]
            out[k] = (a, b, w + " ")
        else:
            out.append((c - 1, c, s[c - 1] + " "))
    return sorted(out)
