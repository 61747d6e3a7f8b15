"""Group derogation: an identity term given a dehumanising or hostile predicate, found as a phrase.

"Immigrants are vermin", "Jews are greedy rats", "Every Muslim is a terrorist", "I can't stand black people",
"Deport all the migrants", "Gays are not welcome here".  A bag of words sees "immigrants" and "vermin" in
"Saying immigrants are vermin is a lie" too; the phrase, its negation and its counter-speech frame are what tell
them apart, so they are matched here as patterns (like threat phrases) and reach the models as one signal
(``identity_derogation``), with a span labelled ``identity_attack``.

Not matched: negated predicates ("Muslims are not dangerous", "Refugees aren't a burden"), phrases reported or
rebutted ("People who say Jews are leeches...", "...is a racist lie"), nouns said of things or of groups that are
not identities ("Politicians are parasites" is abuse, not hate against a protected group).
"""

from __future__ import annotations

import re
from typing import Iterable

from .derogation_parts import (  # noqa: F401 (WINDOW, LEAD and _RUN_RE are read from here by others)
    AGE_GROUPS, GROUP_NAMES, GROUP_PHRASES, LEAD, PLURAL_FOLLOWERS, VERB_WORDS, WINDOW, _CALL_LIST, _CALL_WORDS,
    _COLLECTIVE, _CONCEPT_RE, _DETERMINERS, _DETERMINER_WORDS, _FILLER, _FOLLOWERS, _FRAME_AFTER, _FRAME_BEFORE, _GAP_UNSAID,
    _LOOKBACK, _NARROWED_AFTER, _NOT_AFTER, _PLACES, _RELATIVE_BEFORE, _RUN_RE, _SENTENCE_BREAK, _THEY_ARE, _THEY_NOT,
)
from .derogation_patterns import phrase_patterns


