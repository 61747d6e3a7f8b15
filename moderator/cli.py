"""The ``moderator`` command line.  ``main()`` turns every :class:`ModeratorError` into one line and exit 2."""

from __future__ import annotations

import argparse
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from classifiers.errors import LabelledDataError, ModelIntegrityError

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

    sc = sub.add_parser("score", help="score and decide every comment of pages and dumps",
                        description="Parse, score and decide (allow/review/reject) every comment; one record each.")
    sc.add_argument("inputs", nargs="+", metavar="INPUT", help="file to read (anything 'parse' reads); '-' is stdin")
    sc.add_argument("-o", "--output", metavar="OUT", help="write here (default: standard output)")
    sc.add_argument("--format", dest="out_format", choices=("jsonl", "csv"), default="jsonl", help="output format")
    sc.add_argument("--input-format", choices=FORMATS, default="auto", help="input format (default: detected)")
    sc.add_argument("--jobs", type=int, metavar="N", help="worker processes (joblib; default: [scoring] jobs)")
    sc.add_argument("--dask", metavar="ADDRESS", help="score on this dask.distributed scheduler (tcp://host:port)")
    sc.add_argument("--model", metavar="DIR", help="model folder (default: [scoring] model, else the shipped one)")
    sc.add_argument("--mode", choices=("post", "pre"), help="moderation mode (default: [moderation] mode)")
    sc.add_argument("--resume", action="store_true", help="continue an interrupted run after its last complete record")
    sc.add_argument("--on-error", choices=("fail", "skip"), help="bad records: stop (fail) or report and go on (skip)")
    sc.add_argument("--errors", metavar="FILE", help="error report for skipped records (default: OUT.errors.jsonl)")
    sc.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    sc.set_defaults(func=cmd_score)

    tu = sub.add_parser("tune", help="choose review/reject thresholds from labelled data or reviewers' decisions",
                        description="Per attribute: the precision/recall trade-off and the thresholds that meet the "
                                    "targets; PNG plots; --write updates config.toml keeping its comments.")
    tu.add_argument("labelled", metavar="LABELLED", help="CSV/JSONL with text (or scores) and labels, or a queue export")
    tu.add_argument("--target-precision", type=float, default=0.95, metavar="P",
                    help="reject where at least this share of rejected comments are bad (default 0.95)")
    tu.add_argument("--review-recall", type=float, default=0.9, metavar="R",
                    help="review band plus rejects catch this share of bad comments (default 0.9)")
    tu.add_argument("--review-budget", type=float, metavar="N", help="at most N comments a day in the review band")
    tu.add_argument("--daily-volume", type=float, metavar="V",
                    help="comments a day the site gets (default: the file is taken as one day's sample)")
    tu.add_argument("--plots", default="tune-plots", metavar="DIR", help="where PNG plots go (default tune-plots/)")
    tu.add_argument("--write", action="store_true", help="write the thresholds into the config file and show the diff")
    tu.set_defaults(func=cmd_tune)

    from .queue_cli import add_parsers

    add_parsers(sub)

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
    e.add_argument("--model", type=Path, default=None,
                   help="model folder (default: [scoring] model of the config, else the shipped model)")
    e.add_argument("--threshold", type=float, default=None,
                   help="one threshold for every attribute's F1 (default: the config's [review] thresholds)")
    e.set_defaults(func=cmd_eval)
    # --config is accepted after the command too (moderator score ... --config FILE); SUPPRESS keeps a value
    # given before the command from being reset by the subcommand's default.
    for command in (p, sc, tu, e, *_queue_parsers(sub)):
        command.add_argument("--config", metavar="FILE", default=argparse.SUPPRESS,
                             help="config file (default: ./config.toml if present)")
    return parser


def _queue_parsers(sub) -> list:
    queue = sub.choices["queue"]
    nested = next(a for a in queue._actions if isinstance(a, argparse._SubParsersAction))
    return [sub.choices["review"], *nested.choices.values()]


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


def cmd_parse(args: argparse.Namespace) -> int:
    from .config import load_config
    from .parsing import ParseStats, parse_input
    from .records import ErrorReport, dumps, report_path

    config = load_config(args.config)
    on_error = args.on_error or config.input.on_error
    errors_to = report_path(args.output, args.errors)
    report = ErrorReport(errors_to)
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
        where = f" (listed in {errors_to})" if stats.rejected else ""
        names = ", ".join(args.inputs)
        print(f"moderator parse: {names}: {stats.summary(args.articles)}{where}", file=sys.stderr)
    return 0


