"""``moderator tune``: thresholds from labelled data or reviewers' decisions.

Per attribute, from the precision-recall trade-off of its scores against the labels:

* **reject** at the lowest threshold whose precision (share of auto-rejected comments that deserved it) meets
  ``target_precision``; 1.0 (off) when no threshold does;
* **review** at the highest threshold at or below it whose recall reaches ``review_recall`` (so the review band
  plus the rejects catch that share of the bad comments); with a ``review_budget`` (comments a day the reviewers
  can read) the band is narrowed until it fits, and the recall given up is reported.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .config import SCORE_ATTRIBUTES
from .labelled import Labelled


@dataclass(slots=True)
class Curve:
    thresholds: np.ndarray  # descending unique scores
    precision: np.ndarray   # precision of "score >= t"
    recall: np.ndarray
    flagged: np.ndarray     # how many rows have score >= t


@dataclass(slots=True)
class Choice:
    attribute: str
    n: int
    positives: int
    reject: float
    reject_precision: float
    reject_recall: float
    review: float
    review_recall: float
    review_per_day: float
    note: str = ""


def curve(y: np.ndarray, s: np.ndarray) -> Curve:
    order = np.argsort(-s, kind="stable")
    s, y = s[order], y[order]
    last = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]  # last index of each run of equal scores
    tp = np.cumsum(y)[last]
    flagged = last + 1
    return Curve(s[last], tp / flagged, tp / max(y.sum(), 1), flagged)


def _ceil(x: float) -> float:
    return min(1.0, math.ceil(x * 1000 - 1e-9) / 1000)


def _floor(x: float) -> float:
    return max(0.0, math.floor(x * 1000 + 1e-9) / 1000)


def choose(attr: str, y: np.ndarray, s: np.ndarray, target_precision: float, review_recall: float,
           review_budget: float | None, daily_volume: float) -> Choice:
    c = curve(y, s)
    n, pos = len(y), int(y.sum())
    at = lambda t: s >= t  # noqa: E731 - rows flagged at threshold t

    ok = np.flatnonzero(c.precision >= target_precision)
    # The lowest threshold meeting the precision target (the deepest point of the curve where it still holds),
    # rounded up to 0.001 so that what is written to config.toml flags no more than what was measured.
    # Rounding can move across a run of scores, so the rounded threshold is checked again.
    reject = 1.0
    for k in ok[::-1]:
        t = _ceil(c.thresholds[k])
        if t < 1.0 and at(t).any() and y[at(t)].mean() >= target_precision:
            reject = t
            break
    rej = at(reject) if reject < 1.0 else np.zeros(n, bool)
    rp = float(y[rej].mean()) if rej.any() else float("nan")
    rr = float(y[rej].sum() / max(pos, 1))
    scale = daily_volume / n

    def band(t: float) -> int:
        return int((at(t) & ~rej).sum())

    reach = np.flatnonzero(c.recall >= review_recall)
    j = int(reach.min()) if len(reach) else len(c.thresholds) - 1
    review = min(_floor(c.thresholds[j]), reject)
    note = ""
    if review_budget is not None and band(review) * scale > review_budget:
        while j > 0 and band(min(_floor(c.thresholds[j]), reject)) * scale > review_budget:
            j -= 1
        review = min(_floor(c.thresholds[j]), reject)
        if band(review) * scale > review_budget:
            review = reject  # not even the narrowest band fits: no review band
        note = f"budget: review recall {y[at(review)].sum() / max(pos, 1):.2f} instead of {review_recall:.2f}"
    recall = float(y[at(review)].sum() / max(pos, 1))
    return Choice(attr, n, pos, reject, rp, rr, review, recall, band(review) * scale, note)


def tune(records: list[Labelled], scores: np.ndarray, target_precision: float = 0.95, review_recall: float = 0.9,
         review_budget: float | None = None, daily_volume: float | None = None) -> tuple[list[Choice], dict]:
    """Choose thresholds for every attribute with both classes present; also return the curves for plots."""
    choices, curves = [], {}
    for k, attr in enumerate(SCORE_ATTRIBUTES):
        idx = [i for i, r in enumerate(records) if attr in r.labels]
        if not idx:
            continue
        y = np.array([records[i].labels[attr] for i in idx], dtype=np.int64)
        s = scores[idx, k]
        if y.min() == y.max():
            continue
        choices.append(choose(attr, y, s, target_precision, review_recall, review_budget, daily_volume or len(y)))
        curves[attr] = curve(y, s)
    return choices, curves


def report(choices: list[Choice], current: dict[str, tuple[float, float]]) -> str:
    lines = [f"{'attribute':<16}{'n':>7}{'bad':>6}  {'reject':>7}{'prec':>6}{'recall':>7}  {'review':>7}"
             f"{'recall':>7}{'band/day':>9}  {'now (review/reject)':<20}"]
    for c in choices:
        now = current.get(c.attribute)
        rp = "  -" if math.isnan(c.reject_precision) else f"{c.reject_precision:.2f}"
        lines.append(f"{c.attribute:<16}{c.n:>7}{c.positives:>6}  {c.reject:>7.3f}{rp:>6}{c.reject_recall:>7.2f}  "
                     f"{c.review:>7.3f}{c.review_recall:>7.2f}{c.review_per_day:>9.0f}  "
                     f"{(f'{now[0]:g} / {now[1]:g}' if now else ''):<20}{c.note}")
    return "\n".join(lines)


def ascii_plot(cv: Curve, attr: str, width: int = 48, height: int = 12) -> str:
    """The precision-recall curve as text: recall across, precision up."""
    grid = [[" "] * width for _ in range(height)]
    for p, r in zip(cv.precision, cv.recall):
        x = min(width - 1, int(r * (width - 1) + 0.5))
        yy = min(height - 1, int(p * (height - 1) + 0.5))
        grid[height - 1 - yy][x] = "*"
    rows = [f"{attr}: precision (up) vs recall (across)"]
    for i, row in enumerate(grid):
        label = f"{1 - i / (height - 1):4.2f}" if i in (0, height // 2, height - 1) else "    "
        rows.append(f"{label} |{''.join(row)}")
    rows.append("     +" + "-" * width)
    rows.append("      0" + " " * (width - 4) + "1.0")
    return "\n".join(rows)


def save_plot(cv: Curve, choice: Choice, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 4), dpi=100)
    ax.plot(cv.recall, cv.precision, lw=1.5)
    for t, name, color in ((choice.reject, "reject", "tab:red"), (choice.review, "review", "tab:orange")):
        k = np.flatnonzero(cv.thresholds >= t)
        if len(k):
            i = k.max()
            ax.scatter([cv.recall[i]], [cv.precision[i]], color=color, zorder=3, label=f"{name} >= {t:.3f}")
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_title(f"{choice.attribute} (n={choice.n}, bad={choice.positives})")
    ax.legend(loc="lower left")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)


def write_thresholds(config_path: Path, choices: list[Choice]) -> str:
    """Set ``[review]``/``[reject]`` in ``config_path`` keeping comments and layout; return the unified diff."""
    import tomlkit

    before = config_path.read_text(encoding="utf-8") if config_path.exists() else ""
    doc = tomlkit.parse(before)
    for section in ("review", "reject"):
        if section not in doc:
            doc[section] = tomlkit.table()
    for c in choices:
        doc["review"][c.attribute] = c.review
        doc["reject"][c.attribute] = c.reject
    after = tomlkit.dumps(doc)
    config_path.write_text(after, encoding="utf-8")
    return "".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True), str(config_path),
                                        str(config_path)))
