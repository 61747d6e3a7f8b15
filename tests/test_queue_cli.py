"""``moderator queue add|export|stats`` end to end: raw and scored inputs in, reviewer decisions out to tune."""

import csv
import json

from moderator.store import Store

from conftest import FIXTURES, run_cli

DEMO = FIXTURES / "demo" / "comments.jsonl"
PAGE = FIXTURES / "pages" / "wordpress_scrape.txt"


def test_add_raw_page_keeps_article_context_and_scores(capsys, tmp_path):
    db = tmp_path / "q.db"
    code, _, err = run_cli(capsys, "queue", "--db", db, "add", PAGE, DEMO)
    assert code == 0, err
    assert "20 added, 0 already queued" in err
    s = Store(db)
    item = s.get("d2")
    assert item.article_id and s.article(item.article_id)["title"] == "Harbour Festival Returns After Three-Year Break"
    assert item.parent_id == "d1" and item.scores["toxicity"] > 0.5 and item.status == "pending"
    s.close()
    code, _, err = run_cli(capsys, "queue", "--db", db, "add", DEMO)
    assert "0 added, 16 already queued" in err


def test_scored_output_is_added_as_is(capsys, tmp_path):
    scored = tmp_path / "s.jsonl"
    assert run_cli(capsys, "score", DEMO, "-o", scored, "-q")[0] == 0
    db = tmp_path / "q.db"
    code, _, err = run_cli(capsys, "--config", tmp_path / "none.toml", "queue", "--db", db, "add", scored)
    assert code == 2 and "none.toml" in err  # a missing config is an error, not silently the defaults
    code, _, err = run_cli(capsys, "queue", "--db", db, "add", scored)
    assert code == 0 and "16 added" in err
    first = json.loads(scored.read_text().splitlines()[0])
    s = Store(db)
    assert s.get(first["id"]).scores == first["scores"]
    s.close()


def test_export_and_stats_after_decisions_feed_tune(capsys, tmp_path):
    db = tmp_path / "q.db"
    run_cli(capsys, "queue", "--db", db, "add", DEMO)
    s = Store(db)
    pending = [i.id for i in s.list()]
    for i, cid in enumerate(pending):
        s.decide("alice", cid, "reject" if i % 2 == 0 else "approve", "abusive" if i % 2 == 0 else None)
    s.close()
    out_csv = tmp_path / "decisions.csv"
    code, _, err = run_cli(capsys, "queue", "--db", db, "export", "--format", "csv", "-o", out_csv)
    assert code == 0 and "16 records exported" in err
    rows = list(csv.DictReader(open(out_csv, encoding="utf-8", newline="")))
    assert {r["id"] for r in rows if r["reviewer"] == "alice"} == set(pending)
    assert all(r["decision"] == "" for r in rows if r["reviewer"] == "auto")
    jsonl = tmp_path / "decisions.jsonl"
    run_cli(capsys, "queue", "--db", db, "export", "-o", jsonl)
    from moderator.cli import main

    capsys.readouterr()
    assert main(["tune", str(jsonl), "--plots", str(tmp_path / "p")]) == 0
    assert capsys.readouterr().out.startswith(f"{len(pending)} labelled records")  # reviewers' decisions only


def test_stats_lists_reviewers_and_reasons(capsys, tmp_path):
    from moderator.cli import main

    db = tmp_path / "q.db"
    main(["queue", "--db", str(db), "add", str(DEMO)])
    s = Store(db)
    s.decide("bob", s.list()[0].id, "reject", "spam")
    s.close()
    capsys.readouterr()
    assert main(["queue", "--db", str(db), "stats"]) == 0
    out = capsys.readouterr().out
    assert "reviewer: bob" in out and "reject" in out and "reason:   spam" in out and "status:   pending" in out


def test_scored_file_with_a_bad_line_names_it(capsys, tmp_path):
    scored = tmp_path / "s.jsonl"
    run_cli(capsys, "score", DEMO, "-o", scored, "-q")
    with open(scored, "a") as fh:
        fh.write('{"id": "x", "text": "t", "scores": {}, "decision": "review"\n')
    code, _, err = run_cli(capsys, "queue", "--db", tmp_path / "q.db", "add", scored)
    assert code == 2 and f"{scored}: line 17: not JSON" in err and "Traceback" not in err


def test_scored_file_with_a_line_that_is_not_utf8_names_it(capsys, tmp_path):
    scored = tmp_path / "s.jsonl"
    run_cli(capsys, "score", DEMO, "-o", scored, "-q")
    with open(scored, "ab") as fh:
        fh.write('{"id": "x", "text": "caf\xe9", "scores": {}, "decision": "review"}\n'.encode("latin-1"))
    code, _, err = run_cli(capsys, "queue", "--db", tmp_path / "q.db", "add", scored)
    assert code == 2 and f"{scored}: line 17: not UTF-8 text" in err and "Traceback" not in err
