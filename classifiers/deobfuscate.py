"""Single-chunk deobfuscation: what lexicon entry a chunk such as ``sh1t``, ``f*ck``, ``fuuuck``, ``ѕhit``,
``s.t.u.p.i.d`` or ``fuckshit`` stands for (the spellings generated ahead of time are in :mod:`classifiers.spellings`).

:class:`ChunkLookup` is mixed into :class:`classifiers.lexicon.Lexicon`, which holds the entries it reads.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import product
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Entry

CONFUSABLES = str.maketrans({
    "а": "a", "в": "b", "ь": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l",
    "ɡ": "g", "ɩ": "i", "ι": "i", "α": "a", "β": "b", "ε": "e", "η": "n", "κ": "k", "μ": "u", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ɑ": "a", "ı": "i", "ł": "l", "ø": "o", "đ": "d",
    "ħ": "h", "ƒ": "f", "ʋ": "v", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ʟ": "l", "ɴ": "n", "ʀ": "r", "ꜱ": "s", "ᴀ": "a",
    "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ᴊ": "j", "ᴋ": "k", "ᴍ": "m", "ᴏ": "o", "ᴘ": "p", "ᴛ": "t", "ᴜ": "u",
    "ᴠ": "v", "ᴡ": "w", "ᴢ": "z", "ц": "u", "ʂ": "s",
    # Small capital F, Bashkir ka, Armenian letters, and the Lisu capitals that look like Latin ones.
    "ꜰ": "f", "ҡ": "k", "ս": "u", "օ": "o", "ց": "g", "հ": "h", "ո": "n", "ա": "w", "ք": "p",
    "ꓐ": "b", "ꓑ": "p", "ꓓ": "d", "ꓔ": "t", "ꓖ": "g", "ꓗ": "k", "ꓙ": "j", "ꓚ": "c", "ꓜ": "z", "ꓝ": "f",
    "ꓟ": "m", "ꓠ": "n", "ꓡ": "l", "ꓢ": "s", "ꓣ": "r", "ꓦ": "v", "ꓧ": "h", "ꓪ": "w", "ꓫ": "x", "ꓬ": "y",
    "ꓮ": "a", "ꓰ": "e", "ꓲ": "i", "ꓳ": "o", "ꓴ": "u",
    # Cherokee capitals that look like Latin ones (case folding keeps them as they are).
    "Ꮪ": "s", "Ꭲ": "t", "Ꭺ": "a", "Ᏼ": "b", "Ꮯ": "c", "Ꭼ": "e", "Ꮋ": "h", "Ꭻ": "j", "Ꮶ": "k", "Ꮮ": "l",
    "Ꮇ": "m", "Ꮲ": "p", "Ꮢ": "r", "Ꮩ": "v", "Ꮤ": "w", "Ꮓ": "z", "Ꭰ": "d", "Ꮐ": "g", "Ꭵ": "i", "Ꮻ": "o",
})
_CONFUSABLE_CHARS = frozenset(k for k in map(chr, CONFUSABLES))
LEET = {"0": "o", "1": "i", "!": "i", "|": "l", "3": "e", "4": "a", "@": "a", "5": "s", "$": "s", "7": "t",
        "+": "t", "8": "b", "9": "g", "6": "g", "€": "e", "¡": "i", "ø": "o", "©": "c", "¢": "c", "®": "r", "§": "s",
        "¥": "y", "(": "c", "₵": "c", "₳": "a", "฿": "b", "₭": "k", "₱": "p", "₮": "t", "₴": "s", "₦": "n", "₲": "g",
        "₩": "w"}  # (currency signs that are a letter struck through: "₵unt")
LEET_ALT = {"1": "l", "|": "i", "!": "l"}
MASK_CHARS = frozenset("*#%_?.@$!-~^")
_RUN3_RE = re.compile(r"(.)\1\1+")
_LETTER_RUN3_RE = re.compile(r"([a-z])\1\1+")
_SYMBOL_INSIDE_RE = re.compile(r"(?<=[a-z*])[^\x00-\x7f]+(?=[a-z*])")
# Single characters split by separators, one chunk of two allowed ("s.t.u.p.i.d", "sh.i.t"; see _unseparated).
_SEPARATED_RE = re.compile(r"^[^\W_]{1,2}(?:[.\-_·•,/\\|~+*][^\W_]{1,2}){2,}[.]?$")
_DIGIT_INSIDE_RE = re.compile(r"(?<=[a-z])[0-9](?=[a-z0-9]*[a-z])")
_SEPARATORS_RE = re.compile(r"[.\-_·•,/\\|~+*]")
_MARKDOWN_RE = re.compile(r"~~|\^\^")  # strikethrough and superscript marks, no masks


# The words most often written masked, first first: a mask that fits several lexicon words is read as the one
# listed first ("s***" and "s**t" are "shit", not "slut"; "d***" is "dick", not a slur), else as the strongest.
_COMMON_MASKED = ("fuck", "shit", "bitch", "ass", "cunt", "fucking", "dick", "pussy", "cock", "bastard", "asshole",
                  "bullshit", "fucker", "whore", "slut", "piss", "damn", "hell", "crap")
_MASK_RANK = {w: len(_COMMON_MASKED) - i for i, w in enumerate(_COMMON_MASKED)}


def _mask_rank(e) -> tuple[int, int, bool]:
    return _MASK_RANK.get(e.form, 0), e.severity, e.form == e.root


class ChunkLookup:
    """The careful path's lookup of one chunk (needs ``entries``, ``_by_len``, ``_by_letter``, ``_parts``,
    ``_compound_parts``, ``compound_words``, ``lookalikes``, ``typo_forms``, ``_strong_root_re``,
    ``spelt_words``, ``masked_groups``, ``split_pairs`` and ``split_left`` from the lexicon)."""

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
        candidates += [(variant, "leet") for variant in _leet_spellings(core)]
        joined = _unseparated(core)
        if joined is not None:
            candidates.append((joined, "separated"))
        for cand, how in candidates:
            e = self.entries.get(cand)
            if e:
                return e, how
        for cand, how in [(core, "exact")] + candidates:
            if _RUN3_RE.search(cand):
                for short in _shortenings(cand):
                    e = self.entries.get(short)
                    if e and short not in self.typo_forms:  # "bulllshit" is "bullshit", not the typo "bulshit"
                        return e, "repeat"
        masked = core.strip("*") if core.startswith("*") and core.endswith("*") and len(core) > 2 else core
        if masked != core and masked in self.entries:
            return self.entries[masked], "exact"
        if not masked.isascii():  # an emoji or other symbol between letters masks one ("f🤬ck")
            masked = _SYMBOL_INSIDE_RE.sub(lambda m: "".join("*" if unicodedata.category(c)[0] == "S" and c not in LEET
                                                             else c for c in m.group(0)), masked)
        if any(c in MASK_CHARS for c in masked) and any(c.isalpha() for c in masked) and masked[0] != "-" and \
                not _MARKDOWN_RE.search(masked):
            # (a chunk opening with a hyphen is a dash, "-all-", not a masked first letter; "~~her~~" is struck
            # through and "^^^what" raised in Reddit's markdown, not "asshead" or a slur masked)
            e = self._mask(masked)
            if e is None and masked.endswith("'s") and len(masked) > 4:
                e = self._mask(masked[:-2])  # a masked possessive, "f*cker's": the mask index holds no "'s" forms
            if e is None and _LETTER_RUN3_RE.search(masked):  # letters repeated beside the mask: "fuuu*k", "sh*iiit"
                # (a run of mask symbols is kept whole: "f------g" is "fucking" in length, not "f-g", a slur)
                e = next((x for x in map(self._mask, _shortenings(masked, run=_LETTER_RUN3_RE)) if x), None)
            if e:
                return e, "mask"
            for variant in _leet_spellings(masked):  # leet letters and a mask together ("$#!t")
                e = self._mask(variant) if any(c in MASK_CHARS for c in variant) else None
                if e:
                    return e, "mask"
        if "-" in core:
            joined = core.replace("-", "")
            e = self.entries.get(joined)  # "a-hole", "bull-shit" ("well-known" is no word)
            if e:
                return e, "separated"
            if core[0] != "-" and any(c in MASK_CHARS and c != "-" for c in joined):
                e = self._mask(joined)  # a hyphen between parts and a mask in one: "mother-f*cker", "bull-sh*t"
                if e:
                    return e, "mask"
            if core[0] != "-" and core.count("-") >= 2:  # a hyphen between parts besides the mask: "bull-sh-t"
                for i in [i for i in range(1, len(core) - 1) if core[i] == "-" and core[i - 1].isalpha()
                          and core[i + 1].isalpha()]:
                    e = self._mask(core[:i] + core[i + 1:])
                    if e:
                        return e, "mask"
        if _DIGIT_INSIDE_RE.search(core) and core.isalnum():
            # A digit for a "u", the vowel no digit looks like ("f4ck", "st4pid", "m0therf4cker"): a mask, for
            # strong words and insults, where each other digit is the leet letter ("p4ss" is "pass", not "piss").
            e = self._mask(_DIGIT_INSIDE_RE.sub("*", core))
            digits = [(m.start(), m.group(0)) for m in _DIGIT_INSIDE_RE.finditer(core)]
            if e and (e.severity >= 2 or e.category == "insult") and len(e.form) == len(core) and \
                    all(e.form[i] in ("u", LEET.get(d)) for i, d in digits) and any(e.form[i] == "u" for i, _ in digits):
                return e, "mask"
        for cand in [core] + [c for c, _ in candidates]:
            if len(cand) >= 6 and cand.isalpha() and self._strong_root_re.search(cand):
                e = self._glued(cand)
                if e:
                    return e, "glued"
        return None

    def _spelt_uncached(self, core: str) -> str | None:
        """The phrase word (threat word, identity term, derogation word, or "people") a chunk spells in leetspeak
        ("k1ll" -> "kill", "h4te" -> "hate", "mus1ims" -> "muslims") or with its letters separated ("k.y.s"), if
        any.  Three characters at least, so "b1" or "m8" stay as written; "h8" (a digit sounded out) is "hate"."""
        if core in SOUNDED:
            return SOUNDED[core] if SOUNDED[core] in self.spelt_words else None
        if len(core) < 3:
            return None
        joined = _unseparated(core)  # "k.y.s", "m-u-s-l-i-m-s"
        if joined is not None:
            return joined if joined in self.spelt_words else None
        found = next((v for v in _leet_spellings(core) if v in self.spelt_words), None)
        if found is None and _DIGIT_INSIDE_RE.search(core) and core.isalnum():
            e = self._lookup(core)  # a digit for a "u" ("f4ck"), as the lexicon reads it
            if e is not None and e[1] == "mask" and e[0].form in self.spelt_words:
                found = e[0].form
        if found is None and "*" in core:
            found = self._masked_group(core)
        return found

    def _masked_group(self, core: str) -> str | None:
        """The group's name a chunk spells with letters inside hidden by asterisks ("wom*n", "j*ws", "m*sl*ms"), if
        any: four letters or more, a third of them masked at most.  A mask that fits several names is read as the plural
        ("wom*n" is "women"), which the phrases take.  A mask over a group's name is read as the name whatever
        English word it might also fit ("bl*ck" is "black", not "block"): people mask the words they fear a filter
        will catch, and the name alone carries no weight (the placeholder); only a phrase around it does."""
        stem, tail = (core[:-2], "'s") if core.endswith("'s") else (core, "")
        n = len(stem)
        masks = stem.count("*")
        if n < 4 or masks * 3 > n or not (stem[0].isalpha() and stem[-1].isalpha()) or \
                not all(c.isalpha() or c == "*" for c in stem):
            return None  # (an asterisk at an end is markdown's emphasis: "**Russia**" is no "russians")
        fits = [w for w in self.masked_groups.get(n, ()) if all(c == "*" or c == d for c, d in zip(stem, w))]
        if not fits:
            return None
        return min(fits, key=lambda w: (not w.endswith(("s", "men")), w)) + tail

    def _split_word(self, words: list[str]) -> bool:
        """Two words in a row that are the halves of a strong word split by a space ("fu ck")."""
        if self.split_left.isdisjoint(words):
            return False
        pairs = self.split_pairs
        return any((a, b) in pairs for a, b in zip(words, words[1:]))

    def _mask(self, token: str) -> Entry | None:
        if token[0] == "#" and token[1:].isalpha() and not hash_masks(token[1:], self.real_words):
            return None  # a hashtag ("#UK", "#itch", "#hit"), not a masked first letter ("#sshole", "#diot")
        known = [(i, c) for i, c in enumerate(token) if c.isalpha()]
        masks = sum(c in MASK_CHARS for c in token)
        if masks == 0 or len(known) + masks != len(token):
            return None
        if len(known) < 2 and not (known and known[0][0] == 0 and masks >= 2):
            return None
        size = len(token)
        sets = [self._by_letter.get((size, i, c), ()) for i, c in known]
        if not sets or not all(sets):
            return None
        group = self._by_len[size]
        best = None
        for k in sorted(set(min(sets, key=len)).intersection(*sets)):  # the forms with every known letter in place
            e = group[k]
            if best is None or _mask_rank(e) > _mask_rank(best):
                best = e
        return best

    def _glued(self, token: str, english: bool = True) -> Entry | None:
        """A compound of lexicon forms and glue parts with at least one strong word: the strongest part; else,
        with ``english``, a strong word glued to English words (:meth:`_compound`)."""
        parts = _segment(token, self._parts)
        strong = [self.entries[p] for p in parts if p in self.entries and self.entries[p].severity >= 2] \
            if parts and len(parts) >= 2 else None
        if strong:
            return max(strong, key=lambda e: e.severity)
        return self._compound(token) if english else None

    def read_whole(self, core: str) -> tuple[Entry, str] | None:
        """The lexicon entry a chunk is read as without splitting it at English words (:meth:`_lookup` less
        :meth:`_compound`): a camel-case hashtag is cut at its capitals instead ("#FuckTrump" is "#fuck", "trump";
        "#FuCk" stays whole), and a run of spaced letters is a word ("p h u c k k i n g" is no "phuck" + "king")."""
        found = self._lookup(core)
        return found if found is None or found[1] != "glued" or self._glued(core, english=False) else None

    def _compound(self, token: str) -> Entry | None:
        """A strong word glued to common English words ("chucklefuck", "knucklefuck", "shitforbrains",
        "halfassed", "bullshittery"): two or three parts, each a lexicon form, a glue part or a word of
        ``compound_words``, before at most one of COMPOUND_SUFFIXES.  An English word ("cockpit", in
        ``lookalikes``) is never read so, and the English words exclude the endings of surnames and place names
        ("Dickson", "Cockburn")."""
        if not self.compound_words or token in self.lookalikes:
            return None
        for suffix in ("",) + COMPOUND_SUFFIXES:
            if not token.endswith(suffix) or len(token) - len(suffix) < 3:
                continue
            base = token[:len(token) - len(suffix)]
            if suffix and base in self.entries:
                e = self.entries[base]
                if e.severity >= 2:
                    return e
                continue
            parts = _segment(base, self._compound_parts)
            if parts and 2 <= len(parts) <= 3:
                # (a three-letter insult or slur, "hoe", "nig", is too common inside words: "backhoe", "hoeing",
                # "winnig"; the English words in lookalikes are those holding the other strong words)
                strong = [e for e in map(self.entries.get, parts) if e is not None and e.severity >= 2 and
                          (e.category not in ("insult", "slur") or len(e.form) >= 4)]
                if strong:
                    return max(strong, key=lambda e: e.severity)
        return None


# Endings after which a strong word glued to English words is read through ("bullshittery", "halfassed").
COMPOUND_SUFFIXES = ("tery", "ery", "ness", "ed")


def _segment(token: str, parts: set[str]) -> list[str] | None:
    """``token`` as the fewest words of ``parts`` (three letters or more each, but for a shorter last one), or None."""
    n = len(token)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 3 if i + 3 <= n else n, n + 1):
            part = token[i:j]
            if part in parts and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                best[j] = best[i] + [part]
    return best[n]


def hash_masks(body: str, real_words) -> bool:
    """Whether a "#" before the letters ``body`` may stand for a masked first letter: a word of four letters or
    more that is no English word ("#sshole", "#diot").  A shorter one, or a word, is a hashtag: "#UK" is not
    "fuk", "#ag" not "fag", "#itch" not "bitch" (the words are in real_words.txt)."""
    return len(body) >= 4 and body not in real_words


# Phrase words written with a digit sounded out ("i h8 gays").
SOUNDED = {"h8": "hate", "h8e": "hate"}


def _mixed(core: str) -> bool:
    return any(c in _CONFUSABLE_CHARS for c in core) and any("a" <= c <= "z" for c in core)


def _combos(pieces: list[list[str]], limit: int) -> list[str]:
    """Up to ``limit`` strings made by choosing one option per piece."""
    out = []
    for combo in product(*pieces):
        out.append("".join(combo))
        if len(out) >= limit:
            break
    return out


def _leet_spellings(core: str) -> list[str]:
    """What a chunk with leet characters among its letters spells, letter for letter ([] for none, or digits only)."""
    if any(c in LEET for c in core) and any(c.isalpha() for c in core) and not core.isdigit():
        return _leet_variants(core)
    return []


def _unseparated(core: str) -> str | None:
    """A chunk of single characters split by separators ("s.t.u.p.i.d", "k-y-s", one pair at most: "sh.i.t") without
    them, else None."""
    if not _SEPARATED_RE.match(core):
        return None
    chunks = [c for c in _SEPARATORS_RE.split(core) if c]
    return "".join(chunks) if sum(len(c) == 2 for c in chunks) <= 1 else None


def _leet_variants(token: str, limit: int = 8) -> list[str]:
    return _combos([[LEET[c], LEET_ALT[c]] if c in LEET_ALT else [LEET.get(c, c)] for c in token], limit)


def _shortenings(token: str, limit: int = 8, run: re.Pattern = _RUN3_RE) -> list[str]:
    """Runs of 3+ identical letters (characters of ``run``) cut to 1 or 2 ("fuuuck" -> "fuck", "asssss" -> "as",
    "ass")."""
    pieces: list[list[str]] = []
    pos = 0
    for m in run.finditer(token):
        ch = m.group(1)
        pieces += [[token[pos:m.start()]], [ch, ch * 2]]
        pos = m.end()
    pieces.append([token[pos:]])
    return _combos(pieces, limit)
