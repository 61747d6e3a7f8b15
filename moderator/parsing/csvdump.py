"""CSV/TSV comment dumps, with the column mapping from ``[fields]`` and resynchronisation after a broken quote.

A row whose quoting is broken (a quote never closed, or text after a closing quote) is rejected on the line it
started, and reading resumes on the next physical line, so one bad row never swallows the rest of the file.
"""

from __future__ import annotations

import csv
from collections import deque
from typing import Iterator

from ..config import FieldMap
from ..records import Comment, Rejected, snippet
from .jsondumps import generic_handler
from .source import Source, TooLong, human, iter_lines

_SURROGATES = range(0xDC80, 0xDD00)


def _has_bad_bytes(s: str) -> bool:
    return any(ord(ch) in _SURROGATES for ch in s)


class _Lines:
    """Physical lines with a rewind buffer: the lines of the row being read can be pushed back."""

    def __init__(self, src: Source, limit: int):
        self._it = iter_lines(src.stream, limit)
        self.pending: deque[tuple[int, str | TooLong]] = deque()
        self.consumed: list[tuple[int, str | TooLong]] = []
        self.limit = limit
        self.bytes = 0

    def next_line(self) -> tuple[int, str | TooLong] | None:
        if self.pending:
            item = self.pending.popleft()
        else:
            try:
                no, raw = next(self._it)
            except StopIteration:
                return None
            item = (no, raw if isinstance(raw, TooLong) else raw.decode("utf-8", errors="surrogateescape"))
        self.consumed.append(item)
        return item

    def feed(self) -> Iterator[str]:
        """What csv.reader reads from; a too-long line stops the row (it is reported by the caller)."""
        while True:
            item = self.next_line()
            if item is None:
                return
            if isinstance(item[1], TooLong):
                raise csv.Error(f"line is {human(item[1].size)}, over the {human(self.limit)} limit")
            yield item[1]


def _dialect(header: str) -> type[csv.Dialect]:
    """Excel quoting rules with the delimiter the header uses (the Sniffer guesses quoting badly from one line)."""
    try:
        delimiter = csv.Sniffer().sniff(header, delimiters=",\t;|").delimiter
    except csv.Error:
        delimiter = ","
    return type("Dialect", (csv.excel,), {"delimiter": delimiter})


def parse_csv(src: Source, mapping: FieldMap, limit: int) -> Iterator[Comment | Rejected]:
    csv.field_size_limit(max(limit, 1024))
    lines = _Lines(src, limit)
    first = lines.next_line()
    if first is None:
        return
    header_no, header = first
    if isinstance(header, TooLong) or _has_bad_bytes(header):
        yield Rejected(f"line {header_no}", "the header line is unreadable (too long or not UTF-8)")
        return
    header = header.lstrip("\ufeff")
    dialect = _dialect(header)
    columns = next(csv.reader([header], dialect))
    handle = generic_handler(mapping, src.name)
    if not any(c in columns for c in mapping.text):
        yield Rejected(f"line {header_no}", f"no text column: the header has {', '.join(columns)}; looked for "
                       f"{', '.join(mapping.text)} (set [fields] text in config.toml)")
        return
    lines.consumed = []
    while True:
        reader = csv.reader(lines.feed(), dialect, strict=True)
        try:
            for row in reader:
                start = lines.consumed[0][0]
                raw_lines = lines.consumed
                lines.consumed = []
                where = f"line {start}" if raw_lines[-1][0] == start else f"lines {start}-{raw_lines[-1][0]}"
                if not row or row == [""]:
                    continue
                joined = "\n".join(r for _, r in raw_lines if isinstance(r, str))
                if any(_has_bad_bytes(v) for v in row):
                    yield Rejected(where, "invalid UTF-8 in this row", snippet(joined.encode("utf-8", "surrogateescape")))
                    continue
                if len(row) != len(columns):
                    yield Rejected(where, f"expected {len(columns)} fields, found {len(row)} (broken quoting?)",
                                   snippet(joined))
                    continue
                yield handle(dict(zip(columns, row)), where)
            return
        except csv.Error as exc:
            bad = lines.consumed
            if not bad:  # nothing was read, so nothing to skip: stop rather than loop
                yield Rejected("end of file", str(exc))
                return
            start = bad[0][0]
            raw = bad[0][1] if isinstance(bad[0][1], str) else None
            reason = str(exc)
            if "unexpected end of data" in reason or "expected after" in reason or "field larger" in reason:
                reason = f"broken quote: a quoted field opened on this line is never closed properly ({reason})"
            yield Rejected(f"line {start}", reason, snippet(raw))
            # Resume on the line after the one the bad row started on.
            lines.pending.extendleft(reversed(bad[1:]))
            lines.consumed = []
