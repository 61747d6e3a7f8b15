"""``moderator tune``: thresholds that meet the targets, plots, and --write keeping config.toml's comments."""

import shutil

import numpy as np
import tomllib

from moderator.config import load_config
from moderator.tune import choose, curve

from conftest import FIXTURES, ROOT, run_cli  # noqa: F401

LABELLED = FIXTURES / "labelled" / "comments_labelled.csv"


def test_curve_matches_brute_force():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 300)
    s = np.round(rng.random(300), 2)
    c = curve(y, s)
    for t, p, r, f in zip(c.thresholds, c.precision, c.recall, c.flagged):
        m = s >= t
        assert f == m.sum() and np.isclose(p, y[m].mean()) and np.isclose(r, y[m].sum() / y.sum())


def test_chosen_thresholds_meet_the_targets():
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 2000)
    s = np.clip(0.35 * y + rng.normal(0.35, 0.18, 2000), 0, 1)
    c = choose("toxicity", y, s, target_precision=0.9, review_recall=0.8, review_budget=None, daily_volume=2000)
    rej = s >= c.reject
    assert y[rej].mean() >= 0.9 and c.reject < 1.0
    assert y[s >= c.review].sum() / y.sum() >= 0.8 and c.review <= c.reject
    # The reject threshold is the lowest that holds: a step below drops under the target (or flags nothing new).
    lower = s >= c.reject - 0.01
    assert y[lower].mean() < 0.9 or lower.sum() == rej.sum()
    budget = choose("toxicity", y, s, 0.9, 0.8, review_budget=100, daily_volume=2000)
    assert ((s >= budget.review) & (s < budget.reject)).sum() <= 100 and "budget" in budget.note


def test_tune_command_prints_plots_and_writes_config(capsys, tmp_path):
    cfg = tmp_path / "config.toml"
    shutil.copy(ROOT / "config.toml", cfg)
    before = cfg.read_text()
    from moderator.cli import main

    assert main(["--config", str(cfg), "tune", str(LABELLED), "--target-precision", "0.9",
                 "--plots", str(tmp_path / "plots"), "--write"]) == 0
    assert (tmp_path / "plots" / "pr_toxicity.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "plots" / "pr_insult.png").exists()
    after = cfg.read_text()
    assert after != before
    # Comments and layout kept: every comment line of the shipped file is still there.
    assert [ln for ln in before.splitlines() if ln.startswith("#")] == \
        [ln for ln in after.splitlines() if ln.startswith("#")]
    new = tomllib.loads(after)
    config = load_config(cfg, env={})
    assert config.review.toxicity == new["review"]["toxicity"] <= new["reject"]["toxicity"]
    assert new["moderation"] == tomllib.loads(before)["moderation"]


def test_tune_report_and_diff_on_stdout(capsys, tmp_path):
    cfg = tmp_path / "config.toml"
    shutil.copy(ROOT / "config.toml", cfg)
    from moderator.cli import main

    assert main(["--config", str(cfg), "tune", str(LABELLED), "--plots", str(tmp_path / "p"), "--write"]) == 0
    out = capsys.readouterr().out
    assert "toxicity" in out and "insult" in out and "precision (up) vs recall" in out
    assert "--- " in out and "+toxicity = " in out


def test_tune_from_reviewer_decisions(capsys, tmp_path):
    from moderator.cli import main

    assert main(["tune", str(FIXTURES / "labelled" / "decisions.jsonl"), "--plots", str(tmp_path / "p")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("7 labelled records")  # the pending one is not a label


def test_bad_label_names_file_and_line(capsys, tmp_path):
    code, _, err = run_cli(capsys, "tune", FIXTURES / "bad" / "bad_labels.csv", "--plots", tmp_path / "p")
    assert code == 2
    assert err.strip() == f"moderator: error: {FIXTURES / 'bad' / 'bad_labels.csv'}: line 3: " \
                          "toxicity: expected 0/1 or a probability, got 'maybe'"
