"""Training and evaluation.  ``moderator train`` / ``moderator eval`` call into here.

Per attribute: logistic regression on the rows whose dataset labels that attribute (missing labels are left
out), with datasets weighted so that no single one dominates, then Platt scaling fitted on out-of-fold scores
so outputs read as probabilities.  Neutral identity statements are added as negatives so that naming an identity
is not evidence of an attack.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Sequence

import numpy as np
from scipy import sparse

from .datasets import ATTRS, Example
from .charhash import char_matrix, document_frequencies, idf_from_df
from .features import DENSE_FEATURES, analyzer
from .lexicon import IDENTITY_TOKEN, Lexicon
from .model import Scorer

LEXICON_ONLY = ("profanity",)  # heads calibrated from the lexicon tiers, not fitted on comment labels
PROFANITY_FEATURES = ("prof_sev1", "prof_sev2", "prof_sev3")
# Lexicon signals only some heads read.  An insult phrase ("you'd lose a debate to a fortune cookie") says insult;
# read by the toxicity head too it cost held-out toxic_spans 0.6259 -> 0.6243 (Civil Comments raters often let
# "nobody cares what you think" and "get a life" pass), the other held-out datasets -0.0006 to +0.0004.
# Obfuscation ("Tr@nnies", "f*ck") is read by no head: fitted, it took weights of -0.93 (toxicity) and -1.55
# (identity_attack), so a disguised slur scored lower than the plain one ("Tr@nnies should be banned from schools."
# identity_attack 0.25 against 0.66), though the datasets' raters marked comments with a disguised lexicon word toxic as
# often as the rest (toxic_spans 0.73 against 0.70; Davidson's hate label 0.71 against 0.54).  Unread, the held-out
# ROC AUC moved by -0.0019 (Davidson) to +0.0016 (Kaggle), the rest within 0.0002.
HEAD_ONLY = {"insult_phrase": ("insult",), "obfuscated": ()}


@dataclass
class TrainConfig:
    # Held-out-dataset ROC AUC (bench/cross_dataset.py) against C = 1.0: OLID 0.773 -> 0.782, Ruddit 0.904 -> 0.910,
    # the rest within 0.003; 0.15 lost toxic_spans again (0.616); 4.0 fit the training sets better, transferred worse.
    C: float = 0.3
    min_df: int = 2
    max_features: int = 150_000
    calibration_folds: int = 3
    char_ngrams: bool = True  # hashed character 3-5-grams (classifiers.charhash): +0.01-0.02 held-out ROC AUC
    # NB-LR on the character block (after Wang & Manning 2012): a character column seen more in positive rows is
    # scaled up by its naive-Bayes log-count ratio r (smoothing ``nb_alpha``) when r > 1, before the fit, and the
    # learned weights are multiplied back, so the shipped model is the same linear form.  Columns with r <= 1
    # keep their scale: scaling them by the signed ratio, as NB-LR does, also amplified "clean" n-grams such as
    # those of "neighbour" ("My neighbour is tall and stupid." 0.56 -> 0.33).  0 turns it off.  Figures: model card.
    nb_alpha: float = 1.0
    # The heads it is used for: on every head it cost the functional sets (identity_attack ROC AUC 0.929 -> 0.917
    # and a counter-speech false alarm) and made "The hoe is in the shed." an identity attack (0.55).
    nb_heads: tuple[str, ...] = ("toxicity",)
    seed: int = 13


def dataset_weights(examples: Sequence[Example]) -> np.ndarray:
    """Each dataset counts as sqrt(its size) rows in total: big ones still matter more, but none swamps.

    Equal totals per dataset were tried (commit 257a220, reverted): +0.002 mean held-out-dataset ROC AUC, but the
    identity-template BPSN AUC fell 0.884 -> 0.850 and span F1 0.597 -> 0.589, so this stayed."""
    sizes = Counter(e.dataset for e in examples)
    return np.array([1.0 / np.sqrt(sizes[e.dataset]) for e in examples]) * np.sqrt(len(examples))


def git_commit(root: Path) -> str:
    """The commit of the training code, with "-dirty" when the code (``classifiers/``, not the weights it is about
    to write) differs from it: the model card must name code that reproduces the weights."""
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True,
                              check=True).stdout.strip()
        changed = subprocess.run(["git", "status", "--porcelain", "--", "classifiers", ":!classifiers/weights"],
                                 cwd=root, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("-dirty" if changed else "")


DEFAULT_TIER_RATES = {0: 0.01, 1: 0.7, 2: 0.82, 3: 0.82}  # measured on toxic_spans; used when it is absent


def fit(examples: Sequence[Example], cfg: TrainConfig | None = None, lexicon: Lexicon | None = None,
        span_examples: Sequence[Example] = (), tier_rates: dict[int, float] | None = None) -> Scorer:
    """Train a Scorer on ``examples`` (labels per attribute, None = unknown).

    ``tier_rates`` calibrates the profanity head: P(profane) for a comment whose strongest lexicon word has
    each severity tier (see :func:`classifiers.datasets.profanity_tier_rates`).
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    cfg = cfg or TrainConfig()
    lexicon = lexicon or Lexicon.load()
    analyses = [lexicon.analyse(e.text) for e in examples]
    docs = [a.words for a in analyses]
    vec = TfidfVectorizer(analyzer=partial(analyzer, slurs=lexicon.slur_forms), min_df=cfg.min_df,
                          max_features=cfg.max_features, sublinear_tf=True, dtype=np.float32)
    vec.fit(docs)  # vocabulary and idf only; the rows are vectorised by the scorer's own code below
    vocab = vec.get_feature_names_out().tolist()
    # Use the scorer's own vectoriser on the training rows too: what is trained is exactly what is shipped.
    scorer0 = Scorer(vocab, vec.idf_, np.zeros((1, len(vocab) + len(DENSE_FEATURES))), np.zeros(1),
                     np.array([[1.0, 0.0]]), ["toxicity"], lexicon=lexicon)
    Xw, D = scorer0.matrix(analyses)
    char_idf = None
    blocks = [Xw]
    if cfg.char_ngrams:
        char_idf = idf_from_df(document_frequencies(docs, skip=lexicon.lookalikes), len(docs), cfg.min_df + 1)
        blocks.append(sparse.vstack([char_matrix(docs[i:i + 4096], char_idf, lexicon.lookalikes)
                                      for i in range(0, len(docs), 4096)]))
    X = sparse.hstack(blocks + [sparse.csr_matrix(D)], format="csr")
    weights = dataset_weights(examples)
    coefs, intercepts, calib = [], [], []
    n_words = X.shape[1] - D.shape[1]  # every column before the dense lexicon signals
    for attr in ATTRS:
        if attr in LEXICON_ONLY:
            coef, b = _tier_coefficients(tier_rates or DEFAULT_TIER_RATES, n_words)
            coefs.append(coef)
            intercepts.append(b)
            calib.append([1.0, 0.0])
            continue
        rows = np.array([i for i, e in enumerate(examples) if e.labels.get(attr) is not None])
        y = np.array([examples[i].labels[attr] for i in rows]) if len(rows) else np.array([])
        if len(set(y.tolist())) < 2:
            # No positives (or no negatives) for this attribute in the data given: fall back to the lexicon
            # signal alone rather than fit a model that can only say one thing.
            coef, b = _fallback_coefficients(attr, n_words)
            coefs.append(coef)
            intercepts.append(b)
            calib.append([1.0, 0.0])
            continue
        nb_cols = slice(len(vocab), n_words) if cfg.char_ngrams and attr in cfg.nb_heads else slice(0, 0)
        unread = [n_words + DENSE_FEATURES.index(f) for f, heads in HEAD_ONLY.items() if attr not in heads]
        coef, b, platt = fit_head(X, rows, y, weights[rows], cfg, nb_cols, n_words, unread)
        coefs.append(coef)
        intercepts.append(b)
        calib.append(platt)
    scorer = Scorer(vocab, vec.idf_, np.vstack(coefs), np.array(intercepts), np.array(calib), ATTRS,
                    lexicon=lexicon, char_idf=char_idf)
    if span_examples:
        scorer.span_words = learn_span_words(scorer, span_examples)
    return scorer


