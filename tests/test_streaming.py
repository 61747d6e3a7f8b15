"""Parsing streams: memory does not grow with the size of a dump."""

import json
import tracemalloc

from moderator.config import Config
from moderator.parsing import ParseStats, parse_input


def _write_jsonl(path, n):
    with open(path, "w") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"c{i}", "parent_id": None, "author": f"user{i % 97}",
                                 "text": f"comment number {i} " + "lorem ipsum " * 20, "created_at": 1700000000 + i}) + "\n")


def _peak(path) -> tuple[int, int]:
    stats = ParseStats()
    tracemalloc.start()
    count = sum(1 for _ in parse_input(str(path), Config(), stats=stats))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return count, peak


def test_memory_flat_in_dump_size(tmp_path):
    small, large = tmp_path / "s.jsonl", tmp_path / "l.jsonl"
    _write_jsonl(small, 2_000)
    _write_jsonl(large, 40_000)
    n_small, peak_small = _peak(small)
    n_large, peak_large = _peak(large)
    assert (n_small, n_large) == (2_000, 40_000)
    # 20x the records must not mean more than a small constant more memory.
    assert peak_large < peak_small + 2 * 1024 * 1024, (peak_small, peak_large)
