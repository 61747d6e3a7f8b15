"""Write classifiers/data/real_words.txt, lookalike_words.txt and compound_words.txt.

real_words.txt: English words that look like a typo of a phrase word or like two phrase
words run together, so the lexicon leaves them as written ("backs" is no typo of "blacks", "money" none of
"monkey", "blackout" is not "black out", "#itch" is not "bitch").  lookalike_words.txt: English words that
hold a lexicon word without being one ("pussycat", "snigger"), and the names in NAMES ("Scunthorpe"), whose
character n-grams the models do not read.  compound_words.txt: common English words that a strong swear word may be glued to
("chuckle" in "chucklefuck", "for" and "brains" in "shitforbrains").

The words come from pyspellchecker's English word list (installed with the ``dev`` extra); the candidates are
exactly those the lexicon would read (:func:`classifiers.spellings.typos`, ``typo_variants`` and ``glued_words``,
and :func:`classifiers.deobfuscate.hash_masks`).

    .venv/bin/python scripts/real_words.py          # rewrites the file
    .venv/bin/python scripts/real_words.py --check  # exit 1 if the file is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "classifiers" / "data" / "real_words.txt"
HEADER = """\
# English words that are one typo away from a phrase word or a strong swear word (two neighbouring letters swapped, or
# one letter inside dropped), that are two or three phrase words run together, or that are a lexicon word less its first letter (a hashtag
# such as "#itch" is no masked "bitch"): the lexicon reads them as written.
# Written by scripts/real_words.py from pyspellchecker's English word list; do not edit by hand.
"""


LOOKALIKES = ROOT / "classifiers" / "data" / "lookalike_words.txt"
LOOKALIKE_HEADER = """\
# English words that hold a lexicon word without being one ("pussycat", "snigger", "oxymoron", "cocktail"), and
# that the lexicon reads as no hit: the models read no character n-grams from them (a rare word's n-grams would
# otherwise carry the swear word's weight: "The pussycat slept" scored 0.51 toxic), only the word itself.
# Written by scripts/real_words.py from pyspellchecker's English word list; do not edit by hand.
"""


def candidates(lex) -> set[str]:
    """Every spelling the lexicon ``lex`` would read as a typo of a phrase word, or as two glued words."""
    from classifiers.deobfuscate import hash_masks
    from classifiers.spellings import GLUE_WORDS, typo_variants, typos
    from classifiers.lexicon import profanity_entries

    out = set(typos(lex.typo_words, set(lex.entries) | lex.phrase_words, frozenset(), lex.short_typo_words))
    # Typos of the strong words ("waker" is no "wanker", "niger" no "nigger").
    out.update(v for e in profanity_entries() if e.severity >= 2 and e.category != "abbrev"
               for v in typo_variants(e.form) if v not in lex.entries or v in lex.typo_forms)
    # Hashtags that a "#" for a masked first letter would turn into a lexicon word ("#itch" -> "bitch").
    out.update(form[1:] for form in lex.entries if form[1:].isalpha() and hash_masks(form[1:], frozenset()))
    others = lex.phrase_words | GLUE_WORDS
    for p in lex.pivots:
        for o in others:
            out.update(w for w in (p + o, o + p) if len(w) >= 5 and w.isalpha())
    return out


def real_words(lex, known) -> list[str]:
    """The candidates that are English words (``known``), and the English words that read as three glued phrase
    words (too many three-word spellings to list, so the dictionary is read through instead)."""
    from classifiers.spellings import glued_words

    three = {w for w in known if len(w) >= 7 and w.isalpha() and w.isascii() and
             len(glued_words(w, lex.phrase_words, lex.pivots, frozenset()) or ()) == 3}
    return sorted({w for w in candidates(lex) if w in known} | three)


# Names and words outside the dictionary that hold a swear word (the "Scunthorpe problem"): places, surnames,
# brands and a few words; written for this project.
NAMES = """
    scunthorpe penistone penisarwaun cockermouth cockfosters cockburn cockburnspath cockington cockney cockneys
    sussex essex middlesex wessex clitheroe shitterton twatt titchfield titsey cumnor cumbernauld cumbria cumbrian
    cumberland cummings cumming assington assisi bastardo lightwater hancock hitchcock babcock peacock woodcock alcock
    laycock hiscock wilcock dickens dickinson dickerson dickey dickie dicky matsushita shiitake shitake hoedown
    hoedowns arsenal arsenals hoehne titicaca sextant sextants analyse analysed analyses analysing cocksure
    shuttlecocks kuntz bitche glasscock dikshit shittim
""".split()


def lookalike_words(lex, known) -> list[str]:
    """English words (``known``) that hold a word of the lexicon ``lex`` ("pussycat", "snigger", "oxymoron") and
    the names in NAMES ("Scunthorpe"), that ``lex`` reads as no hit: their character n-grams are not read by the
    models (see LOOKALIKE_HEADER)."""
    import re

    roots = sorted({e.form for e in lex.entries.values() if e.form.isalpha() and len(e.form) >= 3 and
                    (e.category != "insult" or len(e.form) >= 4) and e.form not in lex.typo_forms},
                   key=lambda w: (-len(w), w))
    holds = re.compile("|".join(roots))
    words = {w for w in known if w.isalpha() and w.isascii() and holds.search(w)} | set(NAMES)
    return sorted(w for w in words if w not in lex.entries and not lex.analyse(w).matches)


COMPOUNDS = ROOT / "classifiers" / "data" / "compound_words.txt"
COMPOUND_HEADER = """\
# Common English words a strong swear word may be glued to: "chucklefuck", "knucklefuck", "shitforbrains" are read
# as the swear word (classifiers.deobfuscate.ChunkLookup._compound); English words such as "cockpit" never are.
# Words of 3 to 10 letters seen at least 1,000 times in pyspellchecker's English frequency list, less the endings
# of surnames and place names in NAME_ENDINGS ("Dickson", "Cockburn").
# Written by scripts/real_words.py; do not edit by hand.
"""
NAME_ENDINGS = set("""
    son sons sen man men mann ton tons burn burns ley field fields ford fords well wells worth stone land ham
    ens more wood woods ridge shire bury borough hill hills dale mouth water ington ston stead wick
""".split())


def compound_words(lex, known) -> list[str]:
    """Common English words (seen 1,000 times or more in ``known``) of 3 to 10 letters that are no lexicon entry
    and no ending of a name (NAME_ENDINGS)."""
    return sorted(w for w, n in known.items() if n >= 1000 and 3 <= len(w) <= 10 and w.isalpha() and w.isascii()
                  and w not in lex.entries and w not in NAME_ENDINGS)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="only compare with the files; exit 1 when one differs")
    args = ap.parse_args()
    from spellchecker import SpellChecker

    from classifiers.lexicon import Lexicon

    lex, known = Lexicon.load(), SpellChecker(language="en").word_frequency.dictionary  # read once, used twice
    lex.compound_words = frozenset()  # English words are never read as compounds: the lists are made without them
    stale = 0
    for out, header, words in ((OUT, HEADER, real_words), (LOOKALIKES, LOOKALIKE_HEADER, lookalike_words),
                               (COMPOUNDS, COMPOUND_HEADER, compound_words)):
        text = header + "".join(w + "\n" for w in words(lex, known))
        if args.check:
            if out.read_text() != text:
                print(f"{out} is out of date: run scripts/real_words.py")
                stale = 1
            continue
        out.write_text(text)
        print(f"{out}: {text.count(chr(10)) - header.count(chr(10))} words")
    return stale


if __name__ == "__main__":
    raise SystemExit(main())