def fit_head(X: sparse.csr_matrix, rows: np.ndarray, y: np.ndarray, w: np.ndarray, cfg: TrainConfig,
             nb_cols: slice, n_learned: int, unread: Sequence[int] = ()) -> tuple[np.ndarray, float, list[float]]:
    """One attribute's logistic regression on ``X[rows]``: (weights on X's columns, intercept, Platt [a, b]).

    With ``cfg.nb_alpha`` > 0 the columns ``nb_cols`` are scaled by their NB log-count ratios where those are
    above 1 (normalised over the first ``n_learned`` columns) for the fit, and the weights returned are for the
    unscaled columns.  The columns ``unread`` are scaled by 0: the head gets no weight on them."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    Xa = X[rows]  # the labelled rows, sliced once
    scale = np.ones(X.shape[1])
    if cfg.nb_alpha > 0 and nb_cols.stop > nb_cols.start:
        # (ratios normalised over word and character columns together, as measured; only the characters' are
        # used: scaling the word columns too cost OLID 0.786 -> 0.770)
        scale[nb_cols] = np.maximum(nb_ratios(Xa[:, :n_learned], y, w, cfg.nb_alpha)[nb_cols], 1.0)
    scale[list(unread)] = 0.0
    if (scale != 1.0).any():
        Xa = Xa @ sparse.diags(scale, format="csr")
    clf = LogisticRegression(C=cfg.C, solver="liblinear", max_iter=2000)
    clf.fit(Xa, y, sample_weight=w)
    # Platt scaling on out-of-fold decision values.
    oof = np.zeros(len(rows))
    folds = StratifiedKFold(cfg.calibration_folds, shuffle=True, random_state=cfg.seed)
    for tr, te in folds.split(rows, y):
        m = LogisticRegression(C=cfg.C, solver="liblinear", max_iter=2000).fit(Xa[tr], y[tr], sample_weight=w[tr])
        oof[te] = m.decision_function(Xa[te])
    platt = LogisticRegression(C=1e4).fit(oof[:, None], y, sample_weight=w)
    # Weights on the unscaled columns (what the scorer reads): x . (coef * scale) == (x * scale) . coef
    return clf.coef_[0] * scale, float(clf.intercept_[0]), [platt.coef_[0, 0], platt.intercept_[0]]


def nb_ratios(X: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, alpha: float) -> np.ndarray:
    """Per column, the naive-Bayes log-count ratio log((p / |p|) / (q / |q|)), where p and q are ``alpha`` plus
    the weighted number of positive and negative rows the column is present in: > 0 for columns seen more in
    positives, < 0 for negatives, near 0 for columns that say nothing."""
    present = (X > 0).astype(np.float64)
    p = alpha + present.T @ (w * (y == 1))
    q = alpha + present.T @ (w * (y == 0))
    return np.log((p / p.sum()) / (q / q.sum()))


_FALLBACK_FEATURE = {"threat": "threat_phrase", "insult": "insult_word", "identity_attack": "slur",
                     "toxicity": "prof_sev3"}


def _fallback_coefficients(attr: str, n_words: int) -> tuple[np.ndarray, float]:
    """P = 0.02 without the attribute's lexicon signal, 0.7 with it (used only when labels are one-sided)."""
    coef = np.zeros(n_words + len(DENSE_FEATURES))
    b = float(np.log(0.02 / 0.98))
    coef[n_words + DENSE_FEATURES.index(_FALLBACK_FEATURE[attr])] = float(np.log(0.7 / 0.3)) - b
    return coef, b


