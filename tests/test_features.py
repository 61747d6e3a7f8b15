"""Lexicon signals the models read (classifiers.features)."""

import math

import pytest

from classifiers.features import DENSE_FEATURES, dense_features


def density(lex, text):
    return float(dense_features(lex.analyse(text))[DENSE_FEATURES.index("hostile_density")])


@pytest.mark.parametrize("text,expected", [
    ("Bullshit!", 1.0),
    ("You idiot, that is bullshit", 2 / math.sqrt(5)),
    ("I read the whole report last night and I think the council got the numbers on the new bridge badly wrong,"
     " but calling it crap helps nobody", 1 / math.sqrt(27)),
    ("A calm and friendly comment", 0.0),
])
def test_hostile_density_is_lexicon_hits_per_root_of_the_word_count(lex, text, expected):
    assert density(lex, text) == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize("text,n_words", [
    ("Hello", 1),
    ("A calm and friendly comment", 5),  # no lexicon match: the shortcut branch
    ("You idiot, that is bullshit", 5),  # lexicon matches: the full branch
    ("", 0),
])
def test_short_is_one_over_the_root_of_the_word_count(lex, text, n_words):
    a = lex.analyse(text)
    assert len(a.words) == n_words
    got = float(dense_features(a)[DENSE_FEATURES.index("short")])
    assert got == pytest.approx(1 / math.sqrt(max(n_words, 1)), rel=1e-6)
    assert (got == 1.0) == (n_words <= 1)
