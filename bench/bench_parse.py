"""Parsing speed benchmark (run on demand, not a test): 1M JSONL comments, records/s and peak memory.

    .venv/bin/python bench/bench_parse.py [--records N]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from moderator.config import Config  # noqa: E402
from moderator.parsing import ParseStats, parse_input  # noqa: E402
from moderator.records import dumps  # noqa: E402


def make_dump(path: Path, n: int) -> None:
    words = "the council approved new cycle lanes and traders fear the loss of parking spaces".split()
    with open(path, "w") as fh:
        for i in range(n):
            text = " ".join(words[(i + k) % len(words)] for k in range(8 + i % 30))
            fh.write(json.dumps({"id": f"c{i}", "parent_id": f"c{i - 1}" if i % 3 else None, "author": f"user{i % 5000}",
                                 "text": text, "created_at": 1_700_000_000 + i, "likes": i % 17}) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=1_000_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dump.jsonl"
        t0 = time.perf_counter()
        make_dump(path, args.records)
        size = path.stat().st_size
        print(f"generated {args.records:,} records ({size / 1e6:.0f} MB) in {time.perf_counter() - t0:.1f} s")
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        stats = ParseStats()
        t0 = time.perf_counter()
        with open(Path(tmp) / "out.jsonl", "w") as out:
            for rec in parse_input(str(path), Config(), stats=stats):
                out.write(dumps(rec) + "\n")
        elapsed = time.perf_counter() - t0
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"parsed+written {stats.written:,} records in {elapsed:.1f} s: {stats.written / elapsed:,.0f} records/s, "
          f"{size / 1e6 / elapsed:.1f} MB/s")
    print(f"peak RSS {rss_after / 1024:.0f} MB (before parsing {rss_before / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
