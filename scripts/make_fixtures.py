"""Regenerate the fixtures that cannot be written by hand: compressed, binary and non-UTF-8 files.

Run from the repository root: python scripts/make_fixtures.py
"""

from pathlib import Path

import zstandard

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "fixtures"


def main() -> None:
    raw = (FIX / "dumps" / "reddit.ndjson").read_bytes()
    # Pushshift archives use a long window; level 10 with long-distance matching mimics them.
    params = zstandard.ZstdCompressionParameters.from_level(10, window_log=27, enable_ldm=True)
    (FIX / "dumps" / "reddit.ndjson.zst").write_bytes(zstandard.ZstdCompressor(compression_params=params).compress(raw))
    (FIX / "bad" / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (FIX / "bad" / "invalid_utf8.jsonl").write_bytes(
        b'{"id": "u1", "text": "fine"}\n'
        b'{"id": "u2", "text": "caf\xe9 in Latin-1, not UTF-8"}\n'
        b'{"id": "u3", "text": "fine again"}\n'
    )
    (FIX / "bad" / "invalid_utf8.txt").write_bytes(b"A page title\n\nBody in Latin-1: caf\xe9.\n")


if __name__ == "__main__":
    main()
