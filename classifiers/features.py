"""Features the models read: word unigrams and bigrams of the deobfuscated text, plus lexicon signals.

The same :func:`analyzer` is used by scikit-learn's TfidfVectorizer at training time and by the numpy scorer at
inference, so the shipped model needs no scikit-learn objects to run.
"""

from __future__ import annotations

import math

import numpy as np

from .lexicon import IDENTITY_TOKEN, Analysis

DENSE_FEATURES = ("prof_sev1", "prof_sev2", "prof_sev3", "prof_count", "insult_word", "insult_count", "threat_phrase",
                  "obfuscated", "second_person", "identity_near_hostile", "slur", "identity_derogation",
                  "hostile_density", "insult_phrase", "short")
_NEAR = 5  # tokens: an identity term this close to an insult, slur or threat
_SECOND_PERSON = frozenset({"you", "your", "youre", "you're", "u", "ur", "ya", "yourself", "yall"})


def analyzer(tokens: list[str], slurs: frozenset[str] = frozenset()) -> list[str]:
    """Unigrams and bigrams of a token list, none with the identity placeholder: a model must not learn that
    naming an identity ("gay", "Muslims", "black women") says anything by itself.  Identities reach the models
    only beside hostility (``identity_near_hostile``, ``identity_derogation``).  Words marked weightless with a
    trailing "_" (allow-listed phrases, denied phrases: :func:`classifiers.lexicon._unweighted`) are left out too.

    ``slurs`` (:attr:`classifiers.lexicon.Lexicon.slur_forms`) have no unigram of their own: every slur reaches the
    models through the ``slur`` signal, so a rare one is not weighed by the few comments that hold it ("tranny" had
    learned identity_attack -0.77 from tweets labelled neither).  Bigrams with a slur are kept (the words beside it
    still say who is meant)."""
    grams = [t for t in tokens if t != IDENTITY_TOKEN and t[-1:] != "_" and t not in slurs]
    grams.extend(f"{a} {b}" for a, b in zip(tokens, tokens[1:])
                 if a != IDENTITY_TOKEN and b != IDENTITY_TOKEN and a[-1:] != "_" and b[-1:] != "_")
    return grams


def dense_features(a: Analysis) -> np.ndarray:
    if not a.matches:  # the common case: only the second-person signal and the length can be on
        second = int(not _SECOND_PERSON.isdisjoint(a.words))
        out = _NO_MATCH[second].copy()
        out[_SHORT] = short(len(a.words))
        return out
    sev = [0, 0, 0, 0]
    n_prof = n_ins = 0
    threat = obf = slur = derogation = phrase = 0
    for m in a.matches:
        if m.label == "profanity":
            sev[m.severity] = 1
            n_prof += 1
            slur |= m.category == "slur"
        elif m.label == "insult":
            n_ins += 1
            phrase |= m.how == "pattern"
        elif m.label == "threat":
            threat = 1
        elif m.label == "identity_attack":
            derogation = 1
        if m.how not in ("exact", "pattern"):
            obf = 1
    second = int(not _SECOND_PERSON.isdisjoint(a.words))
    # An insult phrase (classifiers/insult_phrases.py: "you'd lose a debate to a fortune cookie") is said of a person
    # by construction, where an insult word may be said of a thing or quoted: its own signal lets the models weigh
    # it so (on insults6.tsv, matched phrases scored insult 0.35-0.49 through insult_word alone).  Texts holding
    # one are scored on the careful path, so the batch path leaves it 0.
    # Lexicon hits per root of the word count: "Bullshit." alone says more than one "crap" in a long, calm
    # comment (TF-IDF rows are length-normalised; the counts above are not).
    per_root = short(len(a.words))
    return np.array([sev[1], sev[2], sev[3], math.log1p(n_prof), int(n_ins > 0), math.log1p(n_ins), threat, obf,
                     second, _identity_near_hostile(a), slur, derogation, (n_prof + n_ins) * per_root, phrase,
                     per_root], dtype=np.float32)


def short(n_words):
    """``1 / sqrt(words)`` (an int or an array of word counts): the value one constant column would have in the
    L2-normalised TF-IDF row of ``n_words`` equally weighted words.  Its weight is a part of each head's intercept
    that shrinks with length as the word weights' share does.

    Without it a longer comment scored higher for its length: on held-out toxic_spans (the fold trained without
    it) the mean toxicity of comments of 100+ words was 0.83 against 0.72 for those under 10 words, where raters
    marked 56% and 72% of them toxic.  Inside every length band ours ranked better than alt-profanity-check, and
    overall worse.  The feature is learned from the training data like any other.  Held-out figures
    (bench/cross_dataset.py): model card.  log(1 + words), sqrt(words) and 1/words were tried too; 1/sqrt did best
    on held-out toxic_spans and ConvAbuse, 1/words was second."""
    return 1 / np.sqrt(np.maximum(n_words, 1))


_SHORT = DENSE_FEATURES.index("short")
_NO_MATCH = (np.zeros(len(DENSE_FEATURES), dtype=np.float32),
             np.array([int(f == "second_person") for f in DENSE_FEATURES], dtype=np.float32))


def _identity_near_hostile(a: Analysis) -> int:
    """1 when an identity term stands within a few words of an insult, a slur, strong profanity or a threat.

    Naming an identity is not hostile; naming one next to hostility is what identity attacks look like.
    """
    hostile = [(m.start, m.end) for m in a.matches
               if m.label in ("insult", "threat") or (m.label == "profanity" and (m.severity >= 2 or m.category == "slur"))]
    if not hostile:
        return 0
    pos = [k for k, (t, _, _) in enumerate(a.tokens) if t == IDENTITY_TOKEN]
    if not pos:
        return 0
    # A hostile word inside a denied phrase is the phrase reported, not hostility beside the identity ("Stop
    # calling women whores"): its token is weightless (marked "_"), and not counted here.
    hostile_tok = [k for k, (t, s0, s1) in enumerate(a.tokens) if t[-1:] != "_" and
                   any(h0 <= s0 < h1 or s0 <= h0 < s1 for h0, h1 in hostile)]
    return int(any(abs(p - h) <= _NEAR for p in pos for h in hostile_tok))
