from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from moderator.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = Path(os.environ.get("SHARED_DIR", ROOT.parent / "shared"))


@pytest.fixture(scope="module")
def scorer():
    """The shipped model, loaded once per test module."""
    from classifiers.model import Scorer

    return Scorer.load()


@pytest.fixture(scope="module")
def lex():
    from classifiers.lexicon import Lexicon

    return Lexicon.load()


def random_text(rnd, alphabet: str, lo: int, hi: int) -> str:
    """Between ``lo`` and ``hi`` characters drawn from ``alphabet`` (for tests against a reference definition)."""
    return "".join(rnd.choice(alphabet) for _ in range(rnd.randint(lo, hi)))


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    """Each test runs in a temp dir (no stray ./config.toml) with no MODERATOR_* variables set."""
    for var in list(os.environ):
        if var.startswith("MODERATOR_"):
            monkeypatch.delenv(var)
    monkeypatch.chdir(tmp_path)


def run_cli(capsys, *argv: str) -> tuple[int, list[dict], str]:
    """Run ``moderator`` in-process; return (exit code, JSONL records on stdout, stderr)."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    return code, records, err


def parse_file(capsys, path, *extra: str) -> list[dict]:
    code, records, err = run_cli(capsys, "parse", path, *extra)
    assert code == 0, err
    return records
