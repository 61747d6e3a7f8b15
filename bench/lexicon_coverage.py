"""How much of the public word lists our lexicon catches (they are references, not copied).

    .venv/bin/python bench/lexicon_coverage.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from classifiers.lexicon import Lexicon  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    args = ap.parse_args()
    lex = Lexicon.load()
    caught = lambda w: any(m.label == "profanity" for m in lex.analyse(w).matches)  # noqa: E731
    surge = list(csv.DictReader(open(args.data / "surge_profanity" / "profanity_en.csv", encoding="utf-8")))
    lists = {
        "surge_profanity severity>=2 (Strong/Severe)": [r["text"] for r in surge if float(r["severity_rating"]) >= 2],
        "surge_profanity all": [r["text"] for r in surge],
        "ldnoobw": (args.data / "ldnoobw" / "en.txt").read_text().split("\n"),
        "cuss_npm sureness 2": [w for w, s in json.loads((args.data / "cuss_npm" / "cuss.json").read_text()).items() if s == 2],
        "profane_words_npm": json.loads((args.data / "profane_words_npm" / "words.json").read_text()),
    }
    for name, words in lists.items():
        words = [w.strip() for w in words if w.strip()]
        n = sum(caught(w) for w in words)
        print(f"{name:<46}{n:>6}/{len(words):<6}{n / len(words):>7.1%}")


if __name__ == "__main__":
    main()
