"""Batch scoring throughput and memory: ``moderator score`` with 1 and 2 joblib workers and on a Dask cluster.

    .venv/bin/python bench/bench_batch.py [--n 200000]

Generates N comments (JSONL, mixed clean and abusive text of realistic length), runs the real command on them for
each executor, and prints comments/s, the ratio to one worker, and the peak resident memory of the whole process
tree (the main process plus its workers, sampled from /proc every 0.1 s).  Run on demand; not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("the council vote on new cycle lanes was close and the mayor said residents would be consulted again "
         "great article thanks for the update you are an idiot stupid shit fucking clown library harbour "
         "festival parking bus timetable budget school nobody asked you moron").split()


def make_dump(path: Path, n: int) -> None:
    rnd = random.Random(3)
    with open(path, "w") as fh:
        for i in range(n):
            text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(5, 45)))
            fh.write(json.dumps({"id": f"c{i}", "author": f"user{i % 997}", "text": text}) + "\n")


def _tree_rss_kb(pid: int) -> int:
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in open(f"/proc/{p}/status"):
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def run(cmd: list[str]) -> tuple[float, float]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_kb(proc.pid))
        time.sleep(0.1)
    err = proc.stderr.read()
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{err}")
    return time.perf_counter() - t0, peak / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--dask-workers", type=int, default=2)
    args = ap.parse_args()
    exe = str(Path(sys.executable).parent / "moderator")
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "dump.jsonl"
        make_dump(dump, args.n)
        print(f"{args.n:,} comments, {dump.stat().st_size / 1e6:.0f} MB JSONL")
        base = [exe, "score", str(dump), "-o", str(Path(tmp) / "out.jsonl"), "-q"]
        rows = {}
        for name, extra in (("1 worker", []), ("2 joblib workers", ["--jobs", "2"])):
            rows[name] = run(base + extra)
        from distributed import LocalCluster

        with LocalCluster(n_workers=args.dask_workers, threads_per_worker=1, host="127.0.0.1",
                          dashboard_address=None) as cluster:
            rows[f"dask, {args.dask_workers} workers"] = run(base + ["--dask", cluster.scheduler_address])
    one = args.n / rows["1 worker"][0]
    print(f"{'':<22}{'comments/s':>12}{'x 1 worker':>12}{'peak RSS MB':>13}")
    for name, (secs, rss) in rows.items():
        rate = args.n / secs
        print(f"{name:<22}{rate:>12,.0f}{rate / one:>12.2f}{rss:>13.0f}")
    print("(dask: RSS of the client process only; the cluster's workers are separate processes)")


if __name__ == "__main__":
    main()
