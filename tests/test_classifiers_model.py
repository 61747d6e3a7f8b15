"""The shipped model: safe loading, the seed's comments, identity statements, benign look-alikes."""

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

from classifiers.model import ModelIntegrityError, Scorer, weights_dir

from conftest import FIXTURES, ROOT, SHARED

SEED = SHARED / "seeds" / "000_ae7dbf5f6eedc440.txt"


def test_shipped_files_small_and_described():
    d = weights_dir()
    size = sum(p.stat().st_size for p in d.iterdir() if p.is_file())
    assert size <= 10 * 1024 * 1024
    meta = json.loads((d / "model.json").read_text())
    assert meta["attributes"] == ["toxicity", "profanity", "insult", "threat", "identity_attack"]
    assert len(meta["training_code_commit"]) == 40 and meta["data_sha256"]
    assert (d / "MODEL_CARD.md").exists()


def test_weights_are_plain_arrays():
    with np.load(weights_dir() / "model.npz", allow_pickle=False) as z:  # raises if anything needs unpickling
        assert {k: z[k].dtype.kind for k in z.files} == {"vocab": "U", "idf": "f", "coef": "f", "intercept": "f",
                                                          "calib": "f", "char_idf": "f", "span_words": "U"}


def test_tampered_weights_are_refused(tmp_path):
    for f in ("model.npz", "model.json"):
        shutil.copy(weights_dir() / f, tmp_path / f)
    data = bytearray((tmp_path / "model.npz").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (tmp_path / "model.npz").write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="sha256"):
        Scorer.load(tmp_path)


def test_weights_with_other_dense_features_are_refused(tmp_path):
    """Weights trained by a version that computed other lexicon signals would read the wrong columns."""
    for f in ("model.npz", "model.json"):
        shutil.copy(weights_dir() / f, tmp_path / f)
    meta = json.loads((tmp_path / "model.json").read_text())
    meta["dense_features"] = meta["dense_features"][:-1]
    (tmp_path / "model.json").write_text(json.dumps(meta))
    with pytest.raises(ModelIntegrityError, match="model.json.*dense_features.*moderator train"):
        Scorer.load(tmp_path)


