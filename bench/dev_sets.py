"""The development sets of fixtures/eval, scored in one run (on demand; `make test` asserts a floor under each).

    .venv/bin/python bench/dev_sets.py [--model DIR] [-v]

Prints, for the shipped model (or the one in DIR):
* functional*.tsv (HateCheck's functions): rows passing, where a hateful row reaches identity_attack 0.5, abuse of a
  person or a non-protected group (F23, F24) is toxic without being an identity attack, abuse of a thing (F22) is
  neither, and any other non-hateful row stays under 0.5 on identity_attack and toxicity (friendly swearing, F11,
  may be toxic); with identity_attack ROC AUC and the hateful rows at >= 0.5;
* threats*.tsv: rows right, where threat >= 0.5 exactly for the threats;
* insults*.tsv: rows right, where insult >= 0.5 exactly for the insults (abuse of a person, most of it without an
  insult word; the others use the same words of things);
* comments*.tsv: short replies and longer news comments, rows right where the default rules (config.toml's
  thresholds, post-moderation: moderator.decide) hold exactly the comments marked held;
* obfuscated.tsv: variants the lexicon reads, of those whose plain word it reads;
* benign.txt: lines at profanity, hostility and toxicity >= 0.5.
With -v, the rows that fail.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT / "fixtures" / "eval"


def rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))


def functional_pass(row: dict[str, str], scores: dict[str, float]) -> bool:
    ia, tox, case = scores["identity_attack"], scores["toxicity"], row["case"]
    if case.startswith(("F22", "F23", "F24")):
        return ia < 0.5 and (tox < 0.5 if case.startswith("F22") else tox >= 0.5)
    if row["hateful"] == "1":
        return ia >= 0.5
    return ia < 0.5 and (tox < 0.5 or case.startswith("F11"))


def attr_right(scorer, path: Path, attr: str, verbose: bool) -> None:
    """Rows of ``path`` right, where ``attr`` >= 0.5 exactly for the rows its column of the same name marks 1."""
    data = rows(path)
    results = scorer.score([r["text"] for r in data])
    right = [(x.scores[attr] >= 0.5) == (r[attr] == "1") for r, x in zip(data, results)]
    caught = sum(1 for r, x in zip(data, results) if r[attr] == "1" and x.scores[attr] >= 0.5)
    print(f"{path.name:18} {sum(right):>4} of {len(data):<4} right  {attr}s caught {caught} of "
          f"{sum(r[attr] == '1' for r in data)}")
    if verbose:
        for r, x, good in zip(data, results, right):
            if not good:
                print(f"    {attr}={r[attr]} scored {x.scores[attr]:.2f} {r['text']}")


def held_by_default_rules(scorer, texts: list[str]) -> list[bool]:
    """Whether the default config's rules (post-moderation) hold each text for review or reject it."""
    from moderator.config import Config
    from moderator.decide import Rules

    rules = Rules(Config())
    return [rules.decide(t, None, x.scores, x.canonical).decision != "allow"
            for t, x in zip(texts, scorer.score(texts))]


def comments_right(scorer, path: Path, verbose: bool) -> None:
    data = rows(path)
    held = held_by_default_rules(scorer, [r["text"] for r in data])
    right = [h == (r["held"] == "1") for r, h in zip(data, held)]
    caught = sum(1 for r, h in zip(data, held) if h and r["held"] == "1")
    alarms = sum(1 for r, h in zip(data, held) if h and r["held"] == "0")
    print(f"{path.name:18} {sum(right):>4} of {len(data):<4} right  held {caught} of {sum(r['held'] == '1' for r in data)}"
          f", false alarms {alarms}")
    if verbose:
        for r, good in zip(data, right):
            if not good:
                print(f"    held={r['held']} {r['kind']:5} {r['text']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, help="a model directory (default: the shipped weights)")
    ap.add_argument("-v", action="store_true", help="list the rows that fail")
    args = ap.parse_args()
    from sklearn.metrics import roc_auc_score

    from classifiers.model import Scorer

    scorer = Scorer.load(args.model)
    for path in sorted(EVAL.glob("functional*.tsv")):
        data = rows(path)
        results = scorer.score([r["text"] for r in data])
        ok = [functional_pass(r, x.scores) for r, x in zip(data, results)]
        y = [int(r["hateful"]) for r in data]
        ia = [x.scores["identity_attack"] for x in results]
        hits = sum(v >= 0.5 for v, t in zip(ia, y) if t)
        print(f"{path.name:18} {sum(ok):>4} of {len(data):<4} pass   identity_attack ROC AUC {roc_auc_score(y, ia):.3f}, "
              f"hateful at >= 0.5: {hits} of {sum(y)}")
        if args.v:
            for r, x, good in zip(data, results, ok):
                if not good:
                    print(f"    {r['case'][:24]:24} ia={x.scores['identity_attack']:.2f} tox={x.scores['toxicity']:.2f} "
                          f"{r['text']}")
    for kind in ("threat", "insult"):
        for path in sorted(EVAL.glob(f"{kind}s*.tsv")):
            attr_right(scorer, path, kind, args.v)
    for path in sorted(EVAL.glob("comments*.tsv")):
        comments_right(scorer, path, args.v)
    lex = scorer.lexicon

    def read(text: str) -> bool:
        return any(m.label in ("profanity", "insult") for m in lex.analyse(text).matches)

    variants = rows(EVAL / "obfuscated.tsv")
    plain = {r["base"] for r in variants if read(r["base"])}
    scored = [r for r in variants if r["base"] in plain]
    missed = [r["variant"] for r in scored if not read(r["variant"])]
    print(f"{'obfuscated.tsv':18} {len(scored) - len(missed):>4} of {len(scored):<4} read by the lexicon"
          + (f"   missed: {', '.join(missed)}" if missed else ""))
    lines = [ln.strip() for ln in open(EVAL / "benign.txt", encoding="utf-8") if ln.strip() and not ln.startswith("#")]
    results = scorer.score(lines)
    for attr in ("profanity", "hostility", "toxicity"):
        flagged = [t for t, x in zip(lines, results) if x.scores[attr] >= 0.5]
        print(f"{'benign.txt':18} {len(flagged):>4} of {len(lines):<4} at {attr} >= 0.5"
              + (f"   {flagged}" if flagged and args.v else ""))


if __name__ == "__main__":
    main()