def _tier_coefficients(rates: dict[int, float], n_words: int) -> tuple[np.ndarray, float]:
    """Profanity head: reads only the severity-tier flags, so topics that co-occur with swearing in the training
    sets cannot leak into it; sigmoid(b + w_t) equals the measured rate for tier t."""
    logit = lambda p: float(np.log(p / (1 - p)))  # noqa: E731
    coef = np.zeros(n_words + len(DENSE_FEATURES))
    b = logit(min(max(rates[0], 1e-3), 0.5))
    for t, name in zip((1, 2, 3), PROFANITY_FEATURES):
        coef[n_words + DENSE_FEATURES.index(name)] = logit(min(rates[t], 0.995)) - b
    return coef, b


# --- evaluation ------------------------------------------------------------------------------------------

def span_f1(pred: set[int], gold: set[int]) -> float:
    """SemEval-2021 Task 5 per-text F1 (1.0 when both are empty)."""
    if not pred and not gold:
        return 1.0
    if not pred or not gold:
        return 0.0
    tp = len(pred & gold)
    if tp == 0:
        return 0.0
    p, r = tp / len(pred), tp / len(gold)
    return 2 * p * r / (p + r)


def _offsets(spans) -> set[int]:
    out: set[int] = set()
    for s in spans:
        a, b = (s.start, s.end) if hasattr(s, "start") else s
        out.update(range(a, b))
    return out


def mean_span_f1(scorer: Scorer, examples: Sequence[Example]) -> float:
    results = scorer.score([e.text for e in examples])
    return float(np.mean([span_f1(_offsets(r.spans), _offsets(e.spans or [])) for r, e in zip(results, examples)]))


SPAN_RATES = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
SPAN_PRIOR = 5.0  # occurrences: a word seen once inside a span gets rate 1/6, not 1
SPAN_TUNE = 2000  # span-annotated comments kept aside to choose the rate