def test_cli_reports_refused_weights_in_one_line(tmp_path, capsys):
    from moderator.cli import main

    model = tmp_path / "model"
    model.mkdir()
    for f in ("model.npz", "model.json"):
        shutil.copy(weights_dir() / f, model / f)
    (model / "model.npz").write_bytes((model / "model.npz").read_bytes()[:-10] + b"0123456789")
    dump = tmp_path / "c.jsonl"
    dump.write_text('{"id": "1", "text": "you idiot"}\n')
    assert main(["score", "--model", str(model), str(dump)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("moderator: error: ") and "sha256" in err and "Traceback" not in err


def test_import_does_no_work_and_scoring_needs_no_sklearn():
    code = ("import sys, classifiers; assert classifiers._default is None; "
            "r = classifiers.score(['you absolute f*ckwit'])[0]; "
            "assert r.scores['profanity'] > 0.5, r; assert 'sklearn' not in sys.modules, 'sklearn imported'; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "ok", out.stderr


def test_save_load_round_trip(scorer, tmp_path):
    texts = ["you are a moron", "lovely weather", "I will kill you", "f u c k off"]
    scorer.save(tmp_path, {"note": "copy"})
    again = Scorer.load(tmp_path)
    a = [r.scores for r in scorer.score(texts)]
    b = [r.scores for r in again.score(texts)]
    for x, y in zip(a, b):
        assert x == pytest.approx(y, abs=2e-3)  # float16 coefficients


@pytest.mark.skipif(not SEED.exists(), reason="shared/seeds not present")
def test_seed_comments(scorer, capsys):
    from conftest import parse_file

    comments = [c["text"] for c in parse_file(capsys, SEED)]
    first, second, third, fourth = scorer.score(comments)
    for r in (first, third, fourth):
        assert r.scores["profanity"] >= 0.5, r
    assert {comments[0][s.start:s.end] for s in first.spans if s.label == "profanity"} == {"fuck"}
    assert {comments[2][s.start:s.end] for s in third.spans if s.label == "profanity"} == {"ass", "shithole"}
    assert {comments[3][s.start:s.end] for s in fourth.spans if s.label == "profanity"} == {"shit"}
    assert max(second.scores.values()) < 0.3, second.scores
    assert second.spans == []


@pytest.mark.parametrize("text", [
    "I am a gay man.", "As a Muslim woman, I found the article fair.", "I'm a proud Black woman from Atlanta.",
    "We are Jewish and celebrate Hanukkah.", "I'm transgender and I vote in every election.",
])
def test_identity_statements_score_low(scorer, text):
    (r,) = scorer.score([text])
    assert max(r.scores["hostility"], r.scores["identity_attack"], r.scores["toxicity"]) < 0.3, r.scores


def test_hostile_examples_score_high(scorer):
    insult, threat = scorer.score(["You are a stupid idiot", "I will kill you"])
    assert insult.scores["insult"] > 0.8 and insult.scores["hostility"] > 0.8
    assert threat.scores["threat"] > 0.5 and threat.scores["hostility"] == threat.scores["threat"]


def test_benign_lookalikes_false_positive_rate(scorer):
    lines = [ln.strip() for ln in open(FIXTURES / "eval" / "benign.txt", encoding="utf-8")
             if ln.strip() and not ln.startswith("#")]
    flagged = [(t, r.scores) for t, r in zip(lines, scorer.score(lines))
               if r.scores["profanity"] >= 0.5 or r.scores["hostility"] >= 0.5]
    assert len(flagged) / len(lines) <= 0.02, flagged


def test_words_holding_a_swear_word_are_not_read_through_it(scorer):
    """English words and names that hold a swear word without being one (classifiers/data/lookalike_words.txt)
    give the models no character n-grams, so a rare one does not carry the swear word's weight."""
    lookalikes = scorer.lexicon.lookalikes
    assert {"pussycat", "sniggered", "scunthorpe", "cocktail"} <= lookalikes
    assert not lookalikes & {"fuck", "shit", "asshole", "pussy", "niggerhead"}
    texts = ["My grandmother's pussycats sleep all day.", "He sniggered at the back of the class.",
             "Stop niggling about the bill.", "The Cockburnspath road is closed.", "They pussyfooted around it."]
    assert all(r.scores["toxicity"] < 0.5 for r in scorer.score(texts)), [r.scores for r in scorer.score(texts)]


def test_obfuscated_profanity_scores(scorer):
    import csv

    rows = list(csv.DictReader(open(FIXTURES / "eval" / "obfuscated.tsv", encoding="utf-8"), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    plain = {r["base"]: s for r, s in zip(rows, scorer.score([r["base"] for r in rows]))}
    caught = [r for r in rows if plain[r["base"]].spans]
    results = scorer.score([r["variant"] for r in caught])
    recall = sum(bool(s.spans) for s in results) / len(caught)
    assert recall >= 0.95, recall


@pytest.mark.parametrize("name", ["functional.tsv", "functional2.tsv"])
def test_functional_sets_identity_attacks_ranked_caught_and_no_false_alarms(scorer, name):
    """fixtures/eval/functional*.tsv (written apart from the training templates; functional2.tsv before the
    group-derogation patterns): hateful statements about groups rank above negation, counter-speech, neutral
    mentions and the same nouns about things; none of those reaches identity_attack 0.5, and most hateful ones do
    (the rest are misspelt or hyphenated slurs, and calls to violence that score as threats)."""
    import csv

    from sklearn.metrics import roc_auc_score

    rows = list(csv.DictReader(open(FIXTURES / "eval" / name, encoding="utf-8"), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    results = scorer.score([r["text"] for r in rows])
    y = [int(r["hateful"]) for r in rows]
    s = [x.scores["identity_attack"] for x in results]
    assert roc_auc_score(y, s) >= 0.9
    assert [r["text"] for r, v in zip(rows, s) if not int(r["hateful"]) and v >= 0.5] == []
    assert sum(v >= 0.5 for v, t in zip(s, y) if t) >= 0.6 * sum(y)


@pytest.mark.parametrize("name,share", [("functional3.tsv", 0.85), ("functional4.tsv", 0.85),
                                        ("functional5.tsv", 0.8), ("functional6.tsv", 0.85),
                                        ("functional7.tsv", 0.9), ("functional8.tsv", 0.9),
                                        ("functional9.tsv", 0.9), ("functional10.tsv", 0.9),
                                        ("functional11.tsv", 0.9), ("functional12.tsv", 0.85),
                                        ("functional13.tsv", 0.8),
                                        ("functional14.tsv", 0.75), ("functional15.tsv", 0.8),
                                        ("functional16.tsv", 0.85), ("functional17.tsv", 0.9),
                                        ("functional18.tsv", 0.85), ("functional19.tsv", 0.95),
                                        ("functional20.tsv", 0.9), ("functional21.tsv", 0.9),
                                        ("functional22.tsv", 0.9), ("functional23.tsv", 0.9),
                                        ("functional24.tsv", 0.95), ("functional25.tsv", 0.85),
                                        ("functional26.tsv", 0.85), ("functional27.tsv", 0.8),
                                        ("functional28.tsv", 0.85)])
def test_functional_development_set_in_hatechecks_categories(scorer, name, share):
    """fixtures/eval/functional3.tsv to functional8.tsv: HateCheck's functions (F1..F29, and F30 for harsh words
    about non-protected targets that are no abuse) with targets and phrasings of their own, each written and scored
    before the phrases of classifiers/derogation.py were mended for its misses, so development sets (the held-out
    ones are above); ``share`` is a little under what each passes now (functional5: 64 of 76, 52 when first scored;
    functional6: 51 of 57, 33 when first scored, 35 by today's labels: two rows first filed as abuse of a
    non-protected group, "Death to the tyrant!" and "Lock up all the thieves.", were relabelled F30; functional7: 73 of
    78, 61 when first scored; functional8, written after functional7 was mended: 59 of 63, 50 when first scored;
    functional9, session 14: 57 of 60, 51 when first scored; functional10, written after functional9 was mended: 58
    of 60, 49 when first scored; functional11, written after functional10 was mended: 57 of 60, 44 when first scored; functional12, session 17,
    written after functional11 was mended, and 12 harmless twins of its new phrases: 65 of 72, 46 of its first 60
    when first scored; functional13, written after functional12 was mended, and 8 twins: 58 of 68, 43 of its first 60
    when first scored; functional14, session 19: 50 of 60, 45 when first scored; functional15, session 20: 54 of 60,
    46 when first scored; functional16, written after functional15 was mended: 57 of 60, 49 when first scored;
    functional17, session 21: 55 of 60, 46 when first scored; functional18, written after functional17 was mended: 54
    of 60, 44 when first scored; functional19, HateCheck's spelling functions F25-F29 only, 30 hateful and 10 not:
    39 of 40, 38 when first scored; functional20, session 22: 58 of 61, 52 when first scored; functional21, written
    after functional20 was mended: 57 of 60, 49 when first scored; functional22, two thirds counter-speech, negated,
    neutral and positive rows: 57 of 60, 49 when first scored; functional23, written after functional22 was mended:
    55 of 60, 48 when first scored; functional24, HateCheck's spelling functions again, 20 hateful and 10 not: 30 of
    30, 28 when first scored: "Wom*n", a mask inside a group's name, and "Gya", a swap in a three-letter one, were
    read in session 23; functional25, session 23: 55 of 61, 44 when first scored; functional26, written after functional25 was
    mended: 55 of 60, 43 when first scored; functional27, written after functional26 was mended: 51 of 60, 41 when
    first scored; functional28, written after functional27 was mended: 56 of 60, 44 when first scored).  Hateful rows reach
    identity_attack 0.5; abuse of a person or a non-protected group (F23, F24) is toxic without being an identity
    attack; no neutral, positive, negated or counter-speech row reaches identity_attack 0.5 (reclaimed slurs and a
    slur's homonyms, F8 and F9, are the known exception)."""
    import csv

    rows = list(csv.DictReader(open(FIXTURES / "eval" / name, encoding="utf-8"), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    results = scorer.score([r["text"] for r in rows])
    passed = 0
    for r, x in zip(rows, results):
        ia, tox, case = x.scores["identity_attack"], x.scores["toxicity"], r["case"]
        if case.startswith(("F22", "F23", "F24")):
            ok = ia < 0.5 and (tox < 0.5 if case.startswith("F22") else tox >= 0.5)
        elif r["hateful"] == "1":
            ok = ia >= 0.5
        else:
            ok = ia < 0.5 and (tox < 0.5 or case.startswith("F11"))
            assert ia < 0.5 or case.startswith(("F8_", "F9_")), r["text"]
        passed += ok
    assert passed >= share * len(rows), passed


@pytest.mark.parametrize("name,share", [("threats1.tsv", 0.9), ("threats2.tsv", 0.8), ("threats3.tsv", 0.85),
                                        ("threats4.tsv", 0.8), ("threats5.tsv", 0.65),
                                        ("threats6.tsv", 0.85), ("threats7.tsv", 0.85),
                                        ("threats8.tsv", 0.85), ("threats9.tsv", 0.85), ("threats10.tsv", 0.6),
                                        ("threats11.tsv", 0.75), ("threats12.tsv", 0.8),
                                        ("threats13.tsv", 0.9), ("threats14.tsv", 0.85),
                                        ("threats15.tsv", 0.9), ("threats16.tsv", 0.95),
                                        ("threats17.tsv", 0.85), ("threats18.tsv", 0.95),
                                        ("threats19.tsv", 0.95), ("threats20.tsv", 0.95),
                                        ("threats21.tsv", 0.8), ("threats22.tsv", 0.85)])
def test_threat_development_set(scorer, name, share):
    """fixtures/eval/threats1.tsv to threats5.tsv: 40 sentences each, written blind in session 13 (threats to a
    person, and violent idioms, sport, reports and plans); threats1: 29 right when first scored, 39 now; threats2,
    written after threats1 was mended: 22 right when first scored, 35 now; threats3, written after threats2 was
    mended: 26 right when first scored, 38 now; threats4, written after threats3 was mended: 24 right when first
    scored, 33 now; threats5, written after threats4 was mended: 24 right when first scored, 27 now (only its false
    alarms were worked on: "shoot the wedding photos", "stab the potatoes", "cut you some slack"); threats6
    (session 14, veiled threats among them): 29 right when first scored, 35 now; threats7, written after threats6
    was mended (threats to groups, passives): 23 right when first scored, 36 now; threats8, written after threats7
    was mended: 18 right (1 threat of 20 caught) when first scored, 36 now; threats9, written after threats8 was
    mended: 26 right (6 caught) when first scored, 37 now; threats10 (session 15), written and scored at the end of
    the session and not mended: 25 right, 5 of 20 threats caught, no false alarm; threats11 (session 16, the classic
    intimidation formulas, "This is your last warning", "I'll make you pay for this"): 25 right (6 caught, one false
    alarm) when first scored; threats12 (session 17, threats to a person in words that also say harmless things, "I'll
    put you in the hospital" / "in touch with the hospital manager"): 34 right (15 caught, one false alarm, "I'm
    coming for you at six") when first scored; threats13 (session 19, 30 threats and 20 look-alikes: wanting to
    hurt or see someone dead, wishes for harm to a home or family, intimidation formulas): 29 of 50 right (10 of 30
    caught, one false alarm, "Smoking will kill you eventually", since mended) when first scored; threats14, written after
    threats13 was mended: 27 of 40 right (7 of 20 caught, no false alarm; 5 with the session's starting model) when
    first scored; threats15 (session 20): 26 of 40 right (7 of 20 caught, one false alarm, "you'll be eating through a
    straw, lol", left) when first scored; threats16 (session 21): 29 of 40 right (9 of 20 caught, no false alarm) when
    first scored, 39 after it was mended ("a bat with your name on it", "you're going home in an ambulance"; "you
    won't be walking out" left: said of leaving a job as often); threats17 (session 21, veiled threats and their
    look-alikes): 23 of 40 right (3 of 20 caught, no false alarm) when first scored, 35 after it was mended ("I know
    what school your kids go to", "better start looking over your shoulder"; "I'll be waiting for you in the car park
    after the match" and "I'm loading my rifle as we speak" left); threats18 (session 22): 34 of 40 right (17 of 20
    caught, 3 false alarms) when first scored, 39 after it was mended ("you're not going to live to see Christmas",
    "you won't leave in one piece"; "watch your back when lifting" and a scene "shot again in daylight" are no
    threats now; "We know where you live, so we'll drop the parcel there" left); threats19, written after threats18
    was mended: 31 of 40 right (13 of 20 caught, 2 false alarms: a bullet in a game's target, parking "next to mine")
    when first scored, 40 after ("knock you into next week", "start sleeping with the lights on", "cross me again
    and you'll disappear", "people like you end up in shallow graves"); threats20 (session 23): 34 of 40 right (14
    of 20 caught, no false alarm) when first scored, 40 after ("make you regret ever opening your mouth", "shame if
    something happened" after a reader's kids are named, "they'll be fishing you out of the canal", "I know your
    routine"); threats21, written after threats20 was mended, veiled threats: 27 of 40 right (7 of 20 caught, no
    false alarm) when first scored, 34 after ("you won't see it coming", "the last face you ever see", "you'd look
    good in a body bag"; "people have disappeared for less", "snitches get stitches", "I'd happily run that cyclist
    over" are found but score threat 0.39-0.48, and a car bomb told as "it won't be the engine that goes bang" is
    not found); threats22, written after threats21 was mended: 27 of 40 right (7 of 20 caught, no false alarm) when
    first scored, 36 after ("you'll find out what I'm capable of", "pay or your shop burns", "you'll be found in
    pieces"; "I'll be outside the school gates tomorrow. You know which ones." and "Don't start your car tomorrow
    morning" are not found).  Development sets."""
    import csv

    rows = list(csv.DictReader(open(FIXTURES / "eval" / name, encoding="utf-8"), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    results = scorer.score([r["text"] for r in rows])
    right = [(x.scores["threat"] >= 0.5) == (r["threat"] == "1") for r, x in zip(rows, results)]
    assert sum(right) >= share * len(rows), [r["text"] for r, ok in zip(rows, right) if not ok]


@pytest.mark.parametrize("name,share", [("insults1.tsv", 0.75), ("insults2.tsv", 0.75), ("insults3.tsv", 0.6),
                                        ("insults4.tsv", 0.75), ("insults5.tsv", 0.75), ("insults6.tsv", 0.7),
                                        ("insults7.tsv", 0.7),
                                        ("insults8.tsv", 0.8), ("insults9.tsv", 0.9), ("insults10.tsv", 0.8),
                                        ("insults11.tsv", 0.7), ("insults12.tsv", 0.9),
                                        ("insults13.tsv", 0.9), ("insults14.tsv", 0.95),
                                        ("insults15.tsv", 0.9), ("insults16.tsv", 0.8)])
def test_insult_development_set(scorer, name, share):
    """fixtures/eval/insults1.tsv to insults5.tsv: 60 sentences each, written blind in session 15 (30 insults of a
    person, most without an insult word, and 30 sentences saying the same words of things), each written after
    the one before was mended.  Insults caught at >= 0.5 when first scored: 11, 9, 7, 6 and 11 of 30, with 4, 1, 0,
    0 and 0 false alarms; now 23, 19, 9, 11 and 11 caught, false alarms 4, 1, 0, 1 ("The windbag in the cartoon
    was funny.") and 0.  Implicit insults are mostly missed, and self-mockery ("Stupid me, I left the oven on.") is
    an insult here: see the README caveats.  insults6 (session 17, written after insults5 was mended): 6 caught
    and no false alarm when first scored.  Session 19 mended insults3-5 (phrases: "wouldn't know a fact if it bit
    you", "IQ is room temperature", "What are you, twelve?"): 21, 19 and 17 caught, no new false alarm.  insults7
    (session 19, 30 and 20 sentences): 11 caught and 2 false alarms ("I'm an idiot, I forgot my umbrella", "The
    policy is stupid") when first scored, before those phrases were written; some of them were written after reading
    it, so its later figures are not blind.  insults8 (session 19, 20 and 20, written before the session's insult
    phrases and scored once after them): 8 caught and 1 false alarm ("Stupidity is not a crime, the judge noted"),
    where the session's starting model caught 7 with the same false alarm; 15 after it was mended ("I've seen
    smarter comments on a cereal box", "A goldfish would make a better councillor than you").  insults9 (session 20, 20
    classic one-liners and 20 look-alikes): 6 caught and no false alarm when first scored, 18 after it was mended
    ("the charm of a parking ticket", "I'd call you a tool, but tools are useful", "if brains were dynamite"); the
    same phrases caught one more of each of insults3, 4 and 6.  insults10 (session 21, 20 one-liners and 20
    look-alikes): 5 caught and no false alarm when first scored, 12 after it was mended ("I've met smarter
    sandwiches", "even autocorrect gave up on you"; jokes with no phrase to find, "You're like a cloud: when you
    disappear it's a beautiful day", left).  insults11 (session 21, internet slang: "simp", "incel", "ok boomer",
    "keyboard warrior", and the same words in their other senses): 2 caught and no false alarm when first scored, 9
    after the slang was added (insult words "simp", "incel", "cuck", "grifter", "neckbeard", "normie"; phrases for the
    words with other senses, "Karen", "boomer", "NPC").  insults12 (session 22, one-liners and their look-alikes): 13
    caught and no false alarm when first scored, 18 after it was mended ("you absolute walnut", "did your brain take
    the day off", insult words "twerp", "oaf", "numbskull" and 30 more; "houseplants with more personality than you",
    a phrase found but scored 0.47, left); insults13, written after insults12 was mended: 11 caught and no false
    alarm when first scored, 18 after ("your family tree must be a circle", "a walking red flag", "your personality
    is as dry as toast"; "if I wanted to hear from a clown" and "I'd insult you but nature already did", phrases
    found but scored 0.46 and 0.48, left); insults14 (session 23): 13 caught and no false alarm when first scored,
    20 after ("the average IQ in the room drops", "a legend in your own mind", "you clueless amateur"); insults15,
    written after insults14 was mended: 5 caught and no false alarm when first scored, 18 after ("two brain cells",
    "more intelligent conversations with my toaster", "what an absolute tit"; the sarcasm of "Your mum must be so
    proud. Not." and "Bless your heart" left); insults16, written after insults15 was mended: 7 caught and no false
    alarm when first scored, 14 after ("more backbone in a bowl of custard", "please never reproduce"; "the
    self-awareness of a brick", "lowers my will to live", "couldn't win an argument with a mirror" and "Imagine being
    this thick" are phrases found but scored insult 0.41-0.48).  Development sets."""
    import csv

    rows = list(csv.DictReader(open(FIXTURES / "eval" / name, encoding="utf-8"), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    results = scorer.score([r["text"] for r in rows])
    right = [(x.scores["insult"] >= 0.5) == (r["insult"] == "1") for r, x in zip(rows, results)]
    assert sum(right) >= share * len(rows), [r["text"] for r, ok in zip(rows, right) if not ok]


def test_telling_someone_to_harm_themselves_is_a_threat_and_the_words_alone_are_not(scorer):
    threats = scorer.score(["just kys already", "You should neck yourself", "go drink bleach, loser"])
    assert all(r.scores["threat"] >= 0.5 and r.scores["toxicity"] >= 0.5 for r in threats), [r.scores for r in threats]
    ordinary = scorer.score(["Trump said to drink bleach.", "Don't drink bleach, it is poisonous.",
                             "My neck hurts after the flight."])
    assert all(max(r.scores.values()) < 0.5 for r in ordinary), [r.scores for r in ordinary]


def test_hate_spelt_out_or_in_leetspeak_scores_as_hate_and_negated_threats_do_not(scorer):
    """Identity terms and derogation words in leetspeak or letter by letter are read as the words (so the group
    derogation is found and scored); a threat phrase that is negated or said of no one is no threat."""
    hateful = scorer.score(["I d3spise Sikhs.", "Kurds are p a r a s i t e s.", "G4ys are d1sgusting",
                            "Roma are not human.", "Mormon lives don't matter."])
    assert all(r.scores["identity_attack"] >= 0.5 and r.scores["toxicity"] >= 0.5 for r in hateful), \
        [r.scores for r in hateful]
    negated = scorer.score(["I will never hurt you.", "No one deserves to die like that.", "We will not hunt you down.",
                            "Nobody should be shot for stealing bread.", "I hope you never die, grandpa."])
    assert all(r.scores["threat"] < 0.5 and r.scores["toxicity"] < 0.5 for r in negated), [r.scores for r in negated]


def test_slurs_have_no_word_column_of_their_own(scorer, lex):
    """Every slur (each form and generated spelling) reaches the models through the ``slur`` signal only, so a rare
    slur is not weighed by the few training comments that hold it; bigrams beside it are kept."""
    from classifiers.features import analyzer

    assert "tranny" in lex.slur_forms and "trannies" in lex.slur_forms and "fuck" not in lex.slur_forms
    assert analyzer(["a", "tranny", "again"], slurs=lex.slur_forms) == ["a", "again", "a tranny", "tranny again"]
    assert not set(scorer.vocab_list) & lex.slur_forms
    assert "fucking" in scorer.vocab_list  # other strong words keep theirs


def test_only_the_insult_head_reads_the_insult_phrase_signal(scorer):
    from classifiers.features import DENSE_FEATURES

    w = dict(zip(scorer.attributes, scorer._w_dense[DENSE_FEATURES.index("insult_phrase")]))
    assert w["insult"] > 0 and all(v == 0 for a, v in w.items() if a != "insult"), w


def test_no_head_reads_the_obfuscation_signal_so_a_disguised_word_weighs_as_the_plain_one(scorer):
    from classifiers.features import DENSE_FEATURES

    assert not scorer._w_dense[DENSE_FEATURES.index("obfuscated")].any()
    plain, masked = scorer.score(["Trannies should be banned from schools.", "Tr@nnies should be banned from schools."])
    assert masked.scores == pytest.approx(plain.scores, abs=0.02) and masked.scores["identity_attack"] >= 0.5


def test_unknown_words_count_in_the_tfidf_norm(scorer):
    """A word without a unigram column counts in a comment's TF-IDF norm as a word of the highest idf, so the few
    known words of a comment of names and rare words do not take the whole norm."""
    import numpy as np

    known = scorer.analyse(["is a hamlet"])
    with_names = scorer.analyse(["Qzxvbl is a hamlet Wqrtzp"])
    assert scorer._columns(with_names)[2].tolist() == [2 + ("hamlet" not in scorer.vocab_list)]
    _, cols, vals = scorer._tfidf(with_names)
    unknown = scorer._columns(with_names)[2][0]
    raw = {c: (1.0 + np.log(1)) * scorer.idf[c] for c in cols.tolist()}
    norm = np.sqrt(sum(v * v for v in raw.values()) + unknown * float(scorer.idf.max()) ** 2)
    np.testing.assert_allclose(vals, [raw[c] / norm for c in cols.tolist()], rtol=1e-5)
    assert np.abs(vals).sum() < np.abs(scorer._tfidf(known)[2]).sum()
    shitterton = scorer.score(["Shitterton is a hamlet in Dorset."])[0].scores
    assert shitterton["hostility"] < 0.5 and shitterton["profanity"] < 0.5, shitterton


@pytest.mark.parametrize("name,least_right,most_alarms", [("comments1.tsv", 51, 2), ("comments2.tsv", 54, 4),
                                                          ("comments3.tsv", 35, 3), ("comments4.tsv", 54, 2),
                                                          ("comments5.tsv", 56, 2), ("comments6.tsv", 36, 1),
                                                          ("comments7.tsv", 37, 0), ("comments8.tsv", 57, 2),
                                                          ("comments9.tsv", 36, 0), ("comments10.tsv", 32, 0),
                                                          ("comments11.tsv", 36, 2), ("comments12.tsv", 39, 0),
                                                          ("comments13.tsv", 36, 1), ("comments14.tsv", 33, 1),
                                                          ("comments15.tsv", 26, 0), ("comments16.tsv", 37, 0),
                                                          ("comments17.tsv", 34, 3), ("comments18.tsv", 34, 0),
                                                          ("comments19.tsv", 33, 0)])
def test_comment_development_set(scorer, name, least_right, most_alarms):
    """Comments written blind and held or not by the default rules (config.toml's thresholds, post-moderation).
    Development sets.

    comments1.tsv (session 18): 40 short replies ("Clown.", "Get cancer.", "Source?", "Killer app.") and 20 longer
    news comments with one hostile sentence or a harsh topic.  When first scored: 37 of 40 and 13 of 20 right, the
    same before and after the length signal; 39 and 17 after the phrases they showed were missing.

    comments2.tsv (session 20): 30 hostile and 30 civil news comments.  When first scored 50 of 60 right: 24 of 30
    held ("if you had half a brain", "educated at the bottom of a cereal box", "he'd better run" were missed) and 4
    false alarms, left as they are: "This policy is stupid" (an insult word said of a thing), "Fix the damn roads"
    and "Hell yes" (mild swearing, which Civil Comments raters marked toxic 70% of the time: the profanity tier's
    rate), and the slur "retard" quoted in a report.

    comments3.tsv (session 20): 20 hostile and 20 harmless tweets.  When first scored 32 of 40 right: 15 of 20 held
    ("hope your flight crashes", "absolute joke of a human", "illegals need to be rounded up and shipped out" were
    missed; "go cry about it, snowflake" and "you look like a thumb" still are) and 3 false alarms, left: "that pitch
    was filthy" (praise in sport), "this heat is going to kill me", "my brother is an idiot".

    comments4.tsv (session 20): 30 hostile and 30 civil news comments.  When first scored 49 of 60 right: 21 of 30
    held ("before you embarrass yourself again", "I hope the mayor chokes on his own lies", "these so-called refugees
    are nothing but freeloaders", "people like him should be lined up against a wall" were missed; "Women drivers like
    her are why insurance costs so much" and "the people in this town get dumber every year" still are) and 2 false
    alarms, left: "Damn shame" and "The stupidity of this plan is staggering".

    comments5.tsv (session 21): 30 hostile comments (20 on a wiki's talk pages, 10 on news) and 30 civil ones.  When
    first scored 55 of 60 right: 27 of 30 held ("keep it up and you'll regret ever logging in", "the dumbest people on
    the internet" were missed; "the councillor is a spineless weasel", now an insult phrase, still is: toxicity 0.34)
    and 2 false alarms, left: "bastard" quoted from a court record (a mention, not a use) and "a stupid mistake on my
    part" (self-deprecation, which the datasets' raters marked toxic half the time or more: 5 of 10 such comments in
    toxic_spans, all 13 in Davidson, OLID and Ruddit).

    comments6.tsv (session 21): 20 hostile and 20 harmless tweets.  When first scored 32 of 40 right: 13 of 20 held
    ("hope that ref gets what's coming to him", "I'm knocking you out", "before I pull up on you", "your mom should've
    stopped at the first kid", "you embarrassment" were missed; "u built like a fridge with anger issues" and "absolute
    snake", now an insult phrase at insult 0.36, still are) and 1 false alarm, left: "that's a hell of a comeback"
    (profanity 0.70: mild swearing in praise).

    comments7.tsv (session 21): 20 hostile and 20 civil long news comments, each civil one on the topic of a hostile
    one.  When first scored 34 of 40 right: 14 of 20 held ("should be dragged out and given a good kicking", "Just
    what we need, more Muslims in this town", "will finally shut their mouths", "deserves to be run over" were missed;
    "anyone who voted for this council is a gullible fool", toxicity 0.43 in a long comment, and victim-blaming,
    "what did she expect, dressing like that", still are) and no false alarm.

    comments8.tsv (session 21): 30 hostile and 30 civil short replies.  When first scored 48 of 60 right: 20 of 30
    held ("Nobody asked, Brenda.", "Go back to your cave.", "I'd slap you if I could.", "Keep talking, I'll find
    you.", "You absolute donkey.", "Someone muzzle this woman." were missed) and 2 false alarms, left: "Oh hell yes."
    and "Damn, that's impressive." (mild swearing, profanity 0.70).

    comments9.tsv (session 21): 20 hateful tweets about migrants and women, in the manner of SemEval-2019's HatEval,
    and 20 tweets on the same topics that are not.  When first scored 31 of 40 right: 11 of 20 held ("Send every last
    one of those illegals back", "Sink the boats", "go make me a sandwich", "Every migrant that comes here is a future
    criminal", "Women drivers should be banned", "The only good illegal is a deported illegal" were missed; "deport
    them all", "Ship them all back... They're animals" with no group named, and "Refugees welcome? More like rapists
    welcome." still are) and no false alarm.

    comments10.tsv (session 21): 20 hostile and 20 civil Reddit comments, each civil one in the other's words.  When
    first scored 27 of 40 right: 7 of 20 held (Reddit's snark: "Go touch grass, nerd", "OP is a massive tool", "a piece
    of work", "Delete your account and do everyone a favour" were missed; "Tell me you're a virgin without telling me
    you're a virgin", "you smell like cheetos and regret", "Typical redditor: smug, wrong, and unwashed" still are)
    and no false alarm.

    comments11.tsv (session 22): 20 hostile and 20 civil news comments.  When first scored 35 of 40 right: 17 of 20
    held ("Muslims are taking over our towns", "should be dragged out and horsewhipped" were missed; "Typical lefty
    snowflake whining", toxicity 0.49, still is) and 2 false alarms, left: "Kill the bill, not the messenger" and
    "The stupid thing is that the road was repaved" (a strong word aimed at no one).

    comments12.tsv (session 22): 20 hostile and 20 harmless tweets.  40 of 40 right when first scored.

    comments13.tsv (session 22): 20 hostile and 20 civil news comments, written after comments11 and 12 were mended.
    When first scored 32 of 40 right: 13 of 20 held ("a brick through his window", "hope the mob finds out where
    this judge lives", "deserves a baton across the skull", "a disgrace to the shirt", "You lot are a disgrace" were
    missed; "eco-nuts should be locked up" and "a thief in a suit", toxicity 0.43 and 0.28, still are) and 1 false
    alarm, left: "The CEO was charged with fraud" (toxicity 0.51).

    comments14.tsv (session 22): 20 hostile and 20 civil comments from Reddit, Twitter and news sites, each civil one
    in the other's words.  When first scored 31 of 40 right: 14 of 20 held ("the author is a hack and this paper is
    a rag" was missed; Reddit's snark, "Imagine typing all that and still being wrong", and "should be run out of
    town on a rail" still are) and 3 false alarms ("the prick of the cactus" and "Stupid question maybe, but" are no
    longer; "I'm a clumsy idiot", self-mockery, is left).

    comments15.tsv (session 22): 15 hostile and 15 civil news comments, longer ones among them.  When first scored 25
    of 30 right: 10 of 15 held ("couldn't run a bath, let alone a city", "deserve to have their tyres slashed" were
    missed; "She's a vile, lying snake", a phrase found but scored toxicity 0.23, "half the readers can't read" and
    "this drivel" in a long comment still are) and no false alarm.

    comments16.tsv (session 23): 20 hostile and 20 civil comments from news sites, Reddit, Twitter and forums.  When
    first scored 37 of 40 right: 17 of 20 held ("you're genuinely the dumbest person" was missed; "The mayor is a
    spineless weasel", a phrase found but scored toxicity 0.25, and "failed GCSE maths. Embarrassing rubbish" still
    are) and no false alarm.

    comments17.tsv (session 23): 20 hostile and 20 civil comments, each civil one in the other's words where it
    could be.  When first scored 29 of 40 right: 13 of 20 held ("you are beyond help", "you sound like a twelve year
    old... Grow up", "couldn't find the town hall with a satnav", "I'll make sure you regret every word", "Refugees?
    More like freeloaders" were missed; "Nobody asked, Karen" and "should be fired into the sun" still are) and 4
    false alarms: "a damning report" ("damning" is no longer a form of "damn"); "Holy shit, this is the best build
    guide" and "the old firmware was crap" (the default rules hold profanity) and "I'm dumb, I forgot to plug it in"
    (self-mockery) are left.

    comments18.tsv (session 23): 20 hostile and 20 civil comments from YouTube, games, a local Facebook group,
    football forums and news sites.  When first scored 33 of 40 right: 13 of 20 held ("Travellers... they'll nick
    anything", a stereotype, and "Hope their striker does his knee again" were missed; "you absolute bot," and
    "lying toad", phrases found but scored insult 0.49 and 0.46, "Typical snowflake journalist... Man up" and "The
    ref is blind and bent" still are) and no false alarm.

    comments19.tsv (session 23, written last and kept unmended, as a blind figure): 20 hostile and 20 civil comments,
    each civil one in the other's words.  34 of 40 right: 14 of 20 held, no false alarm ("Dangerous quack", "Go back
    to your safe space... sweetheart", "I'd like to see the minister strung up", "a disgrace to journalism",
    "Foreigners are ruining this country", "Typical woman driver" are missed)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from dev_sets import held_by_default_rules, rows

    data = rows(FIXTURES / "eval" / name)
    held = held_by_default_rules(scorer, [r["text"] for r in data])
    right = [h == (r["held"] == "1") for r, h in zip(data, held)]
    assert sum(right) >= least_right, [r["text"] for r, ok in zip(data, right) if not ok]
    alarms = [r["text"] for r, h in zip(data, held) if h and r["held"] == "0"]
    assert len(alarms) <= most_alarms, alarms
