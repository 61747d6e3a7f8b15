"""Obfuscation signals: what sends a text the careful way (:meth:`classifiers.lexicon.Lexicon.needs_care`) and what
the batch path (:mod:`classifiers.fastpath`) scans for.

Text with none of these needs no deobfuscation: symbols or digits touching letters, letters split by separators
or spaces, runs of three identical letters, markdown-style masks.  The checks are split so that each regex starts
with a character class (sre then skips ahead to candidates instead of trying every position).
"""

from __future__ import annotations

import re

_WORD_ASCII_RE = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")  # _WORD_RE on lower-cased ASCII, without match objects
_LEET_MASK_RE = re.compile(  # leet and masks touching a letter ("f-ck", "f~ck"), and a digit or '#' opening a word ("5hit")
    r"[*#@$_0-9+!|%(~^\-\x80-\U0010ffff](?:(?<=[a-z][*#@$_0-9+%~^-])"
    r"|(?<=[a-z][\x80-\U0010ffff])(?=[\x80-\U0010ffff]*[a-z])"  # an emoji between letters ("f🤬ck")
    r"|(?<=[a-z!][!|(])(?=[a-z])|(?<=[*@$|_+!%~^])(?=[a-z])|(?<=[a-z]!\+)"  # ... and "sh!+"
    r"|(?<=[0-9#])(?<![a-z0-9][0-9#])(?=[a-z]))")
_SPLIT_LETTERS_RE = re.compile(r"[.\-/~,\\](?<=[a-z][.\-/~,\\])[a-z][.\-/~,\\](?=[a-z])")  # s.t.u.p.i.d, f/u/c/k, f~u~c~k
_TRIPLES = tuple(c * 3 for c in "abcdefghijklmnopqrstuvwxyz")  # fuuuck
_TRIPLE_RE = re.compile(r"([a-z])\1\1")
SPACED_CHAR = "[a-z0-9*#@$%!]"  # a letter, digit or mask symbol standing alone: "f u c k", "f * * k", "s h * t"
SPACED_RUN_RE = re.compile(rf"(?<!\S){SPACED_CHAR}\s+{SPACED_CHAR}\s+{SPACED_CHAR}(?!\S)")  # three one-character chunks


def suspicious_ascii(s: str, triples: bool | None = None) -> bool:
    """Whether lower-cased ASCII text shows any obfuscation signal (then the slow, careful path runs).

    ``triples`` may be given when already known (the batch path finds letter runs for many texts at once).
    """
    if _LEET_MASK_RE.search(s) or _SPLIT_LETTERS_RE.search(s):
        return True
    if triples is None:
        triples = any(t in s for t in _TRIPLES)
    return bool(triples) or SPACED_RUN_RE.search(s) is not None
