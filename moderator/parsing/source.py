"""Opening an input: files, stdin, .zst; sniffing its head; reading lines with a size bound."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from typing import BinaryIO, Iterator

from ..errors import InputError

import zstandard

ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
READ_ERRORS = (OSError, zstandard.ZstdError)
HEAD_BYTES = 64 * 1024


@dataclass
class Source:
    """An opened input: a buffered binary stream (already decompressed) plus its name and head bytes."""

    name: str
    stream: BinaryIO
    head: bytes
    compressed: bool = False

    def close(self) -> None:
        if self.stream is not sys.stdin.buffer:
            self.stream.close()


def open_source(path: str) -> Source:
    """Open ``path`` (``-`` for stdin), transparently decompressing zstandard, and read its head for sniffing."""
    name = "<stdin>" if path == "-" else path
    try:
        raw: BinaryIO = sys.stdin.buffer if path == "-" else open(path, "rb")
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    stream = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[arg-type]
    compressed = stream.peek(4)[:4] == ZSTD_MAGIC
    if compressed:
        # Reddit dumps use a long window (2 GiB); read across frames for concatenated archives.
        dctx = zstandard.ZstdDecompressor(max_window_size=2**31)
        stream = io.BufferedReader(dctx.stream_reader(stream, read_across_frames=True), buffer_size=1 << 20)  # type: ignore[arg-type]
    try:
        head = _peek(stream, HEAD_BYTES)
    except Exception as exc:  # zstandard.ZstdError on a corrupt archive
        raise InputError(name, f"cannot decompress: {exc}") from None
    return Source(name=name, stream=stream, head=head, compressed=compressed)


def _peek(stream: io.BufferedReader, size: int) -> bytes:
    data = stream.peek(size)
    # peek may return fewer bytes than are available; good enough for sniffing, which needs the first line.
    return data[:size]


@dataclass(slots=True)
class TooLong:
    """A line that exceeded the record size limit; only its size is kept."""

    size: int


def iter_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | TooLong]]:
    """Yield ``(line_number, line_bytes)``; lines longer than ``limit`` bytes are drained and reported as TooLong.

    Memory stays bounded by ``limit`` whatever the file holds (a 50 MB single line included).
    """
    lineno = 0
    readline = stream.readline
    while True:
        line = readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while True:
                chunk = readline(1 << 20)
                size += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield lineno, TooLong(size)
            continue
        yield lineno, line


def decode_line(line: bytes) -> str:
    """Decode UTF-8 (BOM allowed on the first line); raise ValueError naming the byte column on bad bytes."""
    try:
        return line.decode("utf-8-sig" if line.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"invalid UTF-8 at byte {exc.start + 1} of the line") from None


def read_document(src: Source, limit: int) -> str:
    """Read a whole-document input (page, JSON document) as text, refusing files over ``limit`` bytes."""
    data = src.stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(src.name, f"document is larger than the {human(limit)} limit for whole-page inputs "
                         "(set [input] max_document_mb in config.toml)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(src.name, f"invalid UTF-8 at byte {col} (file is not UTF-8 text)", f"line {line}") from None


def human(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} GB"
