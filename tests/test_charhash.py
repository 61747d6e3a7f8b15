"""Hashed character n-grams: windows stay inside words, scoring's shortcut equals the training matrix."""

import numpy as np

from classifiers import charhash as ch


def test_windows_stay_inside_padded_words():
    rows, cols = ch.char_codes([["ab", "cde"], ["x"], []])
    # " ab " gives " ab", "ab ", " ab " (3); " cde " gives " cd", "cde", "de ", " cde", "cde ", " cde " (6);
    # " x " gives " x " (1); the empty document gives nothing.
    assert np.bincount(rows, minlength=3).tolist() == [9, 1, 0]
    assert ((cols >= 0) & (cols < ch.BUCKETS)).all()


def test_same_ngram_same_bucket_in_any_document():
    _, a = ch.char_codes([["idiot"]])
    _, b = ch.char_codes([["you", "idiot"]])
    assert set(a.tolist()) <= set(b.tolist())


def test_logits_shortcut_equals_matrix_product():
    rng = np.random.default_rng(0)
    idf = rng.random(ch.BUCKETS).astype(np.float32)
    coef = rng.normal(size=(3, ch.BUCKETS)).astype(np.float32)
    docs = [["you", "are", "an", "idiot"], ["hello"], [], ["aaa", "aaa", "aaa"], ["привет", "мир"]]
    expected = ch.char_matrix(docs, idf) @ coef.T
    assert np.allclose(ch.char_logits(docs, idf, coef), expected, atol=1e-5)


def test_idf_drops_rare_buckets():
    df = np.array([0, 1, 2, 3, 10])
    idf = ch.idf_from_df(df, 10, min_df=3)
    assert idf[:3].tolist() == [0.0, 0.0, 0.0] and idf[3] > idf[4] > 0


def test_skipped_words_have_no_ngrams_and_the_rest_keep_theirs():
    rows, cols = ch.char_codes([["the", "pussycat", "slept"], ["the", "slept"]], skip=frozenset({"pussycat"}))
    first, second = cols[rows == 0], cols[rows == 1]
    assert sorted(first.tolist()) == sorted(second.tolist())
    idf = np.ones(ch.BUCKETS, dtype=np.float32)
    coef = np.random.default_rng(1).normal(size=(2, ch.BUCKETS)).astype(np.float32)
    docs = [["a", "pussycat"], ["cocktail", "bar"]]
    skip = frozenset({"pussycat", "cocktail"})
    assert np.allclose(ch.char_logits(docs, idf, coef, skip), ch.char_matrix(docs, idf, skip) @ coef.T, atol=1e-5)
