"""Threat phrases' words and when a phrase is denied: negated right before it, or said of no one.

The phrases themselves are ``classifiers/data/threats.txt``, matched by :class:`ThreatPhrases` for the lexicon.
"""

from __future__ import annotations

import re
from typing import Sequence

from .analysis import Match
from .normalize import Normalized

# A threat phrase negated right before it ("...would never kill you") is no threat; nor is one said of no one
# ("No one deserves to die", "No trans person deserves to die"), unless the phrase names its own subject
# ("No doubt I will kill you", "He has no friends so I will end him").
_NEGATED_BEFORE = re.compile(r"(?:n't|\b(?:never|not))\s+$")
_NO_ONE_BEFORE = re.compile(r"\b(?:no|nobody|noone|no-one)(?!\s+(?:doubt|question|matter|kidding|joke|lie|problem|wonder|idea|clue)\b)"
                            r"(?:\s+[a-z]+){0,2}\s+$")
_WHY_BEFORE = re.compile(r"\bwhy(?:\s+[a-z']+){1,3}\s+$")  # "why we can't", "why don't we just", "why not"
_OWN_SUBJECT = re.compile(r"(?:i|i'll|i'd|im|i'm|we|we'll|we'd|you|u|ya|you're|hope|wish)\b")

THREAT_WORDS = frozenset("""
    kill kills murder shoot stab hang hunt beat hurt rape strangle choke burn bury destroy end cut slit break smash
    gas lynch execute behead slaughter deport exterminate eradicate die dies burns rot rots raped shot killed chokes
    hanged hung beaten kys watch live dead next death bullet rope executed lynched gassed exterminated burned burnt
    punch hell drown drowns drowned starve neck unalive bleach cancer foad shoots stabs hangs murders strangles lynches
""".split())
# Threat words too common to be read through a typo or run together with another word ("cash" is no "crash" with a
# letter dropped, "fireman" no "fire man"): the phrases need them, the spelling repairs do not.
PLAIN_THREAT_WORDS = frozenset("""
    beating kicking kick slap smack stomp run make survive knock rip bash wring snap gouge crush tear slice bust
    fire alight ablaze ground grave coffin suffer bleed hands crash crashes hit blow cave hospital wheelchair
    gut torture maim skin coming kicked smashed bashed caved knocked ripped blown punched blood knife blade limb
    disappear vanish breathing alive days ditch river gutter morgue numbered gun happen happens happened eye do
    noose lesson straw address fist fists regret rue alley pay shut feet thrown squad pray hope boot
    boots hammer rifle bullets guns
""".split())
THREAT_WORDS |= PLAIN_THREAT_WORDS


def negated(s: str, m: re.Match) -> bool:
    """Whether the threat phrase ``m`` in ``s`` is negated or said of no one (see _NEGATED_BEFORE)."""
    a = m.start()
    if _NEGATED_BEFORE.search(s, max(0, a - 40), a):
        return not _WHY_BEFORE.search(s, max(0, a - 40), a)  # "why can't we kill them": a call, not a denial
    return not _OWN_SUBJECT.match(m.group(0)) and _NO_ONE_BEFORE.search(s, max(0, a - 40), a) is not None


_LETTERS_RE = re.compile(r"[a-z]+")


def threat_keys(pattern: str) -> frozenset[str]:
    """The threat words a text must hold for ``pattern`` to match: those written in it and the ones they open
    ("hang" opens "hanged"); tests/test_classifiers_fastpath.py checks that every match holds one."""
    written = [u for u in THREAT_WORDS if u in pattern]
    return frozenset(w for w in THREAT_WORDS if w.startswith(tuple(written))) if written else frozenset()


class ThreatPhrases:
    """The threat phrases of ``classifiers/data/threats.txt``, each tried only on a text holding one of its own
    threat words (one combined scan of all the patterns cost ~100 microseconds a comment)."""

    def __init__(self, patterns: Sequence[str]):
        self.patterns = [re.compile(p) for p in patterns]
        self.keys = [threat_keys(p) for p in patterns]

    def find(self, norm: Normalized, denied: list | None = None) -> list[Match]:
        """The threat phrases in ``norm`` (spans in the original text); those negated or said of no one are
        appended to ``denied`` (spans in the normalised text)."""
        s = norm.text
        words = set(_LETTERS_RE.findall(s))
        if THREAT_WORDS.isdisjoint(words):
            return []
        out = []
        for pat, keys in zip(self.patterns, self.keys):
            if keys.isdisjoint(words):
                continue
            for m in pat.finditer(s):
                if m.end() > m.start():
                    if negated(s, m):
                        if denied is not None:
                            denied.append(m.span())
                        continue
                    o0, o1 = norm.span(m.start(), m.end())
                    out.append(Match(o0, o1, "threat", m.group(0), 0, "threat", "pattern"))
        return out
