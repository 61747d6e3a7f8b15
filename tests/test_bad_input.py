"""Bad input: one clear line naming file and line/record, exit 2, no traceback; with skip, nothing unaccounted."""

import json
import re
import subprocess
import sys

import pytest

from conftest import FIXTURES, ROOT, run_cli

BAD = FIXTURES / "bad"

# (fixture, words the one-line error must contain, location it must name or None for whole-file errors)
CASES = [
    ("truncated.wxr.xml", "malformed or truncated", "line 21"),
    ("invalid_utf8.jsonl", "invalid UTF-8", "line 2"),
    ("invalid_utf8.txt", "invalid UTF-8", "line 3"),
    ("binary.bin", "binary file", None),
    ("broken_quote.csv", "broken quote", "line 3"),
    ("not_json.jsonl", "not valid JSON", "line 2"),
    ("empty.jsonl", "file is empty", None),
    ("billion_laughs.xml", "entity-expansion", None),
]


@pytest.mark.parametrize("name,words,location", CASES)
def test_bad_input_fails_with_one_clear_line(capsys, name, words, location):
    code, recs, err = run_cli(capsys, "parse", BAD / name)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"moderator: error: {BAD / name}: ")
    assert words in lines[0]
    if location:
        assert f": {location}" in lines[0]
    assert "Traceback" not in err


def test_no_traceback_from_the_real_command():
    proc = subprocess.run([sys.executable, "-m", "moderator.cli", "parse", str(BAD / "broken_quote.csv")],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "broken_quote.csv: line 3" in proc.stderr


SKIP_CASES = [
    # fixture, records read, written, rejected, other (articles)
    ("not_json.jsonl", 6, 2, 4, 0),
    ("invalid_utf8.jsonl", 3, 2, 1, 0),
    ("broken_quote.csv", 4, 3, 1, 0),
    ("truncated.wxr.xml", 3, 1, 1, 1),
]


@pytest.mark.parametrize("name,read,written,rejected,other", SKIP_CASES)
def test_skip_accounts_for_every_record(tmp_path, capsys, name, read, written, rejected, other):
    out, report = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code, _, err = run_cli(capsys, "parse", BAD / name, "--on-error", "skip", "-o", out, "--errors", report)
    assert code == 0, err
    assert len(out.read_text().splitlines()) == written
    rejects = [json.loads(line) for line in report.read_text().splitlines()]
    assert len(rejects) == rejected
    assert all(r["file"] == str(BAD / name) and re.match(r"(line|item|post|record) ", r["location"]) for r in rejects)
    m = re.search(r"(\d+) records? read = (\d+) comments? written \+ (\d+) rejected(?: \+ (\d+))?", err)
    assert m, err
    assert [int(g or 0) for g in m.groups()] == [read, written, rejected, other]
    assert read == written + rejected + other


def test_broken_quote_resyncs_on_next_line(tmp_path, capsys):
    out = tmp_path / "o.jsonl"
    run_cli(capsys, "parse", BAD / "broken_quote.csv", "--on-error", "skip", "-o", out, "--errors", tmp_path / "e")
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert ids == ["r1", "r3", "r4"]


def test_fifty_megabyte_single_line(tmp_path, capsys):
    big = tmp_path / "big.jsonl"
    with open(big, "wb") as fh:
        fh.write(b'{"id": "a", "text": "before"}\n')
        fh.write(b'{"id": "huge", "text": "' + b"x" * (50 * 1024 * 1024) + b'"}\n')
        fh.write(b'{"id": "b", "text": "after"}\n')
    code, _, err = run_cli(capsys, "parse", big)
    assert code == 2 and f"{big}: line 2: record is 50.0 MB, over the 10.0 MB limit" in err
    out = tmp_path / "o.jsonl"
    code, _, err = run_cli(capsys, "parse", big, "--on-error", "skip", "-o", out, "--errors", tmp_path / "e.jsonl")
    assert code == 0 and [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["a", "b"]
    assert "3 records read = 2 comments written + 1 rejected" in err


def test_fifty_megabyte_page_is_refused(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_bytes(b"Title\n\n" + b"word " * (11 * 1024 * 1024))
    code, _, err = run_cli(capsys, "parse", page)
    assert code == 2 and "larger than the 50.0 MB limit" in err


def test_failed_run_leaves_no_partial_output(tmp_path, capsys):
    out = tmp_path / "o.jsonl"
    code, _, _ = run_cli(capsys, "parse", BAD / "not_json.jsonl", "-o", out)
    assert code == 2 and not out.exists() and not (tmp_path / "o.jsonl.part").exists()


def test_missing_file_and_directory(tmp_path, capsys):
    code, _, err = run_cli(capsys, "parse", tmp_path / "nope.jsonl")
    assert code == 2 and "no such file" in err
    code, _, err = run_cli(capsys, "parse", tmp_path)
    assert code == 2 and "is a directory" in err


def test_corrupt_zst(tmp_path, capsys):
    good = (FIXTURES / "dumps" / "reddit.ndjson.zst").read_bytes()
    bad = tmp_path / "cut.ndjson.zst"
    bad.write_bytes(good[: len(good) // 2])
    code, _, err = run_cli(capsys, "parse", bad)
    assert code == 2 and str(bad) in err and "Traceback" not in err
