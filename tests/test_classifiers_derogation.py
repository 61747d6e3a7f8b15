"""Group derogation phrases (classifiers.derogation): found when a group is given a derogatory predicate, not when
the predicate is negated, reported or rebutted, said of things, or said of groups that are not identities.

The sentences here are written for this test; the held-out functional sets in fixtures/eval are measured in
test_classifiers_model.py.
"""

import pytest

from classifiers.derogation import Derogation
from classifiers.lexicon import IDENTITY_TOKEN

DEROGATIONS = [
    ("Catholics are parasites.", "catholics are parasites"),
    ("honestly the Irish are nothing but thieves", "the irish are nothing but thieves"),
    ("Every Jew is greedy.", "every jew is greedy"),
    ("i really can't stand lesbians", "i really can't stand lesbians"),
    ("Time to deport all the Syrians.", "deport all the syrians"),
    ("We must cleanse our streets of immigrants!", "cleanse our streets of immigrants"),
    ("No Gypsies allowed in this pub.", "no gypsies allowed"),
    ("Kurds are no better than animals", "kurds are no better than animals"),
    ("Asian women belong in the kitchen", "asian women belong in the kitchen"),
    ("Feminists don't deserve rights.", "feminists don't deserve rights"),
]
NOT_DEROGATIONS = [
    "Catholics are not parasites.", "Turks aren't criminals.", "Saying Muslims are vermin is a lie.",
    "People who claim immigrants are rats are bigots.", '"Jews are parasites" is antisemitic.',
    "It's not true that women are stupid.", "Politicians are parasites.", "Rats are vermin.",
    "Americans are sick of the elites.", "They want to ban gay marriage.", "Immigrants are welcome here.",
    "Refugees are a blessing.", "Women are in an inferior position in that firm.", "I hate Mondays.",
    "The black dogs are filthy.",
]


@pytest.fixture(scope="module")
def derogation(lex):
    return lex.derogation


@pytest.mark.parametrize("text,phrase", DEROGATIONS)
def test_derogation_found_with_its_span(derogation, text, phrase):
    s = text.lower()
    assert [s[a:b] for a, b in derogation.find(s)] == [phrase]


@pytest.mark.parametrize("text", NOT_DEROGATIONS)
def test_negated_reported_or_non_identity_statements_are_not_derogation(derogation, text):
    assert derogation.find(text.lower()) == []


def test_analysis_labels_the_phrase_identity_attack_with_original_offsets(lex):
    text = "Ｔｈｅ Irish are nothing but thieves"  # full-width letters: offsets map back through normalisation
    a = lex.analyse(text)
    hits = [m for m in a.matches if m.label == "identity_attack"]
    assert len(hits) == 1 and text[hits[0].start:hits[0].end] == "Ｔｈｅ Irish are nothing but thieves"
    assert IDENTITY_TOKEN in a.words


def test_words_of_every_pattern_are_triggers():
    """The plain paths try the patterns only when a trigger word and an identity word are present."""
    d = Derogation({"jews", "irish"}, {"rats"})
    for text in ["jews are rats", "i hate jews", "deport the jews", "no irish allowed", "jews are not welcome",
                 "jews don't deserve rights", "jews should not be allowed", "jews belong in cages",
                 "purge our country of jews"]:
        assert d.find(text), text
        assert d.triggers & set(text.replace("'", " ").split()), text


def test_scores_rise_with_a_derogation(scorer):
    hostile, neutral = scorer.score(["Catholics are parasites and frauds.", "Catholics are parishioners and friends."])
    assert hostile.scores["identity_attack"] > neutral.scores["identity_attack"] + 0.3
    assert any(sp.label == "identity_attack" for sp in hostile.spans)
