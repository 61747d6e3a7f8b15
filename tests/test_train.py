"""Training: ``moderator train`` on a user's labelled file, and the NB-LR scaling of the character block."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from classifiers.commands import train_command
from classifiers.model import Scorer
from classifiers.train import HEAD_ONLY, TrainConfig, fit_head, nb_ratios, roc_auc

LABELLED = Path(__file__).resolve().parent.parent / "fixtures" / "labelled" / "comments_labelled.csv"


def test_nb_ratios_point_at_the_class_a_column_is_seen_in():
    # columns: only in positives, only in negatives, in every row
    X = sparse.csr_matrix(np.array([[1, 0, 1], [1, 0, 1], [0, 1, 1], [0, 1, 1], [0, 1, 1]], dtype=np.float32))
    y = np.array([1, 1, 0, 0, 0])
    r = nb_ratios(X, y, np.ones(5), alpha=1.0)
    assert r[0] > 0 > r[1]
    assert abs(r[2]) < min(r[0], -r[1])
    # weights count as rows: the same data with the negatives weighing 2/3 as much gives the same ratios as
    # two negative rows
    r_w = nb_ratios(X, y, np.array([1, 1, 2 / 3, 2 / 3, 2 / 3]), alpha=1.0)
    r_2 = nb_ratios(X[:4], y[:4], np.ones(4), alpha=1.0)
    np.testing.assert_allclose(r_w, r_2)


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> tuple[Path, Scorer]:
    out = tmp_path_factory.mktemp("model")
    scorer = train_command(LABELLED, out, [], log=open("/dev/null", "w"))
    return out, scorer


def test_train_on_a_labelled_csv_writes_a_model_that_loads_and_ranks_its_rows(trained):
    out, scorer = trained
    meta = json.loads((out / "model.json").read_text())
    assert meta["train_config"]["nb_alpha"] > 0
    assert meta["data_sha256"].keys() == {LABELLED.name}
    loaded = Scorer.load(out)
    rows = list(csv.DictReader(LABELLED.open(encoding="utf-8")))
    texts = [r["text"] for r in rows]
    got = [s.scores["toxicity"] for s in loaded.score(texts)]
    # what was saved is what was trained (weights are stored as float16)
    assert got == pytest.approx([s.scores["toxicity"] for s in scorer.score(texts)], abs=2e-3)
    assert roc_auc([int(r["toxicity"]) for r in rows], got) > 0.9


def test_nb_scaled_fit_returns_weights_for_the_unscaled_columns():
    """fit_head scales some columns for the fit; the scorer reads unscaled ones, so x . coef + b must equal
    sklearn's decision value on the scaled row."""
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(0)
    X = sparse.random(300, 40, density=0.2, format="csr", random_state=1, dtype=np.float64)
    y = (X[:, 8:14].sum(axis=1).A1 + 0.3 * rng.standard_normal(300) > 0.5).astype(int)
    rows, w = np.arange(300), np.ones(300)
    cfg = TrainConfig(nb_alpha=1.0, C=0.5, calibration_folds=2)
    coef, b, _ = fit_head(X, rows, y, w, cfg, slice(10, 40), 40)
    scale = np.ones(40)
    scale[10:] = np.maximum(nb_ratios(X, y, w, 1.0)[10:], 1.0)
    assert (scale[10:] > 1).any() and (scale[10:] == 1).any()
    ref = LogisticRegression(C=0.5, solver="liblinear", max_iter=2000).fit(X @ sparse.diags(scale), y, sample_weight=w)
    np.testing.assert_allclose(X @ coef + b, ref.decision_function(X @ sparse.diags(scale)), rtol=1e-6, atol=1e-8)
    plain, _, _ = fit_head(X, rows, y, w, TrainConfig(nb_alpha=0.0, C=0.5, calibration_folds=2), slice(10, 40), 40)
    assert not np.allclose(plain, coef)  # the scaling changed the fit


def test_unread_columns_get_no_weight_and_the_rest_are_fitted_as_without_them():
    """fit_head's ``unread`` columns (HEAD_ONLY: the insult phrase signal outside the insult head) get weight 0, and
    the other weights are the fit without those columns."""
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(3)
    X = sparse.random(300, 20, density=0.3, format="csr", random_state=2, dtype=np.float64)
    y = (X[:, 5].toarray().ravel() + X[:, 6].toarray().ravel() + 0.2 * rng.standard_normal(300) > 0.4).astype(int)
    rows, w = np.arange(300), np.ones(300)
    cfg = TrainConfig(nb_alpha=0.0, C=0.5, calibration_folds=2)
    read, _, _ = fit_head(X, rows, y, w, cfg, slice(0, 0), 20)
    coef, b, _ = fit_head(X, rows, y, w, cfg, slice(0, 0), 20, unread=[5])
    assert read[5] > 0.5 and coef[5] == 0.0
    keep = [k for k in range(20) if k != 5]
    ref = LogisticRegression(C=0.5, solver="liblinear", max_iter=2000).fit(X[:, keep], y, sample_weight=w)
    np.testing.assert_allclose(coef[keep], ref.coef_[0], rtol=1e-5, atol=1e-7)
    assert HEAD_ONLY == {"insult_phrase": ("insult",), "obfuscated": ()}