class Derogation:
    """Finds group-derogation phrases in normalised (lower-case) text."""

    def __init__(self, identity: Iterable[str], derogatory: Iterable[str]):
        words = sorted({w for w in derogatory if w}, key=lambda w: (-len(w), w))  # longest first; ties in a fixed order
        self.groups = frozenset(w for w in identity if w) | GROUP_NAMES | GROUP_PHRASES | AGE_GROUPS  # read as a group
        self.group_openers = frozenset(p.split()[0] for p in GROUP_PHRASES)  # ("middle" of "middle eastern")
        groups = sorted(self.groups, key=lambda w: (-len(w), w))
        self.triggers = frozenset(words) | VERB_WORDS
        derog = "|".join(re.escape(w) + (rf"(?!\s+(?:{_NOT_AFTER[w]})\b)" if w in _NOT_AFTER else "") for w in words)
        derog += (r"|waste\s+of\s+(?:space|oxygen|air|skin|life|resources)|only\s+good\s+for|gold\s+diggers|"  # "a waste"
                  r"(?:barely|hardly|scarcely|not\s+fully|less\s+than)\s+human(?:s|\s+beings)?|"  # "Somalis are barely human"
                  r"breeding\s+(?:stock|machines|cattle)|baby\s+(?:machines|factories)|walking\s+(?:wombs|incubators)|men\s+in\s+(?:dresses|disguise|wigs)|an\s+insult\s+to\s+(?:nature|humanity|god)|"
                  r"(?:so\s+)?(?:bad|terrible|useless|hopeless|awful)\s+at\s+(?:driving|everything|maths?|science|leading|"
                  r"thinking|sports?|their\s+jobs?)|behind\s+(?:every|all|the)\s+(?:wars?|attacks?|crisis|crises|problems?|"
                  r"crimes?)|second[-\s]class\s+(?:citizens|"
                  r"humans|people)")
        ident = "(?:" + "|".join(map(re.escape, groups)) + ")"
        group = rf"{_DETERMINERS}{ident}{_FOLLOWERS}"
        bare = rf"{ident}(?=\s*(?:[.!?,;:]|$))"  # the name alone ending a clause: "i hate gay", "attack jews."
        being = rf"\bbeing\s+(?:a\s+|an\s+)?{ident}{_FOLLOWERS}\s+"  # "Being (a) Muslim ..."
        # Verbs of hating and excluding take the group as their object: only plural ones ("ban gay priests" and
        # "ban all Muslim immigration" are about something else); "Roma" is a plural too ("round up the Roma").
        plural = "|".join(re.escape(w) for w in groups if w.endswith("s") or w in ("men", "women", "roma"))
        # ... and a nation named with "the" ("get rid of the Chinese once and for all"), not before a noun ("the
        # Chinese government", "the Irish coast"): only before an end, a verb or one of these words.
        nations = sorted(w for w in groups if w in _COLLECTIVE)
        if nations:
            plural += (f"|the\\s+(?:{'|'.join(nations)})(?=\\s*(?:[.!?,;:]|$)|\\s+(?:once|now|out|back|too|"
                       f"all|and|or|from|forever|for|today|immediately|already|altogether|are|were|will|should|must|"
                       f"have|had|who|that|can|ca|do|don't|never|always)\\b)")
        plural = f"(?:{plural})"
        plural_group = rf"{_DETERMINERS}(?:{plural}|{ident}\s+(?:{PLURAL_FOLLOWERS}|families))\b"
        # "The world would be (so much) better (off) ...", what the two patterns of a world without a group share
        better_off = (rf"\b(?:{'|'.join(_PLACES.split())})(?:\s+(?:would|will)|'d)\s+be\s+(?:so\s+much\s+|a\s+lot\s+|"
                      rf"far\s+)?better\s+(?:off\s+)?")
        patterns = phrase_patterns(group, plural_group, ident, bare, being, derog, better_off)
        self.pattern = re.compile("|".join(f"(?:{p})" for _, p in patterns))  # all of them (the definition)
        # The first pattern negated ("Muslims are not disgusting"): no derogation, but a denied one (see find).
        self.negated = re.compile(rf"\b(?:{group}\s+(?:(?:are|r|were)\s+not|aren'?t|weren'?t)|{_CONCEPT_RE}"
                                  rf"\s+(?:(?:is|was)\s+not|isn'?t|wasn'?t))\b"
                                  rf"(?!\s+(?:just|only|merely|simply|even)\b){_FILLER}\s+(?:{derog})\b"
                                  # ... and of being one: "Being gay is not disgusting"
                                  rf"|{being}(?:(?:is|was)\s+not|isn'?t|wasn'?t)\b"
                                  rf"{_FILLER}\s+(?:{derog})\b"
                                  # ... and said through a pronoun: "Immigrants are everywhere. They are not
                                  # parasites.", "They are not animals, they are refugees."
                                  rf"|\b{plural_group}{_GAP_UNSAID}\s+(?:and\s+|so\s+|but\s+)?{_THEY_NOT}{_FILLER}\s+"
                                  rf"(?:{derog})\b|\b{_THEY_NOT}{_FILLER}\s+(?:{derog})[.!?,;:]*\s+{_THEY_ARE}{plural_group}")
        # Called so by someone else, or told not to: "people call immigrants a disease", "Stop calling Muslims
        # disgusting", "Calling black people animals is racist": reported, so denied (see find).
        self.reported = re.compile(rf"\b(?:{'|'.join(_CALL_LIST)})\s+{group}{_FILLER}\s+(?:{derog})\b")
        # A phrase starts at a run of letters that is the first run of an identity word ("african" of
        # "african-american"), a determiner before one, or the first word of a pattern that names no group first
        # ("deport", "why"); at each, only the patterns that can start with that word are tried, and only when
        # an identity word is near enough after it.  That is what finditer over every position does, sooner.
        self._group_first = frozenset(_RUN_RE.match(w).group(0) for w in groups if _RUN_RE.match(w))
        compiled: dict[tuple[int, ...], re.Pattern | None] = {}
        self._dispatch: dict[str, tuple[re.Pattern | None, int]] = {}
        for w in self._group_first | _DETERMINER_WORDS | _CALL_WORDS | {x for s, _ in patterns for x in s.split()}:
            grouped = w in self._group_first or w in _DETERMINER_WORDS
            key = tuple(k for k, (s, _) in enumerate(patterns) if (not s and grouped) or w in s.split())
            if key not in compiled:
                compiled[key] = re.compile("|".join(f"(?:{patterns[k][1]})" for k in key)) if key else None
            reach = 0 if w in self._group_first else 3 if w in _DETERMINER_WORDS else LEAD
            self._dispatch[w] = (compiled[key], reach)
        self._negated_first = self._group_first | _DETERMINER_WORDS | {"they", "being"}

    def find(self, s: str, framed: list | None = None) -> list[tuple[int, int]]:
        """``[start, end)`` of each derogation phrase in ``s`` that no frame reports or denies; those a frame does
        report or deny (counter-speech: "Saying immigrants are vermin is a lie"), predicates negated
        ("Immigrants are not vermin") and names others call a group ("Stop calling Muslims disgusting") are
        appended to ``framed``."""
        out = []
        runs = list(_RUN_RE.finditer(s))
        group_first = self._group_first
        ident = [k for k, run in enumerate(runs) if run.group(0) in group_first]  # every phrase names a group
        if not ident:
            return out
        end, p, dispatch = 0, 0, self._dispatch
        for k, run in enumerate(runs):
            w = run.group(0)
            if w not in dispatch or run.start() < end:
                continue
            while p < len(ident) and ident[p] < k:
                p += 1
            if p == len(ident):
                break
            pattern, reach = dispatch[w]
            if ident[p] - k > reach:
                continue
            m = pattern.match(s, run.start()) if pattern is not None else None
            if m is None:
                if framed is not None:
                    n = self.negated.match(s, run.start()) if w in self._negated_first else None
                    if n is None and w in _CALL_WORDS:
                        n = self.reported.match(s, run.start())
                    if n is not None:
                        framed.append(n.span())
                continue
            a, b = m.span()
            end = b  # matches do not overlap: the next is looked for after this one, kept or not
            verdict = self.judge(s, a, b)
            if verdict == "framed" and framed is not None:
                framed.append((a, b))
            elif verdict == "kept":
                out.append((a, b))
        return out

    def judge(self, s: str, a: int, b: int) -> str:
        """What the phrase matched at ``s[a:b]`` is: "kept" (derogation), "framed" (reported or denied by a frame
        around it) or "other" (the group named is not what it is said of)."""
        before = s[max(0, a - _LOOKBACK):a]
        # A frame before a phrase that runs on past its sentence (a group named, then a pronoun for it) is about
        # the first sentence only: "Don't talk to me about lesbians. I can't stand them."
        one_sentence = _SENTENCE_BREAK.search(s, a, b) is None
        if (one_sentence and _FRAME_BEFORE.search(before)) or _FRAME_AFTER.match(s, b):
            return "framed"  # "People who claim immigrants are rats are bigots"
        run = _RUN_RE.match(s, a)
        if run and (run.group(0) in self._group_first or run.group(0) in _DETERMINER_WORDS) and \
                _RELATIVE_BEFORE.search(before):
            return "other"  # the group is what a relative clause acts on: "People who hate Muslims disgust me"
        if _NARROWED_AFTER.match(s, b):
            return "other"  # the group narrowed to wrongdoers: "I hate men who hit women" (not "... who pray")
        return "kept"
