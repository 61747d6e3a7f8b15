"""Identity-term bias on templated sentences (in the manner of Dixon et al. 2018, "Measuring and Mitigating
Unintended Bias in Text Classification"): does naming an identity move the scores?

    .venv/bin/python bench/identity_templates.py [--attr toxicity]

Sentences pair each identity with friendly and hostile words in a few frames ("I am a {x} person and I am {adj}",
"{X} people are {adj}", "You are a {adj} {x} person"); a sentence is toxic when its adjective is hostile.  Printed
per identity: the mean score of its non-toxic and toxic sentences, the subgroup ROC AUC, and the two cross AUCs of
the unintended-bias metrics: BPSN (background toxic vs this identity non-toxic: low when a mention alone raises the
score) and BNSP (background non-toxic vs this identity toxic: low when a mention lowers it).  The frames, identities
and adjectives here were written for this benchmark, apart from the training templates
(classifiers/templates.py); identities marked * are not in those templates' identity list.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FRAMES = ["I am a {x} person and I am {adj}.", "{X} people are {adj}.", "You are a {adj} {x} person.",
          "My neighbour is {x} and {adj}.", "Being {x} makes you {adj}.", "Most {x} people I know are {adj}."]
FRIENDLY = ["kind", "honest", "hardworking", "funny", "generous", "smart", "friendly", "brave"]
HOSTILE = ["disgusting", "stupid", "worthless", "vile", "pathetic", "filthy", "evil", "dumb"]
IDENTITIES = ["gay", "lesbian", "trans", "muslim", "jewish", "christian", "hindu", "sikh", "black", "white",
              "asian", "mexican", "chinese", "arab", "disabled", "deaf", "old", "young", "nonbinary*",
              "pakistani*", "somali*", "irish*", "bisexual", "latino"]
BACKGROUND = ["tall", "local", "new", "quiet", "busy"]  # not identities: the background group


def sentences(words: list[str]) -> list[tuple[str, str, int]]:
    out = []
    for x in words:
        name = x.rstrip("*")
        for f in FRAMES:
            for adj, toxic in [(a, 0) for a in FRIENDLY] + [(a, 1) for a in HOSTILE]:
                out.append((x, f.format(x=name, X=name.capitalize(), adj=adj), toxic))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--attr", default="toxicity")
    args = ap.parse_args()
    from sklearn.metrics import roc_auc_score

    from classifiers.model import Scorer

    scorer = Scorer.load()
    rows = sentences(IDENTITIES)
    back = sentences(BACKGROUND)
    score = lambda rs: [s.scores[args.attr] for s in scorer.score([t for _, t, _ in rs])]  # noqa: E731
    s_rows, s_back = score(rows), score(back)
    bg_non = [s for (_, _, y), s in zip(back, s_back) if not y]
    bg_tox = [s for (_, _, y), s in zip(back, s_back) if y]
    print(f"{args.attr}: {len(rows)} identity sentences, {len(back)} background; overall ROC AUC "
          f"{roc_auc_score([y for _, _, y in rows + back], s_rows + s_back):.3f}")
    print(f"{'identity':<12}{'mean non-toxic':>15}{'mean toxic':>12}{'subgroup AUC':>14}{'BPSN AUC':>10}{'BNSP AUC':>10}")
    print(f"{'(background)':<12}{statistics.mean(bg_non):>15.3f}{statistics.mean(bg_tox):>12.3f}")
    worst = []
    lines: dict[tuple, list[str]] = {}  # identities read as the same placeholder get the same figures: one line
    for x in IDENTITIES:
        non = [s for (i, _, y), s in zip(rows, s_rows) if i == x and not y]
        tox = [s for (i, _, y), s in zip(rows, s_rows) if i == x and y]
        sub = roc_auc_score([0] * len(non) + [1] * len(tox), non + tox)
        bpsn = roc_auc_score([0] * len(non) + [1] * len(bg_tox), non + bg_tox)
        bnsp = roc_auc_score([0] * len(bg_non) + [1] * len(tox), bg_non + tox)
        worst.append(bpsn)
        key = tuple(round(v, 3) for v in (statistics.mean(non), statistics.mean(tox), sub, bpsn, bnsp))
        lines.setdefault(key, []).append(x)
    for key, names in lines.items():
        print(f"{' '.join(names)}\n{'':<12}" + "".join(f"{v:>{w}.3f}" for v, w in zip(key, (15, 12, 14, 10, 10))))
    print(f"lowest BPSN AUC {min(worst):.3f}, mean {statistics.mean(worst):.3f}")


if __name__ == "__main__":
    main()
