"""Write fixtures/eval/obfuscated.tsv: profanity and insult words disguised the ways commenters disguise them.

Each row: variant, base word, technique.  The generated rows come first, then the hand-written ones of
fixtures/eval/obfuscated_added.tsv.  Deterministic (seeded) so the file is reproducible:
    python scripts/make_obfuscation_set.py          # rewrites the file
    python scripts/make_obfuscation_set.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

BASES = ["fuck", "fucking", "shit", "bitch", "asshole", "cunt", "dick", "bastard", "whore", "slut", "motherfucker",
         "pussy", "cock", "wanker", "twat", "faggot", "bullshit", "dickhead", "idiot", "stupid", "moron", "retard",
         "piss", "douchebag", "jackass"]
LOOKALIKE = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і", "s": "ѕ", "h": "һ"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
ACCENT = {"a": "á", "e": "é", "i": "í", "o": "ö", "u": "ü", "c": "ç", "n": "ñ"}
FULLWIDTH = {chr(c): chr(c + 0xFEE0) for c in range(ord("a"), ord("z") + 1)}


def variants(word: str, rnd: random.Random) -> list[tuple[str, str]]:
    vowels = [i for i, c in enumerate(word) if c in "aeiou"]
    out = []
    if vowels:
        i = vowels[0]
        out.append((word[:i] + "*" + word[i + 1:], "mask"))
        out.append((word[:i] + "#" + word[i + 1:], "mask"))
    if any(c in LEET for c in word):
        out.append(("".join(LEET.get(c, c) for c in word), "leet"))
        k = next(i for i, c in enumerate(word) if c in LEET)
        out.append((word[:k] + LEET[word[k]] + word[k + 1:], "leet-one"))
    if "s" in word:
        out.append((word.replace("s", "$"), "symbol"))
    if "a" in word:
        out.append((word.replace("a", "@"), "symbol"))
    if "i" in word:
        out.append((word.replace("i", "!"), "symbol"))
    out.append((" ".join(word), "spaced"))
    out.append((".".join(word), "dotted"))
    out.append(("-".join(word), "hyphenated"))
    out.append(("\u200b".join(word), "zero-width"))
    out.append(("\u00ad".join(word[:3]) + word[3:], "soft-hyphen"))
    if any(c in LOOKALIKE for c in word):
        out.append(("".join(LOOKALIKE.get(c, c) for c in word), "lookalike-all"))
        k = next(i for i, c in enumerate(word) if c in LOOKALIKE)
        out.append((word[:k] + LOOKALIKE[word[k]] + word[k + 1:], "lookalike-one"))
    if any(c in ACCENT for c in word):
        out.append(("".join(ACCENT.get(c, c) for c in word), "accents"))
    out.append(("".join(FULLWIDTH.get(c, c) for c in word), "fullwidth"))
    v = vowels[-1] if vowels else len(word) - 1
    out.append((word[:v] + word[v] * 4 + word[v + 1:], "repeated"))
    out.append((word.upper(), "uppercase"))
    out.append(("".join(c.upper() if rnd.random() < 0.5 else c for c in word), "mixed-case"))
    return out


def main() -> None:
    rnd = random.Random(20261124)
    rows = []
    for w in BASES:
        rows += [(v, w, how) for v, how in variants(w, rnd)]
    glued = [("fuckshit", "fuck"), ("shitfuck", "shit"), ("fuckingidiot", "fucking"), ("dumbfuck", "fuck"),
             ("shitbrain", "shit"), ("cuntface", "cunt"), ("fuckyou", "fuck"), ("bitchface", "bitch")]
    rows += [(v, w, "glued") for v, w in glued]
    eval_dir = Path(__file__).resolve().parent.parent / "fixtures" / "eval"
    added = (eval_dir / "obfuscated_added.tsv").read_text(encoding="utf-8").splitlines()
    rows += [tuple(ln.split("\t")) for ln in added if ln and not ln.startswith(("#", "variant\t"))]
    out = eval_dir / "obfuscated.tsv"
    text = "variant\tbase\ttechnique\n" + "".join(f"{v}\t{w}\t{how}\n" for v, w, how in rows)
    if "--check" in sys.argv[1:]:
        if out.read_text(encoding="utf-8") != text:
            print(f"{out} is out of date: run scripts/make_obfuscation_set.py")
            sys.exit(1)
        return
    out.write_text(text, encoding="utf-8")
    print(f"{len(rows)} variants -> {out}")


if __name__ == "__main__":
    main()