def with_flags(config, **flags):
    """CLI flags override the config (which already holds the environment overrides)."""
    from dataclasses import replace

    from .config import check_thresholds

    for dotted, value in flags.items():
        if value is None:
            continue
        section, key = dotted.split("__")
        config = replace(config, **{section: replace(getattr(config, section), **{key: value})})
    check_thresholds(config)
    return config


def cmd_score(args: argparse.Namespace) -> int:
    from .batch import run_score
    from .config import load_config

    config = with_flags(load_config(args.config), scoring__model=args.model, moderation__mode=args.mode,
                        scoring__jobs=args.jobs)
    if config.scoring.jobs < 1:
        raise ModeratorError("--jobs: must be at least 1")
    progress = not args.quiet and sys.stderr.isatty()
    summary = run_score(args.inputs, config, output=args.output, out_format=args.out_format,
                        in_format=args.input_format, on_error=args.on_error or config.input.on_error,
                        errors_path=args.errors, jobs=config.scoring.jobs, dask_address=args.dask,
                        resume=args.resume, progress=progress)
    if not args.quiet:
        where = f" (listed in {summary.report_path})" if summary.stats.rejected else ""
        print(f"moderator score: {summary.line()}{where}", file=sys.stderr)
    return 0


def cmd_tune(args: argparse.Namespace) -> int:
    import numpy as np

    from .config import SCORE_ATTRIBUTES, load_config
    from .labelled import read_labelled
    from .tune import ascii_plot, report, save_plot, tune, write_thresholds

    for name, v in (("--target-precision", args.target_precision), ("--review-recall", args.review_recall)):
        if not 0 < v <= 1:
            raise ModeratorError(f"{name}: must be in (0, 1], got {v}")
    config = load_config(args.config)
    records = list(read_labelled(args.labelled))
    if not records:
        raise ModeratorError(f"{args.labelled}: no labelled records (need attribute columns, label, or status)")
    scores = np.zeros((len(records), len(SCORE_ATTRIBUTES)))
    todo = [i for i, r in enumerate(records) if r.scores is None]
    for i, r in enumerate(records):
        if r.scores is not None:
            scores[i] = [r.scores[a] for a in SCORE_ATTRIBUTES]
    if todo:
        from .scoring import load_scorer

        results = load_scorer(config.scoring.model).score([records[i].text for i in todo])
        for i, res in zip(todo, results):
            scores[i] = [res.scores[a] for a in SCORE_ATTRIBUTES]
    choices, curves = tune(records, scores, args.target_precision, args.review_recall, args.review_budget,
                           args.daily_volume)
    if not choices:
        raise ModeratorError(f"{args.labelled}: no attribute has both good and bad examples")
    current = {a: (getattr(config.review, a), getattr(config.reject, a)) for a in SCORE_ATTRIBUTES}
    print(f"{len(records)} labelled records ({len(todo)} scored now); reject at precision >= "
          f"{args.target_precision}, review to recall {args.review_recall}")
    print(report(choices, current))
    plots = Path(args.plots)
    for c in choices:
        print()
        print(ascii_plot(curves[c.attribute], c.attribute))
        save_plot(curves[c.attribute], c, plots / f"pr_{c.attribute}.png")
    print(f"\nplots: {plots}/pr_<attribute>.png")
    if args.write:
        target = Path(config.path or args.config or "config.toml")
        diff = write_thresholds(target, choices)
        load_config(target)  # the written file must load (thresholds in range, review <= reject)
        print(diff or f"{target}: thresholds already as chosen")
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
    """F1 is taken where the comment would be held: at the configured review thresholds (what `moderator score`
    uses), or at one --threshold for every attribute."""
    from classifiers.commands import eval_command
    from classifiers.datasets import ATTRS

    from .config import load_config

    _need(args.data, "data folder or file")
    config = load_config(args.config)
    if args.threshold is not None:
        thresholds = {a: args.threshold for a in ATTRS}
    else:
        thresholds = {a: getattr(config.review, a) for a in ATTRS}
    model = args.model or (Path(config.scoring.model) if config.scoring.model else None)
    eval_command(args.data, model, thresholds)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (ModeratorError, ModelIntegrityError, LabelledDataError) as exc:
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
