"""Scoring speed on accented text against the same comments with the accents stripped (on demand; not a test).

    .venv/bin/python bench/bench_accents.py [--n 4000]

Comments in French, Spanish and German names and words ("José", "café", "Straße") reach the normaliser's offset
map; this prints comments/s for them and for their ASCII twins, one run each, and the ratio.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = ("Le café était très bon mais le service était lent José a dit que c'était la faute du chef Zoë préfère "
         "la crème brûlée à Málaga con mañana niño Straße Müller Göteborg naïve façade rôle déjà vu you idiot "
         "what a damn shame the council voted again").split()


def comments(n: int, seed: int = 3) -> list[str]:
    rnd = random.Random(seed)
    return [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(12, 40))) + "." for _ in range(n)]


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).replace("ß", "ss")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=4000)
    args = ap.parse_args()
    from classifiers.model import Scorer

    scorer = Scorer.load()
    accented = comments(args.n)
    plain = [strip_accents(t) for t in accented]
    scorer.score(accented[:200]), scorer.score(plain[:200])  # warm up
    rates = {}
    for name, texts in (("accented", accented), ("accents stripped", plain)):
        t0 = time.perf_counter()
        scorer.score(texts)
        rates[name] = len(texts) / (time.perf_counter() - t0)
    for name, rate in rates.items():
        print(f"{name:<18}{rate:>10,.0f} comments/s")
    print(f"accented / stripped: {rates['accented'] / rates['accents stripped']:.2f}")


if __name__ == "__main__":
    main()