@pytest.mark.parametrize("name,content,message", [
    ("bad.jsonl", '{"text": "hi", "toxicity": 0}\n\n{"text": oops\n', "bad.jsonl: line 3: not JSON"),
    ("bad.csv", "text,toxicity\nhello,0\nyou idiot,maybe\n", "bad.csv: line 3: toxicity: expected 0/1"),
    ("list.jsonl", '["text", 1]\n', "list.jsonl: line 1: expected a JSON object"),
    ("nolabels.csv", "a,b\n1,2\n", "nolabels.csv: no labelled records"),
    ("latin1.csv", "text,toxicity\ncaf\xe9,0\n", "latin1.csv: not UTF-8"),
])
def test_bad_labelled_file_is_one_clear_error(tmp_path, capsys, name, content, message):
    from moderator.cli import main

    path = tmp_path / name
    path.write_bytes(content.encode("latin-1"))
    assert main(["train", "--data", str(path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_records_without_labels_are_counted_not_lost(tmp_path):
    from classifiers.datasets import load_user_file

    path = tmp_path / "mixed.csv"
    path.write_text("text,toxicity\nfine comment,0\nno label here,\n,1\nyou idiot,1\n", encoding="utf-8")
    counts: dict = {}
    got = load_user_file(path, counts)
    assert [e.text for e in got] == ["fine comment", "you idiot"]
    assert counts == {"read": 4, "used": 2, "unlabelled": 2}


def test_eval_takes_f1_at_the_configured_review_thresholds(tmp_path, capsys):
    from moderator.cli import main

    cfg = tmp_path / "config.toml"
    cfg.write_text("[review]\ntoxicity = 0.9\ninsult = 0.3\n", encoding="utf-8")
    assert main(["eval", "--data", str(LABELLED), "--config", str(cfg)]) == 0
    rows = {ln.split()[1]: ln.split() for ln in capsys.readouterr().out.splitlines()[1:]}
    assert rows["toxicity"][-1] == "0.90" and rows["insult"][-1] == "0.30"
    assert main(["eval", "--data", str(LABELLED), "--config", str(cfg), "--threshold", "0.7"]) == 0
    rows = {ln.split()[1]: ln.split() for ln in capsys.readouterr().out.splitlines()[1:]}
    assert rows["toxicity"][-1] == "0.70" and rows["insult"][-1] == "0.70"


def test_paired_auc_difference_interval():
    import numpy as np

    from classifiers.train import paired_auc_difference

    rnd = np.random.default_rng(3)
    y = rnd.integers(0, 2, 600)
    good = y + rnd.normal(0, 0.6, 600)   # ranks most rows right
    noise = rnd.normal(0, 1, 600)        # ranks at chance
    diff, lo, hi = paired_auc_difference(y, good, noise)
    assert 0 < lo < diff < hi            # clearly better: the interval stays above 0
    diff, lo, hi = paired_auc_difference(y, good, good + rnd.normal(0, 1e-3, 600))
    assert lo <= 0 <= hi and abs(diff) < 0.01  # the same scorer, jittered: no difference to tell


def test_training_commit_says_dirty_when_the_code_differs_from_it(tmp_path):
    import subprocess

    from classifiers.train import git_commit

    assert git_commit(tmp_path) == "unknown"  # not a repository
    git = lambda *a: subprocess.run(["git", *a], cwd=tmp_path, check=True, capture_output=True)  # noqa: E731
    git("init", "-q")
    (tmp_path / "classifiers" / "weights").mkdir(parents=True)
    (tmp_path / "classifiers" / "train.py").write_text("x = 1\n")
    (tmp_path / "classifiers" / "weights" / "model.json").write_text("{}\n")
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "c")
    clean = git_commit(tmp_path)
    assert len(clean) == 40 and not clean.endswith("-dirty")
    (tmp_path / "classifiers" / "weights" / "model.json").write_text('{"new": 1}\n')  # the weights being written
    assert git_commit(tmp_path) == clean
    (tmp_path / "classifiers" / "train.py").write_text("x = 2\n")
    assert git_commit(tmp_path) == clean + "-dirty"


def test_calibration_figures_by_hand():
    from classifiers.train import calibration

    # Bin [0.1, 0.2): scores 0.1, 0.1, labels 0, 1 -> |1 - 0.2| = 0.8; bin [0.9, 1]: 0.9, 0.9, labels 1, 1 ->
    # |2 - 1.8| = 0.2; ECE = (0.8 + 0.2) / 4 = 0.25.  Above 0.8: two rows of four, both positive.
    got = calibration([0, 1, 1, 1], [0.1, 0.1, 0.9, 0.9])
    assert abs(got["ece"] - 0.25) < 1e-9 and got["share_above"] == 0.5 and got["precision_above"] == 1.0
    perfect = calibration([0, 0, 1, 1], [0.0, 0.0, 1.0, 1.0])
    assert perfect["ece"] == 0.0
    assert np.isnan(calibration([0, 1], [0.2, 0.3])["precision_above"])
