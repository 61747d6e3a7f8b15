"""Loaders for the labelled data in ``shared/data``, each dataset's labels mapped to our attributes.

Every example has a label per attribute in {1, 0, None}: None means the dataset does not say, and that row is
left out when training that attribute (missing labels are never guessed).  Mappings:

* toxic_spans (Civil Comments): toxicity = majority of annotators not ticking "not toxic"; insult, threat,
  identity_attack = at least half of the annotators marked a span of that type; profanity = 1 when half marked
  Profane/Obscene, otherwise unknown (swearing was mostly typed as Insult).
* kaggle_insults: insult = Insult; toxicity = 1 for insults, unknown otherwise.
* davidson2017: hate -> toxicity 1, identity_attack 1; offensive -> toxicity 1; neither -> every attribute 0.
* olid: NOT -> every attribute 0; OFF -> toxicity 1; OFF/TIN/IND -> insult 1; OFF/UNT (untargeted swearing)
  -> profanity 1, insult 0.
* ruddit: toxicity = 1 when offensiveness >= 0.25, 0 when <= 0, unknown between; "[deleted]"/"[removed]" dropped.
* convabuse: mean annotator rating < 0 -> toxicity 1 (>= 0.5 -> every attribute 0); identity_attack = half the
  annotators named a racist/sexist/homophobic/transphobic/ableist type; insult = half named an individual target.
"""

from __future__ import annotations

import codecs
import csv
import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .errors import LabelledDataError

ATTRS = ("toxicity", "profanity", "insult", "threat", "identity_attack")  # trained; hostility is derived
DATASETS = ("toxic_spans", "kaggle_insults", "davidson2017", "olid", "ruddit", "convabuse")
_MENTION_RE = re.compile(r"(?:\bRT\s+)?@\w+:?|@USER\b|\bURL\b|https?://\S+")

csv.field_size_limit(1 << 26)


@dataclass(slots=True)
class Example:
    text: str
    dataset: str
    labels: dict[str, int | None] = field(default_factory=dict)
    spans: list[tuple[int, int]] | None = None  # gold toxic character offsets (SemEval toxic spans)


def _all(value: int) -> dict[str, int]:
    return {a: value for a in ATTRS}


def clean_tweet(text: str) -> str:
    """Tweets: decode entities, drop RT/@mentions/URL placeholders (they carry the source, not the content)."""
    return re.sub(r"\s+", " ", _MENTION_RE.sub(" ", html.unescape(text))).strip()


def kaggle_text(raw: str) -> str:
    s = raw.strip()
    if len(s) >= 2 and s[0] == s[-1] == '"':
        s = s[1:-1]
    for _ in range(2):
        if "\\" not in s:
            break
        try:
            s = codecs.decode(s.encode("latin-1", "backslashreplace"), "unicode_escape")
        except (UnicodeDecodeError, ValueError):
            break
    try:
        s = s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    return s.replace("\xa0", " ").strip()


def load_toxic_spans(root: Path) -> list[Example]:
    d = root / "toxic_spans"
    texts = {r["comment_id"]: r["comment_text"] for r in csv.DictReader(open(d / "comments.csv", encoding="utf-8"))}
    ann_comment: dict[str, str] = {}
    votes: dict[str, list[bool]] = defaultdict(list)
    for r in csv.DictReader(open(d / "annotations.csv", encoding="utf-8")):
        ann_comment[r["annotation"]] = r["comment_id"]
        votes[r["comment_id"]].append(r["not toxic"] != "True")
    typed: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    kinds = {"Insult": "insult", "Threat": "threat", "Identity based Attack": "identity_attack",
             "Profane/Obscene": "profanity"}
    for r in csv.DictReader(open(d / "spans.csv", encoding="utf-8")):
        kind = kinds.get(r["type"])
        cid = ann_comment.get(r["annotation"])
        if kind and cid:
            typed[cid][kind].add(r["annotation"])
    out = []
    for cid, text in texts.items():
        v = votes.get(cid)
        if not v or not text.strip():
            continue
        labels: dict[str, int | None] = {"toxicity": int(sum(v) * 2 > len(v))}
        for kind in ("insult", "threat", "identity_attack"):
            labels[kind] = int(len(typed[cid][kind]) * 2 >= len(v))
        # Annotators typed most swearing spans as Insult, so "not Profane/Obscene" does not mean "no profanity":
        # only the positives are kept.
        labels["profanity"] = 1 if len(typed[cid]["profanity"]) * 2 >= len(v) else None
        out.append(Example(text, "toxic_spans", labels))
    return out


def load_semeval_spans(root: Path, split: str = "trial") -> list[Example]:
    path = root / "toxic_spans" / f"SemEval2021_data_tsd_{split}.csv"
    out = []
    for r in csv.DictReader(open(path, encoding="utf-8")):
        offsets = sorted(json.loads(r["spans"]))
        out.append(Example(r["text"], f"semeval_{split}", {}, _runs(offsets)))
    return out


