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
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import product

from .normalize import Normalized, normalize

IDENTITY_TOKEN = "identityterm"
CONFUSABLES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l",
    "ɡ": "g", "ɩ": "i", "ι": "i", "α": "a", "β": "b", "ε": "e", "η": "n", "κ": "k", "μ": "u", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ɑ": "a", "ı": "i", "ł": "l", "ø": "o", "đ": "d",
    "ħ": "h", "ƒ": "f", "ʋ": "v", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ʟ": "l", "ɴ": "n", "ʀ": "r", "ꜱ": "s", "ᴀ": "a",
    "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ᴊ": "j", "ᴋ": "k", "ᴍ": "m", "ᴏ": "o", "ᴘ": "p", "ᴛ": "t", "ᴜ": "u",
    "ᴠ": "v", "ᴡ": "w", "ᴢ": "z",
})
_CONFUSABLE_CHARS = frozenset(k for k in map(chr, CONFUSABLES))
LEET = {"0": "o", "1": "i", "!": "i", "|": "l", "3": "e", "4": "a", "@": "a", "5": "s", "$": "s", "7": "t",
        "+": "t", "8": "b", "9": "g", "6": "g", "€": "e", "¡": "i", "ø": "o"}
LEET_ALT = {"1": "l", "|": "i", "!": "l"}
MASK_CHARS = frozenset("*#%_?.@$!-~^")
EDGE_PUNCT = "\"'“”‘’«»()[]{}<>,.;:!?…¿¡"
_CHUNK_RE = re.compile(r"\S+")
_RUN3_RE = re.compile(r"(.)\1\1+")
_SEPARATED_RE = re.compile(r"^[^\W_](?:[.\-_·•,/\\|~+*][^\W_]){2,}[.]?$")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
# Text with none of these needs no deobfuscation: symbols or digits touching letters, letters split by
# separators or spaces, runs of three identical letters, markdown-style masks.
_SUSPICIOUS_RE = re.compile(
    r"[^\x00-\x7f]"                                  # non-ASCII survived normalisation
    r"|[a-z][*#@$_0-9+]|[a-z][!|][a-z]|[*@$|_+][a-z]"           # leet and masks touching a letter (not "#tag", "1st")
    r"|[a-z][.\-][a-z][.\-][a-z]"                   # letters split by dots or hyphens (s.t.u.p.i.d)
    r"|(?:^|\s)[a-z0-9](?:\s+[a-z0-9]){2}(?:\s|$)"  # single letters split by spaces
    r"|([a-z])\1\1"                                   # fuuuck
)


