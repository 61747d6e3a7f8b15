"""Whole-word lexicon matching after deobfuscation, with spans in original-text offsets.

:meth:`Lexicon.analyse` walks the normalised text chunk by chunk.  Each chunk is tried as written, then with
look-alike letters mapped to Latin (only in mixed-script or all-look-alike words, so real Cyrillic stays
Cyrillic), leetspeak undone (``sh1t``, ``a55``, ``$hit``), masks filled (``f*ck``, ``a**hole``), long letter runs
shortened (``fuuuck``), separators removed (``s.t.u.p.i.d``), and as a compound of lexicon words (``fuckshit``).
Runs of single letters split by spaces (``f u c k``) are joined.  It also yields the *canonical* text the models
read: deobfuscated words, with identity terms replaced by one placeholder so no identity carries weight alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Iterable

from .analysis import Analysis, Entry, Match, _merge, _offsets, unreported  # noqa: F401 (Analysis, Match and _offsets re-exported)
from .derogation import Derogation
from .derogation_parts import PLAIN_TRIGGERS
from .hashtags import has_camel_tag, spaced, split_chunks
from .insult_senses import InsultSenses
from .insult_phrases import INSULT_PHRASE_WORDS, InsultPhrases
from .deobfuscate import CONFUSABLES, ChunkLookup, _mixed
from .spellings import glued_words, split_pairs, typos, with_spellings
from .normalize import Normalized, normalize, plain_chars
from .signals import _LEET_MASK_RE, _SPLIT_LETTERS_RE, _TRIPLE_RE, _WORD_ASCII_RE, SPACED_RUN_RE
from .threats import (  # noqa: F401 (THREAT_WORDS re-exported)
    PLAIN_THREAT_WORDS, THREAT_WORDS, ThreatPhrases, person_words,
)

IDENTITY_TOKEN = "identityterm"
EDGE_PUNCT = "\"'“”‘’«»()[]{}<>,.;:!?…¿¡"
_CHUNK_RE = re.compile(r"\S+")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
def profanity_entries() -> list[Entry]:
    """The forms profanity.tsv lists, root by root (no generated spellings)."""
    entries: list[Entry] = []
    for line in _read("profanity.tsv"):
        cols = line.split("\t")
        root, sev, cat = cols[0], int(cols[1]), cols[2]
        forms = {root}
        for f in (cols[3].split() if len(cols) > 3 else []):
            forms.add(root + f[1:] if f.startswith("-") else f)
        entries += [Entry(f.lower(), root, sev, cat) for f in sorted(forms)]
    return entries


def _read(name: str) -> list[str]:
    text = resources.files("classifiers").joinpath("data", name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


class Lexicon(ChunkLookup):
    """The shipped lexicon (``classifiers/data/*``); build once with :meth:`load` and reuse."""

    def __init__(self, entries: list[Entry], glue: set[str], insults: set[str], identity: set[str], threats: list[str],
                 exceptions: list[str] = (), derogatory: set[str] = frozenset(), real_words: set[str] = frozenset(),
                 lookalikes: set[str] = frozenset(), insult_phrases: list[str] = (),
                 compound_words: set[str] = frozenset(), typo_forms: set[str] = frozenset(),
                 literal_insults: set[str] = frozenset(), literal_pointed: set[str] = frozenset()):
        # Insult words go through the same deobfuscation ("s.t.u.p.i.d", "id1ot") with severity 0.
        self.entries = {w: Entry(w, w, 0, "insult") for w in insults}
        self.entries.update({e.form: e for e in entries})
        self.glue = glue
        # An identity word's possessive ("woman's", "Muslims'") is the identity word too: no weight of its own.
        self.identity = _with_possessives(identity)
        self.derogation = Derogation(identity, derogatory)
        self.threat_phrases = ThreatPhrases(threats, person_words(entries, self.derogation.groups))
        self.insult_phrases = InsultPhrases(insult_phrases)
        # Insult words with a literal sense ("garbage truck"): insults only where said of someone (insult_senses.py).
        self.insult_senses = InsultSenses(literal_insults & set(insults), set(self.entries), literal_pointed)
        # A phrase needs one of these: a group's name, or the first word of a name in two ("middle" of "middle eastern")
        self.group_words = _with_possessives(self.derogation.groups) | self.derogation.group_openers
        self._exceptions_re = re.compile(r"\b(?:" + "|".join(
            r"[\s\-]+".join(map(re.escape, p.split())) for p in sorted(exceptions, key=len, reverse=True)) + r")\b"
        ) if exceptions else None
        # Words without which no allow-listed phrase (resp. threat pattern) can match: the fast path looks for
        # the phrase (pattern) only when one of them is in the text.  tests/test_classifiers_fastpath.py checks
        # that every pattern needs one of THREAT_WORDS.
        self._exception_words = frozenset(w for p in exceptions for w in _key_words(p, self.entries))
        # Entries that are a strong word's typo ("btich", "niggr") are matched only as written: no mask, glued
        # compound, split word or lookalike root is made from them.
        self.typo_forms = frozenset(typo_forms)
        self.slur_forms = frozenset(f for f, e in self.entries.items() if e.category == "slur")  # spellings too
        self._by_len: dict[int, list[Entry]] = {}
        for e in self.entries.values():
            if e.form not in self.typo_forms:
                self._by_len.setdefault(len(e.form), []).append(e)
        # For masks: (length, position, letter) -> indices into _by_len[length] of the all-letter forms with it.
        self._by_letter: dict[tuple[int, int, str], list[int]] = {}
        for size, group in self._by_len.items():
            for k, e in enumerate(group):
                if e.form.isalpha():
                    for i, ch in enumerate(e.form):
                        self._by_letter.setdefault((size, i, ch), []).append(k)
        # What a glued compound must hold to be looked at: a strong word's root, or a strong form that does not hold
        # its root ("wank" in "wankstain", "fuk" in "fukwit").
        strong = sorted({e.root for e in entries if e.severity >= 2 and len(e.root) >= 3} |
                        {e.form for e in entries if e.severity >= 2 and len(e.form) >= 3 and e.form.isalpha() and
                         e.root not in e.form and e.form not in self.typo_forms}, key=lambda w: (-len(w), w))
        self._strong_root_re = re.compile("|".join(map(re.escape, strong)))
        self._parts = {f for f in self.entries if len(f) >= 3 and f not in self.typo_forms} | glue  # forms, insults, glue
        # Common English words a strong word may be glued to ("chuckle" + "fuck"; compound_words.txt, written by
        # scripts/real_words.py): see ChunkLookup._compound.
        self.compound_words = frozenset(compound_words)
        self._compound_parts = self._parts | self.compound_words
        # Possessives are the word ("this idiot's plan"): the tokeniser keeps "idiot's" as one word.
        for e in [e for e in self.entries.values() if e.form.isalpha()]:
            self.entries.setdefault(e.form + "'s", Entry(e.form + "'s", e.root, e.severity, e.category))
        self._lookup = lru_cache(maxsize=65536)(self._lookup_uncached)
        self._root_cache: dict[str, bool] = {}
        # Words the phrases and the identity placeholder read, besides lexicon entries: spelt in leetspeak
        # ("k1ll", "h4te", "Mus1ims", "v3rmin") or letter by letter ("M u s l i m s") they are read as the word.
        repaired_triggers = self.derogation.triggers - PLAIN_TRIGGERS  # the common ones are read only as written
        self.phrase_words = (THREAT_WORDS - PLAIN_THREAT_WORDS) | self.derogation.groups | repaired_triggers
        # Strong words split in two by a space ("fu ck", "sh it"): (left, right) -> entry; the left halves, to
        # look for pairs only where one is.
        self.split_pairs = split_pairs({f: e for f, e in self.entries.items() if f.split("'")[0] not in self.typo_forms})
        self.split_left = frozenset(left for left, _ in self.split_pairs)
        # Phrase words with two neighbouring letters swapped ("Mulsims", "wmoen") or one dropped ("Muslms", "Womn"):
        # typo -> word.  English words that are such a typo, or two phrase words run together, stay as written
        # (real_words.txt, written by scripts/real_words.py from a spelling dictionary).
        self.real_words = frozenset(real_words)
        # English words holding a lexicon word without being one ("pussycat"): the models read no character
        # n-grams from them (lookalike_words.txt, written by the same script).
        self.lookalikes = frozenset(lookalikes)
        # ... and "people", mistyped ("Gay poeple are..."), in leetspeak ("p30ple") or spaced ("p e o p l e").
        self.typo_words = self.spelt_words = self.phrase_words | {"people"}
        # Groups' names by length, for a name with letters masked ("wom*n", "m*sl*ms"; ChunkLookup._masked_group).
        self.masked_groups: dict[int, list[str]] = {}
        for w in sorted(self.derogation.groups):
            if w.isalpha() and len(w) >= 4:
                self.masked_groups.setdefault(len(w), []).append(w)
        # ... and the three-letter names most often attacked, with two letters swapped ("Gya people", functional24);
        # not "man", "men", "boy" or "old", whose swaps are abbreviations ("mne", "byo", "lod").
        self.short_typo_words = frozenset({"gay", "jew"}) & self.derogation.groups
        self.typos = typos(self.typo_words, set(self.entries) | self.phrase_words, self.real_words,
                           self.short_typo_words)
        # Two words with the space left out, one a group's name or a derogation word ("hateMuslims").
        self.pivots = self.derogation.groups | repaired_triggers
        self.glued_words = lru_cache(maxsize=65536)(self._glued_words_uncached)
        self._spelt = lru_cache(maxsize=65536)(self._spelt_uncached)

    def _leet_opening(self, s: str, chunk_start: int, a: int, b: int) -> tuple[Entry, str] | None:
        """The lexicon entry ``s[a - 1:b]`` stands for when the edge punctuation stripped before ``a`` ends in a
        leet letter ("!d!ot", "|diot"), else None."""
        if a > chunk_start and s[a - 1] in "!|¡":
            return self._lookup(s[a - 1:b])
        return None

    def _glued_words_uncached(self, word: str) -> tuple[str, ...] | None:
        return glued_words(word, self.phrase_words, self.pivots, self.real_words)

    @classmethod
    def load(cls) -> "Lexicon":
        words = lambda name: {w.lower() for ln in _read(name) for w in ln.split()}  # noqa: E731
        # (a typo that is an English word, "niger", or a word of another list, "moron", stays as it is)
        entries, typo_forms = with_spellings(profanity_entries(),
                                             words("real_words.txt") | words("insults.txt") | words("identity.txt"))
        return cls(entries, words("glue.txt"), words("insults.txt"), words("identity.txt"), _read("threats.txt"),
                   [ln.strip().lower() for ln in _read("exceptions.txt")], words("derogatory.txt"),
                   words("real_words.txt"), words("lookalike_words.txt"), _read("insult_phrases.txt"),
                   words("compound_words.txt"), typo_forms, words("literal_insults.txt"),
                   {w.lower() for ln in _read("literal_insults.txt") if ln.startswith("pointed:") for w in ln.split()[1:]})

    def _has_strong_root(self, word: str) -> bool:
        hit = self._root_cache.get(word)
        if hit is None:
            if len(self._root_cache) > 200_000:
                self._root_cache.clear()
            hit = self._root_cache[word] = bool(self._strong_root_re.search(word))
        return hit

    # --- whole text ---------------------------------------------------------------------------------------

    def needs_care(self, s: str, triples: bool | None = None) -> bool:
        """Whether lower-cased text without look-alike letters needs the careful path: letters spaced out
        ("f u c k"), or a chunk with an obfuscation signal that stands for a lexicon word ("sh1t", "f**k",
        "fuuuck", "s.t.u.p.i.d").  A signal that stands for nothing ("#tbt", "@user", "loool", "2nd") leaves the
        text plain, so every word of it is looked up as written."""
        if SPACED_RUN_RE.search(s):
            return True
        hits = [m.start() for m in _LEET_MASK_RE.finditer(s)] + [m.start() for m in _SPLIT_LETTERS_RE.finditer(s)]
        if triples is not False:
            hits += [m.start() for m in _TRIPLE_RE.finditer(s)]
        if not hits:
            return False
        # The white-space-delimited chunk around each signal (every signal character is part of one), found from
        # the signal itself rather than by splitting the whole text.
        seen = set()
        for p in hits:
            c0 = p
            while c0 and not s[c0 - 1].isspace():
                c0 -= 1
            if c0 in seen:
                continue
            seen.add(c0)
            a, b = _strip_edges(s, *_CHUNK_RE.match(s, c0).span())
            if a < b and (self._lookup(s[a:b]) or self._spelt(s[a:b]) or self._leet_opening(s, c0, a, b)):
                return True
        return False

    def analyse(self, text: str, triples: bool | None = None) -> Analysis:
        norm = normalize(text)
        # Plain text (the common case): ASCII once normalised, inert symbols aside, and no obfuscation to undo.
        if plain_chars(norm.text) and not self.needs_care(norm.text, triples) and not has_camel_tag(text):
            words = _WORD_ASCII_RE.findall(norm.text)
            if not self._excepted(norm.text, words) and not self._split_word(words) and \
                    self.typos.keys().isdisjoint(words) and not any(map(self.glued_words, words)):
                return self._analyse_plain(norm, words)
        return self._analyse_obfuscated(norm)

    def analyse_many(self, texts: list[str]) -> list[Analysis]:
        """``analyse`` for a batch: runs of three identical letters are found for all texts in one numpy pass."""
        if len(texts) < 16:
            return [self.analyse(t) for t in texts]
        from .tokens import letter_triples  # numpy: imported when a batch is analysed

        return [self.analyse(t, tr) for t, tr in zip(texts, letter_triples(texts))]

    def _excepted(self, s: str, words: list[str]) -> bool:
        """An allow-listed phrase ("blue tits") is there; only looked for when one of its words is."""
        return self._exceptions_re is not None and not self._exception_words.isdisjoint(words) and \
            self._exceptions_re.search(s) is not None

    def _analyse_plain(self, norm: Normalized, words: list[str]) -> Analysis:
        """ASCII text with no obfuscation signals: whole words looked up directly (the common, fast case).

        Offsets are worked out (with ``str.find``) only when a word matched.
        """
        entries, identity = self.entries, self.identity
        hits: list[tuple[int, Entry, str]] = []
        canon: list[str] = []
        for k, w in enumerate(words):
            e = entries.get(w)
            if e is None:
                if len(w) >= 6 and self._has_strong_root(w):
                    found = self._lookup(w)  # glued compounds ("fuckface", "shitbrain")
                    if found:
                        hits.append((k, found[0], found[1]))
                        canon.append(found[0].form)
                        continue
            else:
                hits.append((k, e, "exact"))
            canon.append(IDENTITY_TOKEN if w in identity else w)
        denied: list = []
        threats = self._threats(norm, denied) if not THREAT_WORDS.isdisjoint(words) else []
        insults = self.insult_phrases.find(norm) if not INSULT_PHRASE_WORDS.isdisjoint(words) else []
        derogations: list[Match] = []
        if not self.derogation.triggers.isdisjoint(words) and not self.group_words.isdisjoint(words):
            derogations, threats = self._derogations_and_threats(norm, denied, threats)
        phrases = threats + insults + derogations
        if not hits and not phrases and not denied:
            return Analysis(None, (), norm, words=canon, raw=words)
        offsets = _offsets(norm.text, words, norm)
        matches = self._aimed([Match(*offsets[k], _label(e), e.form, e.severity, e.category, how)
                               for k, e, how in hits], norm)
        matches.extend(phrases)
        tokens = [(c, a, b) for c, (a, b) in zip(canon, offsets)]
        if denied:
            tokens, matches = _unweighted(tokens, matches, [norm.span(a, b) for a, b in denied])
        return Analysis(tuple(tokens), tuple(_merge(matches)) if len(matches) > 1 else tuple(matches), norm,
                        denied=bool(denied))

    def _aimed(self, matches: list[Match], norm: Normalized) -> list[Match]:
        """``matches`` less the literal-sense insult words said of no one ("the garbage truck"; insult_senses.py);
        misspelt or masked ones stay."""
        if not any(m.label == "insult" and m.how == "exact" and m.term.split("'")[0] in self.insult_senses.words
                   for m in matches):
            return matches
        idle = {norm.span(a, a + 1)[0] for a in self.insult_senses.unframed(norm.text.lower())}
        return [m for m in matches if not (m.label == "insult" and m.how == "exact" and m.start in idle)]

    def _threats(self, norm: Normalized, denied: list | None = None) -> list[Match]:
        """Threat phrases (:class:`classifiers.threats.ThreatPhrases`); those negated or said of no one are
        appended to ``denied``."""
        return self.threat_phrases.find(norm, denied)

    def _derogations(self, norm: Normalized, denied: list | None = None) -> list[Match]:
        """Group-derogation phrases (:mod:`classifiers.derogation`), labelled ``identity_attack``; the reported or
        rebutted ones are appended to ``denied``."""
        out = []
        for a, b in self.derogation.find(norm.text, denied):
            o0, o1 = norm.span(a, b)
            out.append(Match(o0, o1, "identity_attack", norm.text[a:b], 0, "identity", "pattern"))
        return out

    def _derogations_and_threats(self, norm: Normalized, denied: list, threats: list[Match]
                                 ) -> tuple[list[Match], list[Match]]:
        """The group-derogation phrases (:meth:`_derogations`), and ``threats`` less those inside a derogation that a
        frame reports (:func:`classifiers.analysis.unreported`: 'He tweeted "gays should be wiped out"')."""
        k = len(denied)
        derogations = self._derogations(norm, denied)
        return derogations, unreported(threats, [norm.span(a, b) for a, b in denied[k:]])

    def _analyse_obfuscated(self, norm: Normalized) -> Analysis:
        s = norm.text
        matches: list[Match] = []
        canon: list[tuple[str, int, int]] = []
        decoded: list[tuple[int, int, str]] = []
        chunks = [(m.start(), m.end()) for m in _CHUNK_RE.finditer(s)]
        cuts: list[int] = []
        if has_camel_tag(norm.original):  # "#FuckTrump": "#fuck", "trump"
            chunks, cuts = split_chunks(norm, chunks, self.read_whole)
        allowed = [m.span() for m in self._exceptions_re.finditer(s)] if self._exceptions_re else []
        i = 0
        while i < len(chunks):
            # Runs of single characters split by spaces: "f u c k", "s t u p i d".
            j = i
            while j < len(chunks) and chunks[j][1] - chunks[j][0] == 1 and not s[chunks[j][0]].isspace():
                j += 1
            run = chunks[i:j]
            if j - i >= 2 and j < len(chunks):  # the run's last letter may carry punctuation: "f u c k!"
                a, b = _strip_edges(s, *chunks[j])
                if a == chunks[j][0] and b - a == 1 and s[a].isalnum():
                    run.append((a, b))
                    j += 1
            if j - i >= 3:
                hit = self._spaced(s, run, norm)
                if hit is None and (cut := _wide_gap(run)) is not None:  # "h a t e  b l a c k": wider gaps part words
                    run, j = run[:cut], i + cut
                    hit = self._spaced(s, run, norm) if cut >= 3 else None
                if hit:
                    matches.append(hit[0])
                    canon.append((hit[1], hit[0].start, hit[0].end))
                    decoded.append((hit[2], hit[3], hit[1]))
                    i = j
                    continue
                word = "".join(s[x] for x, _ in run)
                if word in self.spelt_words:  # "M u s l i m s", "v e r m i n": the whole run spells the word
                    a, b = run[0][0], run[-1][1]
                    o0, o1 = norm.span(a, b)
                    canon.append((IDENTITY_TOKEN if word in self.identity else word, o0, o1))
                    decoded.append((a, b, word))
                    i = j
                    continue
            a, b = chunks[i]
            a, b = _strip_edges(s, a, b)
            if b == chunks[i][1] and i + 1 < len(chunks):  # "fu ck": halves of a strong word in two chunks
                a2, b2 = _strip_edges(s, *chunks[i + 1])
                e = self.split_pairs.get((s[a:b], s[a2:b2])) if a2 == chunks[i + 1][0] else None
                if e is not None and not (allowed and any(x <= a and b2 <= y for x, y in allowed)):
                    o0, o1 = norm.span(a, b2)
                    matches.append(Match(o0, o1, _label(e), e.form, e.severity, e.category, "split"))
                    canon.append((e.form, o0, o1))
                    decoded.append((a, b2, e.form))
                    i += 2
                    continue
            if a < b and allowed and any(x <= a and b <= y for x, y in allowed):
                # An allow-listed phrase ("blue tits"): words kept, marked so no lexicon or model weight applies.
                for m in _WORD_RE.finditer(s[a:b]):
                    o0, o1 = norm.span(a + m.start(), a + m.end())
                    canon.append((m.group(0) + "_", o0, o1))
            elif a < b:
                core = s[a:b]
                found = self._lookup(core)
                if not found and core[0] == "#" and b - a > 1:  # a hashtag ("#fuck", "#idiot"): its word
                    a, core = a + 1, core[1:]
                    found = self._lookup(core)
                if not found and (opened := self._leet_opening(s, chunks[i][0], a, b)):  # "!d!ot"
                    a, core, found = a - 1, s[a - 1:b], opened
                if found:
                    e, how = found
                    o0, o1 = norm.span(a, b)
                    matches.append(Match(o0, o1, _label(e), e.form, e.severity, e.category, how))
                    canon.append((e.form, o0, o1))
                    if how != "glued" and core != e.form:  # "d1sgusting", "f*cking": the phrases read the word
                        decoded.append((a, b, e.form))
                elif word := self._spelt(core):  # "k1ll", "h4te", "Mus1ims": read as the word, for the phrases too
                    o0, o1 = norm.span(a, b)
                    canon.append((IDENTITY_TOKEN if word in self.identity else word, o0, o1))
                    decoded.append((a, b, word))
                else:
                    for m in _WORD_RE.finditer(core.translate(CONFUSABLES) if _mixed(core) else core):
                        w = m.group(0)
                        o0, o1 = norm.span(a + m.start(), a + m.end())
                        if w in self.typos:  # "Mulsims": read as the word, for the phrases too
                            w = self.typos[w]
                            decoded.append((a + m.start(), a + m.end(), w))
                        elif parts := self.glued_words(w):  # "hateMuslims", "killallmuslims": read as the words
                            decoded.append((a + m.start(), a + m.end(), " ".join(parts)))
                            c0 = a + m.start()
                            for x in parts:
                                (p0, p1), c0 = norm.span(c0, c0 + len(x)), c0 + len(x)
                                canon.append((IDENTITY_TOKEN if x in self.identity else x, p0, p1))
                                if (e := self.entries.get(x)) is not None:  # "aredisgusting": the insult too
                                    matches.append(Match(p0, p1, _label(e), e.form, e.severity, e.category, "glued"))
                            continue
                        canon.append((IDENTITY_TOKEN if w in self.identity else w, o0, o1))
            i += 1
        decoded = spaced(s, decoded, cuts)
        read = norm.replaced(decoded) if decoded else norm
        denied: list = []
        derogations, threats = self._derogations_and_threats(read, denied, self._threats(read, denied))
        matches = self._aimed(matches, norm)
        matches.extend(derogations)
        matches.extend(threats)
        matches.extend(self.insult_phrases.find(read))
        if denied:
            canon, matches = _unweighted(canon, matches, [read.span(a, b) for a, b in denied])
        return Analysis(tuple(canon), tuple(_merge(matches)), norm, denied=bool(denied))

    def _spaced(self, s: str, run: list[tuple[int, int]], norm: Normalized) -> tuple[Match, str, int, int] | None:
        """The lexicon word a run of single letters spells (the whole run, or a strong part of it): its match,
        form, and where it is in the normalised text."""
        letters = "".join(s[a] for a, _ in run)
        n = len(letters)
        for length in range(n, 2, -1):  # longest sub-run first
            for start in range(0, n - length + 1):
                found = self.read_whole(letters[start:start + length])
                if found and (length == n or found[0].severity >= 2 or (length >= 4 and found[0].category == "insult")):
                    e, _ = found
                    a, b = run[start][0], run[start + length - 1][1]
                    o0, o1 = norm.span(a, b)
                    return Match(o0, o1, _label(e), e.form, e.severity, e.category, "spaced"), e.form, a, b
        return None


def _wide_gap(run: list[tuple[int, int]]) -> int | None:
    """Where a run of single letters first leaves a wider gap than its narrowest ("h a t e  b l a c k": after 4)."""
    gaps = [run[k + 1][0] - run[k][1] for k in range(len(run) - 1)]
    return next((k + 1 for k, g in enumerate(gaps) if g > min(gaps)), None)


def _with_possessives(words: Iterable[str]) -> frozenset[str]:
    """``words`` and their possessives ("woman's", "muslims'")."""
    words = frozenset(words)
    return words | {w + "'s" for w in words} | {w + "'" for w in words if w.endswith("s")}


def _key_words(phrase: str, entries: dict) -> list[str]:
    """The lexicon words of an allow-listed phrase (all its words when it has none)."""
    words = _WORD_ASCII_RE.findall(phrase)
    return [w for w in words if w in entries] or words


def _unweighted(tokens: list, matches: list, spans: list[tuple[int, int]]) -> tuple[list, list]:
    """Tokens and matches with the words of denied phrases (``spans``, original offsets) made weightless: the words
    a text quotes or negates ("Saying Jews are *rats* is a lie", "Kurds are not *thieves*") are marked with a
    trailing "_" (as allow-listed ones: no word or character feature reads them) and their insult hits dropped
    (strong ones such as "scum" too); swearing and slurs stay what they are.  Words outside the phrase count as
    usual ("..., they are worse than rats")."""
    inside = lambda a, b: any(x <= a and b <= y for x, y in spans)  # noqa: E731
    tokens = [(c if c == IDENTITY_TOKEN or not inside(a, b) else c + "_", a, b) for c, a, b in tokens]
    matches = [m for m in matches if (m.label != "insult" and m.category != "insult") or not inside(m.start, m.end)]
    return tokens, matches


def _label(e: Entry) -> str:
    return "insult" if e.category == "insult" and e.severity == 0 else "profanity"


def _strip_edges(s: str, a: int, b: int) -> tuple[int, int]:
    # Edge punctuation goes; the same characters inside a word stay ("sh!t" keeps its "!", "shit!" loses it).
    while a < b and s[a] in EDGE_PUNCT:
        a += 1
    while b > a and s[b - 1] in EDGE_PUNCT:
        b -= 1
    return a, b
