"""What ``moderator train`` and ``moderator eval`` do (kept here so the CLI stays thin)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TextIO

from .datasets import (ATTRS, DATASETS, MAIN_LABEL, dataset_files, load_all, load_semeval_spans, load_user_file,
                       profanity_tier_rates)
from .errors import LabelledDataError
from .lexicon import Lexicon
from .model import Scorer, sha256_file
from .templates import template_examples
from .train import TrainConfig, attribute_metrics, fit, git_commit, mean_span_f1


def _is_shared_data(path: Path) -> bool:
    return path.is_dir() and all((path / name).exists() for name in ("toxic_spans", "olid"))


def _user_file(path: Path, log: TextIO) -> list:
    counts: dict = {}
    examples = load_user_file(path, counts)
    print(f"{path}: {counts['read']:,} records, {counts['used']:,} labelled and used, {counts['unlabelled']:,} "
          "without text or any label (left out)", file=log)
    if not examples:
        raise LabelledDataError(path, "no labelled records (need a text column and 0/1 columns named after "
                                      f"attributes: {', '.join(ATTRS)}; or a decision/status column)")
    return examples


def load_training(data: Path, extra: list[Path], log: TextIO | None = None) -> tuple[list, list, list]:
    """(training examples, SemEval train spans for the span words, SemEval trial spans for reporting)."""
    log = log or sys.stderr
    if _is_shared_data(data):
        trial = load_semeval_spans(data, "trial")
        held_out = {e.text for e in trial}
        examples = [e for e in load_all(data) if e.text not in held_out]
        span_train = load_semeval_spans(data, "train")
    else:
        examples, span_train, trial = _user_file(data, log), [], []
    for path in extra:
        examples += _user_file(path, log)
    return examples + template_examples(), span_train, trial


def train_command(data: Path, out: Path, extra: list[Path], log: TextIO | None = None) -> Scorer:
    log = log or sys.stderr  # looked up when called, so a redirected stderr is honoured
    t0 = time.perf_counter()
    examples, span_train, trial = load_training(data, extra, log)
    lexicon = Lexicon.load()
    rates = profanity_tier_rates(data, lexicon) if _is_shared_data(data) else None
    print(f"training on {len(examples):,} examples ...", file=log)
    cfg = TrainConfig()
    scorer = fit(examples, cfg, lexicon, span_train, rates)
    metrics: dict = {}
    if trial:
        metrics["semeval2021_trial_span_f1"] = round(mean_span_f1(scorer, trial), 4)
    import sklearn

    meta = {
        "format": 1,
        "trained_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "training_code_commit": git_commit(Path(__file__).resolve().parent.parent),
        "scikit_learn_version": sklearn.__version__,
        "train_config": vars(cfg),
        "profanity_tier_rates": rates,
        "datasets": sorted({e.dataset for e in examples}),
        "examples_per_dataset": {d: sum(e.dataset == d for e in examples) for d in sorted({e.dataset for e in examples})},
        "data_sha256": dataset_files(data) if _is_shared_data(data) else {data.name: sha256_file(data)},
        "metrics": metrics,
    }
    scorer.save(out, meta)
    size = sum(os.path.getsize(out / f) for f in ("model.npz", "model.json"))
    print(f"wrote {out}/model.npz + model.json ({size / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f} s; "
          f"{metrics}", file=log)
    return scorer


def eval_command(data: Path, model: Path | None, thresholds: dict[str, float], out: TextIO | None = None) -> dict:
    out = out or sys.stdout
    scorer = Scorer.load(model)
    if _is_shared_data(data):
        examples = load_all(data, DATASETS)
        trial = load_semeval_spans(data, "trial")
    else:
        examples, trial = _user_file(data, sys.stderr), []
    metrics = attribute_metrics(scorer, examples, thresholds)
    w = max([16] + [len(ds) + 2 for ds in metrics])
    print(f"{'dataset':<{w}}{'attribute':<17}{'n':>7}{'pos':>7}{'ROC AUC':>9}{'PR AUC':>8}{'F1@t':>7}{'t':>6}", file=out)
    for ds, per_attr in metrics.items():
        for attr in ATTRS:
            m = per_attr.get(attr)
            if m:
                mark = " *" if MAIN_LABEL.get(ds) == attr else ""
                print(f"{ds:<{w}}{attr:<17}{m['n']:>7}{m['positives']:>7}{m['roc_auc']:>9.3f}{m['pr_auc']:>8.3f}"
                      f"{m['f1']:>7.3f}{m['threshold']:>6.2f}{mark}", file=out)
    if trial:
        f1 = mean_span_f1(scorer, trial)
        metrics["semeval2021_trial_span_f1"] = f1
        print(f"SemEval-2021 toxic spans, trial split (held out from training): character F1 {f1:.3f}", file=out)
    if _is_shared_data(data):
        print("note: the shipped model was trained on these datasets; for unseen-data figures run "
              "bench/cross_dataset.py", file=out)
    return metrics
