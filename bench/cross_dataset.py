"""Cross-dataset validation: for each dataset, train without it and test on it; same rows for alt-profanity-check.

    .venv/bin/pip install -e '.[bench]' && .venv/bin/python bench/cross_dataset.py [--data ../shared/data]

Prints ROC AUC of our toxicity score (and our insult score where the dataset's label is insult) next to
alt-profanity-check's probability, per held-out dataset, and the difference with a 95% paired-bootstrap interval
(an interval that spans 0 is a difference these rows cannot tell from chance); then, per held-out dataset, how
far the scores read as probabilities (expected calibration error, and the share of rows at >= 0.8 with the share
of positives among them).  Takes about 15 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from classifiers.datasets import DATASETS, MAIN_LABEL, load_all, load_semeval_spans, profanity_tier_rates  # noqa: E402
from classifiers.lexicon import Lexicon  # noqa: E402
from classifiers.templates import template_examples  # noqa: E402
from classifiers.train import calibration, fit, paired_auc_difference, roc_auc  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    from profanity_check import predict_prob

    lexicon = Lexicon.load()
    trial = {e.text for e in load_semeval_spans(args.data, "trial")}
    everything = {name: [e for e in load_all(args.data, [name]) if e.text not in trial] for name in DATASETS}
    rates = profanity_tier_rates(args.data, lexicon)
    rows = []
    print(f"{'held-out dataset':<18}{'label':<10}{'n':>7}{'ours':>8}{'alt-profanity-check':>21}{'ratio':>7}"
          f"{'ours - alt [95% interval]':>29}")
    for held in DATASETS:
        t0 = time.perf_counter()
        train = [e for name in DATASETS if name != held for e in everything[name]] + template_examples()
        scorer = fit(train, lexicon=lexicon, tier_rates=rates)
        label = MAIN_LABEL[held]
        test = [e for e in everything[held] if e.labels.get(label) is not None]
        y = [e.labels[label] for e in test]
        texts = [e.text for e in test]
        ours = [r.scores["toxicity"] for r in scorer.score(texts)]
        ours_label = [r.scores[label] for r in scorer.score(texts)] if label != "toxicity" else ours
        peer = predict_prob(texts).tolist()
        row = {"dataset": held, "label": label, "n": len(y), "ours_toxicity": roc_auc(y, ours),
               "ours_label_attr": roc_auc(y, ours_label), "alt_profanity_check": roc_auc(y, peer)}
        diff, lo, hi = paired_auc_difference(y, ours, peer)
        row["difference_95"] = [round(lo, 4), round(hi, 4)]
        row["calibration"] = {"ours": calibration(y, ours), "alt_profanity_check": calibration(y, peer),
                              "positive_share": sum(y) / len(y)}
        rows.append(row)
        print(f"{held:<18}{label:<10}{len(y):>7}{row['ours_toxicity']:>8.3f}{row['alt_profanity_check']:>21.3f}"
              f"{row['ours_toxicity'] / row['alt_profanity_check']:>7.2f}"
              f"{f'{diff:+.4f} [{lo:+.4f}, {hi:+.4f}]':>29}"
              + (f"   (ours, {label} score: {row['ours_label_attr']:.3f})" if label != "toxicity" else "")
              + f"   [{time.perf_counter() - t0:.0f} s]", flush=True)
    # Do the scores read as probabilities on a dataset never trained on?  Expected calibration error, and what a
    # threshold of 0.8 holds: the share of rows at or above it and how many of those are labelled positive.
    print(f"\n{'held-out dataset':<18}{'positive':>9}{'ECE ours':>10}{'ECE alt':>9}{'>=0.8 ours':>12}"
          f"{'precision':>10}{'>=0.8 alt':>11}{'precision':>10}")
    for row in rows:
        c, o, a = row["calibration"], row["calibration"]["ours"], row["calibration"]["alt_profanity_check"]
        print(f"{row['dataset']:<18}{c['positive_share']:>9.2f}{o['ece']:>10.3f}{a['ece']:>9.3f}"
              f"{o['share_above']:>12.2f}{o['precision_above']:>10.2f}{a['share_above']:>11.2f}{a['precision_above']:>10.2f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