def span_rates(scorer: Scorer, examples: Sequence[Example]) -> dict[str, float]:
    """For each canonical word: how often it lies inside a gold span, (inside) / (occurrences + SPAN_PRIOR)."""
    inside: Counter = Counter()
    total: Counter = Counter()
    for a, e in zip(scorer.analyse([e.text for e in examples]), examples):
        gold = _offsets(e.spans or [])
        for tok, s0, s1 in a.tokens:
            total[tok] += 1
            if s1 > s0 and 2 * sum(o in gold for o in range(s0, s1)) >= s1 - s0:
                inside[tok] += 1
    return {w: inside[w] / (n + SPAN_PRIOR) for w, n in total.items() if inside[w]}


def learn_span_words(scorer: Scorer, examples: Sequence[Example]) -> frozenset[str]:
    """The words to mark as "toxic" spans: those inside gold spans at least a rate chosen for character F1.

    Rates come from all but the first SPAN_TUNE examples; the rate is chosen on those first ones.  Identity terms
    are never span words (naming an identity is not the offence)."""
    tune, rest = list(examples[:SPAN_TUNE]), list(examples[SPAN_TUNE:]) or list(examples)
    rates = span_rates(scorer, rest)
    best: tuple[float, frozenset[str]] = (-1.0, frozenset())
    for r in SPAN_RATES:
        scorer.span_words = frozenset(w for w, v in rates.items() if v >= r and w != IDENTITY_TOKEN)
        f = mean_span_f1(scorer, tune)
        if f > best[0]:
            best = (f, scorer.span_words)
    return best[1]


def roc_auc(y: Sequence[int], s: Sequence[float]) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, s))


def calibration(y: Sequence[int], p: Sequence[float], threshold: float = 0.8,
                bins: int = 10) -> dict[str, float]:
    """How far scores read as probabilities: expected calibration error (|share positive - mean score| over ten
    equal-width score bins, weighted by their rows), the share of rows at or above ``threshold``, and the share of
    positives among them (what a reviewer sees who holds everything above it; NaN when no row reaches it)."""
    y, p = np.asarray(y, dtype=np.float64), np.asarray(p, dtype=np.float64)
    which = np.minimum((p * bins).astype(int), bins - 1)
    gap = np.abs(np.bincount(which, weights=y, minlength=bins) - np.bincount(which, weights=p, minlength=bins))
    above = p >= threshold
    return {"ece": float(gap.sum() / len(y)), "share_above": float(above.mean()),
            "precision_above": float(y[above].mean()) if above.any() else float("nan")}


def paired_auc_difference(y: Sequence[int], a: Sequence[float], b: Sequence[float], n_boot: int = 200,
                          seed: int = 0) -> tuple[float, float, float]:
    """ROC AUC of ``a`` minus that of ``b`` on the same rows, with a 95% interval from a paired bootstrap
    (the rows are resampled together, so what both scorers find hard stays in every draw)."""
    from sklearn.metrics import roc_auc_score

    y, a, b = np.asarray(y), np.asarray(a), np.asarray(b)
    rnd = np.random.default_rng(seed)
    diffs = []
    for _ in range(n_boot):
        i = rnd.integers(0, len(y), len(y))
        if 0 < y[i].sum() < len(i):
            diffs.append(roc_auc_score(y[i], a[i]) - roc_auc_score(y[i], b[i]))
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    return float(roc_auc_score(y, a) - roc_auc_score(y, b)), float(lo), float(hi)


def attribute_metrics(scorer: Scorer, examples: Sequence[Example], thresholds: dict[str, float] | None = None) -> dict:
    """ROC AUC, PR AUC and F1 at threshold, per attribute and per dataset."""
    from sklearn.metrics import average_precision_score, f1_score, roc_auc_score

    thresholds = thresholds or {}
    results = scorer.score([e.text for e in examples])
    out: dict[str, dict] = {}
    for ds in sorted({e.dataset for e in examples}):
        idx = [i for i, e in enumerate(examples) if e.dataset == ds]
        for attr in ATTRS:
            pairs = [(examples[i].labels[attr], results[i].scores[attr]) for i in idx
                     if examples[i].labels.get(attr) is not None]
            ys = [y for y, _ in pairs]
            if len(set(ys)) < 2:
                continue
            ss = [s for _, s in pairs]
            t = thresholds.get(attr, 0.5)
            out.setdefault(ds, {})[attr] = {
                "n": len(ys), "positives": int(sum(ys)), "roc_auc": round(roc_auc_score(ys, ss), 4),
                "pr_auc": round(average_precision_score(ys, ss), 4),
                "f1": round(f1_score(ys, [int(s >= t) for s in ss]), 4), "threshold": t}
    return out
