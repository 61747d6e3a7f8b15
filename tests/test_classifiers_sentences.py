"""A long comment's probabilities mixed with its worst sentence's (classifiers/sentences.py)."""

from __future__ import annotations

import pytest

from classifiers.sentences import MIN_WORDS, SHARE, sentences

CIVIL = ("I read the whole article twice and I think the budget section was weak, the figures on page two do not add "
         "up, and the council has not explained the deficit.")


@pytest.fixture(scope="module")
def scorer():
    from classifiers.model import Scorer

    return Scorer.load()


def test_only_long_comments_of_two_sentences_or_more_are_split():
    assert sentences("You are an idiot. Go away.") is None  # too short to dilute anything
    assert sentences(CIVIL) is None  # one sentence
    long = CIVIL + " You are an idiot.\nRegards, Pat"
    assert len(long.split()) >= MIN_WORDS
    assert sentences(long) == [CIVIL, "You are an idiot.", "Regards, Pat"]
    assert all(sentences(s) is None for s in sentences(long))  # a sentence is never split again


def test_one_hostile_sentence_is_not_diluted_by_a_long_civil_comment(scorer):
    text = CIVIL + " You are an idiot."
    whole = scorer.score_whole([text, text, text])[0].scores
    parts = scorer.score_whole([CIVIL, "You are an idiot.", "x"])[:2]
    mixed = scorer.score([text, text, text])[0]
    for attr in scorer.attributes:
        worst = max(p.scores[attr] for p in parts)
        assert mixed.scores[attr] == pytest.approx((1 - SHARE) * whole[attr] + SHARE * worst, abs=1e-6), attr
    assert mixed.scores["hostility"] == max(mixed.scores[a] for a in ("insult", "threat", "identity_attack"))
    assert whole["toxicity"] < 0.6 < mixed.scores["toxicity"]  # diluted whole; held once mixed
    assert scorer.score(["You are an idiot."])[0].scores["toxicity"] > 0.9


def test_the_mix_moves_probabilities_only_and_both_paths_agree(scorer):
    text = "Thanks for the report on the roadworks, it was useful. " * 2 + "Those fucking idiots at the council."
    whole = scorer.score_whole([text] * 3)[0]
    fast, careful = scorer.score([text] * 3)[0], scorer.score_careful([text])[0]
    assert fast.spans == whole.spans and fast.severity == whole.severity
    assert fast.scores == pytest.approx(careful.scores, abs=1e-5)
    assert fast.scores != whole.scores
    short = "Those fucking idiots."  # short comments are scored whole
    assert scorer.score([short])[0].scores == scorer.score_whole([short])[0].scores
