"""Scoring time of one hostile, very long comment as it grows (on demand; not a test).

    .venv/bin/python bench/bench_long_comments.py

A comment of thousands of obfuscated swear words or camel-case hashtags goes the careful way; its cost should grow
with its length, not with the square of it (the last column is the time at 4x the length over the time at 1x: ~4
when linear, ~16 when quadratic).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from classifiers.model import Scorer

    scorer = Scorer.load()
    scorer.score(["warm up", "the", "model"])
    print(f"{'comment':<34}{'1,500 words':>12}{'3,000':>9}{'6,000':>9}{'6,000 / 1,500':>15}")
    for name, word in [("obfuscated swearing ('sh1t')", "sh1t"), ("hashtags ('#FuckTrump#KillAll')",
                                                                    "#FuckTrump#KillAll")]:
        times = []
        for n in (1500, 3000, 6000):
            text = " ".join([word] * n)
            t0 = time.perf_counter()
            scorer.score([text, "a", "b"])
            times.append(time.perf_counter() - t0)
        print(f"{name:<34}{times[0]:>11.3f}s{times[1]:>8.3f}s{times[2]:>8.3f}s{times[2] / times[0]:>15.1f}")


if __name__ == "__main__":
    main()
