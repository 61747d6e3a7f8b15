"""The ``moderator`` command line.  ``main()`` turns every :class:`ModeratorError` into one line and exit 2."""

from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from . import __version__
from .errors import ModeratorError


def build_parser() -> argparse.ArgumentParser:
    from .parsing import FORMATS

    parser = argparse.ArgumentParser(prog="moderator", description="Offline comment moderation and toxicity triage.")
    parser.add_argument("--version", action="version", version=f"moderator {__version__}")
    parser.add_argument("--config", metavar="FILE", help="config file (default: ./config.toml if present)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="pages and dumps in, comment (or article) records out as JSONL",
                       description="Separate reader comments from the article and write one JSON record per line.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file to read; '-' reads standard input")
    p.add_argument("--format", choices=FORMATS, default="auto", help="input format (default: detected from content)")
    p.add_argument("-o", "--output", metavar="OUT", help="write JSONL here (default: standard output)")
    p.add_argument("--articles", action="store_true", help="write article records instead of comments")
    p.add_argument("--on-error", choices=("fail", "skip"), help="bad records: stop (fail) or report and go on (skip)")
    p.add_argument("--errors", metavar="FILE", help="error report for skipped records (default: OUT.errors.jsonl)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    p.set_defaults(func=cmd_parse)

    t = sub.add_parser("train", help="train the scoring model from labelled data",
                       description="Reproduce the shipped model from shared/data, or train on your own labelled CSV/JSONL "
                                   "(a text column and 0/1 columns named after attributes, or exported decisions).")
    t.add_argument("--data", required=True, type=Path, help="the shared/data folder, or a labelled CSV/JSONL file")
    t.add_argument("--extra", action="append", type=Path, default=[], metavar="FILE",
                   help="more labelled CSV/JSONL to add (e.g. exported reviewer decisions); repeatable")
    t.add_argument("--out", type=Path, default=None, help="where to write model.npz + model.json "
                   "(default: the shipped weights folder)")
    t.set_defaults(func=cmd_train)

    e = sub.add_parser("eval", help="ROC AUC, PR AUC and F1 per attribute and dataset")
    e.add_argument("--data", required=True, type=Path, help="the shared/data folder, or a labelled CSV/JSONL file")
    e.add_argument("--model", type=Path, default=None, help="model folder (default: the shipped model)")
    e.add_argument("--threshold", type=float, default=0.5, help="threshold for F1 (default 0.5)")
    e.set_defaults(func=cmd_eval)
    return parser


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a file written beside its final name and moved into place only on success."""
    if path in (None, "-"):
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


class _ErrorReport:
    """Rejected records, one JSON object a line, opened only when the first one arrives."""

    def __init__(self, path: str):
        self.path = path
        self._fh: IO[str] | None = None

    def __call__(self, source: str, rec) -> None:
        if self._fh is None:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(self.path, "w", encoding="utf-8")
        self._fh.write(json.dumps(rec.to_dict(source), ensure_ascii=False) + "\n")

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()


def cmd_parse(args: argparse.Namespace) -> int:
    from .config import load_config
    from .parsing import ParseStats, parse_input
    from .records import dumps

    config = load_config(args.config)
    on_error = args.on_error or config.input.on_error
    report_path = args.errors or (f"{args.output}.errors.jsonl" if args.output not in (None, "-") else "moderator-errors.jsonl")
    report = _ErrorReport(report_path)
    stats = ParseStats(on_reject=report)
    try:
        with _output(args.output) as out:
            for path in args.inputs:
                for rec in parse_input(path, config, fmt=args.format, articles=args.articles, on_error=on_error,
                                       stats=stats):
                    out.write(dumps(rec) + "\n")
    finally:
        report.close()
    if not args.quiet:
        where = f" (listed in {report_path})" if stats.rejected else ""
        names = ", ".join(args.inputs)
        print(f"moderator parse: {names}: {stats.summary(args.articles)}{where}", file=sys.stderr)
    return 0


def _need(path: Path, what: str) -> None:
    from .errors import InputError

    if not path.exists():
        raise InputError(str(path), f"no such {what}")


def cmd_train(args: argparse.Namespace) -> int:
    from classifiers.commands import train_command
    from classifiers.model import weights_dir

    _need(args.data, "data folder or file")
    for x in args.extra:
        _need(x, "file")
    train_command(args.data, args.out or weights_dir(), args.extra)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from classifiers.commands import eval_command
    from classifiers.datasets import ATTRS

    _need(args.data, "data folder or file")
    eval_command(args.data, args.model, {a: args.threshold for a in ATTRS})
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except ModeratorError as exc:
        print(f"moderator: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("moderator: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
