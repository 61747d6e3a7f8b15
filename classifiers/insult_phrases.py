"""Insult phrases: abuse of a person said without an insult word ("Your brain must be the size of a pea", "Nobody
asked for your opinion", "You are a pathetic excuse for a journalist").

The phrases are ``classifiers/data/insult_phrases.txt``.  A match is an insult span and counts as an insult hit for
the models (``insult_word``, ``insult_count``, ``hostile_density``), like an insult word does.
"""

from __future__ import annotations

import re
from typing import Sequence

from .analysis import Match
from .normalize import Normalized
from .threats import negated

# The words the phrases are written with, one of which every match holds: a text without any is not searched
# (tests/test_classifiers_insult_phrases.py checks each pattern needs one).
INSULT_PHRASE_WORDS = frozenset("""
    brain brains cell cells iq intellect intelligence age skills comprehension span dumb thick stupid dense daft dim
    drop dropped bag boot tie shoe shoes shoelace shoelaces count reason sharpest brightest short screw screws read grade
    school kindergarten nobody noone one crawl basement life meds medication pills shut waste excuse sack pile heap
    lump bucket ashamed embarrassed disappointed paid like smarter brighter intelligent useful interesting
    articulate wiser personality charisma humour humor morals manners equivalent evolution raised breeding walking
    swallowed aborted own wants likes miss emotional sense reading use helpful disgrace embarrassment joke laughing
    laughingstock stock nobody nonentity cautionary brains class integrity traffic face been
    person human man woman individual creature specimen
""".split())
_LETTERS_RE = re.compile(r"[a-z]+")


def phrase_keys(pattern: str) -> frozenset[str]:
    """The words of INSULT_PHRASE_WORDS written in ``pattern``: a longer word anywhere in it ("brain" of "brains?"),
    a short one as a whole run of letters ("one" is not written in "phone"); escapes such as "\\b" aside."""
    bare = re.sub(r"\\[a-zA-Z]", " ", pattern)
    runs = set(_LETTERS_RE.findall(bare))
    return frozenset(w for w in INSULT_PHRASE_WORDS if (w in bare if len(w) > 3 else w in runs))


class InsultPhrases:
    """The insult phrases, each tried only on a text holding one of its own words."""

    def __init__(self, patterns: Sequence[str]):
        self.patterns = [re.compile(p) for p in patterns]
        self.keys = [phrase_keys(p) for p in patterns]

    def find(self, norm: Normalized) -> list[Match]:
        """The insult phrases in ``norm`` not negated right before them (spans in the original text)."""
        s = norm.text
        words = INSULT_PHRASE_WORDS.intersection(_LETTERS_RE.findall(s))
        if not words:
            return []
        out = []
        for pattern, keys in zip(self.patterns, self.keys):
            if keys.isdisjoint(words):
                continue
            for m in pattern.finditer(s):
                if m.end() > m.start() and not negated(s, m):
                    o0, o1 = norm.span(m.start(), m.end())
                    out.append(Match(o0, o1, "insult", m.group(0), 0, "insult", "pattern"))
        return out