@dataclass(frozen=True, slots=True)
class Entry:
    form: str
    root: str
    severity: int
    category: str


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon or pattern hit: ``[start, end)`` in the original text, what it matched and how."""

    start: int
    end: int
    label: str       # profanity | insult | threat
    term: str        # the canonical form matched (for profanity and insults) or the phrase (threats)
    severity: int    # 1-3 for profanity, 0 otherwise
    category: str
    how: str         # exact | lookalike | leet | mask | repeat | separated | spaced | glued | pattern


@dataclass(frozen=True, slots=True)
class Analysis:
    tokens: tuple[tuple[str, int, int], ...]  # deobfuscated words for the models, with original offsets
    matches: tuple[Match, ...]
    normalized: Normalized

    @property
    def canonical(self) -> str:
        return " ".join(t for t, _, _ in self.tokens)


def _read(name: str) -> list[str]:
    text = resources.files("classifiers").joinpath("data", name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


class Lexicon:
    """The shipped lexicon (``classifiers/data/*``); build once with :meth:`load` and reuse."""

    def __init__(self, entries: list[Entry], glue: set[str], insults: set[str], identity: set[str], threats: list[str],
                 exceptions: list[str] = ()):
        # Insult words go through the same deobfuscation ("s.t.u.p.i.d", "id1ot") with severity 0.
        self.entries = {w: Entry(w, w, 0, "insult") for w in insults}
        self.entries.update({e.form: e for e in entries})
        self.glue = glue
        self.identity = identity
        self.threats = [re.compile(p) for p in threats]
        self._threat_re = re.compile("|".join(f"(?:{p})" for p in threats)) if threats else None
        self._exceptions_re = re.compile(r"\b(?:" + "|".join(
            r"[\s\-]+".join(map(re.escape, p.split())) for p in sorted(exceptions, key=len, reverse=True)) + r")\b"
        ) if exceptions else None
        self._by_len: dict[int, list[Entry]] = {}
        for e in self.entries.values():
            self._by_len.setdefault(len(e.form), []).append(e)
        strong = sorted({e.root for e in entries if e.severity >= 2 and len(e.root) >= 3}, key=len, reverse=True)
        self._strong_root_re = re.compile("|".join(map(re.escape, strong)))
        self._parts = {f for f in self.entries if len(f) >= 3} | glue  # lexicon forms, insults, glue
        self._lookup = lru_cache(maxsize=65536)(self._lookup_uncached)
        self._root_cache: dict[str, bool] = {}

    @classmethod
    def load(cls) -> "Lexicon":
        entries: list[Entry] = []
        for line in _read("profanity.tsv"):
            cols = line.split("\t")
            root, sev, cat = cols[0], int(cols[1]), cols[2]
            forms = {root}
            for f in (cols[3].split() if len(cols) > 3 else []):
                forms.add(root + f[1:] if f.startswith("-") else f)
            entries += [Entry(f.lower(), root, sev, cat) for f in sorted(forms)]
        words = lambda name: {w.lower() for ln in _read(name) for w in ln.split()}  # noqa: E731
        return cls(entries, words("glue.txt"), words("insults.txt"), words("identity.txt"), _read("threats.txt"),
                   [ln.strip().lower() for ln in _read("exceptions.txt")])

    def _has_strong_root(self, word: str) -> bool:
        hit = self._root_cache.get(word)
        if hit is None:
            if len(self._root_cache) > 200_000:
                self._root_cache.clear()
            hit = self._root_cache[word] = bool(self._strong_root_re.search(word))
        return hit

    # --- single-token deobfuscation ----------------------------------------------------------------------

    def _lookup_uncached(self, core: str) -> tuple[Entry, str] | None:
        """The lexicon entry a chunk's core stands for, and how it was recognised."""
        e = self.entries.get(core)
        if e:
            return e, "exact"
        candidates: list[tuple[str, str]] = []
        if any(c in _CONFUSABLE_CHARS for c in core):
            latin = sum("a" <= c <= "z" for c in core)
            looks = sum(c in _CONFUSABLE_CHARS for c in core)
            letters = sum(c.isalpha() for c in core)
            if latin or looks == letters:  # mixed script, or every letter a look-alike
                core = core.translate(CONFUSABLES)
                candidates.append((core, "lookalike"))
        if any(c in LEET for c in core) and any(c.isalpha() for c in core) and not core.isdigit():
            for variant in _leet_variants(core):
                candidates.append((variant, "leet"))
        if _SEPARATED_RE.match(core):
            joined = re.sub(r"[.\-_·•,/\\|~+*]", "", core)
            candidates.append((joined, "separated"))
        for cand, how in candidates:
            e = self.entries.get(cand)
            if e:
                return e, how
        for cand, how in [(core, "exact")] + candidates:
            if _RUN3_RE.search(cand):
                for short in _shortenings(cand):
                    e = self.entries.get(short)
                    if e:
                        return e, "repeat"
        masked = core.strip("*") if core.startswith("*") and core.endswith("*") and len(core) > 2 else core
        if masked != core and masked in self.entries:
            return self.entries[masked], "exact"
        if any(c in MASK_CHARS for c in masked) and any(c.isalpha() for c in masked):
            e = self._mask(masked)
            if e:
                return e, "mask"
        for cand in [core] + [c for c, _ in candidates]:
            if len(cand) >= 6 and cand.isalpha() and self._strong_root_re.search(cand):
                e = self._glued(cand)
                if e:
                    return e, "glued"
        return None

    def _mask(self, token: str) -> Entry | None:
        known = [(i, c) for i, c in enumerate(token) if c.isalpha()]
        masks = sum(c in MASK_CHARS for c in token)
        if masks == 0 or len(known) + masks != len(token):
            return None
        if len(known) < 2 and not (known and known[0][0] == 0 and masks >= 2):
            return None
        best = None
        for e in self._by_len.get(len(token), ()):
            if all(e.form[i] == c for i, c in known) and all(e.form[i].isalpha() for i in range(len(token))):
                if best is None or (e.severity, e.form == e.root) > (best.severity, best.form == best.root):
                    best = e
        return best

    def _glued(self, token: str) -> Entry | None:
        """A compound of lexicon forms and glue parts with at least one strong word: the strongest part."""
        n = len(token)
        best: list[list[str] | None] = [None] * (n + 1)
        best[0] = []
        for i in range(n):
            if best[i] is None:
                continue
            for j in range(i + 3 if i + 3 <= n else n, n + 1):
                part = token[i:j]
                if part in self._parts and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                    best[j] = best[i] + [part]
        parts = best[n]
        if not parts or len(parts) < 2:
            return None
        strong = [self.entries[p] for p in parts if p in self.entries and self.entries[p].severity >= 2]
        return max(strong, key=lambda e: e.severity) if strong else None

    # --- whole text ---------------------------------------------------------------------------------------

    def analyse(self, text: str) -> Analysis:
        norm = normalize(text)
        s = norm.text
        if norm.starts is None and not _SUSPICIOUS_RE.search(s) and not (
                self._exceptions_re and self._exceptions_re.search(s)):
            return self._analyse_plain(norm)
        return self._analyse_obfuscated(norm)

    def _analyse_plain(self, norm: Normalized) -> Analysis:
        """ASCII text with no obfuscation signals: whole words looked up directly (the common, fast case)."""
        s = norm.text
        tokens = [(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(s)]
        matches: list[Match] = []
        canon = []
        entries, identity = self.entries, self.identity
        for tok in tokens:
            w = tok[0]
            e = entries.get(w)
            if e is None and len(w) >= 6 and self._has_strong_root(w):
                found = self._lookup(w)  # glued compounds ("fuckface", "shitbrain")
                if found:
                    e = found[0]
                    matches.append(Match(tok[1], tok[2], _label(e), e.form, e.severity, e.category, found[1]))
                    canon.append((e.form, tok[1], tok[2]))
                    continue
            if e is not None:
                matches.append(Match(tok[1], tok[2], _label(e), e.form, e.severity, e.category, "exact"))
            canon.append((IDENTITY_TOKEN, tok[1], tok[2]) if w in identity else tok)
        matches.extend(self._threats(norm))
        return Analysis(tuple(canon), tuple(_merge(matches)), norm)

    def _threats(self, norm: Normalized) -> list[Match]:
        """Threat phrases; one combined scan first, the patterns one by one only when something is there."""
        s = norm.text
        if self._threat_re is None or not self._threat_re.search(s):
            return []
        out = []
        for pat in self.threats:
            for m in pat.finditer(s):
                if m.end() > m.start():
                    o0, o1 = norm.span(m.start(), m.end())
                    out.append(Match(o0, o1, "threat", m.group(0), 0, "threat", "pattern"))
        return out

    def _analyse_obfuscated(self, norm: Normalized) -> Analysis:
        s = norm.text
        matches: list[Match] = []
        canon: list[tuple[str, int, int]] = []
        chunks = [(m.start(), m.end()) for m in _CHUNK_RE.finditer(s)]
        allowed = [m.span() for m in self._exceptions_re.finditer(s)] if self._exceptions_re else []
        i = 0
        while i < len(chunks):
            # Runs of single characters split by spaces: "f u c k", "s t u p i d".
            j = i
            while j < len(chunks) and chunks[j][1] - chunks[j][0] == 1 and not s[chunks[j][0]].isspace():
                j += 1
            if j - i >= 3:
                hit = self._spaced(s, chunks[i:j], norm)
                if hit:
                    matches.append(hit[0])
                    canon.append((hit[1], hit[0].start, hit[0].end))
                    i = j
                    continue
            a, b = chunks[i]
            a, b = _strip_edges(s, a, b)
            if a < b and allowed and any(x <= a and b <= y for x, y in allowed):
                # An allow-listed phrase ("blue tits"): words kept, marked so no lexicon or model weight applies.
                for m in _WORD_RE.finditer(s[a:b]):
                    o0, o1 = norm.span(a + m.start(), a + m.end())
                    canon.append((m.group(0) + "_", o0, o1))
            elif a < b:
                core = s[a:b]
                found = self._lookup(core)
                if found:
                    e, how = found
                    o0, o1 = norm.span(a, b)
                    matches.append(Match(o0, o1, _label(e), e.form, e.severity, e.category, how))
                    canon.append((e.form, o0, o1))
                else:
                    for m in _WORD_RE.finditer(core.translate(CONFUSABLES) if _mixed(core) else core):
                        w = m.group(0)
                        o0, o1 = norm.span(a + m.start(), a + m.end())
                        canon.append((IDENTITY_TOKEN if w in self.identity else w, o0, o1))
            i += 1
        matches.extend(self._threats(norm))
        return Analysis(tuple(canon), tuple(_merge(matches)), norm)

    def _spaced(self, s: str, run: list[tuple[int, int]], norm: Normalized) -> tuple[Match, str] | None:
        letters = "".join(s[a] for a, _ in run)
        n = len(letters)
        for length in range(n, 2, -1):  # longest sub-run first
            for start in range(0, n - length + 1):
                found = self._lookup(letters[start:start + length])
                if found and (length == n or found[0].severity >= 2 or (length >= 4 and found[0].category == "insult")):
                    e, _ = found
                    a, b = run[start][0], run[start + length - 1][1]
                    o0, o1 = norm.span(a, b)
                    return Match(o0, o1, _label(e), e.form, e.severity, e.category, "spaced"), e.form
        return None


def _label(e: Entry) -> str:
    return "insult" if e.category == "insult" and e.severity == 0 else "profanity"


def _merge(matches: list[Match]) -> list[Match]:
    """Sorted, with overlapping hits of the same label merged into the longest (threat phrases overlap)."""
    out: list[Match] = []
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        prev = next((p for p in reversed(out) if p.label == m.label and p.end > m.start), None)
        if prev is not None:
            if m.end > prev.end:
                out[out.index(prev)] = Match(prev.start, m.end, prev.label, prev.term, max(prev.severity, m.severity),
                                             prev.category, prev.how)
            continue
        out.append(m)
    return out


def _mixed(core: str) -> bool:
    return any(c in _CONFUSABLE_CHARS for c in core) and any("a" <= c <= "z" for c in core)


def _strip_edges(s: str, a: int, b: int) -> tuple[int, int]:
    # Edge punctuation goes; the same characters inside a word stay ("sh!t" keeps its "!", "shit!" loses it).
    while a < b and s[a] in EDGE_PUNCT:
        a += 1
    while b > a and s[b - 1] in EDGE_PUNCT:
        b -= 1
    return a, b


def _combos(pieces: list[list[str]], limit: int) -> list[str]:
    """Up to ``limit`` strings made by choosing one option per piece."""
    out = []
    for combo in product(*pieces):
        out.append("".join(combo))
        if len(out) >= limit:
            break
    return out


def _leet_variants(token: str, limit: int = 8) -> list[str]:
    return _combos([[LEET[c], LEET_ALT[c]] if c in LEET_ALT else [LEET.get(c, c)] for c in token], limit)


def _shortenings(token: str, limit: int = 8) -> list[str]:
    """Runs of 3+ identical letters cut to 1 or 2 ("fuuuck" -> "fuck", "asssss" -> "as", "ass")."""
    pieces: list[list[str]] = []
    pos = 0
    for m in _RUN3_RE.finditer(token):
        ch = m.group(1)
        pieces += [[token[pos:m.start()]], [ch, ch * 2]]
        pos = m.end()
    pieces.append([token[pos:]])
    return _combos(pieces, limit)
