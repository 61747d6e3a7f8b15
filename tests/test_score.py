"""``moderator score``: fixture dumps to decisions, parallel and Dask paths, resume after a kill, CSV output."""

import csv
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from moderator.batch import run_score
from moderator.config import load_config

from conftest import FIXTURES, ROOT, run_cli

DUMP = FIXTURES / "dumps" / "comments.jsonl"


def _config(tmp_path, text=""):
    p = tmp_path / "site.toml"
    p.write_text(text)
    return p


def test_fixture_dump_to_decisions(capsys, tmp_path):
    cfg = _config(tmp_path, '[terms]\nwatched = ["library"]\n[authors]\nblocked = ["Gary"]\n')
    out = tmp_path / "scored.jsonl"
    code, _, err = run_cli(capsys, "--config", cfg, "score", DUMP, "-o", out)
    assert code == 0, err
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in recs] == ["c1", "c2", "c3", "c4", "5"]
    by_id = {r["id"]: r for r in recs}
    assert by_id["c2"]["decision"] == "reject" and "author:blocked" in by_id["c2"]["reasons"]
    assert by_id["5"]["decision"] == "review" and by_id["5"]["reasons"] == ["term:watched:library"]
    lib = by_id["5"]["text"].index("library")
    assert {"start": lib, "end": lib + 7, "label": "watched_term"} in by_id["5"]["spans"]
    assert by_id["c1"]["decision"] == "allow" and by_id["c1"]["reasons"] == []
    for r in recs:
        assert set(r["scores"]) == {"toxicity", "profanity", "hostility", "insult", "threat", "identity_attack"}
        assert all(0.0 <= v <= 1.0 for v in r["scores"].values())
        assert r["source"] and "author" in r and "posted_at" in r  # the parse fields come along
    assert "5 records read = 5 scored + 0 rejected" in err and "allow 3, review 1, reject 1" in err
    assert not (tmp_path / "scored.jsonl.part").exists() and not (tmp_path / "scored.jsonl.part.ckpt").exists()


def test_seed_like_profanity_is_held_and_pre_mode_holds_everything(capsys, tmp_path):
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"id": "1", "text": "Shut the fuck up America."}) + "\n"
                    + json.dumps({"id": "2", "text": "The vote was held in July."}) + "\n")
    code, recs, _ = run_cli(capsys, "score", dump, "-q")
    assert code == 0
    assert recs[0]["decision"] in ("review", "reject") and any(s["label"] == "profanity" for s in recs[0]["spans"])
    assert recs[1]["decision"] == "allow"
    code, recs, _ = run_cli(capsys, "score", dump, "-q", "--mode", "pre")
    assert recs[1]["decision"] == "review" and recs[1]["reasons"] == ["mode:pre"]


def test_bad_records_skip_accounts_for_every_record(capsys, tmp_path):
    out = tmp_path / "o.jsonl"
    code, _, err = run_cli(capsys, "score", FIXTURES / "bad" / "not_json.jsonl", "-o", out, "--on-error", "skip")
    assert code == 0
    written = out.read_text().splitlines()
    rejected = (tmp_path / "o.jsonl.errors.jsonl").read_text().splitlines()
    assert len(written) == 2 and len(rejected) == 4
    assert "6 records read = 2 scored + 4 rejected" in err
    code, _, err = run_cli(capsys, "score", FIXTURES / "bad" / "not_json.jsonl", "-o", tmp_path / "f.jsonl")
    assert code == 2 and "not_json.jsonl: line 2" in err and "Traceback" not in err
    assert not (tmp_path / "f.jsonl").exists()


def test_csv_output_round_trips(capsys, tmp_path):
    out = tmp_path / "o.csv"
    code, _, err = run_cli(capsys, "score", DUMP, "-o", out, "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(open(out, newline="", encoding="utf-8")))
    assert [r["id"] for r in rows] == ["c1", "c2", "c3", "c4", "5"]
    assert rows[2]["text"].startswith("Paragraph one.\n\nParagraph two")  # embedded newlines survive
    assert all(r["decision"] in ("allow", "review", "reject") for r in rows)
    assert isinstance(json.loads(rows[1]["spans"]), list)


def _big_dump(path, n):
    words = "council vote lanes great article idiot stupid shit thanks library harbour".split()
    with open(path, "w") as fh:
        for i in range(n):
            text = " ".join(words[(i * 7 + k * 3) % len(words)] for k in range(8 + i % 9))
            fh.write(json.dumps({"id": f"c{i}", "author": f"u{i % 31}", "text": text}) + "\n")


def _serial(tmp_path, dump):
    out = tmp_path / "serial.jsonl"
    run_score([str(dump)], load_config(None, env={}), output=str(out))
    return out.read_text()


def test_joblib_jobs_match_serial_output_and_order(tmp_path):
    dump = tmp_path / "d.jsonl"
    _big_dump(dump, 1500)
    config = load_config(_config(tmp_path, "[scoring]\nbatch_size = 100\n"), env={})
    out = tmp_path / "par.jsonl"
    summary = run_score([str(dump)], config, output=str(out), jobs=2)
    assert summary.stats.read == 1500 and sum(summary.decisions.values()) == 1500
    assert out.read_text() == _serial(tmp_path, dump)


def test_dask_local_cluster_matches_serial(tmp_path):
    distributed = pytest.importorskip("distributed")
    dump = tmp_path / "d.jsonl"
    _big_dump(dump, 600)
    config = load_config(_config(tmp_path, "[scoring]\nbatch_size = 50\n"), env={})
    out = tmp_path / "dask.jsonl"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                                  processes=True) as cluster:
        summary = run_score([str(dump)], config, output=str(out), dask_address=cluster.scheduler_address)
    assert sum(summary.decisions.values()) == 600
    assert out.read_text() == _serial(tmp_path, dump)


def test_dask_unreachable_is_one_clear_error(capsys, tmp_path):
    code, _, err = run_cli(capsys, "score", DUMP, "-o", tmp_path / "o.jsonl", "--dask", "tcp://127.0.0.1:9")
    assert code == 2 and "dask: cannot connect to tcp://127.0.0.1:9" in err


def test_resume_after_kill_loses_nothing_and_repeats_nothing(tmp_path):
    dump = tmp_path / "d.jsonl"
    n = 20_000
    _big_dump(dump, n)
    cfg = _config(tmp_path, "[scoring]\nbatch_size = 64\n")
    out = tmp_path / "o.jsonl"
    cmd = [sys.executable, "-m", "moderator.cli", "--config", str(cfg), "score", str(dump), "-o", str(out), "-q"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("MODERATOR_")}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
    ckpt = tmp_path / "o.jsonl.part.ckpt"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if ckpt.exists() and json.loads(ckpt.read_text() or "{}").get("records", 0) >= 640:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed; make the dump bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = json.loads(ckpt.read_text())["records"]
    assert 0 < done_before < n and not out.exists()
    result = subprocess.run(cmd + ["--resume"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert ids == [f"c{i}" for i in range(n)]
    assert not ckpt.exists()


def test_resume_needs_an_output_file(capsys):
    code, _, err = run_cli(capsys, "score", DUMP, "--resume")
    assert code == 2 and "--resume needs an output file" in err
