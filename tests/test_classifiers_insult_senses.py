"""Insult words with a literal sense count as insults only where said of someone (classifiers/insult_senses.py)."""

import pytest

from conftest import FIXTURES

AIMED = [  # (text, the literal-sense word in it that is aimed at someone)
    ("You clown.", "clown"), ("You're a snake.", "snake"), ("He is a pig.", "pig"), ("They're all animals.", "animals"),
    ("That's garbage.", "garbage"), ("What a clown!", "clown"), ("Such a creep.", "creep"), ("Garbage!", "garbage"),
    ("Nice try, clown.", "clown"), ("Those clowns in Congress should resign.", "clowns"),
    ("Shut up you stupid fool.", "fool"), ("I'd call him a criminal", "criminal"), ("Pigs like you, honestly.", "pigs"),
    ("The mayor acts like a clown.", "clown"), ("your a fool if you believe it", "fool"),
    ("you are a delusional fool.", "fool"), ("Ignorant uneducated fool", "fool"), ("the fool he is", "fool"),
    ("these oil soaked clowns in the legislature", "clowns"), ("Another lunatic in charge.", "lunatic"),
    ("Carrey is a pig🤬", "pig"), ("Stop being such a snowflake.", "snowflake"), ("useless garbage", "useless"),
    ("ugly creepy bitch", "creepy"),
]
LITERAL = [
    ("The garbage truck blocked our street for an hour.", "garbage"), ("The snake shed its skin.", "snake"),
    ("Add a dummy variable for each region.", "dummy"), ("There is a rat in the kitchen.", "rat"),
    ("My dad is a pig farmer.", "pig"), ("Those pigs were raised outdoors.", "pigs"),
    ("Did you see the snake?", "snake"), ("Could you take the garbage out?", "garbage"),
    ("Garbage in, garbage out.", "garbage"), ("In King Lear the Fool speaks the truth.", "fool"),
    ("The fog was so dense we could not see the road.", "dense"), ("A freak accident closed the road.", "freak"),
    ("He faces criminal charges.", "criminal"), ("The anti-clown league meets today.", "clown"),
    ("The mods are doing a great job, ignore the trolls.", "trolls"), ("that rat in the subway", "rat"),
]


@pytest.mark.parametrize("text, word", AIMED)
def test_aimed_literal_words_are_insults(lex, text, word):
    matched = {m.term.split("'")[0] for m in lex.analyse(text).matches if m.label == "insult"}
    assert word in matched, (text, matched)


@pytest.mark.parametrize("text, word", LITERAL)
def test_literal_senses_are_no_insult(lex, text, word):
    a = lex.analyse(text)
    assert not any(m.term.split("'")[0] == word for m in a.matches), (text, a.matches)
    assert word in a.words  # still a word the models read


def test_masked_literal_word_stays_an_insult(lex):
    """Nobody disguises a garbage truck: a masked or misspelt one is matched wherever it stands."""
    assert any(m.label == "insult" for m in lex.analyse("the g@rbage truck").matches)


def test_only_insult_words_are_listed(lex):
    senses = lex.insult_senses
    assert senses.words and senses.pointed <= senses.words
    assert all(lex.entries[w].category == "insult" and lex.entries[w].severity == 0 for w in senses.words)
    assert not senses.words & {"idiot", "moron", "scumbag", "stupid"}  # no literal sense: matched everywhere


def test_batch_and_careful_paths_agree_on_literal_words(scorer):
    texts = [t for t, _ in AIMED + LITERAL] * 3  # enough for the batch path
    fast, careful = scorer.score(texts), scorer.score_careful(texts)
    for t, a, b in zip(texts, fast, careful):
        assert a.scores == pytest.approx(b.scores, abs=1e-6) and a.spans == b.spans, t


def test_blind_round_of_literal_senses(scorer):
    """Session 24's blind round (fixtures/eval/literal_senses.txt): 23 of 60 were at toxicity >= 0.5 before."""
    lines = [ln.strip() for ln in open(FIXTURES / "eval" / "literal_senses.txt", encoding="utf-8")
             if ln.strip() and not ln.startswith("#")]
    assert len(lines) == 60
    flagged = [t for t, r in zip(lines, scorer.score(lines)) if r.scores["toxicity"] >= 0.5]
    assert len(flagged) <= FLOOR, flagged


FLOOR = 6  # 23 before the frames (the shipped weights of 392e187), 6 after