def _runs(offsets: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for o in offsets:
        if runs and o == runs[-1][1]:
            runs[-1] = (runs[-1][0], o + 1)
        else:
            runs.append((o, o + 1))
    return runs


def load_kaggle(root: Path) -> list[Example]:
    out = []
    for name in ("train.csv", "public_test.csv"):
        for r in csv.DictReader(open(root / "kaggle_insults" / name, encoding="utf-8")):
            text = kaggle_text(r["Comment"])
            if text:
                ins = int(r["Insult"])
                out.append(Example(text, "kaggle_insults", {"insult": ins, "toxicity": 1 if ins else None}))
    return out


def load_davidson(root: Path) -> list[Example]:
    out = []
    for r in csv.DictReader(open(root / "davidson2017" / "labeled_data.csv", encoding="utf-8")):
        text = clean_tweet(r["tweet"])
        cls = int(r["class"])
        if not text:
            continue
        if cls == 2:
            labels: dict[str, int | None] = _all(0)
        else:
            labels = {"toxicity": 1, "identity_attack": 1 if cls == 0 else None}
        out.append(Example(text, "davidson2017", labels))
    return out


def load_olid(root: Path) -> list[Example]:
    out = []
    with open(root / "olid" / "olid-training-v1.0.tsv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            text = clean_tweet(r["tweet"].strip('"').replace('""', '"'))
            if not text:
                continue
            if r["subtask_a"] == "NOT":
                labels: dict[str, int | None] = _all(0)
            else:
                labels = {"toxicity": 1}
                if r["subtask_b"] == "UNT":
                    labels.update(profanity=1, insult=0)
                elif r["subtask_c"] == "IND":
                    labels["insult"] = 1
            out.append(Example(text, "olid", labels))
    return out


def load_ruddit(root: Path) -> list[Example]:
    out, seen = [], set()
    for r in csv.DictReader(open(root / "ruddit" / "ruddit_with_text.csv", encoding="utf-8")):
        text = html.unescape(r["txt"]).strip()
        if not text or text in ("[deleted]", "[removed]") or text in seen:
            continue
        seen.add(text)
        score = float(r["offensiveness_score"])
        tox = 1 if score >= 0.25 else 0 if score <= 0 else None
        labels: dict[str, int | None] = _all(0) if tox == 0 and score <= -0.2 else {"toxicity": tox}
        out.append(Example(text, "ruddit", labels))
    return out


def load_convabuse(root: Path) -> list[Example]:
    out = []
    identity = ("ableist", "homophobic", "racist", "sexist", "transphobic")
    for name in ("ConvAbuseEMNLPtrain.csv", "ConvAbuseEMNLPvalid.csv"):
        for r in csv.DictReader(open(root / "convabuse" / name, encoding="utf-8")):
            text = r["user"].strip()
            if not text:
                continue
            ratings, ident, indiv = [], 0, 0
            for k in range(1, 9):
                p = f"Annotator{k}_"
                vals = [v for v in (1, 0, -1, -2, -3) if r.get(f"{p}is_abuse.{v}") == "1"]
                if not vals:
                    continue
                ratings.append(vals[0])
                ident += any(r.get(p + t) == "1" for t in identity)
                indiv += r.get(p + "target.individual") == "1"
            if not ratings:
                continue
            mean = sum(ratings) / len(ratings)
            if mean >= 0.5:
                labels: dict[str, int | None] = _all(0)
            elif mean < 0:
                n = len(ratings)
                labels = {"toxicity": 1, "identity_attack": int(ident * 2 >= n), "insult": int(indiv * 2 >= n)}
            else:
                continue
            out.append(Example(text, "convabuse", labels))
    return out


LOADERS = {"toxic_spans": load_toxic_spans, "kaggle_insults": load_kaggle, "davidson2017": load_davidson,
           "olid": load_olid, "ruddit": load_ruddit, "convabuse": load_convabuse}
MAIN_LABEL = {"toxic_spans": "toxicity", "kaggle_insults": "insult", "davidson2017": "toxicity", "olid": "toxicity",
              "ruddit": "toxicity", "convabuse": "toxicity"}


def load_all(root: Path, names=DATASETS) -> list[Example]:
    return [ex for name in names for ex in LOADERS[name](Path(root))]


def labelled_rows(path: Path) -> Iterator[tuple[int, dict]]:
    """(line number, record) of every record of a user's labelled file: JSONL when it starts with "{" or "[",
    else CSV with a header.  A record that cannot be read (not JSON, not an object) or a file that is not UTF-8
    text or not CSV raises :class:`LabelledDataError` naming the file (and the line, for a record).  Shared by
    training (:func:`load_user_file`) and ``moderator tune`` (``moderator.labelled``)."""
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            first = fh.read(1)
            fh.seek(0)
            if first in ("{", "["):
                for no, line in enumerate(fh, start=1):
                    if not line.strip():
                        continue
                    try:
                        row = json.loads(line)
                    except ValueError as exc:
                        raise LabelledDataError(path, f"not JSON ({exc.args[0]})", no) from None
                    if not isinstance(row, dict):
                        raise LabelledDataError(path, "expected a JSON object", no)
                    yield no, row
            else:
                reader = csv.DictReader(fh)
                for row in reader:
                    yield reader.line_num, row
    except UnicodeDecodeError as exc:
        raise LabelledDataError(path, f"not UTF-8 text (byte {exc.start})") from None
    except csv.Error as exc:
        raise LabelledDataError(path, f"not CSV ({exc})") from None


def load_user_file(path: Path, counts: dict | None = None) -> list[Example]:
    """A user's own labelled CSV/JSONL (:func:`labelled_rows`): a ``text`` column and 0/1 columns named after
    attributes.

    Exported reviewer decisions work too: ``decision`` reject -> toxicity 1, approve -> toxicity 0.  A label that
    is not 0/1 or a probability raises :class:`LabelledDataError` naming the file and line; records without text
    or without any label are left out and counted in ``counts`` ("read", "used", "unlabelled") when it is given.
    """
    out = []
    read = 0
    for no, r in labelled_rows(path):
        read += 1
        text = r.get("text") or r.get("body") or ""
        labels: dict[str, int | None] = {}
        for a in ATTRS:
            v = r.get(a)
            if v not in (None, ""):
                try:
                    labels[a] = int(float(v) >= 0.5)
                except (TypeError, ValueError):
                    raise LabelledDataError(path, f"{a}: expected 0/1 or a probability, got {v!r}", no) from None
        decision = r.get("decision") or r.get("status")
        if decision in ("reject", "rejected"):
            labels.setdefault("toxicity", 1)
        elif decision in ("approve", "approved", "allow"):
            labels.setdefault("toxicity", 0)
        if text and labels:
            out.append(Example(str(text), path.stem, labels))
    if counts is not None:
        counts.update(read=read, used=len(out), unlabelled=read - len(out))
    return out


def dataset_files(root: Path) -> dict[str, str]:
    """sha256 of every data file used, for the model metadata."""
    files = ["toxic_spans/comments.csv", "toxic_spans/annotations.csv", "toxic_spans/spans.csv",
             "kaggle_insults/train.csv", "kaggle_insults/public_test.csv", "davidson2017/labeled_data.csv",
             "olid/olid-training-v1.0.tsv", "ruddit/ruddit_with_text.csv", "convabuse/ConvAbuseEMNLPtrain.csv",
             "convabuse/ConvAbuseEMNLPvalid.csv"]
    from .model import sha256_file

    return {f: sha256_file(root / f) for f in files if (root / f).exists()}


def profanity_tier_rates(root: Path, lexicon) -> dict[int, float]:
    """How often human annotators marked a lexicon word as toxic, per severity tier (Civil Comments toxic spans).

    This calibrates the profanity score: the datasets' comment labels say "offensive", not "contains
    profanity", so they cannot train it.  Tier 0 is the rate of comments with no lexicon word that a majority
    of annotators marked Profane/Obscene.  Rates are made monotone in the tier.
    """
    d = Path(root) / "toxic_spans"
    texts = {r["comment_id"]: r["comment_text"] for r in csv.DictReader(open(d / "comments.csv", encoding="utf-8"))}
    ann: dict[str, str] = {}
    n_ann: dict[str, int] = defaultdict(int)
    for r in csv.DictReader(open(d / "annotations.csv", encoding="utf-8")):
        ann[r["annotation"]] = r["comment_id"]
        n_ann[r["comment_id"]] += 1
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    profane: dict[str, set[str]] = defaultdict(set)
    for r in csv.DictReader(open(d / "spans.csv", encoding="utf-8")):
        cid = ann.get(r["annotation"])
        if cid:
            spans[cid].append((int(r["start"]), int(r["end"])))
            if r["type"] == "Profane/Obscene":
                profane[cid].add(r["annotation"])
    hit: dict[int, list[int]] = {1: [0, 0], 2: [0, 0], 3: [0, 0]}
    none = [0, 0]
    for cid, text in texts.items():
        ms = [m for m in lexicon.analyse(text).matches if m.label == "profanity"]
        for m in ms:
            hit[m.severity][0] += any(s < m.end and m.start < e for s, e in spans[cid])
            hit[m.severity][1] += 1
        if not ms and n_ann[cid]:
            none[0] += len(profane[cid]) * 2 >= n_ann[cid]
            none[1] += 1
    rates = {0: none[0] / max(none[1], 1)}
    for t in (1, 2, 3):
        rates[t] = max(hit[t][0] / max(hit[t][1], 1), rates[t - 1])
    return {t: round(r, 4) for t, r in rates.items()}
