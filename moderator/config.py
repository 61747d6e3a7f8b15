"""One typed configuration object, loaded from ``config.toml``.

Precedence: CLI flags > ``MODERATOR_<SECTION>_<KEY>`` environment variables > the config file > the defaults
below.  Every field carries its documentation; unknown keys and bad values raise :class:`ConfigError` naming
the file, the key and its line, with the nearest valid key suggested.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

from .errors import ConfigError


def doc(text: str, **kw: Any) -> dict[str, Any]:
    return {"doc": text, **kw}


@dataclass(frozen=True)
class InputConfig:
    on_error: str = field(default="fail", metadata=doc(
        "What to do with a bad input record: 'fail' stops with an error naming file and line; 'skip' writes it "
        "to the error report and goes on.", choices=("fail", "skip")))
    max_record_mb: float = field(default=10.0, metadata=doc(
        "Largest single record (JSONL line, CSV row) accepted, in MB; longer ones are rejected unread.", minimum=0.001))
    max_document_mb: float = field(default=50.0, metadata=doc(
        "Largest whole-document input (text or HTML page, single JSON document), in MB.", minimum=0.001))


@dataclass(frozen=True)
class FieldMap:
    """Which keys (JSONL) or columns (CSV) of a generic dump hold each comment field; the first present wins."""

    id: tuple[str, ...] = field(default=("id",), metadata=doc("Comment id; the line number when absent."))
    parent_id: tuple[str, ...] = field(default=("parent_id",), metadata=doc("Id of the comment replied to."))
    author: tuple[str, ...] = field(default=("author",), metadata=doc("Author name."))
    text: tuple[str, ...] = field(default=("text", "body"), metadata=doc("Comment text (required)."))
    posted_at: tuple[str, ...] = field(default=("created_at",), metadata=doc("Time posted: ISO 8601 or epoch."))
    likes: tuple[str, ...] = field(default=("likes",), metadata=doc("Likes or score."))
    article_id: tuple[str, ...] = field(default=("article_id",), metadata=doc("Article the comment is on."))
    article_title: tuple[str, ...] = field(default=("article_title",), metadata=doc("Title of that article."))


SCORE_ATTRIBUTES = ("toxicity", "profanity", "hostility", "insult", "threat", "identity_attack")


def _threshold(default: float, what: str) -> Any:
    return field(default=default, metadata=doc(what, minimum=0.0, maximum=1.0))


@dataclass(frozen=True)
class ReviewThresholds:
    """A comment scoring at or above one of these is held for review (1.0 turns an attribute off)."""

    toxicity: float = _threshold(0.5, "Overall toxicity at or above which a comment is held for review.")
    profanity: float = _threshold(0.6, "Profanity (swearing) at or above which a comment is held for review.")
    hostility: float = _threshold(0.5, "Hostility (the largest of insult, threat, identity attack) for review.")
    insult: float = _threshold(0.5, "Insult score at or above which a comment is held for review.")
    threat: float = _threshold(0.4, "Threat score at or above which a comment is held for review.")
    identity_attack: float = _threshold(0.4, "Identity-attack score at or above which a comment is held for review.")


@dataclass(frozen=True)
class RejectThresholds:
    """A comment scoring at or above one of these is rejected outright (1.0 turns an attribute off)."""

    toxicity: float = _threshold(0.97, "Overall toxicity at or above which a comment is rejected.")
    profanity: float = _threshold(1.0, "Profanity at or above which a comment is rejected (1.0: never).")
    hostility: float = _threshold(0.95, "Hostility at or above which a comment is rejected.")
    insult: float = _threshold(0.95, "Insult score at or above which a comment is rejected.")
    threat: float = _threshold(0.9, "Threat score at or above which a comment is rejected.")
    identity_attack: float = _threshold(0.9, "Identity-attack score at or above which a comment is rejected.")


@dataclass(frozen=True)
class ModerationConfig:
    mode: str = field(default="post", metadata=doc(
        "'post': comments are published unless flagged, only flagged ones are queued; 'pre': every comment is "
        "held for review unless a rule allows it (trusted author) or rejects it.", choices=("post", "pre")))
    max_links: int = field(default=3, metadata=doc(
        "Hold a comment for review when it has this many links or more (0 turns the rule off).", minimum=0))


@dataclass(frozen=True)
class TermsConfig:
    """Site-specific words, like WordPress's disallowed/moderation keys and Discourse's watched words."""

    blocked: tuple[str, ...] = field(default=(), metadata=doc(
        "Terms that reject a comment. A plain term matches a whole word or phrase; '*' is a wildcard "
        "('*casino*' matches inside words); matched against the deobfuscated text as well as the raw text."))
    watched: tuple[str, ...] = field(default=(), metadata=doc(
        "Terms that hold a comment for review; same syntax as 'blocked'."))
    case_sensitive: bool = field(default=False, metadata=doc("Match terms with case (default: ignore case)."))


@dataclass(frozen=True)
class AuthorsConfig:
    trusted: tuple[str, ...] = field(default=(), metadata=doc(
        "Authors whose comments are allowed without review (unless a blocked term or a reject threshold fires)."))
    blocked: tuple[str, ...] = field(default=(), metadata=doc("Authors whose comments are always rejected."))


@dataclass(frozen=True)
class ScoringConfig:
    model: str = field(default="", metadata=doc(
        "Folder holding model.npz + model.json; empty means the model shipped with moderator."))
    batch_size: int = field(default=256, metadata=doc("Comments scored together in one batch.", minimum=1))
    jobs: int = field(default=1, metadata=doc("Worker processes for 'moderator score' (joblib).", minimum=1))


@dataclass(frozen=True)
class QueueConfig:
    db: str = field(default="moderator.db", metadata=doc("SQLite database holding the review queue."))
    claim_minutes: float = field(default=15.0, metadata=doc(
        "How long a reviewer's claim on an open comment lasts before another reviewer may take it.", minimum=0.1))


@dataclass(frozen=True)
class Config:
    input: InputConfig = field(default_factory=InputConfig, metadata=doc("Reading inputs."))
    fields: FieldMap = field(default_factory=FieldMap, metadata=doc("Field mapping for JSONL/CSV dumps."))
    moderation: ModerationConfig = field(default_factory=ModerationConfig, metadata=doc("Moderation rules."))
    review: ReviewThresholds = field(default_factory=ReviewThresholds, metadata=doc("Review thresholds."))
    reject: RejectThresholds = field(default_factory=RejectThresholds, metadata=doc("Reject thresholds."))
    terms: TermsConfig = field(default_factory=TermsConfig, metadata=doc("Blocked and watched terms."))
    authors: AuthorsConfig = field(default_factory=AuthorsConfig, metadata=doc("Trusted and blocked authors."))
    scoring: ScoringConfig = field(default_factory=ScoringConfig, metadata=doc("The scoring model and workers."))
    queue: QueueConfig = field(default_factory=QueueConfig, metadata=doc("The review queue."))
    path: str | None = field(default=None, compare=False, metadata=doc("Where this config was read from.", internal=True))

    @property
    def max_record_bytes(self) -> int:
        return int(self.input.max_record_mb * 1024 * 1024)

    @property
    def max_document_bytes(self) -> int:
        return int(self.input.max_document_mb * 1024 * 1024)


def _sections() -> dict[str, type]:
    hints = get_type_hints(Config)
    return {f.name: hints[f.name] for f in fields(Config) if not f.metadata.get("internal")}


def _nearest(key: str, valid: list[str]) -> str:
    close = difflib.get_close_matches(key, valid, n=1, cutoff=0.5)
    return f"; did you mean '{close[0]}'?" if close else f"; valid keys: {', '.join(valid)}"


def _line_of(text: str, section: str, key: str | None) -> int | None:
    """Best-effort line number of ``[section] key`` in the TOML source (tomllib keeps no positions)."""
    in_section = section == ""
    for no, line in enumerate(text.splitlines(), start=1):
        s = line.strip()
        header = re.match(r"^\[\s*([^\]]+?)\s*\]", s)
        if header:
            if key is None and header.group(1) == section:
                return no
            in_section = header.group(1) == section
            continue
        if in_section and key is not None and re.match(rf"^[\"']?{re.escape(key)}[\"']?\s*=", s):
            return no
    return None


def _coerce(value: Any, typ: Any, meta: dict, where: tuple[str, str, str, int | None]) -> Any:
    path, section, key, line = where
    name = f"{section}.{key}"
    origin = get_origin(typ)
    if origin is tuple:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(path, name, "expected a string or a list of strings", line)
        return tuple(value)
    if typ is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(path, name, f"expected a number, got {value!r}", line)
        value = float(value)
        if "minimum" in meta and value < meta["minimum"]:
            raise ConfigError(path, name, f"must be at least {meta['minimum']}, got {value}", line)
        if "maximum" in meta and value > meta["maximum"]:
            raise ConfigError(path, name, f"must be at most {meta['maximum']}, got {value}", line)
        return value
    if typ is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(path, name, f"expected a whole number, got {value!r}", line)
        if "minimum" in meta and value < meta["minimum"]:
            raise ConfigError(path, name, f"must be at least {meta['minimum']}, got {value}", line)
        return value
    if typ is bool:
        if not isinstance(value, bool):
            raise ConfigError(path, name, f"expected true or false, got {value!r}", line)
        return value
    if typ is str:
        if not isinstance(value, str):
            raise ConfigError(path, name, f"expected a string, got {value!r}", line)
        if "choices" in meta and value not in meta["choices"]:
            raise ConfigError(path, name, f"must be one of {', '.join(meta['choices'])}, got '{value}'"
                              + _nearest(value, list(meta["choices"])).replace("valid keys", "choices"), line)
        return value
    raise TypeError(typ)  # pragma: no cover - a field type this loader was not taught


def _build(data: dict[str, Any], text: str, path: str) -> Config:
    sections = _sections()
    kwargs: dict[str, Any] = {}
    for sec_name, value in data.items():
        if sec_name not in sections:
            raise ConfigError(path, sec_name, "unknown section" + _nearest(sec_name, list(sections)),
                              _line_of(text, sec_name, None) or _line_of(text, "", sec_name))
        if not isinstance(value, dict):
            raise ConfigError(path, sec_name, "expected a [section] table", _line_of(text, "", sec_name))
        cls = sections[sec_name]
        hints = get_type_hints(cls)
        known = {f.name: f for f in fields(cls)}
        values = {}
        for key, v in value.items():
            line = _line_of(text, sec_name, key)
            if key not in known:
                raise ConfigError(path, f"{sec_name}.{key}", "unknown key" + _nearest(key, list(known)), line)
            values[key] = _coerce(v, hints[key], dict(known[key].metadata), (path, sec_name, key, line))
        kwargs[sec_name] = cls(**values)
    return Config(**kwargs, path=path)


def load_config(path: str | os.PathLike | None = None, *, env: dict[str, str] | None = None) -> Config:
    """Load ``path`` (or ``./config.toml`` when it exists, else the defaults), then apply environment overrides."""
    env = os.environ if env is None else env
    explicit = path is not None
    p = Path(path) if explicit else Path("config.toml")
    if p.exists():
        text = _read(p)
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            m = re.search(r"line (\d+)", str(exc))
            raise ConfigError(str(p), "(syntax)", f"not valid TOML: {exc}", int(m.group(1)) if m else None) from None
        config = _build(data, text, str(p))
    elif explicit:
        raise ConfigError(str(p), "(file)", "no such config file")
    else:
        text, config = "", Config()
    config = _apply_env(config, env)
    check_thresholds(config, text)
    return config


def check_thresholds(config: Config, text: str = "") -> None:
    """Review thresholds may not stand above reject thresholds (that band could never be reviewed)."""
    for attr in SCORE_ATTRIBUTES:
        review, reject = getattr(config.review, attr), getattr(config.reject, attr)
        if review > reject:
            raise ConfigError(config.path or "(defaults)", f"review.{attr}",
                              f"review threshold {review} is above the reject threshold {reject} (reject.{attr})",
                              _line_of(text, "review", attr) if text else None)


def _read(p: Path) -> str:
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError(str(p), "(file)", "not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(str(p), "(file)", exc.strerror or str(exc)) from None


def _apply_env(config: Config, env: dict[str, str] | os._Environ) -> Config:
    sections = _sections()
    for var, raw in env.items():
        if not var.startswith("MODERATOR_") or var == "MODERATOR_CONFIG":
            continue
        rest = var[len("MODERATOR_"):].lower()
        sec = next((s for s in sections if rest.startswith(s + "_")), None)
        if sec is None:
            raise ConfigError(f"${var}", rest, "unknown section" + _nearest(rest.split("_")[0], list(sections)))
        key = rest[len(sec) + 1:]
        cls = sections[sec]
        known = {f.name: f for f in fields(cls)}
        if key not in known:
            raise ConfigError(f"${var}", f"{sec}.{key}", "unknown key" + _nearest(key, list(known)))
        typ = get_type_hints(cls)[key]
        try:
            value: Any = tomllib.loads(f"v = {raw}")["v"]
        except tomllib.TOMLDecodeError:
            value = [s.strip() for s in raw.split(",")] if get_origin(typ) is tuple else raw
        value = _coerce(value, typ, dict(known[key].metadata), (f"${var}", sec, key, None))
        config = replace(config, **{sec: replace(getattr(config, sec), **{key: value})})
    return config


def describe() -> list[tuple[str, Any, str]]:
    """(dotted key, default, documentation) for every setting, for docs and ``config.toml`` checks."""
    out = []
    for sec_name, cls in _sections().items():
        for f in fields(cls):
            default = f.default if f.default is not field else None  # type: ignore[comparison-overlap]
            out.append((f"{sec_name}.{f.name}", default, f.metadata.get("doc", "")))
    assert all(is_dataclass(c) for c in _sections().values())
    return out
