"""Scoring speed against the peers on the same comments, in one run (on demand; not a test).

    make bench      # or: .venv/bin/python bench/bench_score.py [--n 20000] [--repeat 5] [--data ../shared/data]

Batch throughput (comments/s) and single-comment latency (p50/p95) for moderator (all six attributes, severity
and spans), alt-profanity-check (one probability) and better-profanity (a yes/no), with ratios to
alt-profanity-check.  Comments come from shared/data when present, else from the bundled fixtures.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def comments(data: Path, n: int) -> list[str]:
    texts: list[str] = []
    if data.exists():
        from classifiers.datasets import load_all

        texts = [e.text for e in load_all(data, ["toxic_spans", "davidson2017", "kaggle_insults", "ruddit"])]
    else:
        # Without the datasets: the development sets' sentences (fixtures/eval; the other fixtures hold bad input on
        # purpose, text in other encodings among it, and are no comments to time).
        evals = Path(__file__).resolve().parent.parent / "fixtures" / "eval"
        texts = [ln for p in sorted(evals.glob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()
                 if len(ln) > 20 and not ln.startswith("#")]
        for p in sorted(evals.glob("*.tsv")):
            rows = csv.DictReader((ln for ln in p.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")),
                                  delimiter="\t", quoting=csv.QUOTE_NONE)
            texts += [r["text"] for r in rows if len(r.get("text") or "") > 20]
    rnd = random.Random(7)
    return [rnd.choice(texts) for _ in range(n)]


def timed(prepare, fn) -> float:
    """Seconds ``fn()`` takes, after an untimed ``prepare()``."""
    prepare()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def latency(fn, texts: list[str]) -> tuple[float, float]:
    samples = []
    for t in texts:
        t0 = time.perf_counter()
        fn(t)
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--single", type=int, default=1_000)
    ap.add_argument("--repeat", type=int, default=1,
                    help="time each batch this many times and keep the fastest (this VM's timings swing ~2x); "
                         "moderator starts each from a freshly loaded model, so its word table is cold every time")
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    args = ap.parse_args()
    texts = comments(args.data, args.n)
    print(f"{len(texts):,} comments, mean {statistics.mean(map(len, texts)):.0f} characters")

    from better_profanity import profanity as bp
    from profanity_check import predict_prob

    from classifiers.model import Scorer

    scorer = Scorer.load()

    def fresh() -> None:  # what a new process has after its first small batch: a model, a cold word table
        nonlocal scorer
        scorer = Scorer.load()
        scorer.score(texts[:100])

    bp.load_censor_words()
    scorer.score(texts[:100]), predict_prob(texts[:100]), bp.contains_profanity(texts[0])  # warm up

    rows = {
        "moderator (6 scores + spans)": (fresh, lambda: scorer.score(texts), lambda t: scorer.score([t])),
        "alt-profanity-check": (lambda: None, lambda: predict_prob(texts), lambda t: predict_prob([t])),
        # better-profanity manages ~30 comments/s, so its throughput is measured on the first 1,000 only.
        "better-profanity": (lambda: None, lambda: [bp.contains_profanity(t) for t in texts[:1000]],
                             bp.contains_profanity),
    }
    results = {}
    single = texts[: args.single]
    for name, (prepare, batch, one) in rows.items():
        repeats = 1 if name == "better-profanity" else args.repeat  # ~50 s a run
        secs = min(timed(prepare, batch) for _ in range(repeats))
        p50, p95 = latency(one, single[:300] if name == "better-profanity" else single)
        results[name] = ((1000 if name == "better-profanity" else len(texts)) / secs, p50, p95)
    base_tp, base_p50, _ = results["alt-profanity-check"]
    print(f"{'':<30}{'comments/s':>12}{'x alt':>8}{'p50 ms':>9}{'p95 ms':>9}{'p50 x alt':>11}")
    for name, (tp, p50, p95) in results.items():
        print(f"{name:<30}{tp:>12,.0f}{tp / base_tp:>8.2f}{p50:>9.3f}{p95:>9.3f}{p50 / base_p50:>11.2f}")


if __name__ == "__main__":
    main()
