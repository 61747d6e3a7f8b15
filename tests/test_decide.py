"""Decisions from scores and site rules (terms, authors, links, mode), and the thresholds' config checks."""

import pytest

from moderator.config import Config, load_config
from moderator.decide import Rules, compile_term
from moderator.errors import ConfigError

LOW = {a: 0.01 for a in ("toxicity", "profanity", "hostility", "insult", "threat", "identity_attack")}


def rules(tmp_path, text: str) -> Rules:
    p = tmp_path / "c.toml"
    p.write_text(text)
    return Rules(load_config(p, env={}))


def test_plain_term_is_whole_word_and_wildcard_matches_inside(tmp_path):
    assert compile_term("ass", False).search("an assassin") is None
    assert compile_term("ass", False).search("what an ASS.") is not None
    assert compile_term("*casino*", False).search("bestcasinos.example") is not None
    assert compile_term("buy now", False).search("please BUY   now") is not None
    assert compile_term("Essex", True).search("essex") is None


def test_blocked_term_rejects_with_span_and_matches_deobfuscated_text(tmp_path):
    r = rules(tmp_path, '[terms]\nblocked = ["casino"]\nwatched = ["refund"]\n')
    d = r.decide("Visit our casino today", "x", LOW)
    assert d.decision == "reject" and d.reasons == ["term:blocked:casino"]
    assert (d.term_hits[0][1].start, d.term_hits[0][1].end) == (10, 16)
    # Only the deobfuscated words match: still caught, with no span to show.
    d = r.decide("Visit our c.a.s.i.n.o today", "x", LOW, canonical="visit our casino today")
    assert d.decision == "reject" and d.term_hits[0][1].start is None
    assert r.decide("Where is my refund?", "x", LOW).decision == "review"


def test_order_of_rules(tmp_path):
    r = rules(tmp_path, '[authors]\ntrusted = ["Ann"]\nblocked = ["Spammer"]\n[moderation]\nmax_links = 2\n')
    assert r.decide("hello", "spammer", LOW).reasons == ["author:blocked"]  # names match without case
    links = "see https://a.example and www.b.example"
    assert r.decide(links, "bob", LOW).reasons == ["links:2>=2"]
    assert r.decide(links, "Ann", LOW).decision == "allow"  # trusted authors skip review rules
    hot = dict(LOW, toxicity=0.99)
    d = r.decide("x", "Ann", hot)
    assert d.decision == "reject" and d.reasons == ["toxicity>=0.97"]  # but not reject thresholds
    mid = dict(LOW, threat=0.5)
    assert r.decide("x", "bob", mid).reasons == ["threat>=0.4"]


def test_attribute_off_at_one(tmp_path):
    r = rules(tmp_path, "[review]\nprofanity = 1.0\n")
    assert r.decide("x", None, dict(LOW, profanity=1.0)).decision == "allow"


def test_pre_moderation_holds_clean_comments(tmp_path):
    r = rules(tmp_path, '[moderation]\nmode = "pre"\n')
    assert (r.decide("fine", None, LOW).decision, r.decide("fine", None, LOW).reasons) == ("review", ["mode:pre"])


@pytest.mark.parametrize("text,message", [
    ("[review]\ntoxicity = 1.5\n", "c.toml:2: review.toxicity: must be at most 1.0, got 1.5"),
    ("[review]\ntoxicity = -0.1\n", "c.toml:2: review.toxicity: must be at least 0.0, got -0.1"),
    ("[reject]\ninsult = 'high'\n", "c.toml:2: reject.insult: expected a number, got 'high'"),
    ("[review]\ntoxicty = 0.5\n", "c.toml:2: review.toxicty: unknown key; did you mean 'toxicity'?"),
    ("[moderaton]\nmode = 'pre'\n", "c.toml:1: moderaton: unknown section; did you mean 'moderation'?"),
    ("[moderation]\nmode = 'premod'\n", "c.toml:2: moderation.mode: must be one of post, pre, got 'premod'"),
    ("[moderation]\nmax_links = -1\n", "c.toml:2: moderation.max_links: must be at least 0, got -1"),
    ("[terms]\nblocked = [1, 2]\n", "c.toml:2: terms.blocked: expected a string or a list of strings"),
    ("[authors]\ntrusted = 'Ann'\ncase = 1\n", "c.toml:3: authors.case: unknown key"),
    ("[scoring]\njobs = 0\n", "c.toml:2: scoring.jobs: must be at least 1, got 0"),
    ("[queue]\ndb = 3\n", "c.toml:2: queue.db: expected a string, got 3"),
    ("[review]\nthreat = 0.95\n[reject]\nthreat = 0.9\n",
     "c.toml:2: review.threat: review threshold 0.95 is above the reject threshold 0.9 (reject.threat)"),
])
def test_every_config_error_names_file_line_and_key(tmp_path, text, message):
    p = tmp_path / "c.toml"
    p.write_text(text)
    with pytest.raises(ConfigError) as e:
        load_config(p, env={})
    assert str(e.value).startswith(str(tmp_path / message.split(":", 1)[0]) + ":" + message.split(":", 1)[1])


def test_precedence_cli_over_env_over_file(tmp_path, capsys):
    from moderator.cli import with_flags

    p = tmp_path / "c.toml"
    p.write_text("[moderation]\nmode = 'pre'\n[review]\ntoxicity = 0.6\n")
    assert load_config(p, env={}).moderation.mode == "pre"
    env = {"MODERATOR_MODERATION_MODE": "post", "MODERATOR_REVIEW_TOXICITY": "0.7"}
    c = load_config(p, env=env)
    assert (c.moderation.mode, c.review.toxicity) == ("post", 0.7)
    assert with_flags(c, moderation__mode="pre").moderation.mode == "pre"
    with pytest.raises(ConfigError, match="review.toxicity: review threshold 0.99 is above"):
        load_config(p, env={"MODERATOR_REVIEW_TOXICITY": "0.99"})
    assert Config().reject.profanity == 1.0
